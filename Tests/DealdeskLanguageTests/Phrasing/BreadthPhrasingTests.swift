import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Ways of saying things a manager uses without thinking: possessives, "yesterday", the
/// reference first ("F-4 done"), and questions asked in passing.
@Suite struct BreadthPhrasingTests {
  static let acme = PhrasingDesk.acme, bora = PhrasingDesk.bora

  /// The phrasing desk with an open offer O-3, Acme's orders S-6 (older) and S-7, a
  /// cancelled S-8, an open follow-up F-4, a complaint C-1 and a call with Bora.
  static let desk: Desk = {
    var desk = PhrasingDesk.desk
    let now = PhrasingDesk.now
    let terms = Terms(lines: [OfferLine(scope: .category("linen"), discountPercent: 10)])
    desk.apply(.offerMade(Offer(id: "O-3", number: 3, clientId: bora, rounds: [Round(by: .us, terms: terms, at: now)],
                                validUntil: now.addingTimeInterval(14 * 86_400))))
    let line = OrderLine(sku: "POP-WHT", meters: 300, listPrice: dec("6.90"), discounts: [], unitPrice: dec("6.90"))
    for (n, status) in [(6, OrderStatus.delivered), (7, .open), (8, .cancelled)] {
      desk.apply(.orderPlaced(Order(id: "S-\(n)", number: n, clientId: acme, offer: nil, status: status, lines: [line],
                                    paymentTerms: .net(days: 30), createdAt: now)))
    }
    desk.apply(.followUpAdded(FollowUp(id: "F-4", client: acme, due: at(2026, 12, 2), dueHasTime: false, text: "x", createdAt: now)))
    desk.apply(.complaintFiled(Complaint(id: "C-1", clientId: acme, order: "S-7", lot: nil, reason: .shade, text: "wrong shade",
                                         openedAt: now)))
    desk.apply(.noteAdded(Note(id: "N-1", client: bora, kind: .call, text: "wants net 60", at: at(2026, 11, 27, 15))))
    return desk
  }()

  static let possessives: [Row] = [
    Row("Acme's credit limit is 20k", .intent(.command(.setCreditLimit(client: acme, limit: 20_000)))),
    Row("Acme’s credit limit is 20,000", .intent(.command(.setCreditLimit(client: acme, limit: 20_000)))),
    Row("Acme Textiles's credit limit 5000", .intent(.command(.setCreditLimit(client: acme, limit: 5_000)))),
    Row("acme's limit is none", .intent(.command(.setCreditLimit(client: acme, limit: nil)))),
    Row("Acme's balance", ask(.balance(client: acme))),
    Row("Bora's balance?", ask(.balance(client: bora))),
    Row("Acme's offers", ask(.offers(client: acme, openOnly: false))),
    Row("Acme's open offers", ask(.offers(client: acme, openOnly: true))),
    Row("Acme's last order", on: desk, ask(.invoice(order: "S-7"))),
    Row("Acme's credit limit is", fails("What limit?", "e.g. set Acme credit limit 20,000")),
  ]

  static let dates: [Row] = [
    // Read as a day, so the desk can say it is past; the grammar does not judge it.
    Row("follow up Acme yesterday", .intent(.command(.followUp(NewFollowUp(client: acme, due: at(2026, 11, 29), text: "follow up"))))),
    Row("follow up Acme yesterday: send swatches",
        .intent(.command(.followUp(NewFollowUp(client: acme, due: at(2026, 11, 29), text: "send swatches"))))),
  ]

  /// The reference first, as a manager reads it off a list.
  static let referencesFirst: [Row] = [
    Row("F-4 done", on: desk, .intent(.command(.completeFollowUp(id: "F-4")))),
    Row("f-4 is done", on: desk, .intent(.command(.completeFollowUp(id: "F-4")))),
    Row("done F-4", on: desk, .intent(.command(.completeFollowUp(id: "F-4")))),
    Row("F-9 done", on: desk, fails("There is no follow-up F-9.", "`agenda` lists them.")),
    Row("O-3 accepted", on: desk, accept("O-3", by: .client)),
    Row("O-3 accepts", on: desk, accept("O-3", by: .client)),
    Row("S-7 shipped", on: desk, .intent(.command(.ship(order: "S-7")))),
    Row("ship S-7", on: desk, .intent(.command(.ship(order: "S-7")))),
    Row("S-7 delivered", on: desk, .intent(.command(.deliver(order: "S-7")))),
    Row("C-1 justified", on: desk, .intent(.command(.resolveComplaint(
      complaint: "C-1", verdict: .justified, resolution: ComplaintResolution(text: ""))))),
    Row("complaint 1 justified", on: desk, .intent(.command(.resolveComplaint(
      complaint: "C-1", verdict: .justified, resolution: ComplaintResolution(text: ""))))),
    Row("resolve complaint 1 justified", on: desk, .intent(.command(.resolveComplaint(
      complaint: "C-1", verdict: .justified, resolution: ComplaintResolution(text: ""))))),
    Row("complaint 9 justified", on: desk, fails("There is no complaint C-9.", "`complaints` lists them.")),
  ]

  static let questions: [Row] = [
    // The latest order not cancelled: S-8 was cancelled, so S-7.
    Row("what did Acme buy last", on: desk, ask(.invoice(order: "S-7"))),
    Row("what did Acme buy last?", on: desk, ask(.invoice(order: "S-7"))),
    Row("what did they buy last", client: acme, on: desk, ask(.invoice(order: "S-7"))),
    Row("last order Acme", on: desk, ask(.invoice(order: "S-7"))),
    Row("what did Bora buy last", on: desk, fails("Bora Fabrics has not bought anything yet.", "`offers for Bora Fabrics` shows what is under way.")),
    Row("is linen 220 in stock", ask(.product(sku: "LIN-220"))),
    Row("is Linen 220 in stock?", ask(.product(sku: "LIN-220"))),
    Row("is poplin white available", ask(.product(sku: "POP-WHT"))),
    Row("do we have linen 220", ask(.product(sku: "LIN-220"))),
    Row("do we have linen 220 in stock", ask(.product(sku: "LIN-220"))),
    Row("when did I last talk to Bora", on: desk, ask(.lastContact(client: bora))),
    Row("when did I last talk to Bora?", on: desk, ask(.lastContact(client: bora))),
    Row("when did we last talk to Acme", ask(.lastContact(client: acme))),
    Row("last contact with Bora", ask(.lastContact(client: bora))),
  ]

  @Test(arguments: possessives) func possessive(_ row: Row) { row.check() }
  @Test(arguments: dates) func pastDay(_ row: Row) { row.check() }
  @Test(arguments: referencesFirst) func referenceFirst(_ row: Row) { row.check() }
  @Test(arguments: questions) func questionInPassing(_ row: Row) { row.check() }
}
