import DealdeskCore
import DealdeskTrainer
import Foundation

/// A seeded, deterministic desk of a branch's size (issue 9): at scale 1, 10,000 clients,
/// 2,000 products with 5 lots each, 50,000 offers of 3 rounds, 20,000 orders, 20,000
/// payments, 50,000 notes and 20,000 follow-ups. Everything a manager would decide goes
/// through `decide` on the desk as it stands, so the rules checked it; only clients,
/// products and orders are folded in as events built the way `decide` builds them, because
/// `decide` checks a new name against every name (and an order against every order), which
/// would make building the desk itself quadratic.
struct BigDesk {
  var desk = Desk()
  var clientNames: [String] = []
  var productNames: [String] = []
  /// Where the generated history ends: the benchmark's sessions run after it.
  var end: Date
  /// Decisions the rules refused while building (should be 0: the generator asks only for what is allowed).
  var refused = 0

  static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00 UTC

  struct Counts {
    var clients, products, offers, orders, payments, notes, followUps: Int
    init(scale: Double) {
      func n(_ full: Int) -> Int { max(1, Int((Double(full) * scale).rounded())) }
      clients = n(10_000)
      products = n(2_000)
      offers = n(50_000)
      orders = n(20_000)
      payments = n(20_000)
      notes = n(50_000)
      followUps = n(20_000)
    }
  }

  static let categories = [
    "linen", "cotton", "silk", "wool", "denim", "velvet", "jersey", "canvas", "satin", "tweed",
    "chiffon", "organza", "flannel", "poplin", "muslin", "corduroy", "twill", "voile", "fleece", "taffeta",
  ]
  static let syllables = [
    "ka", "ro", "mi", "ta", "len", "dor", "vi", "sa", "ber", "no", "lu", "ga", "tex", "mar", "fi", "zo", "ran", "el",
    "qu", "pet", "ho", "sin", "ba", "ul",
  ]
  static let suffixes = [
    "Textiles", "Fabrics", "Mode", "Home", "Atelier", "Workwear", "Tekstil", "Interiors", "Garments", "Studio",
    "Trading", "Linens",
  ]
  static let adjectives = ["Stretch", "Washed", "Heavy", "Light", "Brushed", "Organic", "Recycled", "Printed", "Plain", "Striped"]
  static let noteTexts = [
    "asked about samples for the spring line", "prefers delivery on Tuesdays", "new buyer, wants a visit",
    "complained about the last lead time", "interested in recycled fabrics", "pays late in summer",
  ]

  static func word(_ rng: inout SplitMix64) -> String {
    var w = ""
    for _ in 0..<(2 + rng.int(below: 2)) { w += syllables[rng.int(below: syllables.count)] }
    return w.prefix(1).uppercased() + w.dropFirst()
  }

  init(scale: Double, seed: UInt64 = 20_261_130) {
    let counts = Counts(scale: scale)
    var rng = SplitMix64(seed: seed)
    var clock = Self.start
    end = clock
    func tick(_ seconds: Double = 120) -> Date {
      clock = clock.addingTimeInterval(seconds)
      return clock
    }
    var taken: Set<String> = []
    while clientNames.count < counts.clients {
      let name = Self.word(&rng) + " " + Self.word(&rng) + " " + Self.suffixes[rng.int(below: Self.suffixes.count)]
      guard taken.insert(name.lowercased()).inserted else { continue }
      clientNames.append(name)
      desk.apply(.clientAdded(Client(id: Ids.client(clientNames.count), name: name, city: "Tirana", addedAt: tick(10))))
    }
    for i in 0..<counts.products {
      let category = Self.categories[i % Self.categories.count]
      let name = "\(Self.adjectives[rng.int(below: Self.adjectives.count)]) \(category.capitalized) \(100 + i)"
      productNames.append(name)
      let list = Decimal(8 + i % 20)
      desk.apply(.productAdded(Product(sku: "P-\(i)", name: name, category: category, listPrice: list, cost: list * 6 / 10, rollLength: 50)))
      for lot in 0..<5 {
        decided(.receiveStock(sku: "P-\(i)", meters: Decimal(400 + 100 * rng.int(below: 20)), lot: "24-\(i)-\(lot)"), at: tick(10))
      }
    }
    // Offers: ours, the client's ask, our counter — three rounds each, within authority.
    var accepted: [String] = []
    for n in 1...counts.offers {
      let client = Ids.client(1 + rng.int(below: counts.clients))
      let sku = "P-\(rng.int(below: counts.products))"
      let first = Decimal(2 + rng.int(below: 4))
      let line = OfferLine(scope: .product(sku: sku), meters: Decimal(100 * (1 + rng.int(below: 10))), discountPercent: first)
      decided(.makeOffer(NewOffer(client: client, lines: [line], validityDays: 30)), at: tick())
      let id = Ids.offer(n)
      decided(.counter(offer: id, by: .client, change: TermsChange(discountPercent: first + 4)), at: tick())
      decided(.counter(offer: id, by: .us, change: TermsChange(discountPercent: first + 2)), at: tick())
      // The first `orders` offers made are the ones the client takes.
      if accepted.count < counts.orders {
        decided(.accept(offer: id, by: .client), at: tick())
        accepted.append(id)
      }
    }
    // Orders from the accepted offers, at the agreed price (built as decideOrder builds them).
    for id in accepted {
      guard let offer = desk.offers[id], let line = offer.current.lines.first, case .product(let sku) = line.scope,
        let meters = line.meters
      else { continue }
      let at = tick()
      guard let orderLine = desk.orderLines(client: offer.clientId, sku: sku, meters: meters, offer: offer, now: at).first else {
        refused += 1
        continue
      }
      let number = desk.nextOrderNumber
      let terms = offer.current.paymentTerms ?? desk.settings.defaultPaymentTerms
      desk.apply(.orderPlaced(Order(
        id: Ids.order(number), number: number, clientId: offer.clientId, offer: id, status: .open, lines: [orderLine],
        paymentTerms: terms, createdAt: at)))
    }
    let orderIds = desk.orders.keys.sorted { Ids.order($0, $1) }
    for i in 0..<counts.payments where !orderIds.isEmpty {
      let order = orderIds[i % orderIds.count]
      let amount = (desk.orders[order]?.total ?? 100) / Decimal(1 + rng.int(below: 3))
      decided(.pay(client: nil, order: order, amount: Money.round(amount)), at: tick())
    }
    for _ in 0..<counts.notes {
      let client = Ids.client(1 + rng.int(below: counts.clients))
      let text = Self.noteTexts[rng.int(below: Self.noteTexts.count)]
      decided(.addNote(NewNote(client: client, kind: rng.int(below: 3) == 0 ? .call : .note, text: text)), at: tick(60))
    }
    for _ in 0..<counts.followUps {
      let client = Ids.client(1 + rng.int(below: counts.clients))
      let due = clock.addingTimeInterval(Double(1 + rng.int(below: 60)) * 86_400)
      decided(.followUp(NewFollowUp(client: client, due: due, text: "call about the next season")), at: tick(60))
    }
    end = clock
  }

  private mutating func decided(_ command: Command, at now: Date) {
    do {
      desk.apply(try decide(command, desk: desk, now: now))
    } catch {
      refused += 1
    }
  }
}
