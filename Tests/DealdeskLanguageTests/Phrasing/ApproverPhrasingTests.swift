import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// The approver named first or in passing. The person is kept as typed and is never a client
/// (issue 19 will bind approvers to logins). On the trade desk Drini has one open offer, O-1,
/// and orders S-1 and S-2; Vlora has no offer.
@Suite struct ApproverPhrasingTests {
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora

  static func row(_ line: String, client: String? = nil, on desk: Desk = TradeDesk.desk, _ expected: Expected) -> Row {
    Row(line, client: client, on: desk, expected)
  }

  static func approved(_ offer: String = "O-1", by person: String?) -> Expected {
    .intent(.command(.approve(offer: offer, by: person)))
  }

  /// The trade desk with a second open offer for Drini, O-2 on tweed.
  static let twoOpen: Desk = {
    var desk = TradeDesk.desk
    let tweed = Terms(lines: [OfferLine(scope: .product(sku: "TWD-HT"), discountPercent: 14)])
    desk.apply(.offerMade(Offer(id: "O-2", number: 2, clientId: TradeDesk.drini, status: .pendingApproval,
                                rounds: [Round(by: .us, terms: tweed, at: TradeDesk.now)],
                                validUntil: TradeDesk.now.addingTimeInterval(14 * 86_400))))
    return desk
  }()

  static let personFirst: [Row] = [
    row("Ilir approved the drini offer", approved(by: "Ilir")),
    row("ilir approved drini's offer", approved(by: "ilir")),
    row("Ilir approved the offer for drini", approved(by: "Ilir")),
    row("manager ok'd O-1", approved(by: "manager")),
    row("sofia said yes to O-1", approved(by: "sofia")),
    row("Ilir Gashi approved O-1", approved(by: "Ilir Gashi")),
    row("the director approved O-1", approved(by: "director")),
    row("head of sales approved O-1", approved(by: "head of sales")),
    row("my manager okayed O-1", approved(by: "manager")),
    row("ilir signed off on O-1", approved(by: "ilir")),
    row("ilir signed off the drini offer", approved(by: "ilir")),
    row("Ilir gave the ok for O-1", approved(by: "Ilir")),
    row("ilir ok'd it", client: drini, approved(by: "ilir")),
    row("ilir approved", client: drini, approved(by: "ilir")),
    row("ilir oked O-1", approved(by: "ilir")),
    row("ilir okd O-1", approved(by: "ilir")),
    row("sofia is ok with O-1", approved(by: "sofia")),
    row("manager said ok to O-1", approved(by: "manager")),
    row("Ilir authorised O-1", approved(by: "Ilir")),
    row("ilir greenlit the drini offer", approved(by: "ilir")),
    row("boss approved offer 1", approved(by: "boss")),
    row("Ilir has approved the drini deal", approved(by: "Ilir")),
    row("sofia signed O-1", approved(by: "sofia")),
    row("ilir approved S-1", .intent(.command(.approveOrder(order: "S-1", by: "ilir")))),
    row("manager ok'd order 2", .intent(.command(.approveOrder(order: "S-2", by: "manager")))),
    row("Ilir approved it", client: drini, approved(by: "Ilir")),
    row("ilir has signed off on O-1", approved(by: "ilir")),
    row("sofia gave the green light for O-1", approved(by: "sofia")),
  ]

  static let personInPassing: [Row] = [
    row("ok from Ilir on O-1", approved(by: "Ilir")),
    row("ok from ilir for O-1", approved(by: "ilir")),
    row("green light from sofia on O-1", approved(by: "sofia")),
    row("approval from Ilir Gashi for the drini offer", approved(by: "Ilir Gashi")),
    row("ok'd by ilir", client: drini, approved(by: "ilir")),
    row("signed off by Ilir on O-1", approved(by: "Ilir")),
    row("yes from ilir on O-1", approved(by: "ilir")),
    row("ok from ilir", client: drini, approved(by: "ilir")),
    row("okay from the manager on O-1", approved(by: "manager")),
    row("go ahead from sofia for drini's offer", approved(by: "sofia")),
    row("ok from sofia on S-1", .intent(.command(.approveOrder(order: "S-1", by: "sofia")))),
    row("approved by ilir", client: drini, approved(by: "ilir")),
    row("approve O-1 by ilir", approved(by: "ilir")),
    row("O-1 approved by Ilir", approved(by: "Ilir")),
    row("approved O-1 by sofia", approved(by: "sofia")),
    row("approve the drini offer by Ilir Gashi", approved(by: "Ilir Gashi")),
    row("approve S-1 by Ilir", .intent(.command(.approveOrder(order: "S-1", by: "Ilir")))),
    row("ok from ilir on order 1", .intent(.command(.approveOrder(order: "S-1", by: "ilir")))),
    row("thumbs up from sofia on O-1", approved(by: "sofia")),
  ]

  /// A client's name is the client, never the approver; two open offers are asked back.
  static let notAPerson: [Row] = [
    row("Ilir approved the drini offer", on: twoOpen,
        fails("Drini Konfeksion has 2 open offers, O-1 or O-2: which did Ilir approve?", "Name it: Ilir approved O-2")),
    row("ok from ilir for drini's offer", on: twoOpen,
        fails("Drini Konfeksion has 2 open offers, O-1 or O-2: which did ilir approve?", "Name it: ilir approved O-2")),
    row("Ilir approved O-2", on: twoOpen, approved("O-2", by: "Ilir")),
    row("drini approved O-1", approved(by: nil)),
    row("drini signed", .intent(.command(.accept(offer: "O-1", by: .client)))),
    row("drini said yes", .intent(.command(.accept(offer: "O-1", by: .client)))),
    row("Ilir approved the vlora offer", fails("Vlora Home has no open offer.", "Make one, e.g. offer Vlora Home 10% on linen")),
    row("Ilir approved O-9", fails("There is no offer O-9.", "`offers` lists them.")),
    row("ilir approved S-9", fails("There is no order S-9.", "`orders` lists them.")),
    row("ilir approved", fails("Which client?", "Name one, e.g. approve Acme")),
    row("payment ok'd", .anyError),
    row("Ilir approved the drini offer yesterday", .anyError),
  ]

  @Test(arguments: personFirst) func thePersonComesFirst(_ row: Row) { row.check() }
  @Test(arguments: personInPassing) func thePersonInPassing(_ row: Row) { row.check() }
  @Test(arguments: notAPerson) func aClientIsNoApprover(_ row: Row) { row.check() }
}
