import Foundation
import Glibc
import Testing

/// The real binary, fed a long series of commands over a pipe and killed with SIGKILL at
/// pseudo-random moments (a fixed seed, so a failure replays): after every kill the desk
/// opens, holds every command whose answer had been printed, and holds each command whole
/// or not at all.
@Suite(.serialized) struct CrashTests {
  /// One step of the series. Each leaves a mark in `export json` from which the test can
  /// tell how far the desk got: a new client, or an order with its stock hold.
  enum Step: Equatable {
    /// `load sample data`: 15 fabrics and 5 clients in one journal entry of many events.
    case sampleData
    /// A large lot, so the orders never run short of stock.
    case stock
    case client(Int)
    /// An order and its reservation: two events, one entry.
    case order(Int)

    var line: String {
      switch self {
      case .sampleData: "load sample data"
      case .stock: "receive 100000m POP-WHT lot CR-1"
      case .client(let n): "add client Shop \(n)"
      case .order(let n): "Shop \(n) orders 20m poplin"
      }
    }

    /// Text that the reply to this step, and no other, contains.
    var answer: String {
      switch self {
      case .sampleData: "Loaded the sample data: 15 fabrics"
      case .stock: "Received 100,000 m of Poplin White into lot CR-1."
      case .client(let n): "Added client Shop \(n) (CL-"
      case .order(let n): " for Shop \(n) at standing terms:"
      }
    }
  }

  /// The series: the sample data, the stock, then new clients, each third one ordering.
  static func series(clients: Int) -> [Step] {
    var steps: [Step] = [.sampleData, .stock]
    for n in 1...clients {
      steps.append(.client(n))
      if n % 3 == 0 { steps.append(.order(n)) }
    }
    return steps
  }

  /// The desk as `export json` shows it, reduced to what the series changes.
  struct Seen {
    var products: Int
    var sampleClients: Int
    var shops: [Int]
    /// Shop number of each order, in order id order, and whether its hold is whole.
    var orders: [(shop: Int, whole: Bool)]
    var strayHolds: Int
    var stockLot: Bool
  }

  @Test func everyAnsweredCommandSurvivesSIGKILLAndNoneIsHalfApplied() throws {
    let desk = try Desk()
    let steps = Self.series(clients: 330)
    var random = SeededRandom(seed: 0x0DEA_1DE5_C0FF_EE42)
    let started = ContinuousClock.now
    var next = 0  // the first step not yet in the desk
    var kills = 0
    var answeredChecked = 0
    var cycles = 0
    // How the kills landed: a command in the desk whose answer was never printed, and a
    // torn last line set aside at the next start.
    var unansweredKept = 0
    var tornLines = 0

    while kills < 24, next < steps.count, cycles < 60 {
      cycles += 1
      let child = try PipedChild(binary: desk.binary, arguments: ["--data", desk.data.path], environment: desk.pipedEnvironment)
      let batch = Array(steps[next..<min(next + 15 + random.below(30), steps.count)])
      child.send(batch.map(\.line))
      // Wait for some answers (perhaps none), then a little more, so the kill lands
      // anywhere: before a command, mid-write, between the write and the reply.
      let waitFor = random.below(batch.count + 1)
      _ = child.read(until: { printed in Self.count(batch, in: printed) >= waitFor })
      usleep(UInt32(random.below(3000)))
      child.killNow()
      let (status, errors) = child.finish()
      #expect(child.process.terminationReason == .uncaughtSignal && status == SIGKILL, "cycle \(cycles): ended with \(status): \(errors)")
      if status == SIGKILL { kills += 1 }
      #expect(Self.onlyWarnings(errors), "cycle \(cycles): \(errors)")
      if errors.contains("was set aside in") { tornLines += 1 }

      // Replies come in order, so the answered steps are a prefix of the batch.
      let answered = Self.count(batch, in: child.printed)
      let seen = try Self.look(desk, cycle: cycles)
      let reached = try #require(Self.reached(seen, steps), "cycle \(cycles): the desk matches no prefix of the series")
      #expect(reached >= next + answered, "cycle \(cycles): \(answered) answers printed, but the desk reached step \(reached) from \(next)")
      // At most the one command in flight when killed may be in the desk unanswered.
      #expect(reached <= next + answered + 1, "cycle \(cycles): more in the desk than was sent")
      Self.expectWhole(seen, steps[..<reached], cycle: cycles)
      answeredChecked += answered
      if reached == next + answered + 1 { unansweredKept += 1 }
      next = reached
    }

    let seconds = (ContinuousClock.now - started).components.seconds
    print(
      "crash test: \(kills) kills in \(cycles) runs, \(answeredChecked) answered commands checked, \(next) commands in the desk, "
        + "\(unansweredKept) kills between a save and its answer, \(tornLines) torn lines set aside, \(seconds) s")
    #expect(kills >= 20)
    #expect(answeredChecked >= 100)
  }

  /// How many steps of `batch` have their answer in what was printed.
  static func count(_ batch: [Step], in printed: [UInt8]) -> Int {
    let text = String(decoding: printed, as: UTF8.self)
    var count = 0
    var rest = text[...]
    for step in batch {
      guard let found = rest.range(of: step.answer) else { break }
      rest = rest[found.upperBound...]
      count += 1
    }
    return count
  }

  /// A kill mid-write leaves a torn last line, which the next start sets aside with a
  /// warning; nothing else may be said.
  static func onlyWarnings(_ errors: String) -> Bool {
    errors.split(separator: "\n").allSatisfy { $0.hasPrefix("warning: The last entry in ") }
  }

  /// Opens the desk again (`export json`, a second process) and reads what is in it.
  static func look(_ desk: Desk, cycle: Int) throws -> Seen {
    let result = try desk.run(["--data", desk.data.path, "export", "json"])
    #expect(result.status == 0, "cycle \(cycle): the desk did not open: \(result.errors)")
    #expect(onlyWarnings(result.errors), "cycle \(cycle): \(result.errors)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let clients = json["clients"] as? [[String: Any]] ?? []
    let products = json["products"] as? [[String: Any]] ?? []
    let orders = json["orders"] as? [[String: Any]] ?? []
    let holds = json["reservations"] as? [[String: Any]] ?? []
    var shopOf: [String: Int] = [:]
    var sample = 0
    for client in clients {
      let name = client["name"] as? String ?? ""
      if name.hasPrefix("Shop "), let n = Int(name.dropFirst(5)) {
        shopOf[client["id"] as? String ?? ""] = n
      } else {
        sample += 1
      }
    }
    let seenOrders = orders.sorted { number($0["id"]) < number($1["id"]) }.map { order in
      let id = order["id"] as? String
      let lines = order["lines"] as? [[String: Any]] ?? []
      let hold = holds.filter { $0["order"] as? String == id }
      let whole = lines.count == 1 && lines[0]["meters"] as? String == "20" && hold.count == 1
        && hold[0]["meters"] as? String == "20" && hold[0]["client"] as? String == order["client"] as? String
      return (shop: shopOf[order["client"] as? String ?? ""] ?? -1, whole: whole)
    }
    let orderIds = Set(orders.compactMap { $0["id"] as? String })
    let poplinLots = products.first { $0["sku"] as? String == "POP-WHT" }?["lots"] as? [[String: Any]] ?? []
    return Seen(
      products: products.count, sampleClients: sample, shops: shopOf.values.sorted(), orders: seenOrders,
      strayHolds: holds.filter { !orderIds.contains($0["order"] as? String ?? "") }.count,
      stockLot: poplinLots.contains { $0["lot"] as? String == "CR-1" })
  }

  static func number(_ id: Any?) -> Int { Int((id as? String ?? "").drop { !$0.isNumber }) ?? 0 }

  /// The length of the prefix of `steps` that the desk shows, or nil when it is none. Each
  /// step moves exactly one of the four marks, so at most one prefix fits.
  static func reached(_ seen: Seen, _ steps: [Step]) -> Int? {
    var (sample, stock, shops, orders) = (false, false, 0, 0)
    for k in 0...steps.count {
      if k > 0 {
        switch steps[k - 1] {
        case .sampleData: sample = true
        case .stock: stock = true
        case .client: shops += 1
        case .order: orders += 1
        }
      }
      if (seen.products > 0) == sample && seen.stockLot == stock && seen.shops.count == shops && seen.orders.count == orders {
        return k
      }
    }
    return nil
  }

  /// The desk is exactly these steps, each whole: all the sample data, every shop of the
  /// prefix and no other, every order with its hold.
  static func expectWhole(_ seen: Seen, _ done: ArraySlice<Step>, cycle: Int) {
    let sample = done.contains(.sampleData)
    #expect(seen.products == (sample ? 15 : 0) && seen.sampleClients == (sample ? 5 : 0), "cycle \(cycle): sample data in part")
    let shops = done.compactMap { step -> Int? in if case .client(let n) = step { n } else { nil } }
    let orders = done.compactMap { step -> Int? in if case .order(let n) = step { n } else { nil } }
    #expect(seen.shops == shops, "cycle \(cycle)")
    #expect(seen.orders.map(\.shop) == orders, "cycle \(cycle)")
    let halfOrders = seen.orders.filter { !$0.whole }.count
    #expect(halfOrders == 0, "cycle \(cycle): an order without its hold")
    #expect(seen.strayHolds == 0, "cycle \(cycle): a hold without its order")
  }
}

/// SplitMix64: a fixed seed gives the same kill moments on every run.
struct SeededRandom {
  private var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// 0 ..< bound (0 when bound is 0).
  mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }
}
