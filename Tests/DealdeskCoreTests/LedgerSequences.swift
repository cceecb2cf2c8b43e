import DealdeskCore
import Foundation

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny seeded generator, so a failing sequence
/// comes back whole from its seed alone, on any machine.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in `range` (the modulo bias is immaterial at these widths).
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
  }

  /// True `percent` times in a hundred.
  mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

  mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[int(0...items.count - 1)] }

  /// One item by weight.
  mutating func weighted<T>(_ items: [(T, Int)]) -> T {
    var roll = int(0...items.reduce(0) { $0 + $1.1 } - 1)
    for (item, weight) in items {
      if roll < weight { return item }
      roll -= weight
    }
    return items[items.count - 1].0
  }
}

/// What a generated step asks for, for the counts that show the sequences test something.
enum LedgerMove: String, CaseIterable, Sendable {
  case order, ship, deliver, cancel, approve, pay, complain, resolve, returnGoods, creditLimit, receive
}

/// A desk with a few clients (some with credit limits, some on prepayment or cash on
/// delivery), a few fabrics in several lots, and a seeded stream of commands against it.
/// Commands are drawn from the desk as it stands (its orders, complaints, shipped lots), so
/// most of them can succeed; some are meant to be refused (a return beyond what shipped, a
/// payment far above what is owed, a credit beyond the invoice).
struct LedgerSequence {
  var rng: SplitMix64
  let start: Date

  init(seed: UInt64) {
    rng = SplitMix64(seed: seed)
    // 5 Jan 2026 09:00 UTC or up to five days later; a sequence spans days to a few months.
    start = Date(timeIntervalSince1970: 1_767_603_600 + Double(rng.int(0...5 * 24)) * 3_600)
  }

  static let catalog: [(sku: String, name: String, category: String, price: String)] = [
    ("LIN-220", "Linen 220", "linen", "12.40"), ("LIN-180", "Linen 180", "linen", "10.90"),
    ("POP-120", "Poplin 120", "cotton", "6.99"), ("VEL-300", "Velvet 300", "velvet", "18.35"),
  ]
  static let names = ["Acme Textiles", "Bora Fabrics", "Corda Mills", "Duna Linens", "Elsa Prints"]

  static func d(_ text: String) -> Decimal { Decimal(string: text) ?? 0 }

  /// Cents as an exact amount.
  static func money(cents: Int) -> Decimal { Decimal(cents) / 100 }

  /// The starting desk, and the events that made it (its stock receipts count as received).
  mutating func setUp() -> (desk: Desk, events: [Event]) {
    var settings = Settings()
    switch rng.int(0...2) {
    case 0: break
    case 1:
      settings.volumeTiers = [VolumeTier(fromMeters: 300, percent: 2), VolumeTier(fromMeters: 800, percent: 4)]
      settings.tierBasis = .wholeQuantity
    default:
      settings.volumeTiers = [VolumeTier(fromMeters: 250, percent: 3), VolumeTier(fromMeters: 600, percent: 5)]
      settings.tierBasis = .aboveBreak
    }
    if rng.chance(40) { settings.clientTiers = [ClientTier(name: "silver", fromSales: 3_000, percent: 1)] }
    var desk = Desk(settings: settings)
    var events: [Event] = []
    for (n, name) in Self.names.prefix(rng.int(3...5)).enumerated() {
      let terms: PaymentTerms? = rng.weighted([
        (nil, 3), (.net(days: 30), 2), (.net(days: 14), 1), (.prepayment, 2), (.cashOnDelivery, 2),
      ])
      let limit: Decimal? = rng.chance(45) ? Decimal(rng.int(2...30) * 500) : nil
      events.append(.clientAdded(Client(id: "CL-\(n + 1)", name: name, creditLimit: limit, paymentTerms: terms, addedAt: start)))
      // VAT: the second client buys for export (zero-rated), so statements carry both rates.
      if n == 1 { events.append(.clientTaxSet(client: "CL-2", tax: ClientTax(vat: .export))) }
    }
    let products = Self.catalog.filter { _ in rng.chance(80) }
    for product in products.isEmpty ? [Self.catalog[0]] : products {
      events.append(.productAdded(Product(sku: product.sku, name: product.name, category: product.category, listPrice: Self.d(product.price))))
      for lot in 1...rng.int(1...3) {
        let meters = Decimal(rng.int(100...1_500)) + (rng.chance(20) ? Self.d("0.5") : 0)
        let at = start.addingTimeInterval(-Double(rng.int(1...60)) * 86_400)
        events.append(.stockReceived(sku: product.sku, lot: "\(product.sku)-\(lot)", meters: meters, at: at))
      }
    }
    desk.apply(events)
    return (desk, events)
  }

  /// Moves the clock on: mostly hours, sometimes days.
  mutating func later(_ now: Date) -> Date {
    rng.chance(70) ? now.addingTimeInterval(Double(rng.int(1...12)) * 3_600) : now.addingTimeInterval(Double(rng.int(1...5)) * 86_400)
  }

  /// An order matching `wanted` most of the time, else any order; nil when there is none.
  private mutating func order(in desk: Desk, _ wanted: (Order) -> Bool) -> Order? {
    let all = desk.ordersInOrder
    let fitting = all.filter(wanted)
    return rng.chance(85) && !fitting.isEmpty ? rng.pick(fitting) : rng.pick(all)
  }

  private mutating func meters() -> Decimal {
    let whole = rng.weighted([(rng.int(1...60), 4), (rng.int(60...300), 4), (rng.int(300...900), 2)])
    return Decimal(whole) + (rng.chance(15) ? Self.d("0.5") : 0)
  }

  private mutating func anyClient(_ desk: Desk) -> String { rng.pick(desk.clientsInOrder.map(\.id)) ?? "CL-1" }

  private mutating func anySKU(_ desk: Desk) -> String { rng.pick(desk.productsInOrder.map(\.sku)) ?? "LIN-220" }

  /// The next command, drawn from the desk as it stands.
  mutating func command(on desk: Desk) -> (LedgerMove, Command) {
    let move = rng.weighted([
      (LedgerMove.order, 13), (.ship, 14), (.deliver, 6), (.cancel, 3), (.approve, 4), (.pay, 14), (.complain, 6),
      (.resolve, 7), (.returnGoods, 11), (.creditLimit, 3), (.receive, 5),
    ])
    let shipped: (Order) -> Bool = { $0.status == .shipped || $0.status == .delivered }
    let unshipped: (Order) -> Bool = { $0.status == .open || $0.status == .pendingApproval }
    switch move {
    case .order:
      return (.order, newOrder(desk))
    case .ship:
      guard let order = order(in: desk, unshipped) else { return (.order, newOrder(desk)) }
      return (.ship, .ship(order: order.id))
    case .deliver:
      guard let order = order(in: desk, { $0.status == .shipped }) else { return (.order, newOrder(desk)) }
      return (.deliver, .deliver(order: order.id))
    case .cancel:
      guard let order = order(in: desk, unshipped) else { return (.order, newOrder(desk)) }
      return (.cancel, .cancelOrder(order: order.id))
    case .approve:
      guard let order = order(in: desk, { $0.status == .pendingApproval }) else { return (.order, newOrder(desk)) }
      return (.approve, .approveOrder(order: order.id, by: "Director"))
    case .pay:
      return (.pay, payment(desk))
    case .complain:
      guard let order = order(in: desk, shipped), !rng.chance(8) else {
        return (.complain, .fileComplaint(NewComplaint(client: anyClient(desk), reason: .other, text: "rude driver")))
      }
      let lot = rng.chance(30) ? desk.invoice(of: order.id)?.shipped.first?.lot : nil
      return (.complain, .fileComplaint(NewComplaint(client: order.clientId, order: order.id, lot: lot, reason: .shade, text: "wrong shade on \(order.id)")))
    case .resolve:
      let open = desk.complaintsInOrder.filter { $0.status == .open }
      guard let complaint = rng.chance(90) ? rng.pick(open) : rng.pick(desk.complaintsInOrder) else { return (.order, newOrder(desk)) }
      return (.resolve, resolution(complaint, desk))
    case .returnGoods:
      guard let order = order(in: desk, shipped) else { return (.order, newOrder(desk)) }
      return (.returnGoods, goodsBack(order, desk))
    case .creditLimit:
      let limit: Decimal? = rng.chance(25) ? nil : Decimal(rng.int(1...40) * 500)
      return (.creditLimit, .setCreditLimit(client: anyClient(desk), limit: limit))
    case .receive:
      let sku = anySKU(desk)
      let lot = rng.chance(30) ? rng.pick(desk.products[sku]?.lots.map(\.id) ?? []) : nil
      return (.receive, .receiveStock(sku: sku, meters: Decimal(rng.int(20...800)), lot: lot))
    }
  }

  private mutating func newOrder(_ desk: Desk) -> Command {
    let items = (0..<rng.weighted([(1, 6), (2, 3), (3, 1)])).map { _ in OrderItem(sku: anySKU(desk), meters: meters()) }
    return .order(client: anyClient(desk), offer: nil, items: items)
  }

  /// Against an order (its outstanding or total, whole or part) or on the client's account;
  /// now and then far more than is owed, with or without saying "on account".
  private mutating func payment(_ desk: Desk) -> Command {
    func cents(_ amount: Decimal, percent: Int) -> Decimal {
      let value = NSDecimalNumber(decimal: amount * Decimal(percent) / 100).doubleValue
      return Self.money(cents: max(1, Int(value * 100)))
    }
    var kind = rng.weighted([(0, 4), (1, 4), (2, 1), (3, 1)])
    let target = kind == 0 ? order(in: desk, { $0.isBillable }) : nil
    if kind == 0, target == nil { kind = 1 }
    switch kind {
    case 0:
      guard let order = target else { return .pay(client: anyClient(desk), order: nil, amount: 1) }
      let due = desk.ledger(for: order.clientId).entry(order.id)?.outstanding ?? order.total
      let amount = due > 0 ? (rng.chance(60) ? due : cents(due, percent: rng.int(10...100))) : Decimal(rng.int(10...500))
      return .pay(client: rng.chance(50) ? order.clientId : nil, order: order.id, amount: amount)
    case 1:
      let client = anyClient(desk)
      let ledger = desk.ledger(for: client)
      let basis = ledger.owes > 0 ? ledger.owes : ledger.exposure
      let amount = basis > 0 ? cents(basis, percent: rng.int(10...110)) : Decimal(rng.int(10...800))
      return .pay(client: client, order: nil, amount: amount)
    case 2:
      return .pay(client: anyClient(desk), order: nil, amount: Self.money(cents: rng.int(1_000...500_000)), onAccount: true)
    default:
      // Far above anything owed, not said to be on account: asked back unless exposure is large.
      return .pay(client: anyClient(desk), order: nil, amount: Decimal(rng.int(50_000...900_000)))
    }
  }

  /// A credit, a discount, replacement metres, several of them, or words only; nearly
  /// always justified (an unjustified verdict with a remedy is refused).
  private mutating func resolution(_ complaint: Complaint, _ desk: Desk) -> Command {
    var r = ComplaintResolution(text: "settled")
    let invoice = complaint.order.flatMap { desk.invoice(of: $0) }
    let left = invoice.map { $0.amount - desk.credited(order: $0.order) } ?? Decimal(rng.int(50...2_000))
    let remedy = rng.weighted([(0, 4), (1, 3), (2, 3), (3, 1), (4, 1), (5, 1)])
    if remedy == 0 || remedy == 3 {
      let most = max(1, Int(NSDecimalNumber(decimal: left).doubleValue * 100))
      r.credit = Self.money(cents: rng.chance(10) ? most + rng.int(1...10_000) : rng.int(1...most))
    }
    if remedy == 1 || remedy == 4 { r.discountPercent = Decimal(rng.int(1...30)) }
    if remedy == 2 || remedy == 3 || remedy == 4 { r.replacementMeters = Decimal(rng.int(1...80)) }
    let verdict: ComplaintVerdict? = rng.chance(8) ? .unjustified : (rng.chance(10) ? nil : .justified)
    return .resolveComplaint(complaint: complaint.id, verdict: verdict, resolution: r)
  }

  /// Some or all of what is still returnable from one lot, now and then more than that, or a
  /// lot or fabric the order did not ship.
  private mutating func goodsBack(_ order: Order, _ desk: Desk) -> Command {
    let shipped = desk.invoice(of: order.id)?.shipped ?? []
    guard let line = rng.pick(shipped), !rng.chance(5) else {
      return .returnGoods(NewReturn(order: order.id, sku: anySKU(desk), meters: meters(), damaged: rng.chance(30)))
    }
    let left = desk.returnable(order: order.id, sku: line.sku, lot: line.lot)
    let meters: Decimal
    switch rng.weighted([(0, 3), (1, 5), (2, 2)]) {
    case 0: meters = left > 0 ? left : 1
    case 1:
      let whole = NSDecimalNumber(decimal: left).intValue
      meters = whole > 1 ? Decimal(rng.int(1...whole - 1)) + (rng.chance(20) ? Self.d("0.5") : 0) : max(left, 1)
    default: meters = left + Decimal(rng.int(1...50))
    }
    let lot: String? = rng.weighted([(nil, 5), (line.lot, 4), ("NO-SUCH-LOT", 1)])
    return .returnGoods(NewReturn(order: order.id, sku: line.sku, meters: meters, lot: lot, damaged: rng.chance(30), reason: rng.chance(50) ? "too light" : nil))
  }
}
