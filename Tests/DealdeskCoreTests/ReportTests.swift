import DealdeskCore
import Foundation
import Testing

@Suite struct ReportTests {
  private let now = Fixtures.now  // 2026-11-28 10:00
  private let day: TimeInterval = 86_400
  private func d(_ s: String) -> Decimal { Fixtures.d(s) }

  @Test func periodsKnowTheirBoundsNeighboursAndKeys() {
    let q = Period.quarter(of: now)
    #expect(q == Period(kind: .quarter, year: 2026, index: 4))
    #expect(q.key == "2026-Q4")
    #expect(q.label == "Q4 2026")
    #expect(DeskDate.day(q.start) == "1 Oct 2026")
    #expect(DeskDate.day(q.end) == "1 Jan 2027")
    #expect(q.previous == Period(kind: .quarter, year: 2026, index: 3))
    #expect(Period(kind: .month, year: 2027, index: 1).previous == Period(kind: .month, year: 2026, index: 12))
    #expect(Period(key: "2026-11") == Period.month(of: now))
    #expect(Period(key: "2027") == Period(kind: .year, year: 2027, index: 1))
    #expect(Period(key: "2027-Q5") == nil)
  }

  /// Acme 50 m Linen 220 (620.00) invoiced in October; Acme 10 m (124.00) and a new
  /// client's 100 m Linen 180 (1,090.00) invoiced in November; one cancelled November order
  /// and one taken but not shipped, neither of which is a sale.
  private func desk() throws -> Desk {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.addClient(NewClient(name: "Bora Fabrics")), on: &desk)
    let october = now.addingTimeInterval(-40 * day)
    desk.apply(.stockReceived(sku: "LIN-220", lot: "24-117", meters: 800, at: october))
    desk.apply(.stockReceived(sku: "LIN-180", lot: "24-090", meters: 800, at: october))
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 50)]), on: &desk, at: october)
    _ = try Fixtures.run(.ship(order: "S-1"), on: &desk, at: october)
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 10)]), on: &desk)
    _ = try Fixtures.run(.ship(order: "S-2"), on: &desk)
    _ = try Fixtures.run(.order(client: "CL-2", offer: nil, items: [OrderItem(sku: "LIN-180", meters: 100)]), on: &desk)
    _ = try Fixtures.run(.ship(order: "S-3"), on: &desk)
    _ = try Fixtures.run(.order(client: "CL-2", offer: nil, items: [OrderItem(sku: "LIN-180", meters: 5)]), on: &desk)
    _ = try Fixtures.run(.cancelOrder(order: "S-4"), on: &desk)
    _ = try Fixtures.run(.order(client: "CL-2", offer: nil, items: [OrderItem(sku: "LIN-180", meters: 7)]), on: &desk)
    return desk
  }

  @Test func salesAreInvoicesInThePeriodNotOrdersTaken() throws {
    let desk = try desk()
    let november = Period.month(of: now)
    #expect(desk.sales(in: november) == d("1214.00"))
    #expect(desk.sales(in: november.previous) == d("620.00"))
    #expect(desk.sales(in: Period.quarter(of: now)) == d("1834.00"))
    #expect(desk.growth(of: november, now: now).percent == d("95.8"))  // (1214 − 620) / 620, 1–28 Nov against 1–28 Oct
  }

  @Test func aCreditNoteComesOffSalesInItsOwnPeriod() throws {
    var desk = try desk()
    let december = now.addingTimeInterval(5 * day)
    _ = try Fixtures.run(.returnGoods(NewReturn(order: "S-3", sku: "LIN-180", meters: 10)), on: &desk, at: december)
    #expect(desk.sales(in: Period.month(of: now)) == d("1214.00"), "November keeps its invoice")
    #expect(desk.sales(in: Period.month(of: december)) == d("-109.00"))
    let rows = desk.sales(in: Period.month(of: december), by: .product)
    #expect(rows.map(\.amount) == [d("-109.00")])
    #expect(rows.map(\.meters) == [-10])
    #expect(desk.trailingSales(of: "CL-2", now: december) == d("981.00"))
  }

  @Test func salesGroupLargestFirst() throws {
    let desk = try desk()
    let rows = desk.sales(in: Period.quarter(of: now), by: .client)
    #expect(rows.map(\.label) == ["Bora Fabrics", "Acme Textiles"])
    #expect(rows.map(\.amount) == [d("1090.00"), d("744.00")])
    #expect(rows.map(\.orders) == [1, 2])
    #expect(desk.sales(in: Period.quarter(of: now), by: .category).map(\.amount) == [d("1834.00")])
  }

  @Test func theForecastWeighsDealsByStage() throws {
    var desk = Fixtures.desk()
    let line = OfferLine(scope: .product(sku: "LIN-220"), meters: 100, discountPercent: 5)
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [line])), on: &desk)  // 1,178.00, ours: 40%
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [line])), on: &desk)
    _ = try Fixtures.run(.accept(offer: "O-2", by: .client), on: &desk)  // accepted, not ordered: 90%
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .all, discountPercent: 5)])), on: &desk)
    let (lines, unpriced) = desk.forecast(now: now)
    #expect(lines.map(\.weight) == [40, 90])
    #expect(lines.map(\.weighted) == [d("471.20"), d("1060.20")])
    #expect(unpriced == 1)
  }

  @Test func theScorecardCountsWhatTheJobIsJudgedBy() throws {
    var desk = try desk()
    desk.settings.quotas[Period.quarter(of: now).key] = 3668  // sold 1,834.00: 50%
    let callEnd = now.addingTimeInterval(-10 * day)
    _ = try Fixtures.run(.addNote(NewNote(client: "CL-1", kind: .call, text: "spring range", durationMinutes: 20)), on: &desk, at: callEnd)
    // A promise entered 30 minutes after the call, another 3 hours after: one of two within the hour.
    _ = try Fixtures.run(.followUp(NewFollowUp(client: "CL-1", due: now.addingTimeInterval(-5 * day), text: "send swatches")), on: &desk, at: callEnd.addingTimeInterval(1_800))
    _ = try Fixtures.run(.followUp(NewFollowUp(client: "CL-1", due: now.addingTimeInterval(20 * day), text: "call back")), on: &desk, at: callEnd.addingTimeInterval(10_800))
    let card = desk.scorecard(for: Period.quarter(of: now), now: now)
    #expect(card.attainmentPercent == 50)
    #expect(card.registrationDelays == [30, 180])
    #expect(card.registeredWithinAnHour == 50)
    #expect(card.missedFollowUps.map(\.id) == ["F-1"], "F-1 was due 5 days ago and is still open; F-2 is not due yet")
    #expect(card.followUpsDue == 1)
    #expect(card.justifiedClaims == 0)
  }
}
