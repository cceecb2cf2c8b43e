import DealdeskCore
import Foundation
import Testing

/// `reserve` takes one dye lot where one lot can cover the ask: the one leaving the least remnant.
@Suite struct LotAllocationTests {
  private let now = Fixtures.now

  private func reserve(_ meters: Decimal, split: Bool = false, request: RequestSource? = nil, on desk: inout Desk)
    throws(DeskError) -> [Event]
  {
    try Fixtures.run(.reserve(client: "CL-1", sku: "LIN-220", meters: meters, split: split, requestShortfall: request), on: &desk)
  }

  @Test func oneLotIsChosenThatLeavesTheLeastRemnant() throws {
    var desk = StockFixtures.desk(lots: [("24-101", 800, 30), ("24-102", 350, 20), ("24-103", 300, 10)])
    let events = try reserve(320, on: &desk)
    let expected = Reservation(
      id: "R-1", client: "CL-1", sku: "LIN-220", lot: "24-102", meters: 320, status: .held, createdAt: now,
      expiresAt: now.addingTimeInterval(7 * StockFixtures.day))
    #expect(events == [.reservationMade(expected)])
    #expect(desk.reservations["R-1"] == expected)
    #expect(desk.nextReservationNumber == 2)
    #expect(desk.available(sku: "LIN-220", lot: "24-102", now: now) == 30)
    #expect(desk.available(sku: "LIN-220", now: now) == 1130)
  }

  @Test func anExactFitLeavesNoRemnantAndBeatsALargerLot() throws {
    var desk = StockFixtures.desk(lots: [("24-101", 500, 30), ("24-102", 300, 20)])
    _ = try reserve(300, on: &desk)
    #expect(desk.reservations["R-1"]?.lot == "24-102")
  }

  @Test func onATieTheOlderLotGoesFirst() throws {
    var desk = StockFixtures.desk(lots: [("24-105", 300, 5), ("24-104", 300, 40)])
    _ = try reserve(200, on: &desk)
    #expect(desk.reservations["R-1"]?.lot == "24-104")
  }

  @Test func onATieOfAgeTooTheLowerLotIdGoesFirst() throws {
    // Lot ids compare as numbers would: 24-9 before 24-10.
    var desk = StockFixtures.desk(lots: [("24-10", 300, 7), ("24-9", 300, 7)])
    _ = try reserve(200, on: &desk)
    #expect(desk.reservations["R-1"]?.lot == "24-9")
  }

  @Test func aLotHeldForAnotherClientIsNotFreeToChoose() throws {
    var desk = StockFixtures.desk(lots: [("24-101", 400, 30), ("24-102", 250, 20)])
    _ = try reserve(200, on: &desk)  // 24-102: 250 → 50 free
    _ = try reserve(200, on: &desk)  // 24-102 cannot cover it now; 24-101 can
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == ["R-1 24-102 200 held", "R-2 24-101 200 held"])
  }

  @Test func noSingleLotIsRefusedWithEachLotsFiguresAndBothWaysOut() {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30), ("24-121", 250, 10)])
    #expect(throws: DeskError(
      "No single dye lot of Linen 220 has 500 m free: lot 24-117 300 m, lot 24-121 250 m (550 m in all).",
      suggestion: "Split it across 2 lots (their shades can differ), or hold lot 24-117's 300 m and request the other 200 m from the warehouse or production.")
    ) { try reserve(500, on: &desk) }
    #expect(desk.reservations.isEmpty)
  }

  @Test func theRefusalCountsHoldsAndTheWarehouseFigure() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30), ("24-121", 250, 10)])
    _ = try Fixtures.run(.setWarehouseStock(sku: "LIN-220", meters: 2000), on: &desk)
    _ = try reserve(100, on: &desk)  // from 24-121: 150 free
    #expect(throws: DeskError(
      "Only 450 m of Linen 220 is free (lot 24-117 300 m, lot 24-121 150 m; 100 m more held for Acme Textiles); 500 m asked.",
      suggestion: "Hold lot 24-117's 300 m and request the other 200 m from the warehouse or production (the warehouse had 2,000 m on 28 Nov 2026), or split it across both lots and request only the 50 m short.")
    ) { try reserve(500, split: true, on: &desk) }
  }

  /// On a team desk a hold carries who made it, so the manager refused knows whom to call.
  @Test func theRefusalNamesWhomTheLotIsHeldForAndByWhom() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    desk.apply(.clientAdded(Client(id: "CL-9", name: "Bora", addedAt: Fixtures.now)))
    desk.apply(.reservationMade(Reservation(
      id: "R-1", client: "CL-1", sku: "LIN-220", lot: "24-117", meters: 300, status: .held,
      createdAt: Fixtures.now, expiresAt: StockFixtures.at(days: 7), by: "arben")))
    #expect(StockFixtures.refusal { () throws(DeskError) in _ = try Fixtures.run(.reserve(client: "CL-9", sku: "LIN-220", meters: 300), on: &desk) }?.message
      == "Linen 220 has nothing free (300 m held for Acme Textiles by arben); 300 m asked.")

    desk.apply(.stockReceived(sku: "LIN-220", lot: "24-121", meters: 100, at: Fixtures.now))
    desk.apply(.reservationMade(Reservation(
      id: "R-2", client: "CL-9", sku: "LIN-220", lot: "24-121", meters: 60, status: .held,
      createdAt: Fixtures.now, expiresAt: StockFixtures.at(days: 7), by: "bora")))
    #expect(StockFixtures.refusal { () throws(DeskError) in _ = try Fixtures.run(.reserve(client: "CL-9", sku: "LIN-220", meters: 300), on: &desk) }?.message
      == "Only 40 m of Linen 220 is free (lot 24-117 0 m, lot 24-121 40 m; 360 m more held: 300 m for Acme Textiles by arben, 60 m for Bora by bora); 300 m asked.")
  }

  @Test func reservingWhenNothingIsInStockSuggestsARequestForAll() {
    var desk = Fixtures.desk()
    #expect(throws: DeskError(
      "Linen 220 has no stock; 80 m asked.",
      suggestion: "Request 80 m from the warehouse or production; the reservation waits for it.")
    ) { try reserve(80, on: &desk) }
  }

  @Test func aSplitTakesTheFewestLotsLargestFirst() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30), ("24-121", 250, 10), ("24-125", 100, 5)])
    _ = try reserve(500, split: true, on: &desk)
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == ["R-1 24-117 300 held", "R-2 24-121 200 held"])
    #expect(desk.reservationsInOrder.map(\.group) == ["R-1", "R-1"])
    #expect(desk.mixesDyeLots(group: "R-1"))
  }

  @Test func aSplitsLastPieceComesFromTheLotLeavingTheLeastRemnant() throws {
    // 400 + 100: the 100 from the 120 m lot leaves a 20 m end, not 200 m of the 300 m lot.
    var desk = StockFixtures.desk(lots: [("A", 400, 30), ("B", 300, 20), ("C", 120, 10)])
    _ = try reserve(500, split: true, on: &desk)
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == ["R-1 A 400 held", "R-2 C 100 held"])
  }

  @Test func splitIsNotNeededWhenOneLotCovers() throws {
    var desk = StockFixtures.desk(lots: [("A", 400, 30), ("B", 300, 20)])
    _ = try reserve(250, split: true, on: &desk)
    #expect(desk.reservationsInOrder.map(StockFixtures.line) == ["R-1 B 250 held"])
    #expect(desk.reservations["R-1"]?.group == nil)
  }

  @Test func theSameCommandsGiveTheSameIds() throws {
    let start = StockFixtures.desk(lots: [("A", 400, 30), ("B", 300, 20)])
    var first = start
    var second = start
    _ = try reserve(500, split: true, on: &first)
    _ = try reserve(500, split: true, on: &second)
    #expect(first == second)
    #expect(first.reservationsInOrder.map(\.id) == ["R-1", "R-2"])
  }
}
