import DealdeskCore
import Foundation
import Testing

/// Holds: who may reserve, what a hold keeps from others, and how it lapses by the clock.
@Suite struct ReservationRuleTests {
  private let now = Fixtures.now
  private func at(_ days: Double) -> Date { StockFixtures.at(days: days) }

  private func reserve(
    _ meters: Decimal, client: String = "CL-1", sku: String = "LIN-220", split: Bool = false,
    request: RequestSource? = nil, on desk: inout Desk, at time: Date = Fixtures.now
  ) throws(DeskError) -> [Event] {
    try Fixtures.run(
      .reserve(client: client, sku: sku, meters: meters, split: split, requestShortfall: request), on: &desk, at: time)
  }

  @Test func aShortfallRequestHoldsTheLargestLotAndAwaitsTheRest() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30), ("24-121", 150, 10)])
    let events = try reserve(500, request: .warehouse, on: &desk)
    #expect(events.count == 3)
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == ["R-1 24-117 300 held", "R-2 - 200 awaitingStock"])
    #expect(desk.stockRequests["RQ-1"] == StockRequest(
      id: "RQ-1", sku: "LIN-220", meters: 200, source: .warehouse, requestedAt: now, reservation: "R-2"))
    let waiting = try #require(desk.reservations["R-2"])
    #expect(waiting.request == "RQ-1")
    #expect(waiting.expiresAt == nil)
    #expect(waiting.group == "R-1")
    #expect(desk.mixesDyeLots(group: "R-1"))
    // Awaiting stock holds nothing from the lots on hand.
    #expect(desk.available(sku: "LIN-220", lot: "24-117", now: now) == 0)
    #expect(desk.available(sku: "LIN-220", lot: "24-121", now: now) == 150)
  }

  @Test func aShortfallWithSplitHoldsEveryLotAndRequestsOnlyWhatIsShort() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30), ("24-121", 150, 10)])
    _ = try reserve(500, split: true, request: .production, on: &desk)
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == [
      "R-1 24-117 300 held", "R-2 24-121 150 held", "R-3 - 50 awaitingStock",
    ])
    #expect(desk.stockRequests["RQ-1"]?.meters == 50)
    #expect(desk.stockRequests["RQ-1"]?.source == .production)
    #expect(desk.available(sku: "LIN-220", now: now) == 0)
  }

  @Test func withNothingInStockTheWholeAskAwaitsTheRequest() throws {
    var desk = Fixtures.desk()
    _ = try reserve(80, request: .warehouse, on: &desk)
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == ["R-1 - 80 awaitingStock"])
    #expect(desk.reservations["R-1"]?.group == nil)
    #expect(desk.stockRequests["RQ-1"]?.reservation == "R-1")
  }

  @Test func aRequestIsNotMadeWhenOneLotCovers() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    _ = try reserve(200, request: .warehouse, on: &desk)
    #expect(desk.stockRequests.isEmpty)
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == ["R-1 24-117 200 held"])
  }

  @Test func nothingOrLessIsRefused() {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    #expect(throws: DeskError("Reserve a quantity above zero.")) { try reserve(0, on: &desk) }
    #expect(throws: DeskError("Reserve a quantity above zero.")) { try reserve(-5, on: &desk) }
  }

  @Test func unknownOrArchivedClientsAndUnknownProductsAreRefused() {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    desk.apply(.clientAdded(Client(id: "CL-2", name: "Old Mill", status: .archived, addedAt: now)))
    #expect(throws: DeskError("There is no client CL-9.")) { try reserve(10, client: "CL-9", on: &desk) }
    #expect(throws: DeskError("Old Mill is archived.", suggestion: "Restore the client before reserving goods for them.")) {
      try reserve(10, client: "CL-2", on: &desk)
    }
    #expect(throws: DeskError("There is no product NOPE.")) { try reserve(10, sku: "NOPE", on: &desk) }
  }

  @Test func moreThanExistsIsRefusedWithoutARequestEvenWithSplit() {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30), ("24-121", 150, 10)])
    #expect(throws: DeskError.self) { try reserve(451, split: true, on: &desk) }
    #expect(desk.reservations.isEmpty)
  }

  @Test func aReservationKeepsToTheProductsMinimums() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    _ = try Fixtures.run(.setMinimums(sku: "LIN-220", order: 50, cut: nil), on: &desk)
    #expect(throws: DeskError("Linen 220 sells from 50 m; 30 m is below its minimum order.", suggestion: "Reserve 50 m or more.")) {
      try reserve(30, on: &desk)
    }
    _ = try Fixtures.run(.setMinimums(sku: "LIN-220", order: 0, cut: 60), on: &desk)
    #expect(desk.products["LIN-220"]?.minimumOrderMeters == nil)
    #expect(throws: DeskError("Linen 220 is not cut shorter than 60 m; 30 m is too short.", suggestion: "Reserve 60 m or more.")) {
      try reserve(30, on: &desk)
    }
    _ = try reserve(60, on: &desk)
  }

  @Test func aHoldExpiresByTheClockWithNothingWritten() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    _ = try reserve(300, on: &desk)
    let hold = try #require(desk.reservations["R-1"])
    #expect(hold.expiresAt == at(7))
    #expect(hold.status(at: at(6.9)) == .held)
    #expect(desk.available(sku: "LIN-220", now: at(6.9)) == 0)
    #expect(hold.status(at: at(7)) == .expired)
    #expect(hold.status == .held)  // stored as held: expiry is read, not written
    #expect(desk.available(sku: "LIN-220", now: at(7)) == 300)
    // The lapsed lot can go to the next caller.
    _ = try reserve(300, on: &desk, at: at(8))
    #expect(desk.reservations["R-2"]?.lot == "24-117")
  }

  @Test func theHoldLengthComesFromTheSettings() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    _ = try Fixtures.run(.changeSettings(SettingsChange(holdDays: 3)), on: &desk)
    _ = try reserve(100, on: &desk)
    #expect(desk.reservations["R-1"]?.expiresAt == at(3))
    #expect(throws: DeskError("A hold lasts 1 to 365 days.")) {
      try Fixtures.run(.changeSettings(SettingsChange(holdDays: 0)), on: &desk)
    }
  }

  @Test func availabilityExcludesOnlyActiveHolds() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 1000, 30)])
    _ = try reserve(100, on: &desk, at: at(-10))  // expired by now
    _ = try reserve(200, on: &desk)  // active
    _ = try reserve(300, on: &desk)  // released below
    _ = try Fixtures.run(.release(reservation: "R-3"), on: &desk)
    #expect(desk.lotAvailability(sku: "LIN-220", now: now) == [
      LotAvailability(lot: "24-117", receivedAt: at(-30), meters: 1000, held: 200)
    ])
    #expect(desk.available(sku: "LIN-220", now: now) == 800)
    #expect(desk.held(sku: "LIN-220", now: now) == 200)
    #expect(desk.activeReservations(now: now).map(\.id) == ["R-2"])
  }

  @Test func releasingByHandFreesTheLotOnce() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    _ = try reserve(300, on: &desk)
    #expect(try Fixtures.run(.release(reservation: "R-1"), on: &desk) == [.reservationReleased(reservation: "R-1", at: now)])
    #expect(desk.reservations["R-1"]?.status == .released)
    #expect(desk.available(sku: "LIN-220", now: now) == 300)
    #expect(throws: DeskError("R-1 was already released.")) { try Fixtures.run(.release(reservation: "R-1"), on: &desk) }
    #expect(throws: DeskError("There is no reservation R-7.")) { try Fixtures.run(.release(reservation: "R-7"), on: &desk) }
  }

  @Test func anExpiredHoldHasNothingToRelease() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    _ = try reserve(300, on: &desk)
    #expect(throws: DeskError("R-1 expired on 5 Dec 2026; it already holds nothing.")) {
      try Fixtures.run(.release(reservation: "R-1"), on: &desk, at: at(8))
    }
  }

  @Test func extendingAnActiveHoldAddsToItsExpiry() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    _ = try reserve(300, on: &desk)
    _ = try Fixtures.run(.extendHold(reservation: "R-1", days: 5), on: &desk, at: at(2))
    #expect(desk.reservations["R-1"]?.expiresAt == at(12))
    #expect(throws: DeskError("Extend a hold by 1 to 365 days.")) {
      try Fixtures.run(.extendHold(reservation: "R-1", days: 0), on: &desk)
    }
  }

  @Test func anExpiredHoldIsExtendedFromNowOnlyIfItsMetresAreStillFree() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    _ = try reserve(200, on: &desk)
    _ = try Fixtures.run(.extendHold(reservation: "R-1", days: 3), on: &desk, at: at(9))
    #expect(desk.reservations["R-1"]?.expiresAt == at(12))
    #expect(desk.reservations["R-1"]?.status(at: at(10)) == .held)
    // Lapses again; meanwhile another client takes most of the lot.
    _ = try reserve(250, on: &desk, at: at(13))
    #expect(throws: DeskError(
      "R-1 expired on 10 Dec 2026, and lot 24-117 now has only 50 m free of the 200 m it held.",
      suggestion: "Reserve again: the desk will find the best lot.")
    ) { try Fixtures.run(.extendHold(reservation: "R-1", days: 3), on: &desk, at: at(14)) }
  }

  @Test func aReservationAwaitingStockHasNoHoldToExtend() throws {
    var desk = Fixtures.desk()
    _ = try reserve(80, request: .warehouse, on: &desk)
    #expect(throws: DeskError("R-1 is waiting for stock (RQ-1); its hold starts when the stock arrives.")) {
      try Fixtures.run(.extendHold(reservation: "R-1", days: 3), on: &desk)
    }
    // It does not lapse while it waits.
    #expect(desk.reservations["R-1"]?.status(at: at(100)) == .awaitingStock)
  }
}
