import DealdeskTrainer
import Foundation
import Testing

/// No deal: right when no package meets both reservation values, wrong otherwise, with
/// the package that was there.
@Suite struct DebriefNoDealTests {
  /// The sample client would take 3 %, 3,000 m, 90 d, 7 d (5,491.17) in its last round;
  /// walking away after one round is wrong. Its first counter, the partner's opening, is
  /// shown if it beats the floor.
  @Test func walkingAwayFromAPossibleDealIsWrong() throws {
    var partner = try PersonaTests.partner()
    let counter = try Support.offer(try DebriefSupport.listTerms(), to: &partner).package
    _ = try partner.apply(.walkAway).get()
    let debrief = Debrief(partner)
    guard case .noDeal(let review) = debrief.result else {
      Testing.Issue.record("expected no deal")
      return
    }
    let ceiling = try #require(debrief.facts.ceiling)
    #expect(ceiling.package == (try Support.outcome(3, 3000, 90, 7)) && ceiling.margin == Support.d("5491.17"))
    #expect(review.ending == .traineeWalkedAway)
    #expect(!review.correctWalkAway)
    #expect(review.available == ceiling)
    let counterMargin = partner.space.margin(counter)
    #expect(review.lastCounterAboveFloor == (counterMargin >= Support.d("798.79") ? DealFigures(counter, in: partner.space) : nil))
    #expect(debrief.valueClaimed == 0 && debrief.score == 0)
    #expect(debrief.moneyLeft == nil && debrief.paretoOptimal == nil && debrief.nashDistance == nil)
    #expect(debrief.coach.first == .missedDeal(available: ceiling, lastCounter: review.lastCounterAboveFloor, floor: Support.d("798.79")))
  }

  /// The hawk at deadline 2 refuses list terms twice and leaves: the client walked, and
  /// that no-deal was avoidable too.
  @Test func theClientWalkingAtItsDeadlineIsAMissedDeal() throws {
    var hawk = try PersonaTests.hawk(deadline: 2)
    try DebriefSupport.offers([try DebriefSupport.listTerms()], to: &hawk)
    _ = try Support.offer(try DebriefSupport.listTerms(), to: &hawk)
    let debrief = Debrief(hawk)
    guard case .noDeal(let review) = debrief.result else {
      Testing.Issue.record("expected no deal")
      return
    }
    #expect(review.ending == .clientWalkedAway && !review.correctWalkAway)
    // Hawk ceiling (DebriefScoreTests): 12 %, 3,000 m, 90 d, 14 d at 3,845.08.
    #expect(review.available?.margin == Support.d("3845.08"))
  }

  /// A client whose competitor quote is its best package (20 %, 1,000 m, 90 d, 7 d, worth
  /// 1.0 to it) takes nothing the seller can sign above its floor: its ceiling is that
  /// very package, 410.63, under the floor of 798.79. Walking away is right, scores 100,
  /// and the coach says why with the numbers.
  @Test func walkingAwayWhenNoDealMeetsBothFloorsIsRight() throws {
    let quote = try Support.outcome(20, 1000, 90, 7)
    var negotiation = try Support.client(.partner, weights: (250_000, 250_000, 250_000, 250_000), need: 1000, quote: quote, deadline: 10)
    _ = try Support.offer(try DebriefSupport.listTerms(), to: &negotiation)
    _ = try negotiation.apply(.walkAway).get()
    let debrief = Debrief(negotiation)
    guard case .noDeal(let review) = debrief.result else {
      Testing.Issue.record("expected no deal")
      return
    }
    #expect(review.correctWalkAway && review.available == nil)
    #expect(review.lastCounterAboveFloor == nil)  // its counter was the quote itself, 410.63
    #expect(!debrief.facts.zoneOfAgreement)
    #expect(debrief.valueClaimed == nil && debrief.score == 100)
    let ceiling = try #require(debrief.facts.ceiling)
    #expect(ceiling.margin == Support.d("410.63"))
    #expect(debrief.coach == [.correctWalkAway(quote: quote, ceiling: ceiling, floor: Support.d("798.79"))])
  }

  /// A game left open is debriefed as an unfinished no-deal.
  @Test func anAbandonedGame() throws {
    var hawk = try PersonaTests.hawk()
    _ = try Support.offer(try DebriefSupport.listTerms(), to: &hawk)
    let debrief = Debrief(hawk)
    guard case .noDeal(let review) = debrief.result else {
      Testing.Issue.record("expected no deal")
      return
    }
    #expect(review.ending == .unfinished && !review.correctWalkAway)
    #expect(debrief.score == 0)
    // Before any offer: nobody opened.
    #expect(Debrief(try PersonaTests.hawk()).process.opener == .nobody)
  }
}
