import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Issue 15, item 8, as the manager types it: a period named with its year is that year; a
/// quota without one looks ahead, a report looks back, and every reply names the year.
@Suite struct PeriodSessionTests {
  @Test func aPeriodNamedWithItsYearIsThatYearAndAQuotaWithoutOneLooksAhead() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["@now 2026-11-22 09:00", "load sample data"])
    defer { _ = s.close() }
    #expect(s.handle("set quota 15,000 for Oct 2026").text == "Quota for Oct 2026: 15,000.00.")
    #expect(s.handle("set quota 120,000 for Q1").text == "Quota for Q1 2027: 120,000.00.")
    let asked = s.handle("quota Q1").text
    #expect(asked.contains("Q1 2027") && asked.contains("120,000.00"), "\(asked)")
    #expect(s.desk.settings.quotas.keys.sorted() == ["2026-10", "2027-Q1"])
    #expect(s.handle("@now 2027-01-10 09:00").isError == false)
    #expect(s.handle("sales in Dec").text.hasPrefix("Sales Dec 2026 "), "in January, December is last December")
  }
}
