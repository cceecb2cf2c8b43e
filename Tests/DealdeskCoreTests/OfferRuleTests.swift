import DealdeskCore
import Foundation
import Testing

@Suite struct OfferRuleTests {
  private let now = Fixtures.now
  private func d(_ s: String) -> Decimal { Fixtures.d(s) }

  private func offer(_ lines: [OfferLine], on desk: inout Desk) throws(DeskError) -> Offer {
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: lines)), on: &desk)
    return desk.offersInOrder.last ?? Offer(id: "", number: 0, clientId: "", rounds: [], validUntil: now)
  }

  @Test func anOfferTakesTheDesksDefaultTermsAndValidity() throws {
    var desk = Fixtures.desk()
    let offer = try offer([OfferLine(scope: .category("linen"), discountPercent: 10)], on: &desk)
    #expect(offer.id == "O-1")
    #expect(offer.status == .open)
    #expect(offer.current.paymentTerms == .net(days: 30))
    #expect(offer.validUntil == DeskDate.endOfDay(now.addingTimeInterval(14 * 86_400)), "valid to the end of the day")
    #expect(offer.rounds.count == 1)
    #expect(offer.rounds.first?.by == .us)
    #expect(desk.nextOfferNumber == 2)
  }

  @Test func anOfferBelowCostIsRefusedWithTheFigures() {
    var desk = Fixtures.desk()
    let line = OfferLine(scope: .product(sku: "LIN-220"), meters: 500, unitPrice: d("7.50"))
    #expect(throws: DeskError.self) { try offer([line], on: &desk) }
    do {
      _ = try offer([line], on: &desk)
    } catch {
      #expect(error.message == "Linen 220 at 7.50 is below its cost of 7.90 (list 12.40).")
      #expect(error.suggestion == "The lowest price that covers cost is 7.90, 36.3% off.")
    }
    #expect(desk.offers.isEmpty)
  }

  @Test func aDiscountOnACategoryChecksEveryProductsCost() {
    var desk = Fixtures.desk()
    // 38% off 10.90 = 6.76 < cost 6.80, though 38% off 12.40 = 7.69 is also below 7.90.
    #expect(throws: DeskError.self) { try offer([OfferLine(scope: .category("linen"), discountPercent: 38)], on: &desk) }
  }

  @Test func aCounterCarriesOverTheTermsItDoesNotName() throws {
    var desk = Fixtures.desk()
    _ = try offer([OfferLine(scope: .product(sku: "LIN-220"), meters: 500, discountPercent: 10)], on: &desk)
    _ = try Fixtures.run(.counter(offer: "O-1", by: .client, change: TermsChange(paymentTerms: .net(days: 60))), on: &desk)
    let o = try #require(desk.offers["O-1"])
    #expect(o.rounds.count == 2)
    #expect(o.rounds[1].by == .client)
    #expect(o.current.lines == [OfferLine(scope: .product(sku: "LIN-220"), meters: 500, discountPercent: 10)])
    #expect(o.current.paymentTerms == .net(days: 60))
  }

  @Test func aCounterThatChangesNothingIsRefused() throws {
    var desk = Fixtures.desk()
    _ = try offer([OfferLine(scope: .category("linen"), discountPercent: 10)], on: &desk)
    #expect(throws: DeskError("That is what O-1 already says.")) {
      try Fixtures.run(.counter(offer: "O-1", by: .us, change: TermsChange(discountPercent: 10)), on: &desk)
    }
  }

  @Test func aPriceCounterNeedsASingleProductLine() throws {
    var desk = Fixtures.desk()
    _ = try offer([OfferLine(scope: .category("linen"), discountPercent: 10)], on: &desk)
    #expect(throws: DeskError.self) {
      try Fixtures.run(.counter(offer: "O-1", by: .us, change: TermsChange(unitPrice: d("11.00"))), on: &desk)
    }
  }

  @Test func theClientMayAskBelowCostButWeCannotAcceptIt() throws {
    var desk = Fixtures.desk()
    _ = try offer([OfferLine(scope: .product(sku: "LIN-220"), meters: 100, discountPercent: 10)], on: &desk)
    _ = try Fixtures.run(.counter(offer: "O-1", by: .client, change: TermsChange(discountPercent: 40)), on: &desk)
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-1", by: nil), on: &desk) }
    #expect(desk.offers["O-1"]?.status == .open)
  }

  @Test func acceptingMeansTheOtherSideAgreesToTheLastMove() throws {
    var desk = Fixtures.desk()
    _ = try offer([OfferLine(scope: .category("linen"), discountPercent: 10)], on: &desk)
    let ours = try Fixtures.run(.accept(offer: "O-1", by: nil), on: &desk)
    #expect(ours == [.offerAccepted(offer: "O-1", by: .client, at: now)])
    #expect(desk.offers["O-1"]?.status == .accepted)
    #expect(desk.offers["O-1"]?.closedAt == now)
  }

  @Test func anExpiredOfferCannotBeAcceptedOrCountered() throws {
    var desk = Fixtures.desk()
    _ = try offer([OfferLine(scope: .category("linen"), discountPercent: 10)], on: &desk)
    let later = now.addingTimeInterval(15 * 86_400)
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-1", by: .client), on: &desk, at: later) }
    #expect(throws: DeskError.self) {
      try Fixtures.run(.counter(offer: "O-1", by: .us, change: TermsChange(discountPercent: 5)), on: &desk, at: later)
    }
    #expect(desk.offers["O-1"]?.status == .open)
  }

  @Test func aClosedOfferCannotMove() throws {
    var desk = Fixtures.desk()
    _ = try offer([OfferLine(scope: .category("linen"), discountPercent: 10)], on: &desk)
    _ = try Fixtures.run(.decline(offer: "O-1", reason: "price too high"), on: &desk)
    #expect(desk.offers["O-1"]?.closeReason == "price too high")
    #expect(throws: DeskError("O-1 is already declined.", suggestion: "Make a new offer to Acme Textiles.")) { try Fixtures.run(.withdraw(offer: "O-1"), on: &desk) }
    #expect(throws: DeskError("O-1 is already declined.", suggestion: "Make a new offer to Acme Textiles.")) { try Fixtures.run(.accept(offer: "O-1", by: nil), on: &desk) }
  }

  @Test(arguments: ["-1", "100", "150"])
  func discountsOutsideZeroToBelowHundredAreRefused(percent: String) {
    var desk = Fixtures.desk()
    #expect(throws: DeskError.self) { try offer([OfferLine(scope: .all, discountPercent: d(percent))], on: &desk) }
  }

  @Test func anArchivedOrUnknownClientGetsNoOffer() {
    var desk = Fixtures.desk()
    desk.clients["CL-1"]?.status = .archived
    #expect(throws: DeskError.self) { try offer([OfferLine(scope: .all, discountPercent: 5)], on: &desk) }
    #expect(throws: DeskError.self) {
      try Fixtures.run(.makeOffer(NewOffer(client: "CL-9", lines: [OfferLine(scope: .all)])), on: &desk)
    }
  }
}
