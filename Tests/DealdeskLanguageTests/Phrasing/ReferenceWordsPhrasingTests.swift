import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Records named without their ids: "it", "their offer", "vlora's order", "the drini hold",
/// "the tweed swatch",
/// "drini's latest order", "the satin hold". Each is the record last talked about when it is
/// of the kind the verb needs, else the one record that fits; two that fit are asked back.
/// Read against TradeDesk (Drini: open O-1 on satin, open S-1 tweed, shipped S-2 satin;
/// Vlora: open S-3 satin, delivered S-4 tweed, hold R-1 on satin, open complaint C-1 on S-4)
/// and `busy`, the same desk with a second of each kind.
@Suite struct ReferenceWordsPhrasingTests {
  static let desk = TradeDesk.desk
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora

  /// TradeDesk and: Drini's second open order S-5 (satin), Vlora's accepted offer O-2
  /// (80 m tweed at 22.00), Vlora's hold R-2 on tweed, Drini's open complaint C-2 on S-2.
  static let busy: Desk = {
    var desk = TradeDesk.desk
    let now = TradeDesk.now
    let satin = OrderLine(sku: "SAT-DCH", meters: 100, listPrice: dec("9.60"), discounts: [], unitPrice: dec("9.60"))
    desk.apply(.orderPlaced(Order(id: "S-5", number: 5, clientId: drini, offer: nil, status: .open, lines: [satin],
                                  paymentTerms: .net(days: 30), createdAt: now.addingTimeInterval(600))))
    let tweed = Terms(lines: [OfferLine(scope: .product(sku: "TWD-HT"), meters: 80, unitPrice: dec("22.00"))])
    desk.apply(.offerMade(Offer(id: "O-2", number: 2, clientId: vlora, status: .accepted, rounds: [Round(by: .us, terms: tweed, at: now)],
                                validUntil: now.addingTimeInterval(14 * 86_400), closedAt: now)))
    desk.apply(.reservationMade(Reservation(id: "R-2", client: vlora, sku: "TWD-HT", lot: nil, meters: 50, status: .held,
                                            createdAt: now, expiresAt: now.addingTimeInterval(7 * 86_400))))
    desk.apply(.complaintFiled(Complaint(id: "C-2", clientId: drini, order: "S-2", lot: nil, reason: .width,
                                         text: "width 2cm short", openedAt: now)))
    return desk
  }()

  static func does(_ command: Command) -> Expected { .intent(.command(command)) }
  static func ship(_ order: String) -> Expected { does(.ship(order: order)) }
  static func release(_ hold: String) -> Expected { does(.release(reservation: hold)) }
  static func orderFrom(_ offer: String) -> Expected { does(.order(client: nil, offer: offer, items: [])) }

  static let orders: [Row] = [
    Row("ship drini's order", on: desk, ship("S-1")),
    Row("ship drinis order", on: desk, ship("S-1")),
    Row("ship the drini order", on: desk, ship("S-1")),
    Row("ship drini order", on: desk, ship("S-1")),
    Row("ship the order for drini", on: desk, ship("S-1")),
    Row("ship drini's tweed order", on: desk, ship("S-1")),
    Row("ship the tweed order", on: desk, ship("S-1")),
    Row("ship it", client: drini, on: desk, ship("S-1")),
    Row("ship the order", client: drini, on: desk, ship("S-1")),
    Row("ship their order", client: drini, on: desk, ship("S-1")),
    Row("pls ship their order", client: drini, on: desk, ship("S-1")),
    Row("dispatch it", client: drini, on: desk, ship("S-1")),
    Row("ship this order", client: drini, on: desk, ship("S-1")),
    Row("ship their open order", client: drini, on: desk, ship("S-1")),
    Row("ship that one", client: drini, on: desk, ship("S-1")),
    Row("cancel vlora's order", on: desk, does(.cancelOrder(order: "S-3"))),
    Row("cancel vloras order", on: desk, does(.cancelOrder(order: "S-3"))),
    Row("cancel the vlora order", on: desk, does(.cancelOrder(order: "S-3"))),
    Row("cancel the satin order", on: desk, does(.cancelOrder(order: "S-3"))),
    Row("cancel it", client: vlora, on: desk, does(.cancelOrder(order: "S-3"))),
    Row("cancel their order", client: vlora, on: desk, does(.cancelOrder(order: "S-3"))),
    Row("deliver drini's order", on: desk, does(.deliver(order: "S-2"))),
    Row("invoice drini's latest order", on: desk, ask(.invoice(order: "S-2"))),
    Row("invoice drinis last order", on: desk, ask(.invoice(order: "S-2"))),
    Row("invoice vlora's latest order", on: desk, ask(.invoice(order: "S-4"))),
    Row("invoice drini's tweed order", on: desk, ask(.invoice(order: "S-1"))),
    Row("total drini's last order", on: desk, ask(.invoice(order: "S-2"))),
    Row("invoice their latest order", client: vlora, on: desk, ask(.invoice(order: "S-4"))),
    // Two orders of Drini's fit an invoice: asked back, not guessed.
    Row("invoice drini's order", on: desk, .ambiguity(["S-1", "S-2"])),
    Row("invoice the drini order", on: desk, .ambiguity(["S-1", "S-2"])),
    Row("invoice it", client: drini, on: desk, .ambiguity(["S-1", "S-2"])),
    Row("deliver it", client: vlora, on: desk, fails("Vlora Home has no order to deliver.", "Their orders: S-3 open, S-4 delivered.")),
    Row("ship it", on: desk, fails("Which order is \"it\"? Nothing is in context.", "Name it by its id, e.g. ship S-7")),
    Row("ship their order", on: desk, fails("Whose order? No client is in context.", "Name the client, e.g. ship Acme's order")),
  ]

  /// With a second open order of Drini's, every reading that fits both asks which.
  static let twoOrders: [Row] = [
    Row("ship drini's order", on: busy, .ambiguity(["S-1", "S-5"])),
    Row("ship it", client: drini, on: busy, .ambiguity(["S-1", "S-5"])),
    Row("ship drini's latest order", on: busy, ship("S-5")),
    Row("ship drini's tweed order", on: busy, ship("S-1")),
    Row("ship drini's satin order", on: busy, ship("S-5")),
    // "open" says no more than "ship" does: both are open.
    Row("ship drini's open order", on: busy, .ambiguity(["S-1", "S-5"])),
    Row("ship that order", client: drini, on: busy, .ambiguity(["S-1", "S-5"])),
    Row("cancel drini's satin order", on: busy, does(.cancelOrder(order: "S-5"))),
    // Before, "ship Drini" shipped the latest open order, S-5, without a word about S-1.
    Row("ship drini", on: busy, fails("Drini Konfeksion has 2 orders to ship: S-1 or S-5.", "Name one, e.g. ship S-5.")),
    Row("drini order shipped", on: busy, fails("Drini Konfeksion has 2 orders to ship: S-1 or S-5.", "Name one, e.g. ship S-5.")),
    Row("cancel drini", on: busy, fails("Drini Konfeksion has 2 orders to cancel: S-1 or S-5.", "Name one, e.g. cancel S-5.")),
  ]

  static let offers: [Row] = [
    Row("order it", client: vlora, on: busy, orderFrom("O-2")),
    Row("turn it into an order", client: vlora, on: busy, orderFrom("O-2")),
    Row("turn their offer into an order", client: vlora, on: busy, orderFrom("O-2")),
    Row("order vlora's offer", on: busy, orderFrom("O-2")),
    Row("order vloras deal", on: busy, orderFrom("O-2")),
    Row("turn vlora's deal into an order", on: busy, orderFrom("O-2")),
    Row("book the vlora offer", on: busy, orderFrom("O-2")),
    Row("order it", client: drini, on: desk, fails("Drini Konfeksion has no offer to order.", "Their offers: O-1 open.")),
    Row("reserve for O-2", on: busy, does(.reserve(client: vlora, sku: "TWD-HT", meters: 80))),
    Row("reserve stock for O-2", on: busy, .anyError),
    Row("reserve for their offer", client: vlora, on: busy, does(.reserve(client: vlora, sku: "TWD-HT", meters: 80))),
    Row("reserve for vlora's offer", on: busy, does(.reserve(client: vlora, sku: "TWD-HT", meters: 80))),
    Row("reserve 50m for O-1", on: desk, does(.reserve(client: drini, sku: "SAT-DCH", meters: 50))),
    Row("reserve 2 rolls for O-1", on: desk, does(.reserve(client: drini, sku: "SAT-DCH", meters: 100))),
    Row("reserve 50m for it", client: drini, on: desk, does(.reserve(client: drini, sku: "SAT-DCH", meters: 50))),
    Row("reserve for O-1", on: desk, fails("How much? O-1 names no quantity of Duchess Satin.", "e.g. reserve 200m duchess satin for O-1")),
    Row("reserve for O-3", on: desk, fails("There is no offer O-3.", "`offers` lists them.")),
  ]

  static let holds: [Row] = [
    Row("drop vlora's satin hold", on: desk, release("R-1")),
    Row("drop vloras satin hold", on: desk, release("R-1")),
    Row("drop vlora's hold", on: desk, release("R-1")),
    Row("release the vlora hold", on: desk, release("R-1")),
    Row("release the satin hold", on: desk, release("R-1")),
    Row("release vlora home's reservation", on: desk, release("R-1")),
    Row("cancel vlora's hold", on: desk, release("R-1")),
    Row("cancel the satin hold", on: desk, release("R-1")),
    Row("let go the vlora hold", on: desk, release("R-1")),
    Row("release it", client: vlora, on: desk, release("R-1")),
    Row("drop the hold", client: vlora, on: desk, release("R-1")),
    Row("release their hold", client: vlora, on: desk, release("R-1")),
    Row("drop vlora's tweed hold", on: busy, release("R-2")),
    Row("drop vlora's hold", on: busy, .ambiguity(["R-1", "R-2"])),
    Row("release it", client: vlora, on: busy, .ambiguity(["R-1", "R-2"])),
    Row("release drini's hold", on: desk, fails("Drini Konfeksion has no hold to release.")),
  ]

  static let complaints: [Row] = [
    Row("close the vlora complaint", on: desk,
        fails("How was C-1 resolved?", "e.g. resolve C-1 justified: credit 120.00, or C-1 unjustified: within tolerance")),
    Row("close vlora's complaint", on: desk,
        fails("How was C-1 resolved?", "e.g. resolve C-1 justified: credit 120.00, or C-1 unjustified: within tolerance")),
    Row("close the drini complaint", on: desk, fails("Drini Konfeksion has no complaint to close.")),
    Row("close drini's complaint", on: busy,
        fails("How was C-2 resolved?", "e.g. resolve C-2 justified: credit 120.00, or C-2 unjustified: within tolerance")),
    Row("resolve the vlora complaint: unjustified, within tolerance", on: desk,
        does(.resolveComplaint(complaint: "C-1", verdict: .unjustified, resolution: ComplaintResolution(text: "within tolerance")))),
    Row("resolve their complaint unjustified: within tolerance", client: vlora, on: desk,
        does(.resolveComplaint(complaint: "C-1", verdict: .unjustified, resolution: ComplaintResolution(text: "within tolerance")))),
  ]

  /// TradeDesk with swatches out: Vlora has tweed (L-1) and satin (L-2), Drini tweed (L-3).
  static let swatches: Desk = {
    var desk = TradeDesk.desk
    let now = TradeDesk.now, due = TradeDesk.now.addingTimeInterval(14 * 86_400)
    desk.apply(.swatchesAdded(sku: "TWD-HT", count: 5))
    desk.apply(.swatchesAdded(sku: "SAT-DCH", count: 5))
    for (id, sku, client) in [("L-1", "TWD-HT", vlora), ("L-2", "SAT-DCH", vlora), ("L-3", "TWD-HT", drini)] {
      desk.apply(.sampleLent(SampleLoan(id: id, sku: sku, client: client, lentAt: now, dueBack: due)))
    }
    return desk
  }()

  static let samples: [Row] = [
    Row("vlora returned the tweed swatch", on: swatches, does(.returnSample(loan: "L-1"))),
    Row("vlora brought back the satin swatch", on: swatches, does(.returnSample(loan: "L-2"))),
    Row("drini sent back the tweed sample", on: swatches, does(.returnSample(loan: "L-3"))),
    Row("they returned the satin swatch", client: vlora, on: swatches, does(.returnSample(loan: "L-2"))),
    Row("sample returned tweed by drini", on: swatches, does(.returnSample(loan: "L-3"))),
    Row("return sample L-2", on: swatches, does(.returnSample(loan: "L-2"))),
    Row("vlora gave back the tweed swatch", on: swatches, does(.returnSample(loan: "L-1"))),
    Row("drini gave back tweed sample", on: swatches, does(.returnSample(loan: "L-3"))),
    // Two tweed swatches are out: before, the oldest (Vlora's) was taken back without a word.
    Row("sample returned tweed", on: swatches, fails("2 swatches like that are out: L-1 or L-3.", "Name one, e.g. return sample L-1")),
    Row("vlora returned the swatch", on: swatches, fails("2 swatches like that are out: L-1 or L-2.", "Name one, e.g. return sample L-1")),
    Row("drini returned the satin swatch", on: swatches, fails("No swatch like that is out on loan.", "`samples` lists the swatches out.")),
  ]

  @Test(arguments: samples) func aSwatchWithoutItsId(_ row: Row) { row.check() }
  @Test(arguments: orders) func anOrderWithoutItsId(_ row: Row) { row.check() }
  @Test(arguments: twoOrders) func twoThatFitAreAskedBack(_ row: Row) { row.check() }
  @Test(arguments: offers) func anOfferWithoutItsId(_ row: Row) { row.check() }
  @Test(arguments: holds) func aHoldWithoutItsId(_ row: Row) { row.check() }
  @Test(arguments: complaints) func aComplaintWithoutItsId(_ row: Row) { row.check() }

  /// "it" is the record last talked about when it is of the kind the verb needs, even if the
  /// verb cannot apply to it (decide then says why): it never slides to another record.
  @Test func itIsTheRecordLastTalkedAbout() throws {
    let (drini, vlora, busy) = (Self.drini, Self.vlora, Self.busy)
    func read(_ line: String, client: String?, record: String?, on desk: Desk = Self.desk) throws -> Intent {
      let context = ParseContext(desk: desk, names: NameIndex(desk: desk), contextClient: client, contextRecord: record, now: TradeDesk.now)
      return try Parser.parse(line, context: context).intent
    }
    #expect(try read("invoice it", client: drini, record: "S-2") == .question(.invoice(order: "S-2")))
    #expect(try read("ship it", client: drini, record: "S-2") == .command(.ship(order: "S-2")))
    #expect(try read("ship it", client: drini, record: "S-5", on: busy) == .command(.ship(order: "S-5")))
    // An offer last talked about is no order: "ship it" is then the client's one open order.
    #expect(try read("ship it", client: drini, record: "O-1") == .command(.ship(order: "S-1")))
    #expect(try read("order it", client: drini, record: "O-1") == .command(.order(client: nil, offer: "O-1", items: [])))
    #expect(try read("release it", client: vlora, record: "R-2", on: busy) == .command(.release(reservation: "R-2")))
    // "close it" is the deal unless a complaint was last talked about.
    #expect(try read("close it", client: drini, record: nil) == .command(.accept(offer: "O-1", by: nil)))
    let howResolved = ParseError("How was C-2 resolved?", suggestion: "e.g. resolve C-2 justified: credit 120.00, or C-2 unjustified: within tolerance")
    #expect(throws: howResolved) { try read("close it", client: drini, record: "C-2", on: busy) }
    #expect(try read("close it: replaced 20m", client: vlora, record: "C-1").isResolve)
  }
}

extension Intent {
  /// Whether the line resolves a complaint, whatever it says was done.
  fileprivate var isResolve: Bool {
    if case .command(.resolveComplaint) = self { return true }
    return false
  }
}
