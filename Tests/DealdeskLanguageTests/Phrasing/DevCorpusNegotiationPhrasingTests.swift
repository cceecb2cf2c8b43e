import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Forms of the development corpus's negotiation families, made to work as forms: our counters
/// said as "we come back with …", terms said to stay ("same discount", "net 30 stays"), the old
/// terms named beside the new ("net 60 not 30"), words of firmness ("nothing less", "final"),
/// an offer extended "to" a day, and discounts over 100% refused. Read against the phrasing
/// desk: O-1 is Acme's open offer, 500 m of Linen 220 at 11.50, on the default net 30.
@Suite struct DevCorpusNegotiationPhrasingTests {
  static let acme = PhrasingDesk.acme

  static let counters: [Row] = [
    Row("we come back with 10%", client: acme, counter(by: .us, TermsChange(discountPercent: 10))),
    Row("back to them with 11.20/m", client: acme, counter(by: .us, TermsChange(unitPrice: dec("11.20")))),
    Row("back to them with 11.20/m for linen 220", client: acme, counter(by: .us, TermsChange(unitPrice: dec("11.20")))),
    Row("go back to them with 10% and net 45", client: acme, counter(by: .us, TermsChange(discountPercent: 10, paymentTerms: .net(days: 45)))),
    Row("we come back with 10% to Acme", counter(by: .us, TermsChange(discountPercent: 10))),
    Row("counter O-1 net 45, same discount", counter(by: .us, TermsChange(paymentTerms: .net(days: 45)))),
    Row("counter acme net 60, discount unchanged", counter(by: .us, TermsChange(paymentTerms: .net(days: 60)))),
    Row("counter 10% but net 30 stays", client: acme, counter(by: .us, TermsChange(discountPercent: 10))),
    Row("counter 10%, net 30 unchanged", client: acme, counter(by: .us, TermsChange(discountPercent: 10))),
    Row("counter acme 11.20, final", counter(by: .us, TermsChange(unitPrice: dec("11.20")))),
    Row(
      "counter 10% but net 60 stays", client: acme,
      fails("O-1 is on net 30, so net 60 does not stay.", "To change the terms, counter net 60")),
    Row(
      "counter 10%, same discount", client: acme,
      fails("A new discount and \"same discount\" in one move.", "Give one, e.g. counter O-4 net 45, same discount")),
    Row("counter acme same discount", fails("Nothing changes in that move.", "e.g. counter O-4 net 45, same discount")),
    Row(
      "counter acme 150%",
      fails("A discount must be from 0% to below 100%; 150% is not.")),
  ]

  static let asks: [Row] = [
    Row("acme ask net 60 not 30", counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("acme wants net 60 instead of 30", counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("acme wants net 60, not net 30", counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("they want 14%, nothing less", client: acme, counter(by: .client, TermsChange(discountPercent: 14))),
    Row("acme wants 14% or no deal", counter(by: .client, TermsChange(discountPercent: 14))),
    Row("acme wants net 60 not 60", fails("Net 60 and not net 60?", "Give the terms once, e.g. Acme asks for net 60")),
    // "not" before anything but days is not read.
    Row("acme wants net 60 not now", .anyError),
  ]

  static let offers: [Row] = [
    Row("offer acme 7% on everyting with prepayment", offer(acme, pct(7, on: .all), terms: .prepayment)),
    Row("offer acme 7% on everthing", offer(acme, pct(7, on: .all))),
    // Two slips are too many to read as the word.
    Row("offer acme 7% on evrythin", .anyError),
    Row("new offer bora - LIN-180 600m at 9.90", offer(PhrasingDesk.bora, line("LIN-180", meters: 600, price: dec("9.90")))),
    Row("offer bora: 10% on linen 220", offer(PhrasingDesk.bora, pct(10, on: .product(sku: "LIN-220")))),
    Row("what changed on O-1 since last round", ask(.diff(offer: "O-1", from: nil, to: nil))),
    Row("what changed since the last round", client: acme, ask(.diff(offer: "O-1", from: nil, to: nil))),
    Row("what changed on O-1 since last round 1 to 2", .anyError),
    Row("extend acme offer to 12/12", .intent(.command(.extend(offer: "O-1", days: nil, until: endOf(2026, 12, 12))))),
    Row("extend the acme quote until 12/12", .intent(.command(.extend(offer: "O-1", days: nil, until: endOf(2026, 12, 12))))),
    Row(
      "offer bora 150% on canvas",
      fails("A discount must be from 0% to below 100%; 150% is not.")),
  ]

  /// Acme with two offers open: O-1 on Linen 220, O-3 on 400 m of Denim 12oz at 9%.
  static let twoOpen: Desk = {
    var desk = PhrasingDesk.desk
    let denim = Terms(lines: [OfferLine(scope: .product(sku: "DNM-12"), meters: 400, discountPercent: 9)])
    desk.apply(.offerMade(Offer(id: "O-3", number: 3, clientId: acme, rounds: [Round(by: .us, terms: denim, at: PhrasingDesk.now)],
                                validUntil: PhrasingDesk.now.addingTimeInterval(14 * 86_400))))
    return desk
  }()

  static let byFabric: [Row] = [
    Row("acme says 8.90/m for the 12oz", on: twoOpen, counter("O-3", by: .client, TermsChange(unitPrice: dec("8.90")))),
    Row("acme says 11.20 for linen 220", on: twoOpen, counter("O-1", by: .client, TermsChange(unitPrice: dec("11.20")))),
    Row("acme wants 12% on the denim", on: twoOpen, counter("O-3", by: .client, TermsChange(discountPercent: 12))),
    Row("counter acme 10% on linen 220", on: twoOpen, counter("O-1", by: .us, TermsChange(discountPercent: 10))),
    Row("counter acme 10%", on: twoOpen, counter("O-3", by: .us, TermsChange(discountPercent: 10))),
    Row(
      "acme wants 10% on poplin", on: twoOpen,
      fails("O-3 does not cover Poplin White.", "A counter changes the terms of O-3 as they stand; make a new offer for other fabrics.")),
  ]

  static let approvals: [Row] = [
    Row("O-1 approved by Maria", .intent(.command(.approve(offer: "O-1", by: "Maria")))),
    Row("approve O-1 by sofia marku", .intent(.command(.approve(offer: "O-1", by: "sofia marku")))),
    // A discount after the name is no part of it: left unread, and the line refused.
    Row("O-1 approved by Sofia 12.5%", .anyError),
    Row("approved by sofia: 13% acme", .anyError),
  ]

  static let whatIfs: [Row] = [
    Row("what if we go 13% for acme", .intent(.desk(.whatIf(.counter(offer: "O-1", by: .us, change: TermsChange(discountPercent: 13)))))),
    Row("what if we drop to 11.20", client: acme,
        .intent(.desk(.whatIf(.counter(offer: "O-1", by: .us, change: TermsChange(unitPrice: dec("11.20"))))))),
    Row("what if we go", fails("Try what?", "e.g. try offer Acme 15% on linen")),
  ]

  /// Holds, on the trade desk: Vlora's R-1 holds 120 m of Duchess Satin until 7 Dec.
  static let holds: [Row] = [
    Row("extend the vlora hold to 10/12", on: TradeDesk.desk, .intent(.command(.extendHold(reservation: "R-1", days: 3)))),
    Row("extend R-1 by 3 days", on: TradeDesk.desk, .intent(.command(.extendHold(reservation: "R-1", days: 3)))),
    Row("extend vlora's reservation by a week", on: TradeDesk.desk, .intent(.command(.extendHold(reservation: "R-1", days: 7)))),
    Row("reserve 100m satin for drini, same lot pls", on: TradeDesk.desk,
        .intent(.command(.reserve(client: TradeDesk.drini, sku: "SAT-DCH", meters: 100)))),
    Row("reserve 100m satin for drini from one dye lot", on: TradeDesk.desk,
        .intent(.command(.reserve(client: TradeDesk.drini, sku: "SAT-DCH", meters: 100)))),
    Row("reserve 100m satin for drini across lots, same lot", on: TradeDesk.desk,
        fails("One lot, or across lots?", "e.g. reserve 500m poplin for Bora from one lot")),
    // Drini has no hold: the offer is not taken instead.
    Row("extend the drini hold to 10/12", on: TradeDesk.desk, .anyError),
  ]

  static let lost: [Row] = [
    Row("acme deal is dead, they went with a turkish mill",
        .intent(.command(.lose(offer: "O-1", to: nil, reason: "they went with a turkish mill")))),
    Row("acme deal fell through", .intent(.command(.lose(offer: "O-1", to: nil, reason: nil)))),
    Row("acme deal is dead - price", .intent(.command(.lose(offer: "O-1", to: nil, reason: "price")))),
    Row("acme deal is lost to tekstil plus: price", .intent(.command(.lose(offer: "O-1", to: "tekstil plus", reason: "price")))),
    Row("bora deal is dead", fails("Bora Fabrics has no open offer.", "Their offers: O-2 accepted. Make a new one, e.g. offer Bora Fabrics 10% on linen")),
  ]

  static let holdDays: [Row] = [
    Row("holds should be 10 days by default", .intent(.command(.changeSettings(SettingsChange(holdDays: 10))))),
    Row("holds by default 7 days", .intent(.command(.changeSettings(SettingsChange(holdDays: 7))))),
    Row("sample loans should be 14 days", .intent(.command(.changeSettings(SettingsChange(sampleLoanDays: 14))))),
    Row("holds should be soon", fails("How many days?", "e.g. set hold days 7, set sample loan days 14")),
    Row("holds", .intent(.question(.reservations(client: nil)))),
  ]

  @Test(arguments: holdDays) func howLongAHoldLasts(_ row: Row) { row.check() }
  @Test(arguments: lost) func aDealThatDied(_ row: Row) { row.check() }
  @Test(arguments: holds) func aHoldExtendedOrFromOneLot(_ row: Row) { row.check() }
  @Test(arguments: whatIfs) func aMoveTriedFirst(_ row: Row) { row.check() }
  @Test(arguments: byFabric) func theFabricSaysWhichOffer(_ row: Row) { row.check() }
  @Test(arguments: approvals) func anApproverIsAName(_ row: Row) { row.check() }
  @Test(arguments: counters) func ourCounters(_ row: Row) { row.check() }
  @Test(arguments: asks) func clientAsks(_ row: Row) { row.check() }
  @Test(arguments: offers) func offersExtendedOrRefused(_ row: Row) { row.check() }
}
