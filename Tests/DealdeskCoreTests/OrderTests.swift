import DealdeskCore
import Foundation
import Testing

@Suite struct OrderTests {
  private let now = Fixtures.now
  private func d(_ s: String) -> Decimal { Fixtures.d(s) }
  private let day: TimeInterval = 86_400

  /// The fixture desk with two dye lots of Linen 220: 24-117 (800 m) and 24-121 (350 m).
  private func stocked() -> Desk {
    var desk = Fixtures.desk()
    desk.apply(.stockReceived(sku: "LIN-220", lot: "24-117", meters: 800, at: now))
    desk.apply(.stockReceived(sku: "LIN-220", lot: "24-121", meters: 350, at: now))
    return desk
  }

  private func acceptedOffer(_ lines: [OfferLine], on desk: inout Desk) throws {
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: lines)), on: &desk)
    _ = try Fixtures.run(.accept(offer: Ids.offer(desk.nextOfferNumber - 1), by: .client), on: &desk)
  }

  @Test func anAcceptedOfferBecomesAnOrderAtItsAgreedTerms() throws {
    var desk = stocked()
    try acceptedOffer([OfferLine(scope: .product(sku: "LIN-220"), meters: d("274.32"), discountPercent: 8)], on: &desk)
    _ = try Fixtures.run(.order(client: nil, offer: "O-1", items: []), on: &desk)
    let order = try #require(desk.orders["S-1"])
    #expect(order.offer == "O-1")
    #expect(order.status == .open)
    // 12.40 at 8% = 11.408 → 11.41; 274.32 m × 11.41 = 3129.9912 → 3129.99
    #expect(order.lines == [OrderLine(
      sku: "LIN-220", meters: d("274.32"), listPrice: d("12.40"),
      discounts: [AppliedDiscount(source: .offer, percent: 8, reason: "offer O-1: 8%")], unitPrice: d("11.41"))])
    #expect(order.lines.first?.lineTotal == d("3129.99"))
    #expect(order.total == d("3129.99"))
    #expect(order.dueDate == nil, "net days run from shipping")
    _ = try Fixtures.run(.ship(order: "S-1"), on: &desk, at: now.addingTimeInterval(2 * day))
    #expect(desk.orders["S-1"]?.dueDate == now.addingTimeInterval(32 * day))
  }

  @Test func anOfferWithQuantitiesIsOrderedOnce() throws {
    var desk = stocked()
    try acceptedOffer([OfferLine(scope: .product(sku: "LIN-220"), meters: 100, discountPercent: 5)], on: &desk)
    _ = try Fixtures.run(.order(client: nil, offer: "O-1", items: []), on: &desk)
    #expect(throws: DeskError("O-1 is already ordered as S-1.")) { try Fixtures.run(.order(client: nil, offer: "O-1", items: []), on: &desk) }
  }

  @Test func aPriceAgreementNeedsQuantitiesAndIsTheClientsStandingTerms() throws {
    var desk = stocked()
    try acceptedOffer([OfferLine(scope: .category("linen"), discountPercent: 10)], on: &desk)
    #expect(throws: DeskError.self) { try Fixtures.run(.order(client: nil, offer: "O-1", items: []), on: &desk) }
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-180", meters: 50)]), on: &desk)
    let line = try #require(desk.orders["S-1"]?.lines.first)
    #expect(line.unitPrice == d("9.81"))
    #expect(line.discounts.first?.reason == "offer O-1: 10%")
  }

  @Test func withoutAnAgreementPolicyDiscountsApplyAndAddUp() throws {
    var desk = stocked()
    desk.settings.volumeTiers = [VolumeTier(fromMeters: 500, percent: 2)]
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 600)]), on: &desk)
    let line = try #require(desk.orders["S-1"]?.lines.first)
    #expect(line.discounts.map(\.source) == [.volume])
    #expect(line.unitPrice == d("12.15"))  // 12.40 × 0.98 = 12.152 → 12.15
    #expect(line.lineTotal == d("7290.00"))
  }

  @Test func onlyAnAcceptedOfferBecomesAnOrder() throws {
    var desk = stocked()
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .product(sku: "LIN-220"), meters: 100)])), on: &desk)
    #expect(throws: DeskError.self) { try Fixtures.run(.order(client: nil, offer: "O-1", items: []), on: &desk) }
  }

  @Test func theMinimumOrderIsEnforced() {
    var desk = stocked()
    desk.products["LIN-220"]?.minimumOrderMeters = 50
    #expect(throws: DeskError("Linen 220 has a minimum order of 50 m; 20 m is below it.")) {
      try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 20)]), on: &desk)
    }
  }

  @Test func anArchivedClientCannotOrder() {
    var desk = stocked()
    desk.clients["CL-1"]?.status = .archived
    #expect(throws: DeskError.self) {
      try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 20)]), on: &desk)
    }
  }

  @Test func shipDeliverAndTheWaysOrdersCannotMove() throws {
    var desk = stocked()
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 20)]), on: &desk)
    #expect(throws: DeskError("S-1 has not shipped yet.")) { try Fixtures.run(.deliver(order: "S-1"), on: &desk) }
    _ = try Fixtures.run(.ship(order: "S-1"), on: &desk)
    #expect(throws: DeskError.self) { try Fixtures.run(.cancelOrder(order: "S-1"), on: &desk) }
    _ = try Fixtures.run(.deliver(order: "S-1"), on: &desk)
    #expect(desk.orders["S-1"]?.status == .delivered)
    #expect(throws: DeskError("S-1 was delivered: it cannot be cancelled.", suggestion: "Record a complaint or a return instead: return 50m FABRIC from S-1")) {
      try Fixtures.run(.cancelOrder(order: "S-1"), on: &desk)
    }
  }

  @Test func anUnpaidPrepaymentOrderCannotShip() throws {
    var desk = stocked()
    desk.clients["CL-1"]?.paymentTerms = .prepayment
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 10)]), on: &desk)
    #expect(throws: DeskError.self) { try Fixtures.run(.ship(order: "S-1"), on: &desk) }
    // 124.00 net is not enough: the invoice will ask 148.80 with its VAT.
    _ = try Fixtures.run(.pay(client: nil, order: "S-1", amount: d("124.00")), on: &desk)
    #expect(throws: DeskError("S-1 is on prepayment and 24.80 is still unpaid.", suggestion: "Record the payment first.")) {
      try Fixtures.run(.ship(order: "S-1"), on: &desk)
    }
    _ = try Fixtures.run(.pay(client: nil, order: "S-1", amount: d("24.80")), on: &desk)
    _ = try Fixtures.run(.ship(order: "S-1"), on: &desk)
    #expect(desk.orders["S-1"]?.status == .shipped)
  }

  @Test func anOrderOverTheCreditLimitWaitsForApprovalWithTheFigures() throws {
    var desk = stocked()
    desk.clients["CL-1"]?.creditLimit = 1000
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 50)]), on: &desk)  // 620.00, 744.00 with VAT
    #expect(desk.orders["S-1"]?.status == .open)
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 50)]), on: &desk)  // 1,488.00 with VAT > 1,000
    #expect(desk.orders["S-2"]?.status == .pendingApproval)
    #expect(desk.exposure(of: "CL-1") == d("1488.00"))
    #expect(throws: DeskError.self) { try Fixtures.run(.ship(order: "S-2"), on: &desk) }
    #expect(throws: DeskError("S-1 needs no approval.")) { try Fixtures.run(.approveOrder(order: "S-1", by: nil), on: &desk) }
    _ = try Fixtures.run(.approveOrder(order: "S-2", by: "Sofia"), on: &desk)
    #expect(desk.orders["S-2"]?.creditApproval?.by == "Sofia")
    _ = try Fixtures.run(.ship(order: "S-2"), on: &desk)
  }

  @Test func aCancelledOrderNoLongerCountsAgainstCredit() throws {
    var desk = stocked()
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 50)]), on: &desk)
    _ = try Fixtures.run(.cancelOrder(order: "S-1"), on: &desk)
    #expect(desk.exposure(of: "CL-1") == 0)
    #expect(throws: DeskError("S-1 is already cancelled.")) { try Fixtures.run(.cancelOrder(order: "S-1"), on: &desk) }
  }

  @Test func anOrderHoldsItsStockFromTheBestFittingLotUntilItShips() throws {
    var desk = stocked()
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 300)]), on: &desk)
    let holds = desk.holds(for: "S-1", now: now.addingTimeInterval(60 * day))
    #expect(holds.map { "\($0.lot ?? "") \($0.meters)" } == ["24-121 300"], "the 350 m lot leaves the least remnant; order holds do not lapse")
    #expect(desk.available(sku: "LIN-220", now: now) == 850)
    _ = try Fixtures.run(.ship(order: "S-1"), on: &desk)
    #expect(desk.products["LIN-220"]?.lots.map(\.meters) == [800, 50])
    #expect(desk.reservations["R-1"]?.status == .consumed)
    #expect(desk.orders["S-1"]?.lines.first?.lot == "24-121")
  }

  @Test func theClientsOwnHoldServesTheOrderFirst() throws {
    var desk = stocked()
    _ = try Fixtures.run(.reserve(client: "CL-1", sku: "LIN-220", meters: 200), on: &desk)
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 200)]), on: &desk)
    #expect(desk.reservations["R-1"]?.order == "S-1")
    #expect(desk.reservations["R-1"]?.expiresAt == nil)
    #expect(desk.reservations.count == 1, "no second hold is made")
  }

  @Test func cancellingAnOrderReleasesItsHolds() throws {
    var desk = stocked()
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 300)]), on: &desk)
    _ = try Fixtures.run(.cancelOrder(order: "S-1"), on: &desk)
    #expect(desk.reservations["R-1"]?.status == .released)
    #expect(desk.available(sku: "LIN-220", now: now) == 1150)
  }

  @Test func anOrderThatNoLotCoversShipsOnlyWhenTheStockIsThere() throws {
    var desk = stocked()
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 1200)]), on: &desk)
    #expect(desk.unheld(try #require(desk.orders["S-1"]), now: now).map(\.meters) == [1200])
    #expect(throws: DeskError.self) { try Fixtures.run(.ship(order: "S-1"), on: &desk) }
    desk.apply(.stockReceived(sku: "LIN-220", lot: "24-130", meters: 100, at: now))
    _ = try Fixtures.run(.ship(order: "S-1"), on: &desk)
    #expect(desk.orders["S-1"]?.lines.first?.lot == "24-117, 24-121, 24-130")
    #expect(desk.products["LIN-220"]?.metersInStock == 50)
  }
}

@Suite struct CreditAtAcceptanceTests {
  private let now = Fixtures.now

  @Test func acceptingADealOverTheCreditLimitNeedsApprovalAndTheOrderFollowsIt() throws {
    var desk = Fixtures.desk()
    desk.clients["CL-1"]?.creditLimit = 5000
    // 500 m at 11.16 = 5,580.00 > 5,000.
    let line = OfferLine(scope: .product(sku: "LIN-220"), meters: 500, discountPercent: 10)
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [line])), on: &desk)
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-1", by: .client), on: &desk) }
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk)
    _ = try Fixtures.run(.accept(offer: "O-1", by: .client), on: &desk)
    _ = try Fixtures.run(.order(client: nil, offer: "O-1", items: []), on: &desk)
    #expect(desk.orders["S-1"]?.status == .open, "the approval of the deal covers its order")
  }
}
