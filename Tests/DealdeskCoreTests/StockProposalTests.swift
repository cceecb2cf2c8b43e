import DealdeskCore
import Foundation
import Testing

/// The proposed stock request: demand from holds, waiting reservations, open offers and sales,
/// against stock and what is already on order, rounded up to whole rolls.
@Suite struct StockProposalTests {
  private let now = Fixtures.now
  private func at(_ days: Double) -> Date { StockFixtures.at(days: days) }

  /// LIN-220 (50 m rolls): one 100 m lot; Bora Fabrics is a second client.
  private func desk() -> Desk {
    var desk = StockFixtures.desk(lots: [("24-117", 100, 30)])
    desk.apply(.clientAdded(Client(id: "CL-2", name: "Bora Fabrics", addedAt: now)))
    return desk
  }

  private func offer(_ meters: Decimal, sku: String = "LIN-220", to client: String, on desk: inout Desk) throws {
    let line = OfferLine(scope: .product(sku: sku), meters: meters, discountPercent: 5)
    _ = try Fixtures.run(.makeOffer(NewOffer(client: client, lines: [line])), on: &desk)
  }

  @Test func theShortfallIsRoundedUpToWholeRolls() throws {
    var desk = desk()
    _ = try Fixtures.run(.reserve(client: "CL-1", sku: "LIN-220", meters: 80), on: &desk)
    try offer(300, to: "CL-2", on: &desk)
    let proposal = desk.stockProposal(now: now, recentSales: ["LIN-220": 40])
    // Demand 80 held + 300 offered + 40 sold = 420; 100 in stock; 320 short → 7 rolls.
    #expect(proposal == [StockProposal(
      sku: "LIN-220", held: 80, awaiting: 0, offered: 300, recentSales: 40, inStock: 100, onOrder: 0,
      meters: 350, rolls: 7, source: .warehouse)])
    #expect(proposal.first?.shortfall == 320)
  }

  @Test func aProductWithoutRollsIsProposedToTheMetre() throws {
    var desk = desk()
    let proposal = desk.stockProposal(now: now, recentSales: ["LIN-180": Fixtures.d("42.5")])
    #expect(proposal.map { "\($0.sku) \($0.meters) \($0.rolls.map { "\($0)" } ?? "-")" } == ["LIN-180 42.5 -"])
    desk.apply(.stockReceived(sku: "LIN-180", lot: "X", meters: 50, at: now))
    #expect(desk.stockProposal(now: now, recentSales: ["LIN-180": Fixtures.d("42.5")]).isEmpty)
  }

  @Test func anExactMultipleOfARollIsNotRoundedFurther() throws {
    let desk = desk()
    #expect(desk.stockProposal(now: now, recentSales: ["LIN-220": 200]).map(\.meters) == [100])
  }

  @Test func waitingReservationsAndTheirRequestsCancelOut() throws {
    var desk = desk()
    _ = try Fixtures.run(
      .reserve(client: "CL-1", sku: "LIN-220", meters: 300, requestShortfall: .warehouse), on: &desk)
    // 100 held + 200 awaiting against 100 in stock + 200 on order: nothing more to ask.
    #expect(desk.stockProposal(now: now).isEmpty)
    _ = try Fixtures.run(.requestStock(sku: "LIN-220", meters: 500, source: .warehouse), on: &desk)
    #expect(desk.stockProposal(now: now, recentSales: ["LIN-220": 450]).isEmpty)
    #expect(desk.stockProposal(now: now, recentSales: ["LIN-220": 501]).map(\.meters) == [50])
  }

  @Test func aClientsOfferAndReservationOfTheSameFabricCountOnce() throws {
    var desk = desk()
    _ = try Fixtures.run(.reserve(client: "CL-1", sku: "LIN-220", meters: 100), on: &desk)
    try offer(250, to: "CL-1", on: &desk)
    let line = try #require(desk.stockProposal(now: now).first)
    #expect(line.held == 100)
    #expect(line.offered == 150)
    #expect(line.meters == 150)
  }

  @Test func lapsedHoldsAndExpiredOrClosedOffersAreNotDemand() throws {
    var desk = desk()
    _ = try Fixtures.run(.reserve(client: "CL-1", sku: "LIN-220", meters: 100), on: &desk)
    try offer(300, to: "CL-2", on: &desk)
    try offer(200, to: "CL-1", on: &desk)
    _ = try Fixtures.run(.decline(offer: "O-2", reason: nil), on: &desk)
    // After 7 days the hold has lapsed; after 14 the open offer has expired too.
    #expect(desk.stockProposal(now: at(8)).map(\.meters) == [200])
    #expect(desk.stockProposal(now: at(15)).isEmpty)
  }

  @Test func theProposalIsOrderedBySkuAndGoesToProductionWhenTheWarehouseIsShort() throws {
    var desk = desk()
    _ = try Fixtures.run(.setWarehouseStock(sku: "LIN-180", meters: 10), on: &desk)
    let proposal = desk.stockProposal(now: now, recentSales: ["LIN-220": 120, "LIN-180": 20, "GONE-1": 99])
    #expect(proposal.map(\.sku) == ["LIN-180", "LIN-220"])
    #expect(proposal.map(\.source) == [.production, .warehouse])
  }
}
