import DealdeskCore
import Foundation
import Testing

/// Showroom swatches: added, lent one at a time, returned, low, overdue.
@Suite struct SampleTests {
  private let now = Fixtures.now
  private func at(_ days: Double) -> Date { StockFixtures.at(days: days) }

  private func showroom() throws -> Desk {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.addSwatches(sku: "LIN-220", count: 3), on: &desk)
    return desk
  }

  @Test func swatchesAddUpPerProduct() throws {
    var desk = try showroom()
    _ = try Fixtures.run(.addSwatches(sku: "LIN-220", count: 2), on: &desk)
    #expect(desk.swatches["LIN-220"] == Swatches(sku: "LIN-220", inShowroom: 5, reorderBelow: 1))
    #expect(throws: DeskError("Add one swatch or more.")) { try Fixtures.run(.addSwatches(sku: "LIN-220", count: 0), on: &desk) }
    #expect(throws: DeskError("There is no product NOPE.")) { try Fixtures.run(.addSwatches(sku: "NOPE", count: 1), on: &desk) }
  }

  @Test func aLoanTakesASwatchOffTheShelfUntilItComesBack() throws {
    var desk = try showroom()
    let events = try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-1"), on: &desk)
    #expect(events == [.sampleLent(SampleLoan(id: "L-1", sku: "LIN-220", client: "CL-1", lentAt: now, dueBack: at(14)))])
    #expect(desk.swatches["LIN-220"]?.inShowroom == 2)
    #expect(desk.openLoans(sku: "LIN-220").map(\.id) == ["L-1"])
    _ = try Fixtures.run(.returnSample(loan: "L-1"), on: &desk, at: at(3))
    #expect(desk.sampleLoans["L-1"]?.returnedAt == at(3))
    #expect(desk.swatches["LIN-220"]?.inShowroom == 3)
    #expect(throws: DeskError("L-1 was returned on 1 Dec 2026.")) {
      try Fixtures.run(.returnSample(loan: "L-1"), on: &desk, at: at(4))
    }
  }

  @Test func theLoanPeriodComesFromTheCommandOrTheSettings() throws {
    var desk = try showroom()
    _ = try Fixtures.run(.changeSettings(SettingsChange(sampleLoanDays: 10)), on: &desk)
    _ = try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-1"), on: &desk)
    _ = try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-1", days: 3), on: &desk)
    #expect(desk.sampleLoansInOrder.map(\.dueBack) == [at(10), at(3)])
  }

  @Test func anEmptyShelfIsRefusedNamingWhoHasTheSwatches() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.addSwatches(sku: "LIN-220", count: 1), on: &desk)
    _ = try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-1"), on: &desk)
    #expect(throws: DeskError(
      "There is no swatch of Linen 220 in the showroom; out on loan: L-1 to Acme Textiles due 12 Dec 2026.",
      suggestion: "Add swatches when they come in.")
    ) { try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-1"), on: &desk) }
    #expect(throws: DeskError.self) { try Fixtures.run(.lendSample(sku: "LIN-180", client: "CL-1"), on: &desk) }
  }

  @Test func archivedOrUnknownClientsBorrowNothing() throws {
    var desk = try showroom()
    desk.apply(.clientAdded(Client(id: "CL-2", name: "Old Mill", status: .archived, addedAt: now)))
    #expect(throws: DeskError("Old Mill is archived.", suggestion: "Restore the client before lending a sample.")) {
      try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-2"), on: &desk)
    }
    #expect(throws: DeskError("There is no client CL-9.")) { try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-9"), on: &desk) }
  }

  @Test func overdueLoansAreThoseStillOutPastTheirDay() throws {
    var desk = try showroom()
    _ = try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-1", days: 5), on: &desk)  // L-1 due day 5
    _ = try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-1", days: 2), on: &desk)  // L-2 due day 2
    _ = try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-1", days: 3), on: &desk)  // L-3 returned
    _ = try Fixtures.run(.returnSample(loan: "L-3"), on: &desk, at: at(1))
    #expect(desk.overdueLoans(now: at(2)).isEmpty)  // due that very moment: not yet overdue
    #expect(desk.overdueLoans(now: at(4)).map(\.id) == ["L-2"])
    #expect(desk.overdueLoans(now: at(6)).map(\.id) == ["L-2", "L-1"])  // longest overdue first
  }

  @Test func samplesAreLowAtOrBelowTheirReorderLevel() throws {
    var desk = try showroom()
    _ = try Fixtures.run(.addSwatches(sku: "LIN-180", count: 1), on: &desk)
    #expect(desk.samplesLow.map(\.sku) == ["LIN-180"])  // 1 ≤ default level 1
    _ = try Fixtures.run(.setSwatchReorder(sku: "LIN-220", below: 2), on: &desk)
    #expect(desk.samplesLow.map(\.sku) == ["LIN-180"])  // 3 > 2
    _ = try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-1"), on: &desk)
    #expect(desk.samplesLow.map(\.sku) == ["LIN-180", "LIN-220"])  // 2 ≤ 2
    #expect(try Fixtures.run(.setSwatchReorder(sku: "LIN-220", below: 2), on: &desk).isEmpty)
    #expect(throws: DeskError("A reorder level cannot be negative.")) {
      try Fixtures.run(.setSwatchReorder(sku: "LIN-220", below: -1), on: &desk)
    }
  }

  @Test func productsWithNoSwatchesAreGapsInTheRange() throws {
    let desk = try showroom()
    #expect(desk.productsWithoutSwatches.map(\.sku) == ["LIN-180"])
  }
}
