import DealdeskCore
import Foundation
import Testing

/// Issue 15, item 6: growth compares like with like, a running period to date against the
/// same stretch of the one before, an ended one whole.
@Suite struct GrowthTests {
  private func d(_ s: String) -> Decimal { Fixtures.d(s) }

  private func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0) -> Date {
    DeskDate.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour)) ?? .distantPast
  }

  private func month(_ year: Int, _ index: Int) -> Period { Period(kind: .month, year: year, index: index) }

  /// Linen 220 (12.40/m) shipped and invoiced: 100 m on 2 Nov, 200 m on 20 Nov, 50 m on 2 Dec.
  private func desk() throws -> Desk {
    var desk = Fixtures.desk()
    desk.apply(.stockReceived(sku: "LIN-220", lot: "24-117", meters: 800, at: at(2026, 11, 1)))
    for (n, (meters, day)) in [(100, at(2026, 11, 2, 10)), (200, at(2026, 11, 20, 10)), (50, at(2026, 12, 2, 10))].enumerated() {
      _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: Decimal(meters))]), on: &desk, at: day)
      _ = try Fixtures.run(.ship(order: Ids.order(n + 1)), on: &desk, at: day)
    }
    return desk
  }

  @Test func aRunningMonthIsComparedToDateWithTheSameDaysOfTheMonthBefore() throws {
    let growth = try desk().growth(of: month(2026, 12), now: at(2026, 12, 3, 11))
    #expect(growth.toDate)
    #expect(growth.period.label == "1–3 Dec 2026")
    #expect(growth.before.label == "1–3 Nov 2026")
    #expect(growth.sales == d("620.00"))  // 50 m
    #expect(growth.salesBefore == d("1240.00"))  // 100 m on 2 Nov; 20 Nov is outside 1–3 Nov
    #expect(growth.percent == d("-50"))  // not 620 against all of November's 3,720.00 (−83.3%)
  }

  @Test func anEndedMonthIsComparedWholeWithTheWholeMonthBefore() throws {
    let growth = try desk().growth(of: month(2026, 11), now: at(2026, 12, 3, 11))
    #expect(!growth.toDate)
    #expect(growth.period == month(2026, 11))
    #expect(growth.before == month(2026, 10))
    #expect(growth.sales == d("3720.00"))
    #expect(growth.percent == nil, "October sold nothing")
  }

  @Test func aPeriodThatHasNotBegunHasNoGrowth() throws {
    let growth = try desk().growth(of: month(2027, 1), now: at(2026, 12, 3, 11))
    #expect(!growth.begun)
    #expect(growth.percent == nil, "not −100% against December")
  }

  @Test func aQuarterToDateIsComparedWithTheSameStretchOfTheQuarterBefore() {
    let q4 = Period(kind: .quarter, year: 2026, index: 4).toDate(at(2026, 12, 3, 11))
    #expect(q4.label == "1 Oct–3 Dec 2026")
    #expect(q4.key == "2026-Q4", "a quota is looked up by the whole quarter")
    #expect(q4.previousToSamePoint.label == "1 Jul–3 Sep 2026")
    #expect(Period(kind: .year, year: 2026, index: 1).toDate(at(2026, 12, 3)).label == "1 Jan–3 Dec 2026")
  }

  @Test func aRunningMonthLongerThanTheOneBeforeIsComparedWithAllOfIt() {
    let march = month(2026, 3).toDate(at(2026, 3, 30, 9))
    #expect(march.label == "1–30 Mar 2026")
    #expect(march.previousToSamePoint == month(2026, 2), "February has 28 days: all of it")
    let first = month(2026, 3).toDate(at(2026, 3, 1, 9))
    #expect(first.label == "1 Mar 2026")
    #expect(first.previousToSamePoint.label == "1 Feb 2026")
    #expect(month(2026, 3).toDate(at(2026, 3, 31, 9)) == month(2026, 3), "on the last day the month to date is all of it")
  }
}
