import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Issue 15, item 8: a period named with its year is that year; without one, a quota (set or
/// asked) means the coming one and a report the one that has begun. Read at two clocks: 22
/// November 2026, when Q1 and October of 2026 are over, and 10 January 2027.
@Suite struct PeriodPhrasingTests {
  static let november22 = at(2026, 11, 22, 9)
  static let january10 = at(2027, 1, 10, 9)

  static func month(_ year: Int, _ index: Int) -> Period { Period(kind: .month, year: year, index: index) }
  static func quarter(_ year: Int, _ index: Int) -> Period { Period(kind: .quarter, year: year, index: index) }

  static func quota(_ period: Period, _ amount: Decimal) -> Intent {
    .command(.changeSettings(SettingsChange(quota: QuotaTarget(period: period, amount: amount))))
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var line: String
    var now: Date
    var intent: Intent
    var testDescription: String { "\(DeskDate.day(now)): \(line)" }
    init(_ line: String, at now: Date, _ intent: Intent) { (self.line, self.now, self.intent) = (line, now, intent) }
  }

  static let cases: [Case] = [
    // Named with its year: that year, past or not.
    Case("set quota 15,000 for Oct 2026", at: november22, quota(month(2026, 10), 15_000)),
    Case("set quota 60,000 for Q1 2026", at: november22, quota(quarter(2026, 1), 60_000)),
    Case("quota Oct 2026", at: november22, .question(.quota(period: month(2026, 10)))),
    Case("sales in Dec 2026", at: november22, .question(.sales(period: month(2026, 12), by: nil))),
    // A quota without a year: this year's unless it has ended, else next year's; set and asked alike.
    Case("set quota 120,000 for Q1", at: november22, quota(quarter(2027, 1), 120_000)),
    Case("quota Q1", at: november22, .question(.quota(period: quarter(2027, 1)))),
    Case("quota Q4", at: november22, .question(.quota(period: quarter(2026, 4)))),
    Case("set quota 15,000 for Oct", at: november22, quota(month(2027, 10), 15_000)),
    Case("set quota 20,000 for december", at: november22, quota(month(2026, 12), 20_000)),
    // A report without a year: this year's once it has started, else last year's.
    Case("sales in Dec", at: january10, .question(.sales(period: month(2026, 12), by: nil))),
    Case("sales in Jan", at: january10, .question(.sales(period: month(2027, 1), by: nil))),
    Case("sales by client Q4", at: january10, .question(.sales(period: quarter(2026, 4), by: .client))),
    Case("sales Q1", at: november22, .question(.sales(period: quarter(2026, 1), by: nil))),
    Case("growth Dec", at: november22, .question(.growth(period: month(2025, 12)))),
    Case("top clients Q4", at: january10, .question(.topClients(period: quarter(2026, 4)))),
    Case("scorecard Q4", at: january10, .question(.scorecard(period: quarter(2026, 4)))),
  ]

  @Test(arguments: cases) func aPeriodLandsInTheYearItsPurposeMeans(_ row: Case) throws {
    let desk = PhrasingDesk.desk
    let context = ParseContext(desk: desk, names: NameIndex(desk: desk), contextClient: nil, now: row.now)
    #expect(try Parser.parse(row.line, context: context).intent == row.intent)
  }
}
