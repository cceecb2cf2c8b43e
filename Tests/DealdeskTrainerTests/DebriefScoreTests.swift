import DealdeskTrainer
import Foundation
import Testing

/// Value claimed, money left on the table and the distance to the Nash point, on deals
/// worked out by hand. Margins follow SellerTests' formula, M = Q·(P(1−d) − C) −
/// Q·P(1−d)·r·days/365 − Q·x(L) − F; the seller's floor is 15 %, 1,000 m, 90 d, 7 d at
/// 798.79 and margins run from 410.63 to 7,650.00 (range 7,239.37).
@Suite struct DebriefScoreTests {
  /// The sample client (Partner weights .25/.20/.20/.35, needs 2,000 m) signs its own
  /// competitor quote, 8 %, 2,000 m, 60 d, 21 d: margin 3,419.63, worth RV_b = 0.67 to it.
  ///
  /// - Ceiling: the best margin with U_b ≥ 0.67 is 3 %, 3,000 m, 90 d, 7 d at 5,491.17
  ///   (OutcomeSpaceTests). Value claimed = (3,419.63 − 798.79) / (5,491.17 − 798.79)
  ///   = 2,620.84 / 4,692.38 = 0.5585310… → 558,531 millionths, score 56.
  /// - Money left: the deal is worth exactly RV_b, so the better package is the ceiling:
  ///   5,491.17 − 3,419.63 = 2,071.54. It dominates the deal: not Pareto optimal.
  /// - Nash point 10 %, 2,500 m, 90 d, 7 d (3,192.40; u_s 384,256; U_b 835,000). The
  ///   deal's u_s = (3,419.63 − 410.63) / 7,239.37 = 3,009 / 7,239.37 = 0.4156439… →
  ///   415,644. Gaps (Nash − deal): u_s −31,388, U_b +165,000, margin −227.23.
  @Test func aDealAtTheCompetitorQuote() throws {
    let deal = try Support.outcome(8, 2000, 60, 21)
    let debrief = Debrief(try DebriefSupport.dealAtDeadline(deal, profile: try Support.sampleProfile()))
    let figures = try #require(debrief.result.deal)
    #expect(figures.margin == Support.d("3419.63"))
    // Revenue 2,000 · 7.36 = 14,720.00; 3,419.63 / 14,720.00 = 23.23 % → 23.2.
    #expect(figures.revenue == Support.d("14720.00") && figures.marginPercent == Support.d("23.2"))
    #expect(debrief.facts.ceiling?.package == (try Support.outcome(3, 3000, 90, 7)))
    #expect(debrief.valueClaimed == 558_531)
    #expect(debrief.score == 56)
    let better = try Support.outcome(3, 3000, 90, 7)
    #expect(debrief.moneyLeft?.amount == Support.d("2071.54"))
    #expect(debrief.moneyLeft?.better.package == better)
    #expect(debrief.paretoOptimal == false)
    let nash = try #require(debrief.nashDistance)
    #expect(nash.nash.package == (try Support.outcome(10, 2500, 90, 7)))
    #expect(figures.sellerUtility == 415_644 && figures.clientUtility == 670_000)
    #expect(nash.sellerUtility == -31_388 && nash.clientUtility == 165_000)
    #expect(nash.margin == Support.d("-227.23"))
  }

  /// The same client signs 20 %, 1,000 m, 90 d, 7 d, the worst package there is (410.63),
  /// which it values at .25·1 + .20·.45 + .20·1 + .35·1 = 0.89.
  ///
  /// - Value claimed = (410.63 − 798.79) / 4,692.38 = −388.16 / 4,692.38 = −0.0827213… →
  ///   −82,721 millionths; the score stops at 0; 388.16 below the floor.
  /// - Money left: the best margin with U_b ≥ 0.89 is 15 %, 2,500 m, 90 d, 7 d
  ///   (.25·.75 + .20·.8 + .20 + .35 = 0.8975): net 6.80; 2,500·1.40 = 3,500;
  ///   2,500·6.80·0.12·90/365 = 183,600/365 = 503.0137; 625; 150 → 2,221.9863 → 2,221.99.
  ///   Left: 2,221.99 − 410.63 = 1,811.36.
  /// - Nash gaps: u_s 384,256 − 0, U_b 835,000 − 890,000 = −55,000, margin 2,781.77.
  @Test func aDealBelowTheFloor() throws {
    let deal = try Support.outcome(20, 1000, 90, 7)
    let debrief = Debrief(try DebriefSupport.dealAtDeadline(deal, profile: try Support.sampleProfile()))
    #expect(debrief.result.deal?.margin == Support.d("410.63"))
    #expect(debrief.valueClaimed == -82_721)
    #expect(debrief.score == 0)
    #expect(debrief.process.dealBelowFloor)
    #expect(debrief.moneyLeft == MoneyLeft(amount: Support.d("1811.36"), better: DealFigures(try Support.outcome(15, 2500, 90, 7), in: OutcomeSpace(client: try Support.sampleProfile()))))
    #expect(debrief.nashDistance?.sellerUtility == 384_256)
    #expect(debrief.nashDistance?.clientUtility == -55_000)
    #expect(debrief.nashDistance?.margin == Support.d("2781.77"))
    let ceiling = try #require(debrief.facts.ceiling)
    #expect(debrief.coach.first == .belowFloor(margin: Support.d("410.63"), floor: Support.d("798.79"), ceiling: ceiling))
  }

  /// The price-driven client (Hawk weights .55/.15/.20/.10, needs 1,500 m, quote 10 %,
  /// 1,500 m, 60 d, 21 d: RV_b = .275 + .15 + .16 + .06 = 0.645) signs 10 %, 1,500 m,
  /// 90 d, 7 d (U_b .275 + .15 + .20 + .10 = 0.725).
  ///
  /// - Margin: net 7.20; 1,500·1.80 = 2,700; 1,500·7.20·0.12·90/365 = 116,640/365 =
  ///   319.5616; 375; 150 → 1,855.4384 → 1,855.44.
  /// - Ceiling 12 %, 3,000 m, 90 d, 14 d (U_b .33 + .03 + .20 + .085 = 0.645): net 7.04;
  ///   3,000·1.64 = 4,920; 228,096/365 = 624.9205; 300; 150 → 3,845.08.
  ///   Value claimed = (1,855.44 − 798.79) / (3,845.08 − 798.79) = 1,056.65 / 3,046.29 =
  ///   0.3468645… → 346,865, score 35.
  /// - Money left: 15 %, 3,000 m, 90 d, 14 d (U_b .4125 + .03 + .20 + .085 = 0.7275):
  ///   net 6.80; 4,200; 220,320/365 = 603.6164; 300; 150 → 3,146.38; left 1,290.94.
  /// - Nash 19 %, 3,000 m, 90 d, 14 d (2,214.79; u_s 249,215; U_b 837,500); deal u_s =
  ///   1,444.81 / 7,239.37 = 0.199577… → 199,577. Gaps 49,638, 112,500, 359.35.
  /// - The better package differs in discount, quantity and lead time, and neither
  ///   quantity (3,000 m for a 1,500 m need) nor the slower lead time pleases this client:
  ///   no single term explains the gap, so the coach shows the whole package.
  @Test func aHawkDealWithMoreDiscountOnMoreMetresAvailable() throws {
    let deal = try Support.outcome(10, 1500, 90, 7)
    let profile = try Support.hawkProfile()
    let debrief = Debrief(try DebriefSupport.dealAtDeadline(deal, profile: profile, persona: .hawk))
    #expect(debrief.result.deal?.margin == Support.d("1855.44"))
    #expect(debrief.facts.ceiling?.margin == Support.d("3845.08"))
    #expect(debrief.valueClaimed == 346_865)
    #expect(debrief.score == 35)
    let better = try Support.outcome(15, 3000, 90, 14)
    #expect(debrief.moneyLeft?.amount == Support.d("1290.94"))
    #expect(debrief.moneyLeft?.better.package == better)
    let nash = try #require(debrief.nashDistance)
    #expect(nash.nash.package == (try Support.outcome(19, 3000, 90, 14)))
    #expect((nash.sellerUtility, nash.clientUtility, nash.margin) == (49_638, 112_500, Support.d("359.35")))
    #expect(debrief.coach.first == .leftOnTable(amount: Support.d("1290.94"), better: try #require(debrief.moneyLeft?.better), deal: deal))
  }

  /// The Nash point itself: nothing left on the table, Pareto optimal, no gap, and value
  /// claimed (3,192.40 − 798.79) / 4,692.38 = 2,393.61 / 4,692.38 = 0.5101057… → 510,106.
  @Test func aDealAtTheNashPoint() throws {
    let deal = try Support.outcome(10, 2500, 90, 7)
    let debrief = Debrief(try DebriefSupport.dealAtDeadline(deal, profile: try Support.sampleProfile()))
    #expect(debrief.valueClaimed == 510_106)
    #expect(debrief.score == 51)
    #expect(debrief.moneyLeft?.amount == 0 && debrief.moneyLeft?.better.package == deal)
    #expect(debrief.paretoOptimal == true)
    #expect(debrief.nashDistance.map { ($0.sellerUtility, $0.clientUtility, $0.margin) } ?? (1, 1, 1) == (0, 0, 0))
  }

  /// The coach on the competitor-quote deal: the lead time is the term to trade.
  /// 21 → 7 days is worth .35·(1 − .6) = 0.14 to this client, and a discount point
  /// .25·.05 = 0.0125, so 11.2 → 11 points; it costs 2,000·(0.25 − 0.03) = 440.00 of
  /// express surcharge (8 %, 2,000 m, 60 d, 7 d: 3,920 − 290.3671 − 500 − 150 → 2,979.63).
  /// Payment 60 → 90 days is worth only .20·.2 = 0.04, 3.2 points. Then the opening
  /// concession: list terms (7,650.00) to the quote gave 4,230.37 while the client had
  /// made only its first counter.
  @Test func theCoachNamesTheTermToTrade() throws {
    let deal = try Support.outcome(8, 2000, 60, 21)
    let debrief = Debrief(try DebriefSupport.dealAtDeadline(deal, profile: try Support.sampleProfile()))
    let better = try #require(debrief.moneyLeft?.better)
    #expect(
      debrief.coach == [
        .trade(TradeTip(issue: .lead, from: 21, to: 7, cost: Support.d("440.00"), discountPoints: 11, better: better, gain: Support.d("2071.54"))),
        .unilateral(count: 1, given: Support.d("4230.37")),
      ])
  }
}
