import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Issue 20, item 2: trade (retro) bonuses, agreed, listed, approved, ended and settled the
/// ways a manager would say it. The phrasing desk's today is 30 Nov 2026.
@Suite struct BonusPhrasingTests {
  static func agree(_ percent: Decimal, over threshold: Decimal, _ kind: Period.Kind = .year, period: Period? = nil, client: String = "CL-1") -> Expected {
    .intent(.command(.agreeBonus(NewBonus(client: client, percent: percent, threshold: threshold, kind: kind, period: period))))
  }

  static let year2027 = Period(kind: .year, year: 2027, index: 1)

  static let rows: [Row] = [
    Row("bonus Acme 2% on purchases over 50,000 a year", agree(2, over: 50_000)),
    Row("trade bonus Acme 2% on purchases over 50,000 a year", agree(2, over: 50_000)),
    Row("bonus Acme 1.5% over 20,000 a quarter", agree(dec("1.5"), over: 20_000, .quarter)),
    Row("bonus Acme 2% over 20k quarterly", agree(2, over: 20_000, .quarter)),
    Row("rebate Acme 3% above 100,000 per year", agree(3, over: 100_000)),
    Row("bonus Acme 2% over 50,000", agree(2, over: 50_000)),
    Row("bonus 2% for Acme on purchases over 50,000 a year", agree(2, over: 50_000)),
    Row("bonus Acme 2% over 50,000 for next year", agree(2, over: 50_000, period: year2027)),
    Row("bonus Acme 2% over 50,000 a year for 2027", agree(2, over: 50_000, period: year2027)),
    Row("bonus Acme 1% on purchases above 10,000 in Q2", agree(1, over: 10_000, .quarter, period: Period(kind: .quarter, year: 2027, index: 2))),
    Row("bonus Acme 2% over 0 a year", agree(2, over: 0)),
    Row("bonus 2% over 50,000 a year", client: "CL-2", agree(2, over: 50_000, client: "CL-2")),
    Row("bonus Acme", ask(.bonuses(client: "CL-1"))),
    Row("bonuses", ask(.bonuses(client: nil))),
    Row("bonuses for Acme", ask(.bonuses(client: "CL-1"))),
    Row("approve bonus Acme by Sofia Marku", .intent(.command(.approveBonus(.client("CL-1"), by: "Sofia Marku")))),
    Row("approve bonus TB-2", .intent(.command(.approveBonus(.bonus("TB-2"), by: nil)))),
    Row("end bonus Acme", .intent(.command(.endBonus(.client("CL-1"))))),
    Row("cancel bonus tb-1", .intent(.command(.endBonus(.bonus("TB-1"))))),
    Row("settle bonus Acme", .intent(.command(.settleBonus(.client("CL-1"))))),
    Row("pay out bonus TB-3", .intent(.command(.settleBonus(.bonus("TB-3"))))),
    Row("settle bonus", client: "CL-1", .intent(.command(.settleBonus(.client("CL-1"))))),
    Row("set bonus limit 3%", settings(bonusLimit(3))),
    Row("set max bonus to 4.5%", settings(bonusLimit(dec("4.5")))),
    // Bad input is refused by what is missing, never guessed.
    Row("bonus Acme over 50,000 a year", fails("What percent of their purchases?", "e.g. bonus Acme 2% on purchases over 50,000 a year")),
    Row("bonus Acme 2% a year", fails("Over what purchases is the bonus owed?", "e.g. bonus Acme Textiles 2% on purchases over 50,000 a year (over 0: on every purchase)")),
    Row("bonus Acme 2% over lots a year", fails("Over what purchases is the bonus owed?", "e.g. bonus Acme 2% on purchases over 50,000 a year")),
    Row("bonus Acme 2% over -5,000 a year", fails("A bonus threshold is zero or more.", "e.g. bonus Acme 2% on purchases over 50,000 a year (over 0: on every purchase)")),
    Row("settle bonus", fails("Which client?", "Name one, e.g. settle bonus Acme")),
    Row("set bonus limit", fails("What bonus limit?", "e.g. set bonus limit 3%")),
  ]

  static func bonusLimit(_ percent: Decimal) -> SettingsChange {
    var change = SettingsChange()
    change.bonusLimit = percent
    return change
  }

  @Test(arguments: rows) func askingForABonus(_ row: Row) { row.check() }

  /// What the words left over were, named: a bonus line reads every word or is refused.
  @Test func wordsLeftOverAreRefusedByName() throws {
    let context = PhrasingDesk.context()
    #expect(throws: ParseError.self) { try Parser.parse("bonus Acme 2% over 50,000 a year if they behave", context: context) }
    #expect(throws: ParseError.self) { try Parser.parse("end bonus Acme tomorrow", context: context) }
  }
}
