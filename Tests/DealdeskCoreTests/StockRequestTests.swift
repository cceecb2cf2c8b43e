import DealdeskCore
import Foundation
import Testing

/// Warehouse and production requests, and the receipts that fill the reservations waiting for them.
@Suite struct StockRequestTests {
  private let now = Fixtures.now
  private func at(_ days: Double) -> Date { StockFixtures.at(days: days) }

  /// Acme's 200 m of Linen 220, all awaiting RQ-1 (nothing in stock).
  private func waiting() throws -> Desk {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.reserve(client: "CL-1", sku: "LIN-220", meters: 200, requestShortfall: .production), on: &desk)
    return desk
  }

  private func receive(_ meters: Decimal, lot: String, request: String? = "RQ-1", on desk: inout Desk, at time: Date)
    throws(DeskError) -> [Event]
  {
    try Fixtures.run(.receiveStock(sku: "LIN-220", meters: meters, lot: lot, request: request), on: &desk, at: time)
  }

  @Test func aRequestIsOpenUntilItsStockComes() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.requestStock(sku: "LIN-180", meters: 300, source: .warehouse, neededBy: at(10)), on: &desk)
    #expect(desk.stockRequests["RQ-1"] == StockRequest(
      id: "RQ-1", sku: "LIN-180", meters: 300, source: .warehouse, requestedAt: now, neededBy: at(10)))
    #expect(desk.openStockRequests.map(\.remainingMeters) == [300])
    #expect(desk.nextRequestNumber == 2)
  }

  @Test func aRequestNeedsAQuantityAProductAndADateToCome() {
    var desk = Fixtures.desk()
    #expect(throws: DeskError("Request a quantity above zero.")) {
      try Fixtures.run(.requestStock(sku: "LIN-180", meters: 0, source: .warehouse), on: &desk)
    }
    #expect(throws: DeskError("There is no product SILK-90.")) {
      try Fixtures.run(.requestStock(sku: "SILK-90", meters: 10, source: .production), on: &desk)
    }
    #expect(throws: DeskError("Stock cannot be needed by 27 Nov 2026: that has passed.")) {
      try Fixtures.run(.requestStock(sku: "LIN-180", meters: 10, source: .warehouse, neededBy: at(-1)), on: &desk)
    }
  }

  @Test func receivingARequestClosesItAndFillsTheWaitingReservationOnTheNewLot() throws {
    var desk = try waiting()
    let events = try receive(200, lot: "25-003", on: &desk, at: at(12))
    #expect(events == [
      .stockReceived(sku: "LIN-220", lot: "25-003", meters: 200, at: at(12)),
      .requestReceived(request: "RQ-1", meters: 200, lot: "25-003", at: at(12)),
      .reservationFilled(reservation: "R-1", lot: "25-003", meters: 200, until: at(19)),
    ])
    #expect(desk.stockRequests["RQ-1"]?.status == .received)
    #expect(desk.stockRequests["RQ-1"]?.closedAt == at(12))
    // The hold runs from the receipt, and the new lot is all Acme's.
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == ["R-1 25-003 200 held"])
    #expect(desk.reservations["R-1"]?.expiresAt == at(19))
    #expect(desk.available(sku: "LIN-220", now: at(12)) == 0)
  }

  @Test func receivingMoreThanRequestedLeavesTheRestFree() throws {
    var desk = try waiting()
    _ = try receive(250, lot: "25-003", on: &desk, at: at(12))
    #expect(desk.stockRequests["RQ-1"]?.status == .received)
    #expect(desk.stockRequests["RQ-1"]?.receivedMeters == 250)
    #expect(desk.reservations["R-1"]?.meters == 200)
    #expect(desk.available(sku: "LIN-220", now: at(12)) == 50)
  }

  @Test func aPartReceiptHoldsWhatCameAndLeavesTheRestAwaitingTheOpenRequest() throws {
    var desk = try waiting()
    let events = try receive(120, lot: "25-003", on: &desk, at: at(12))
    #expect(events.last == .reservationMade(Reservation(
      id: "R-2", client: "CL-1", sku: "LIN-220", lot: nil, meters: 80, status: .awaitingStock, createdAt: at(12),
      expiresAt: nil, request: "RQ-1", group: "R-1")))
    let request = try #require(desk.stockRequests["RQ-1"])
    #expect(request.status == .open)
    #expect(request.remainingMeters == 80)
    #expect(request.reservation == "R-2")
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == ["R-1 25-003 120 held", "R-2 - 80 awaitingStock"])
    #expect(desk.mixesDyeLots(group: "R-1"))
    // The rest comes in another lot and closes the request.
    _ = try receive(80, lot: "25-007", on: &desk, at: at(20))
    #expect(desk.stockRequests["RQ-1"]?.status == .received)
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == ["R-1 25-003 120 held", "R-2 25-007 80 held"])
  }

  @Test func aReceiptMustMatchAnOpenRequestForTheSameProduct() throws {
    var desk = try waiting()
    #expect(throws: DeskError("RQ-1 is for Linen 220, not Linen 180.")) {
      try Fixtures.run(.receiveStock(sku: "LIN-180", meters: 10, lot: nil, request: "RQ-1"), on: &desk)
    }
    #expect(throws: DeskError("There is no stock request RQ-4.")) { try receive(10, lot: "X", request: "RQ-4", on: &desk, at: now) }
    _ = try receive(200, lot: "25-003", on: &desk, at: at(1))
    #expect(throws: DeskError("RQ-1 was received in full.", suggestion: "Receive further stock without naming the request.")) {
      try receive(10, lot: "X", on: &desk, at: at(2))
    }
  }

  @Test func aReceiptWithoutARequestStillWorksAndFillsNothing() throws {
    var desk = try waiting()
    _ = try receive(200, lot: "25-003", request: nil, on: &desk, at: at(1))
    #expect(desk.reservations["R-1"]?.status == .awaitingStock)
    #expect(desk.stockRequests["RQ-1"]?.status == .open)
    #expect(desk.available(sku: "LIN-220", now: at(1)) == 200)
  }

  @Test func aReleasedReservationIsNotFilledByItsRequest() throws {
    var desk = try waiting()
    _ = try Fixtures.run(.release(reservation: "R-1"), on: &desk)
    #expect(desk.stockRequests["RQ-1"]?.status == .open)
    _ = try receive(200, lot: "25-003", on: &desk, at: at(1))
    #expect(desk.reservations["R-1"]?.status == .released)
    #expect(desk.available(sku: "LIN-220", now: at(1)) == 200)
  }

  @Test func cancellingARequestReleasesTheReservationWaitingForIt() throws {
    var desk = try waiting()
    let events = try Fixtures.run(.cancelRequest(request: "RQ-1"), on: &desk, at: at(1))
    #expect(events == [.requestCancelled(request: "RQ-1", at: at(1)), .reservationReleased(reservation: "R-1", at: at(1))])
    #expect(desk.stockRequests["RQ-1"]?.status == .cancelled)
    #expect(desk.stockRequests["RQ-1"]?.remainingMeters == 0)
    #expect(throws: DeskError("RQ-1 was cancelled.")) { try Fixtures.run(.cancelRequest(request: "RQ-1"), on: &desk) }
  }
}
