import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Issue 20, item 1: drafting, approving, sending, signing, terminating and showing supply
/// contracts. Every clause of a draft is read or the line is refused naming it.
@Suite struct ContractPhrasingTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
    DeskDate.calendar.date(from: DateComponents(year: y, month: m, day: d)) ?? PhrasingDesk.now
  }

  /// The phrasing desk with CT-1 drafted for Acme.
  static let withContract: Desk = {
    var desk = PhrasingDesk.desk
    desk.apply(.contractDrafted(Contract(
      id: "CT-1", number: 1, clientId: PhrasingDesk.acme, start: day(2027, 1, 1), end: day(2027, 12, 31),
      lines: [ContractLine(scope: .category("linen"), discountPercent: 5)], draftedAt: PhrasingDesk.now, draftedBy: "you")))
    return desk
  }()

  static func draft(_ lines: [ContractLine], meters: Decimal? = nil, value: Decimal? = nil, terms: PaymentTerms? = nil,
                    start: Date = day(2027, 1, 1), end: Date = day(2027, 12, 31)) -> Expected {
    let commitment = meters == nil && value == nil ? nil : Commitment(meters: meters, value: value)
    return .intent(.command(.draftContract(NewContract(
      client: PhrasingDesk.acme, start: start, end: end, lines: lines, commitment: commitment, paymentTerms: terms))))
  }

  static let linen5 = ContractLine(scope: .category("linen"), discountPercent: 5)
  static let unread = "Each clause is a period, a fabric's price, a percent off, a commitment or payment terms, e.g. contract Acme: 12 months from 1 Jan, linen 220 at 10.90/m, poplin 8% off, at least 5,000 m a year, net 45"

  static let lines: [Row] = [
    Row("contract Acme: 12 months from 1 Jan, linen 220 at 10.90/m, poplin 8% off, at least 5,000 m a year, net 45", draft(
      [ContractLine(scope: .product(sku: "LIN-220"), unitPrice: Decimal(string: "10.90")), ContractLine(scope: .product(sku: "POP-WHT"), discountPercent: 8)],
      meters: 5_000, terms: .net(days: 45))),
    Row("contract Acme: from 1 Jan 2027 to 31 Dec 2027, linen 5% off", draft([linen5])),
    // A last day without its year is the first such day after the start.
    Row("contract Acme: from 1 Jan to 31 Dec, linen 5% off", draft([linen5])),
    Row("new contract Acme - a year from 1 Jan, 5% off linen, at least 50,000 a year", draft([linen5], value: 50_000)),
    Row("contract Acme: from 1 Mar for 2 years, linen at 5% off, minimum 4,000 m and 40,000 a year", draft(
      [linen5], meters: 4_000, value: 40_000, start: day(2027, 3, 1), end: day(2029, 2, 28))),
    Row("contract CT-1", on: withContract, ask(.contract(id: "CT-1"))),
    Row("contracts", ask(.contracts(client: nil))),
    Row("contracts Acme", ask(.contracts(client: PhrasingDesk.acme))),
    Row("contract Acme", ask(.contracts(client: PhrasingDesk.acme))),
    Row("send contract CT-1", on: withContract, .intent(.command(.sendContract(contract: "CT-1")))),
    Row("sign contract CT-1 by Sofia Marku and Ilir Gashi", on: withContract,
        .intent(.command(.signContract(contract: "CT-1", ours: "Sofia Marku", theirs: "Ilir Gashi")))),
    Row("terminate CT-1: client closed the plant", on: withContract,
        .intent(.command(.terminateContract(contract: "CT-1", reason: "client closed the plant")))),
    Row("approve contract CT-1 by Maria", on: withContract, .intent(.command(.approveContract(contract: "CT-1", by: "Maria")))),
    Row("approve CT-1", on: withContract, .intent(.command(.approveContract(contract: "CT-1", by: nil)))),
    // What is not read is refused by name: nothing is drafted without it.
    Row("contract Acme: 12 months from 1 Jan, linen 5% off, free delivery", fails(
      "I could not read `free delivery` in this contract, so nothing was drafted.", unread)),
    Row("contract Acme: 12 months from 1 Jan, linen 5% off, at least 5,000 m", fails(
      "A commitment is per year.", "e.g. at least 5,000 m a year")),
    Row("contract Acme: linen 5% off", fails(
      "From when does the contract run?", "e.g. 12 months from 1 Jan, or from 1 Jan 2027 to 31 Dec 2027")),
    Row("contract Acme: 12 months from 1 Jan, linen 220", fails(
      "At what price? linen 220 has neither a price per metre nor a percent off.", "e.g. linen 220 at 10.90/m, or poplin 8% off")),
    Row("contract Acme: 12 months from 1 Jan, 6 months from 1 Feb, linen 5% off", anyFailure),
    Row("send contract CT-9", on: withContract, fails("There is no contract CT-9.", "`contracts` lists them.")),
    Row("sign contract CT-1 by Sofia Marku", on: withContract, fails(
      "A contract is signed by two people: ours, then theirs.", "e.g. sign contract CT-1 by Sofia Marku and Ilir Gashi")),
  ]

  static let anyFailure = Expected.anyError

  @Test(arguments: lines) func contractLines(_ row: Row) { row.check() }
}
