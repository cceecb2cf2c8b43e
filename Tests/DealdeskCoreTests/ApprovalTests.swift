import DealdeskCore
import Foundation
import Testing

/// Discount authority (duty 21): terms beyond the manager's limit wait for approval, and no
/// route around the approval works. Each bypass attempt is one test.
@Suite struct ApprovalTests {
  private let now = Fixtures.now

  /// Acme has O-1: 15% on linen, beyond the fixture's 10% limit, so it waits for approval.
  private func pendingDesk() throws -> Desk {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .category("linen"), discountPercent: 15)])), on: &desk)
    return desk
  }

  private func counter(_ percent: Decimal, by: Party = .us, on desk: inout Desk) throws(DeskError) {
    _ = try Fixtures.run(.counter(offer: "O-1", by: by, change: TermsChange(discountPercent: percent)), on: &desk)
  }

  @Test func anOfferBeyondTheLimitWaitsForApproval() throws {
    let desk = try pendingDesk()
    #expect(desk.offers["O-1"]?.status == .pendingApproval)
    let review = desk.review(desk.offers["O-1"]?.current ?? Terms(lines: []), client: "CL-1", now: now, by: nil)
    #expect(review.needsApproval)
    #expect(review.reasons == ["Linen 180, Linen 220 at 15% are over your 10%"])
  }

  @Test func anOfferWithinTheLimitIsOpen() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .category("linen"), discountPercent: 10)])), on: &desk)
    #expect(desk.offers["O-1"]?.status == .open)
  }

  @Test func approvalRecordsWhoWhenAndTheExactTerms() throws {
    var desk = try pendingDesk()
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Maria"), on: &desk)
    let offer = try #require(desk.offers["O-1"])
    #expect(offer.status == .open)
    #expect(offer.approval == Approval(terms: offer.current, by: "Maria", at: now))
    _ = try Fixtures.run(.accept(offer: "O-1", by: .client), on: &desk)
    #expect(desk.offers["O-1"]?.status == .accepted)
  }

  @Test func bypassByAcceptingBeforeApproval() throws {
    var desk = try pendingDesk()
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-1", by: .client), on: &desk) }
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-1", by: nil), on: &desk) }
    #expect(desk.offers["O-1"]?.status == .pendingApproval)
  }

  @Test func bypassByCounteringAfterApproval() throws {
    var desk = try pendingDesk()
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk)
    try counter(17, on: &desk)  // a material change after the approval
    #expect(desk.offers["O-1"]?.status == .pendingApproval)
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-1", by: .client), on: &desk) }
  }

  @Test func aChangeOfTermsOtherThanPriceAlsoNeedsApprovalAgain() throws {
    var desk = try pendingDesk()
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk)
    _ = try Fixtures.run(.counter(offer: "O-1", by: .us, change: TermsChange(paymentTerms: .net(days: 90))), on: &desk)
    #expect(desk.offers["O-1"]?.status == .pendingApproval)
  }

  @Test func counteringBackToTheApprovedTermsNeedsNoNewApproval() throws {
    var desk = try pendingDesk()
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk)
    try counter(18, by: .client, on: &desk)
    try counter(15, on: &desk)
    #expect(desk.offers["O-1"]?.status == .open)
    _ = try Fixtures.run(.accept(offer: "O-1", by: nil), on: &desk)
    #expect(desk.offers["O-1"]?.status == .accepted)
  }

  @Test func counteringWithinTheLimitNeedsNoApproval() throws {
    var desk = try pendingDesk()
    try counter(8, on: &desk)
    #expect(desk.offers["O-1"]?.status == .open)
  }

  @Test func bypassByReOfferingTheSameTerms() throws {
    var desk = try pendingDesk()
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk)
    // A new offer with the approved terms is a new offer: the approval does not travel.
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .category("linen"), discountPercent: 15)])), on: &desk)
    #expect(desk.offers["O-2"]?.status == .pendingApproval)
    #expect(desk.offers["O-2"]?.approval == nil)
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-2", by: .client), on: &desk) }
  }

  @Test func bypassByAcceptingTheClientsAskBeyondTheApprovedTerms() throws {
    var desk = try pendingDesk()
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk)
    try counter(20, by: .client, on: &desk)
    #expect(desk.offers["O-1"]?.status == .open, "the client's ask is on the table")
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-1", by: nil), on: &desk) }
    #expect(desk.offers["O-1"]?.status == .open)
    // Approving their ask, then accepting it, is the honest route.
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk)
    _ = try Fixtures.run(.accept(offer: "O-1", by: nil), on: &desk)
    #expect(desk.offers["O-1"]?.status == .accepted)
  }

  @Test func bypassByAcceptingAClientAskBeyondTheLimitWithNoApprovalAtAll() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .category("linen"), discountPercent: 8)])), on: &desk)
    _ = try Fixtures.run(.counter(offer: "O-1", by: .client, change: TermsChange(discountPercent: 14)), on: &desk)
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-1", by: .us), on: &desk) }
  }

  @Test func bypassByExtendingDoesNotClearAnything() throws {
    var desk = try pendingDesk()
    _ = try Fixtures.run(.extend(offer: "O-1", days: 7, until: nil), on: &desk)
    #expect(desk.offers["O-1"]?.status == .pendingApproval)
    #expect(throws: DeskError.self) { try Fixtures.run(.accept(offer: "O-1", by: .client), on: &desk) }
  }

  @Test func approvingWhatNeedsNoApprovalIsRefused() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .category("linen"), discountPercent: 5)])), on: &desk)
    #expect(throws: DeskError("O-1 needs no approval: 5% is within your 10% authority, the margin floor, your payment terms and the client's credit.")) {
      try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk)
    }
  }

  @Test func anApprovalNamesWhoGaveIt() throws {
    var desk = try pendingDesk()
    #expect(throws: DeskError("Who approves O-1?", suggestion: "Name them: approve O-1 by Sofia Marku")) {
      try Fixtures.run(.approve(offer: "O-1", by: nil), on: &desk)
    }
    #expect(throws: DeskError.self) { try Fixtures.run(.approve(offer: "O-1", by: "  "), on: &desk) }
    #expect(desk.offers["O-1"]?.approval == nil)
  }

  @Test func aPendingOfferWithinAuthorityAfterAPolicyChangeCanBeAccepted() throws {
    var desk = try pendingDesk()
    _ = try Fixtures.run(.changeSettings(SettingsChange(discountLimit: 20)), on: &desk)
    _ = try Fixtures.run(.accept(offer: "O-1", by: .client), on: &desk)
    #expect(desk.offers["O-1"]?.status == .accepted)
  }

  @Test func approvingTwiceIsRefused() throws {
    var desk = try pendingDesk()
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk)
    #expect(throws: DeskError("O-1 is already approved as it stands.")) { try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk) }
  }

  @Test func aMarginBelowTheFloorNeedsApprovalEvenWithinTheDiscountLimit() throws {
    var desk = Fixtures.desk()
    desk.settings.floorMarginPercent = 35
    // 5% off linen 220: 11.78 against cost 7.90 is 32.9%; Linen 180 at 10.36 vs 6.80 is 34.4%.
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .category("linen"), discountPercent: 5)])), on: &desk)
    let offer = try #require(desk.offers["O-1"])
    #expect(offer.status == .pendingApproval)
    #expect(desk.review(offer.current, client: "CL-1", now: now, by: nil).isBelowFloor)
  }

  @Test func anExpiredOfferCannotBeApprovedButCanBeExtendedThenApproved() throws {
    var desk = try pendingDesk()
    let later = now.addingTimeInterval(20 * 86_400)
    #expect(throws: DeskError.self) { try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk, at: later) }
    _ = try Fixtures.run(.extend(offer: "O-1", days: 7, until: nil), on: &desk, at: later)
    #expect(desk.offers["O-1"]?.validUntil == DeskDate.endOfDay(later.addingTimeInterval(7 * 86_400)))
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia"), on: &desk, at: later)
    #expect(desk.offers["O-1"]?.status == .open)
  }
}
