import DealdeskCore
import Foundation
import Testing

/// Volume and client tiers widen the manager's authority on a line, explained line by line.
@Suite struct PolicyTests {
  private let now = Fixtures.now
  private func d(_ s: String) -> Decimal { Fixtures.d(s) }

  private func desk(basis: TierBasis) -> Desk {
    var desk = Fixtures.desk()
    desk.settings.volumeTiers = [VolumeTier(fromMeters: 500, percent: 2), VolumeTier(fromMeters: 1000, percent: 4)]
    desk.settings.tierBasis = basis
    return desk
  }

  @Test(arguments: [("499", "0"), ("500", "2"), ("999", "2"), ("1000", "4"), ("3000", "4")])
  func wholeQuantityTiersApplyTheirRateToEverything(meters: String, percent: String) {
    let grant = desk(basis: .wholeQuantity).grant(meters: d(meters), client: "CL-1", now: now)
    #expect(grant.volumePercent == d(percent))
  }

  @Test(arguments: [("500", "0"), ("1000", "1"), ("2000", "2.5"), ("750", "0.67")])
  func aboveBreakTiersApplyOnlyToTheMetresAboveEachBreak(meters: String, percent: String) {
    // 2000 m: 500 m at 2% + 1000 m at 4% over 2000 m = (1000 + 4000) / 2000 = 2.5%.
    let grant = desk(basis: .aboveBreak).grant(meters: d(meters), client: "CL-1", now: now)
    #expect(grant.volumePercent == d(percent))
  }

  @Test func aboveBreakBandsAreTheMetresBetweenBreaks() {
    let desk = desk(basis: .aboveBreak)
    let bands = desk.volumeBands(for: 1200)
    #expect(bands?.map(\.meters) == [500, 500, 200])
    #expect(bands?.map(\.percent) == [0, 2, 4])
    #expect(bands?.map(\.reason).last == "volume 4% on the metres above 1,000 m")
    #expect(desk.volumeBands(for: 500) == nil, "at the break nothing is above it")
    #expect(self.desk(basis: .wholeQuantity).volumeBands(for: 1200) == nil)
  }

  /// An order at standing terms under graduated tiers is one line per band, each at its own
  /// price to the cent; a client tier applies to every band.
  @Test func anOrderUnderGraduatedTiersPricesEachBand() throws {
    var desk = desk(basis: .aboveBreak)
    desk.settings.clientTiers = [ClientTier(name: "silver", fromSales: 1, percent: 1)]
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 1200)]), on: &desk)
    // Trailing sales are nil before the first order: no client tier on it.
    let first = try #require(desk.orders["S-1"])
    #expect(first.lines.map(\.unitPrice) == [d("12.40"), d("12.15"), d("11.90")])
    #expect(first.total == d("14655.00"))  // 6,200.00 + 6,075.00 + 2,380.00
    // Shipped, it is a sale, and the client tier applies from the next order on.
    desk.apply(.stockReceived(sku: "LIN-220", lot: "24-117", meters: 2000, at: now))
    _ = try Fixtures.run(.ship(order: "S-1"), on: &desk)
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 600)]), on: &desk)
    let second = try #require(desk.orders["S-2"])
    // 500 m at 1% (client tier) and 100 m at 3%.
    #expect(second.lines.map(\.unitPrice) == [d("12.28"), d("12.03")])
    #expect(second.lines.map { $0.discounts.map(\.source) } == [[.clientTier], [.volume, .clientTier]])
  }

  @Test func aVolumeTierWidensTheLimitOnThatLineOnly() throws {
    var desk = desk(basis: .wholeQuantity)
    let terms = Terms(lines: [
      OfferLine(scope: .product(sku: "LIN-220"), meters: 1000, discountPercent: 13),
      OfferLine(scope: .product(sku: "LIN-180"), meters: 100, discountPercent: 13),
    ])
    let review = desk.review(terms, client: "CL-1", now: now, by: nil)
    #expect(review.products.map(\.limitPercent) == [14, 10])
    #expect(review.overLimit.map(\.sku) == ["LIN-180"])
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: terms.lines)), on: &desk)
    #expect(desk.offers["O-1"]?.status == .pendingApproval)
  }

  @Test func aClientTierComesFromTrailingTwelveMonthSales() throws {
    var desk = Fixtures.desk()
    desk.settings.clientTiers = [ClientTier(name: "silver", fromSales: 5000, percent: 1), ClientTier(name: "gold", fromSales: 10000, percent: 3)]
    // 1000 m at 11.16 = 11,160.00 accepted a month ago: gold.
    let month = now.addingTimeInterval(-30 * 86_400)
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .product(sku: "LIN-220"), meters: 1000, discountPercent: 10)])), on: &desk, at: month)
    _ = try Fixtures.run(.accept(offer: "O-1", by: .client), on: &desk, at: month)
    #expect(desk.trailingSales(of: "CL-1", now: now) == 0, "an accepted offer is not a sale until ordered")
    _ = try Fixtures.run(.order(client: nil, offer: "O-1", items: []), on: &desk, at: month)
    #expect(desk.trailingSales(of: "CL-1", now: now) == 0, "an order is not a sale until it ships and is invoiced")
    desk.apply(.stockReceived(sku: "LIN-220", lot: "24-117", meters: 1000, at: month))
    _ = try Fixtures.run(.ship(order: "S-1"), on: &desk, at: month)
    #expect(desk.trailingSales(of: "CL-1", now: now) == d("11160"))
    #expect(desk.clientTier(of: "CL-1", now: now)?.name == "gold")
    #expect(desk.grant(meters: nil, client: "CL-1", now: now).clientPercent == 3)
    // A year and a day later the sale no longer counts.
    #expect(desk.clientTier(of: "CL-1", now: month.addingTimeInterval(366 * 86_400)) == nil)
  }

  @Test func volumeTiersMustGrowWithQuantity() {
    var desk = Fixtures.desk()
    let shrinking = [VolumeTier(fromMeters: 500, percent: 4), VolumeTier(fromMeters: 1000, percent: 2)]
    #expect(throws: DeskError.self) { try Fixtures.run(.changeSettings(SettingsChange(volumeTiers: shrinking)), on: &desk) }
  }

  @Test func lostOffersKeepTheCompetitorAndReason() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .all, discountPercent: 5)])), on: &desk)
    _ = try Fixtures.run(.lose(offer: "O-1", to: "Tekstil Plus", reason: "price"), on: &desk)
    let offer = try #require(desk.offers["O-1"])
    #expect(offer.status == .lost)
    #expect(offer.lostTo == "Tekstil Plus")
    #expect(offer.closeReason == "price")
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-1", by: nil), on: &desk) }
  }

  @Test func anExpiredOfferReadsAsExpired() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .all, discountPercent: 5)], validityDays: 3)), on: &desk)
    let offer = try #require(desk.offers["O-1"])
    #expect(offer.status(at: now.addingTimeInterval(2 * 86_400)) == .open)
    #expect(offer.status(at: now.addingTimeInterval(4 * 86_400)) == .expired)
  }
}
