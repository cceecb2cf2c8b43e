import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// The manager's numbers and the showroom's swatches, asked as questions. The clock is
/// Monday 30 November 2026, so "this month" is November and "this quarter" Q4 2026.
@Suite struct ReportPhrasingTests {
  static let november = Period(kind: .month, year: 2026, index: 11)
  static let october = Period(kind: .month, year: 2026, index: 10)
  static let q4 = Period(kind: .quarter, year: 2026, index: 4)
  static let year = Period(kind: .year, year: 2026, index: 1)

  static let reports: [Row] = [
    Row("sales this month", ask(.sales(period: november, by: nil))),
    Row("what did I sell this month", ask(.sales(period: november, by: nil))),
    Row("how much did I sell this quarter?", ask(.sales(period: q4, by: nil))),
    Row("how much did we sell last month", ask(.sales(period: october, by: nil))),
    Row("how are my sales", ask(.sales(period: november, by: nil))),
    Row("what did we sell by client this quarter", ask(.sales(period: q4, by: .client))),
    Row("who are my best clients", ask(.topClients(period: year))),
    Row("who are my top clients this year?", ask(.topClients(period: year))),
    Row("who buys the most", ask(.topClients(period: year))),
    Row("best customers last quarter", ask(.topClients(period: Period(kind: .quarter, year: 2026, index: 3)))),
    Row("how close am I to quota", ask(.quota(period: nil))),
    Row("how far am I from my target", ask(.quota(period: nil))),
    Row("what's my quota", ask(.quota(period: nil))),
    Row("am I on target?", ask(.quota(period: nil))),
    Row("am I on track this quarter", ask(.quota(period: q4))),
    // Still no guess: "what did" alone is the last-order question, which needs a client.
    Row("what did", fails("Which client?", "Name one, e.g. what did Acme buy last")),
  ]

  static let swatches: [Row] = [
    Row("which swatches are out", ask(.samples(lowOnly: false))),
    Row("who has our swatches?", ask(.samples(lowOnly: false))),
    Row("what samples are low", ask(.samples(lowOnly: true))),
    Row("samples running low", ask(.samples(lowOnly: true))),
    Row("swatches getting low?", ask(.samples(lowOnly: true))),
  ]

  @Test(arguments: reports) func theManagersNumbers(_ row: Row) { row.check() }
  @Test(arguments: swatches) func theShowroomsSwatches(_ row: Row) { row.check() }
}
