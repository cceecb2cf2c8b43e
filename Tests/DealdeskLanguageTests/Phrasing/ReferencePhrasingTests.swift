import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// A reference first, in any of its written forms, then what became of it: "offer 3
/// accepted", "order 7 shipped", "S-7 was delivered". The word forms ("offer 3", "order 7")
/// start like the offer and order commands, which keep every line that is no status line.
/// Read against BreadthPhrasingTests.desk: open offer O-3 to Bora, Acme's open order S-7
/// (2,070.00 owed), delivered S-6, cancelled S-8, follow-up F-4, complaint C-1.
@Suite struct ReferencePhrasingTests {
  static let desk = BreadthPhrasingTests.desk
  static let acme = PhrasingDesk.acme, bora = PhrasingDesk.bora

  static func withdraw(_ offer: String) -> Expected { .intent(.command(.withdraw(offer: offer))) }
  static func lose(_ offer: String, to competitor: String?, reason: String? = nil) -> Expected {
    .intent(.command(.lose(offer: offer, to: competitor, reason: reason)))
  }
  static func command(_ command: Command) -> Expected { .intent(.command(command)) }

  static let offers: [Row] = [
    Row("offer 3 accepted", on: desk, accept("O-3", by: .client)),
    Row("Offer 3 accepted.", on: desk, accept("O-3", by: .client)),
    Row("quote 3 accepted", on: desk, accept("O-3", by: .client)),
    Row("offer 3 was accepted", on: desk, accept("O-3", by: .client)),
    Row("O-3 was accepted", on: desk, accept("O-3", by: .client)),
    Row("O-3 has been accepted", on: desk, accept("O-3", by: .client)),
    Row("#3 accepted", on: desk, accept("O-3", by: .client)),
    Row("offer 3 declined", on: desk, decline("O-3")),
    Row("offer 3 was declined: too expensive", on: desk, decline("O-3", reason: "too expensive")),
    Row("O-3 was rejected", on: desk, decline("O-3")),
    Row("quote 3 lost to Rival", on: desk, lose("O-3", to: "Rival")),
    Row("offer 3 was lost to Tekstil Plus: price", on: desk, lose("O-3", to: "Tekstil Plus", reason: "price")),
    Row("offer 3 withdrawn", on: desk, withdraw("O-3")),
    Row("O-3 was withdrawn", on: desk, withdraw("O-3")),
    // An offer is withdrawn, not cancelled, however the manager puts it.
    Row("O-3 cancelled", on: desk, withdraw("O-3")),
    Row("offer 3 was cancelled", on: desk, withdraw("O-3")),
    Row("cancel O-3", on: desk, withdraw("O-3")),
    Row("cancel offer 3", on: desk, withdraw("O-3")),
    Row("offer 9 accepted", on: desk, fails("There is no offer O-9.", "`offers` lists them.")),
    Row("cancel O-9", on: desk, fails("There is no offer O-9.", "`offers` lists them.")),
    Row("O-3 expired", on: desk, fails("What about O-3?", "e.g. O-3 accepted, O-3 declined, show O-3. Type help for more.")),
  ]

  /// The other side: "offer" and "order" with a number and no status after it stay what they were.
  static let stillOffersAndOrders: [Row] = [
    Row("offer Acme 10% on linen", on: desk, offer(acme, pct(10, on: .category("linen")))),
    Row("offer 3 metres linen 220 to Acme", on: desk, offer(acme, line("LIN-220", meters: 3))),
    Row("offer 3 rolls linen 220 to Acme at 11.50", on: desk, offer(acme, line("LIN-220", meters: 150, price: dec("11.50")))),
    Row("quote 3 rolls of linen 220 to Acme", on: desk, offer(acme, line("LIN-220", meters: 150))),
    Row("order 7 rolls poplin for Acme", on: desk, command(.order(client: acme, offer: nil, items: [OrderItem(sku: "POP-WHT", meters: 700)]))),
    Row("offer 3", on: desk, ask(.offer(id: "O-3"))),
    Row("order 7", on: desk, ask(.invoice(order: "S-7"))),
    Row("order 7?", on: desk, ask(.invoice(order: "S-7"))),
    Row("S-7", on: desk, ask(.invoice(order: "S-7"))),
    Row("S-9?", on: desk, fails("There is no order S-9.", "`orders` lists them.")),
  ]

  static let orders: [Row] = [
    Row("order 7 shipped", on: desk, command(.ship(order: "S-7"))),
    Row("order 7 was shipped", on: desk, command(.ship(order: "S-7"))),
    Row("S-7 has been shipped", on: desk, command(.ship(order: "S-7"))),
    Row("S-7 was delivered", on: desk, command(.deliver(order: "S-7"))),
    Row("order 7 delivered", on: desk, command(.deliver(order: "S-7"))),
    Row("S-7 got delivered", on: desk, command(.deliver(order: "S-7"))),
    Row("order 7 cancelled", on: desk, command(.cancelOrder(order: "S-7"))),
    Row("order 7 was canceled", on: desk, command(.cancelOrder(order: "S-7"))),
    Row("cancel order 7", on: desk, command(.cancelOrder(order: "S-7"))),
    Row("order 9 shipped", on: desk, fails("There is no order S-9.", "`orders` lists them.")),
    Row("S-7 lost", on: desk, fails("What about S-7?", "e.g. S-7 shipped, S-7 delivered, S-7 paid, invoice S-7. Type help for more.")),
  ]

  /// An order paid with no amount named was paid off: the amount is what it still owed.
  static let payments: [Row] = [
    // "Paid" with no figure is paid in full: what the invoice asks, 2,070.00 and its 414.00 VAT.
    Row("order 7 paid", on: desk, command(.pay(client: nil, order: "S-7", amount: 2_484))),
    Row("S-7 paid", on: desk, command(.pay(client: nil, order: "S-7", amount: 2_484))),
    Row("S-7 was paid in full", on: desk, command(.pay(client: nil, order: "S-7", amount: 2_484))),
    Row("order 7 has been paid", on: desk, command(.pay(client: nil, order: "S-7", amount: 2_484))),
    Row("Acme paid S-7 in full", on: desk, command(.pay(client: acme, order: "S-7", amount: 2_484))),
    Row("paid S-7", on: desk, command(.pay(client: nil, order: "S-7", amount: 2_484))),
    Row("S-7 paid 500", on: desk, command(.pay(client: nil, order: "S-7", amount: 500))),
    Row("order 7 paid 1,200", on: desk, command(.pay(client: nil, order: "S-7", amount: 1_200))),
    Row("S-8 paid", on: desk, fails("S-8 was cancelled: nothing is owed on it.", "Give the amount to record it anyway, e.g. paid 500 for S-8")),
    Row("Acme paid in full", on: desk, fails("How much was paid?", "e.g. Acme paid 5,000")),
  ]

  static let followUps: [Row] = [
    Row("follow-up 4 done", on: desk, command(.completeFollowUp(id: "F-4"))),
    Row("follow up 4 done", on: desk, command(.completeFollowUp(id: "F-4"))),
    Row("follow-up 4 is done", on: desk, command(.completeFollowUp(id: "F-4"))),
    Row("reminder 4 done", on: desk, command(.completeFollowUp(id: "F-4"))),
    Row("F-4 was completed", on: desk, command(.completeFollowUp(id: "F-4"))),
    Row("follow-up 9 done", on: desk, fails("There is no follow-up F-9.", "`agenda` lists them.")),
    // Still a follow-up to plan: no status after the number.
    Row("follow up Acme in 4 days", on: desk, .intent(.command(.followUp(NewFollowUp(client: acme, due: at(2026, 12, 4), text: "follow up"))))),
  ]

  /// "mark" before a status line, as a manager ticks a list.
  static let marking: [Row] = [
    Row("mark S-7 shipped", on: desk, command(.ship(order: "S-7"))),
    Row("mark S-7 as delivered", on: desk, command(.deliver(order: "S-7"))),
    Row("mark order 7 as paid", on: desk, command(.pay(client: nil, order: "S-7", amount: 2_484))),
    Row("mark O-3 accepted", on: desk, accept("O-3", by: .client)),
    Row("mark O-3 as lost to Rival", on: desk, lose("O-3", to: "Rival")),
    Row("mark F-4 as done", on: desk, command(.completeFollowUp(id: "F-4"))),
    Row("mark done F-4", on: desk, command(.completeFollowUp(id: "F-4"))),
    Row("mark Acme as unreliable", on: desk, command(.rateReliability(client: acme, grade: "D"))),
    Row("mark S-9 shipped", on: desk, fails("There is no order S-9.", "`orders` lists them.")),
    Row("mark", on: desk, fails("I don't know the command \"mark\".", "Did you mean mark done or mark lost?")),
  ]

  /// Orders in the words of the job: an accepted offer turned into one, the order moved on.
  static let ordering: [Row] = [
    Row("turn O-3 into an order", on: desk, command(.order(client: nil, offer: "O-3", items: []))),
    Row("turn offer 3 into an order", on: desk, command(.order(client: nil, offer: "O-3", items: []))),
    Row("make an order from offer 3", on: desk, command(.order(client: nil, offer: "O-3", items: []))),
    Row("Acme wants to order 300m poplin", on: desk, command(.order(client: acme, offer: nil, items: [OrderItem(sku: "POP-WHT", meters: 300)]))),
    Row("ship the order for Acme", on: desk, command(.ship(order: "S-7"))),
    Row("ship it", client: acme, on: desk, command(.ship(order: "S-7"))),
    Row("cancel the order for Acme", on: desk, command(.cancelOrder(order: "S-7"))),
    Row("where is S-7", on: desk, ask(.invoice(order: "S-7"))),
    Row("show order 7", on: desk, ask(.invoice(order: "S-7"))),
    Row("what's unpaid", on: desk, ask(.orders(client: nil, unpaidOnly: true))),
    Row("what's outstanding for Acme", on: desk, ask(.orders(client: acme, unpaidOnly: true))),
  ]

  /// Asked, a status is looked at, never set: "is S-7 shipped?" must not ship S-7.
  static let asked: [Row] = [
    Row("is S-7 shipped?", on: desk, ask(.invoice(order: "S-7"))),
    Row("is order 7 delivered", on: desk, ask(.invoice(order: "S-7"))),
    Row("Is S-7 paid?", on: desk, ask(.invoice(order: "S-7"))),
    Row("is O-3 accepted?", on: desk, ask(.offer(id: "O-3"))),
    Row("is offer 3 approved", on: desk, ask(.offer(id: "O-3"))),
    Row("is F-4 done?", on: desk, ask(.followUps(client: acme))),
    Row("is add client Zeta Mills", on: desk, fails("That reads as a question, and a question changes nothing.", "To make the change, say it: add client Zeta Mills")),
    Row("is linen 220 in stock?", on: desk, ask(.product(sku: "LIN-220"))),
    Row("S-7 shipped", on: desk, command(.ship(order: "S-7"))),
  ]

  @Test(arguments: asked) func askedNotSet(_ row: Row) { row.check() }
  @Test(arguments: marking) func markedDone(_ row: Row) { row.check() }
  @Test(arguments: ordering) func anOrderInWords(_ row: Row) { row.check() }
  @Test(arguments: offers) func anOffer(_ row: Row) { row.check() }
  @Test(arguments: stillOffersAndOrders) func notAStatusLine(_ row: Row) { row.check() }
  @Test(arguments: orders) func anOrder(_ row: Row) { row.check() }
  @Test(arguments: payments) func anOrderPaid(_ row: Row) { row.check() }
  @Test(arguments: followUps) func aFollowUp(_ row: Row) { row.check() }

  /// The line is about the reference's client, which becomes the client in context.
  @Test func aReferencePutsItsClientInContext() throws {
    let context = ParseContext(desk: Self.desk, names: NameIndex(desk: Self.desk), contextClient: nil, now: PhrasingDesk.now)
    #expect(try Parser.parse("offer 3 accepted", context: context).client == Self.bora)
    #expect(try Parser.parse("order 7 shipped", context: context).client == Self.acme)
    #expect(try Parser.parse("S-7", context: context).client == Self.acme)
  }
}
