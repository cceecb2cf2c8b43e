import DealdeskCore
import DealdeskLanguage
import Foundation

/// How long understanding a line takes on a big desk: 10,000 clients, 2,000 products in 20
/// categories, names made from syllables by a seeded generator, so every run reads the same desk.
/// Prints figures only; run with `swift run -c release dealdesk-bench`.

struct SplitMix64 {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

let syllables = ["ka", "ro", "mi", "ta", "len", "dor", "vi", "sa", "ber", "no", "lu", "ga", "tex", "mar", "fi", "zo", "ran", "el", "qu", "pet", "ho", "sin", "ba", "ul"]
let suffixes = ["Textiles", "Fabrics", "Mode", "Home", "Atelier", "Workwear", "Tekstil", "Interiors", "Garments", "Studio", "Trading", "Linens"]
let categoryNames = ["linen", "cotton", "silk", "wool", "denim", "velvet", "jersey", "canvas", "satin", "tweed",
                     "chiffon", "organza", "flannel", "poplin", "muslin", "corduroy", "twill", "voile", "fleece", "taffeta"]
let adjectives = ["Stretch", "Washed", "Heavy", "Light", "Brushed", "Organic", "Recycled", "Printed", "Plain", "Striped"]

var rng = SplitMix64(state: 20_261_130)
func word(_ rng: inout SplitMix64) -> String {
  var w = ""
  for _ in 0..<(2 + rng.below(2)) { w += rng.pick(syllables) }
  return w.prefix(1).uppercased() + w.dropFirst()
}

let now = Date(timeIntervalSince1970: 1_796_029_200)
var desk = Desk()
var clientNames: [String] = []
var taken: Set<String> = []
while clientNames.count < 10_000 {
  let name = word(&rng) + " " + rng.pick(suffixes)
  guard taken.insert(name.lowercased()).inserted else { continue }
  clientNames.append(name)
  desk.apply(.clientAdded(Client(id: "CL-\(clientNames.count)", name: name, city: "Tirana", addedAt: now)))
}
var productNames: [String] = []
for i in 0..<2_000 {
  let category = categoryNames[i % categoryNames.count]
  let name = "\(rng.pick(adjectives)) \(category.prefix(1).uppercased() + category.dropFirst()) \(100 + i)"
  productNames.append(name)
  desk.apply(.productAdded(Product(sku: "P-\(i)", name: name, category: category, listPrice: Decimal(5 + i % 20), rollLength: 50)))
}

func f(_ x: Double) -> String { String(format: "%10.1f", x) }
func micros(_ d: Duration) -> Double {
  Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12
}

let clock = ContinuousClock()
var buildTimes: [Double] = []
var names = NameIndex(desk: desk)
for _ in 0..<5 {
  let t0 = clock.now
  names = NameIndex(desk: desk)
  buildTimes.append(micros(clock.now - t0))
}

func typo(_ s: String) -> String {
  var c = Array(s)
  c.swapAt(2, 3)
  return String(c)
}
let c1 = clientNames[17], c2 = clientNames[4_321], c3 = clientNames[9_876], c4 = clientNames[555]
let lines = [
  "offer \(c1) 10% on linen",
  "offer \(c2) 8% on velvet for 60 days",
  "\(c3) wants 15%",
  "\(c4) wants 12% on denim",
  "show \(c1.prefix(5))",
  "show \(c2.split(separator: " ")[0])",
  "\(c3)?",
  "show \(typo(c1))",
  "offer \(typo(c2)) 10% on cotton",
  "reserve 200m \(productNames[42]) for \(c4)",
  "reserve 50 m \(productNames[1_999]) for \(c1)",
  "\(productNames[700])?",
  "show \(typo(productNames[123]))",
  "linen?",
  "show velvt",
  "note \(c2) asked about samples",
  "show Zzqxw Textiles",
  "offers",
  "call \(c3) tomorrow 10am",
  "\(c1) pays in 45 days",
]
let context = ParseContext(desk: desk, names: names, contextClient: nil, now: now)
// `--repeat N LINE…`: parse only these lines N times, for a profiler to look at.
if let at = CommandLine.arguments.firstIndex(of: "--repeat"), CommandLine.arguments.count > at + 2,
  let times = Int(CommandLine.arguments[at + 1]) {
  let only = CommandLine.arguments[(at + 2)...].map { $0 == "-" ? lines[0] : $0 }
  let t0 = clock.now
  for _ in 0..<times { for line in only { _ = try? Parser.parse(line, context: context) } }
  print("repeat: \(f(micros(clock.now - t0) / Double(times * only.count))) µs per line")
  exit(0)
}

var samples: [Double] = []
var perLine = Array(repeating: [Double](), count: lines.count)
var understood = 0
let rounds = 20
for _ in 0..<rounds {
  for (n, line) in lines.enumerated() {
    let t0 = clock.now
    let ok = (try? Parser.parse(line, context: context)) != nil
    let took = micros(clock.now - t0)
    samples.append(took)
    perLine[n].append(took)
    if ok { understood += 1 }
  }
}
samples.sort()
buildTimes.sort()
func at(_ q: Double, _ xs: [Double]) -> Double { xs[min(xs.count - 1, Int(Double(xs.count) * q))] }
print("dealdesk-bench: \(clientNames.count) clients, \(productNames.count) products, \(desk.categories.count) categories; \(lines.count) lines × \(rounds) (\(understood) understood)")
print("measure                          median        p90        p99   (µs)")
print("parse and resolve one line   \(f(at(0.5, samples))) \(f(at(0.9, samples))) \(f(at(0.99, samples)))")
print("NameIndex build              \(f(at(0.5, buildTimes))) \(f(at(0.9, buildTimes))) \(f(at(0.99, buildTimes)))")
if CommandLine.arguments.contains("--lines") {
  print("\nper line (median µs, understood?)")
  for (n, line) in lines.enumerated() {
    var outcome = "understood"
    do { _ = try Parser.parse(line, context: context) } catch { outcome = error.message }
    print("\(f(at(0.5, perLine[n].sorted())))  \(line)  → \(outcome)")
  }
}
