import DealdeskCore
import Foundation
import Testing

/// Issue 15, item 8: a month or quarter named without its year lands in the year its purpose
/// means: ahead for a target, behind for a report.
@Suite struct PeriodYearTests {
  private func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0) -> Date {
    DeskDate.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour)) ?? .distantPast
  }

  private func month(_ year: Int, _ index: Int) -> Period { Period(kind: .month, year: year, index: index) }

  @Test func aMonthOrQuarterWithoutAYearIsAheadForATargetAndBehindForAReport() {
    let november22 = at(2026, 11, 22, 9)
    #expect(Period.unnamedYear(.quarter, index: 1, for: .target, now: november22) == Period(kind: .quarter, year: 2027, index: 1))
    #expect(Period.unnamedYear(.quarter, index: 4, for: .target, now: november22) == Period(kind: .quarter, year: 2026, index: 4))
    #expect(Period.unnamedYear(.month, index: 10, for: .target, now: november22) == month(2027, 10))
    #expect(Period.unnamedYear(.month, index: 12, for: .target, now: november22) == month(2026, 12))
    #expect(Period.unnamedYear(.quarter, index: 1, for: .report, now: november22) == Period(kind: .quarter, year: 2026, index: 1))
    #expect(Period.unnamedYear(.month, index: 11, for: .report, now: november22) == month(2026, 11))
    #expect(Period.unnamedYear(.month, index: 12, for: .report, now: november22) == month(2025, 12))
    let january = at(2027, 1, 10, 9)
    #expect(Period.unnamedYear(.month, index: 12, for: .report, now: january) == month(2026, 12))
    #expect(Period.unnamedYear(.month, index: 1, for: .report, now: january) == month(2027, 1))
  }
}
