import DealdeskCore
import Foundation
import Testing

/// Authority that holds (issue 19, the one-person desk): a payment terms limit, approvals tied
/// to the exact terms, asking and rejecting with a reason, limits one raises oneself kept on
/// record, and approvers who are no client or competitor. Every refusal changes nothing.
@Suite struct AuthorityTests {
  private let linen15 = [OfferLine(scope: .category("linen"), discountPercent: 15)]

  private func desk(offering lines: [OfferLine]? = nil, terms: PaymentTerms? = nil) throws -> Desk {
    var desk = Fixtures.desk()
    desk.apply(.clientAdded(Client(id: "CL-2", name: "Bora Fabrics", aliases: ["BF"], addedAt: Fixtures.now)))
    desk.apply(.competitorPriceNoted(CompetitorPrice(competitor: "Tekstil Plus", sku: "LIN-220", price: 11, at: Fixtures.now)))
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: lines ?? linen15, paymentTerms: terms)), on: &desk)
    return desk
  }

  /// Runs a command that must be refused, and checks it changed nothing.
  private func refused(_ command: Command, on desk: Desk, actor: Acting = .deskOwner, saying words: String) {
    do {
      _ = try decide(command, desk: desk, now: Fixtures.now, actor: actor)
      Issue.record("\(command) was not refused")
    } catch {
      #expect(error.description.contains(words), "\(error.description)")
    }
  }

  // MARK: payment terms

  @Test func paymentTermsBeyondTheLimitWaitForApproval() throws {
    #expect(Settings().paymentTermsLimitDays == 60)
    let within = try desk(offering: [OfferLine(scope: .category("linen"), discountPercent: 5)], terms: .net(days: 60))
    #expect(within.offers["O-1"]?.status == .open)
    var beyond = try desk(offering: [OfferLine(scope: .category("linen"), discountPercent: 5)], terms: .net(days: 90))
    #expect(beyond.offers["O-1"]?.status == .pendingApproval)
    let review = beyond.review(beyond.offers["O-1"]!.current, client: "CL-1", now: Fixtures.now, by: nil)
    #expect(review.isTermsOverLimit && review.reasons == ["net 90 is longer than your net 60"])
    refused(.accept(offer: "O-1", by: .client), on: beyond, saying: "waiting for approval")
    _ = try Fixtures.run(.counter(offer: "O-1", by: .us, change: TermsChange(paymentTerms: .net(days: 30))), on: &beyond)
    #expect(beyond.offers["O-1"]?.status == .open)
  }

  @Test func netThreeSixtyFiveNoLongerPassesUnseen() throws {
    var desk = try desk(offering: [OfferLine(scope: .category("linen"), discountPercent: 5)])
    _ = try Fixtures.run(.counter(offer: "O-1", by: .us, change: TermsChange(paymentTerms: .net(days: 365))), on: &desk)
    #expect(desk.offers["O-1"]?.status == .pendingApproval)
    refused(.accept(offer: "O-1", by: .client), on: desk, saying: "waiting for approval")
  }

  @Test func thePaymentTermsLimitIsAPolicySetting() throws {
    var desk = try desk(offering: [OfferLine(scope: .category("linen"), discountPercent: 5)], terms: .net(days: 90))
    let events = try Fixtures.run(.changeSettings(SettingsChange(paymentTermsLimitDays: 90)), on: &desk)
    #expect(desk.settings.paymentTermsLimitDays == 90)
    #expect(events.contains(.limitChanged(LimitChange(kind: .paymentTerms, from: 60, to: 90, by: "you", at: Fixtures.now))))
    #expect(desk.isCleared(desk.offers["O-1"]!.current, offer: desk.offers["O-1"]!, now: Fixtures.now, by: nil))
    refused(.changeSettings(SettingsChange(paymentTermsLimitDays: 400)), on: desk, saying: "0 to 365 days")
  }

  @Test func anOrderAtStandingTermsBeyondTheLimitGoesThroughAnOffer() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.setClientTerms(client: "CL-1", terms: .net(days: 90)), on: &desk)
    let order = Command.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 100)])
    refused(order, on: desk, saying: "Acme Textiles has standing terms of net 90, longer than your net 60: an order at them needs approval")
    // The honest route: an offer at those terms, approved, accepted, ordered.
    _ = try Fixtures.run(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .product(sku: "LIN-220"), meters: 100, discountPercent: 5)])), on: &desk)
    #expect(desk.offers["O-1"]?.current.paymentTerms == .net(days: 90))
    #expect(desk.offers["O-1"]?.status == .pendingApproval)
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia Marku"), on: &desk)
    _ = try Fixtures.run(.accept(offer: "O-1", by: .client), on: &desk)
    _ = try Fixtures.run(.order(client: nil, offer: "O-1", items: []), on: &desk)
    #expect(desk.orders["S-1"]?.paymentTerms == .net(days: 90))
  }

  // MARK: approvals tied to exact terms

  @Test func anyMaterialChangeAfterApprovalNeedsItAgain() throws {
    var desk = try desk()
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia Marku"), on: &desk)
    let changes = [
      TermsChange(discountPercent: 16), TermsChange(paymentTerms: .net(days: 45)), TermsChange(leadTimeDays: 10),
    ]
    for change in changes {
      var changed = desk
      _ = try Fixtures.run(.counter(offer: "O-1", by: .us, change: change), on: &changed)
      #expect(changed.offers["O-1"]?.status == .pendingApproval, "\(change)")
      refused(.accept(offer: "O-1", by: .client), on: changed, saying: "waiting for approval")
    }
  }

  @Test func closedOrExpiredOffersCannotBeApproved() throws {
    var withdrawn = try desk()
    _ = try Fixtures.run(.withdraw(offer: "O-1"), on: &withdrawn)
    refused(.approve(offer: "O-1", by: "Sofia Marku"), on: withdrawn, saying: "O-1 is already withdrawn")

    var accepted = try desk()
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia Marku"), on: &accepted)
    _ = try Fixtures.run(.accept(offer: "O-1", by: .client), on: &accepted)
    refused(.approve(offer: "O-1", by: "Sofia Marku"), on: accepted, saying: "O-1 is already accepted")

    let expired = try desk()
    do {
      _ = try decide(.approve(offer: "O-1", by: "Sofia Marku"), desk: expired, now: Fixtures.now.addingTimeInterval(30 * 86_400))
      Issue.record("an expired offer was approved")
    } catch {
      #expect(error.message.contains("expired"))
    }
  }

  @Test func anOfferChangedSinceItWasAskedCannotBeApproved() throws {
    var desk = try desk()
    _ = try Fixtures.run(.askApproval(offer: "O-1", reason: "they buy every month"), on: &desk)
    _ = try Fixtures.run(.counter(offer: "O-1", by: .us, change: TermsChange(discountPercent: 16)), on: &desk)
    refused(.approve(offer: "O-1", by: "Sofia Marku"), on: desk, saying: "O-1 has changed since approval was asked")
    _ = try Fixtures.run(.askApproval(offer: "O-1", reason: "still monthly"), on: &desk)
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia Marku"), on: &desk)
    #expect(desk.offers["O-1"]?.approval?.terms == desk.offers["O-1"]?.current)
  }

  @Test func termsBelowCostCannotBeApprovedOrAskedFor() throws {
    var desk = try desk()
    // Only a client's ask can put a price below cost on the table.
    _ = try Fixtures.run(.counter(offer: "O-1", by: .client, change: TermsChange(discountPercent: 60)), on: &desk)
    refused(.approve(offer: "O-1", by: "Sofia Marku"), on: desk, saying: "cannot be approved as it stands: Linen 180 at 4.36 is below its cost")
    refused(.askApproval(offer: "O-1", reason: "big client"), on: desk, saying: "below its cost")
  }

  // MARK: asking, rejecting, the inbox

  @Test func askingRecordsWhoAsksTheTermsAndTheReason() throws {
    var desk = try desk()
    let events = try Fixtures.run(.askApproval(offer: "O-1", reason: "they buy every month"), on: &desk)
    let terms = desk.offers["O-1"]!.current
    let step = ApprovalStep(kind: .asked, terms: terms, by: "you", reason: "they buy every month", at: Fixtures.now)
    #expect(events == [.approvalRequested(offer: "O-1", step: step)])
    #expect(desk.openRequest(of: "O-1") == step)
    refused(.askApproval(offer: "O-1", reason: "again"), on: desk, saying: "already asked")
  }

  @Test func askingNeedsAReasonAndSomethingToApprove() throws {
    let desk = try desk()
    refused(.askApproval(offer: "O-1", reason: nil), on: desk, saying: "Say why O-1 should be approved")
    refused(.askApproval(offer: "O-1", reason: "  "), on: desk, saying: "Say why")
    let within = try self.desk(offering: [OfferLine(scope: .category("linen"), discountPercent: 5)])
    refused(.askApproval(offer: "O-1", reason: "loyal"), on: within, saying: "needs no approval")
  }

  @Test func aRejectionKeepsTheOfferOpenButNotApprovableAsItIs() throws {
    var desk = try desk()
    _ = try Fixtures.run(.askApproval(offer: "O-1", reason: "they buy every month"), on: &desk)
    _ = try Fixtures.run(.rejectApproval(offer: "O-1", by: nil, reason: "hold at 12%"), on: &desk)
    #expect(desk.offers["O-1"]?.status.isOpen == true)
    #expect(desk.rejection(of: "O-1", terms: desk.offers["O-1"]!.current)?.reason == "hold at 12%")
    #expect(desk.openRequest(of: "O-1") == nil)
    refused(.approve(offer: "O-1", by: "Sofia Marku"), on: desk, saying: "was rejected as it stands by you")
    refused(.accept(offer: "O-1", by: .client), on: desk, saying: "was rejected as it stands")
    refused(.askApproval(offer: "O-1", reason: "please"), on: desk, saying: "was rejected as it stands")
    refused(.rejectApproval(offer: "O-1", by: nil, reason: "no"), on: desk, saying: "already rejected")
    // New terms can be asked for, and approved.
    _ = try Fixtures.run(.counter(offer: "O-1", by: .us, change: TermsChange(discountPercent: 14)), on: &desk)
    _ = try Fixtures.run(.askApproval(offer: "O-1", reason: "met halfway"), on: &desk)
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia Marku"), on: &desk)
    #expect(desk.approvalSteps(of: "O-1").map(\.kind) == [.asked, .rejected, .asked, .approved])
  }

  @Test func aRejectionNeedsAReasonAndSomethingWaiting() throws {
    let desk = try desk()
    refused(.rejectApproval(offer: "O-1", by: nil, reason: nil), on: desk, saying: "Say why")
    refused(.rejectApproval(offer: "O-1", by: "Bora", reason: "no"), on: desk, saying: "Bora is a client")
    let within = try self.desk(offering: [OfferLine(scope: .category("linen"), discountPercent: 5)])
    refused(.rejectApproval(offer: "O-1", by: nil, reason: "no"), on: within, saying: "not waiting for approval")
  }

  // MARK: who approves

  @Test func anApproverIsNoClientCompetitorOrTheManager() throws {
    let desk = try desk()
    for name in ["Bora", "Bora Fabrics", "bora fabrics", "BF", "Acme", "Tekstil Plus", "tekstil"] {
      refused(.approve(offer: "O-1", by: name), on: desk, saying: "not someone who can approve")
    }
    refused(.approve(offer: "O-1", by: "me"), on: desk, saying: "You cannot approve your own request")
    refused(.approve(offer: "O-1", by: ""), on: desk, saying: "Who approves O-1?")
    var approved = desk
    _ = try Fixtures.run(.approve(offer: "O-1", by: "Sofia  Marku"), on: &approved)
    #expect(approved.offers["O-1"]?.approval?.by == "Sofia Marku")
    #expect(approved.approvalSteps(of: "O-1").last?.by == "Sofia Marku")
  }

  @Test func anOrderOverCreditIsNotApprovedByAClient() throws {
    var desk = try desk()
    desk.apply(.clientAdded(Client(id: "CL-3", name: "Vlora Home", creditLimit: 100, addedAt: Fixtures.now)))
    _ = try Fixtures.run(.order(client: "CL-3", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 100)]), on: &desk)
    refused(.approveOrder(order: "S-1", by: "Vlora"), on: desk, saying: "Vlora is a client")
  }

  // MARK: one's own limits

  @Test func raisingOnesOwnLimitIsRecorded() throws {
    var desk = Fixtures.desk()
    let later = Fixtures.now.addingTimeInterval(3600)
    _ = try Fixtures.run(.changeSettings(SettingsChange(discountLimit: 40)), on: &desk, at: later)
    #expect(desk.settings.discountLimit == 40)
    let change = LimitChange(kind: .discount, from: 10, to: 40, by: "you", at: later)
    #expect(desk.authority.latestChange(of: .discount) == change)
    #expect(change.widens)
    // Settings that are no limit record nothing.
    _ = try Fixtures.run(.changeSettings(SettingsChange(offerValidityDays: 10)), on: &desk)
    #expect(desk.authority.limitChanges.count == 1)
  }

  // MARK: who is acting (the team desk plugs in here)

  @Test func aManagerWhoIsNotADirectorCannotApproveRejectOrRaise() throws {
    let desk = try desk()
    let manager = Acting(name: "arben", roles: [.manager])
    refused(.approve(offer: "O-1", by: "Sofia Marku"), on: desk, actor: manager, saying: "Only a director approves")
    refused(.rejectApproval(offer: "O-1", by: nil, reason: "no"), on: desk, actor: manager, saying: "Only a director")
    refused(.changeSettings(SettingsChange(discountLimit: 40)), on: desk, actor: manager, saying: "set by a director")
    let asked = try decide(.askApproval(offer: "O-1", reason: "loyal"), desk: desk, now: Fixtures.now, actor: manager)
    #expect(asked.first.map { if case .approvalRequested(_, let step) = $0 { step.by == "arben" } else { false } } == true)
  }

  @Test func aDirectorApprovesUnderTheirLoginAndNeverTheirOwnRequest() throws {
    var desk = try desk()
    let sofia = Acting(name: "sofia", roles: [.manager, .director])
    desk.apply(try decide(.askApproval(offer: "O-1", reason: "loyal"), desk: desk, now: Fixtures.now, actor: sofia))
    refused(.approve(offer: "O-1", by: nil), on: desk, actor: sofia, saying: "Nobody approves their own request")
    let events = try decide(.approve(offer: "O-1", by: nil), desk: desk, now: Fixtures.now, actor: Acting(name: "ilir", roles: [.director]))
    #expect(events.first.map { if case .offerApproved(_, let a) = $0 { a.by == "ilir" } else { false } } == true)
    refused(.approve(offer: "O-1", by: "Somebody Else"), on: desk, actor: Acting(name: "ilir", roles: [.director]), saying: "your own login")
  }

  // MARK: journals and undo

  @Test func oldSettingsAndDesksReadWithTheDefaults() throws {
    let old = #"{"currency":"EUR","discountLimit":12,"offerValidityDays":14,"defaultPaymentTerms":{"net":{"days":30}}}"#
    let settings = try JSONDecoder().decode(Settings.self, from: Data(old.utf8))
    #expect(settings.paymentTermsLimitDays == 60)
    let desk = try desk()
    #expect(desk.authorityLog == nil)
    let encoded = try JSONEncoder().encode(desk)
    #expect(!String(decoding: encoded, as: UTF8.self).contains("authorityLog"))
  }

  @Test func theNewEventsRoundTrip() throws {
    let terms = Terms(lines: linen15, paymentTerms: .net(days: 90))
    let events: [Event] = [
      .approvalRequested(offer: "O-1", step: ApprovalStep(kind: .asked, terms: terms, by: "you", reason: "loyal", at: Fixtures.now)),
      .approvalRejected(offer: "O-1", step: ApprovalStep(kind: .rejected, terms: terms, by: "you", reason: "no", at: Fixtures.now)),
      .limitChanged(LimitChange(kind: .discount, from: 12, to: 40, by: "you", at: Fixtures.now)),
    ]
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .secondsSince1970
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .secondsSince1970
    #expect(try decoder.decode([Event].self, from: encoder.encode(events)) == events)
    for event in events { #expect(throws: Never.self) { try event.checkRanges() } }
  }

  @Test func undoPutsTheRecordOfAuthorityBack() throws {
    var desk = try desk()
    let before = desk
    let ask = try decide(.askApproval(offer: "O-1", reason: "loyal"), desk: desk, now: Fixtures.now)
    let patches = ask.compactMap { desk.patch(undoing: $0) }
    #expect(patches.count == ask.count)
    desk.apply(ask)
    for patch in patches.reversed() { patch.revert(&desk) }
    #expect(desk == before)

    let approve = try decide(.approve(offer: "O-1", by: "Sofia Marku"), desk: desk, now: Fixtures.now)
    let approvePatches = approve.compactMap { desk.patch(undoing: $0) }
    desk.apply(approve)
    for patch in approvePatches.reversed() { patch.revert(&desk) }
    #expect(desk == before)
  }
}
