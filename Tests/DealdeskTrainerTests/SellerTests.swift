import DealdeskTrainer
import Foundation
import Testing

@Suite struct SellerTests {
  let seller = SellerValuation.fabric

  /// M = Q·(P(1−d) − C) − Q·P(1−d)·r·days/365 − Q·x(L) − F, with P 8.00, C 5.40, r 0.12, F 150.
  @Test(arguments: [
    // 0 %, 1000 m, 0 d, 7 d: 1000·(8.00 − 5.40) − 0 − 1000·0.25 − 150 = 2600 − 250 − 150 = 2200.00
    (0, 1000, 0, 7, "2200.00"),
    // 10 %, 2000 m, 60 d, 21 d: net 7.20; 2000·1.80 = 3600; 2000·7.20·0.12·60/365 = 103680/365
    // = 284.0548; 2000·0.03 = 60 → 3600 − 284.0548 − 60 − 150 = 3105.9452 → 3105.95
    (10, 2000, 60, 21, "3105.95"),
    // 5 %, 3000 m, 90 d, 14 d: net 7.60; 3000·2.20 = 6600; 3000·7.60·0.12·90/365 = 246240/365
    // = 674.6301; 3000·0.10 = 300 → 6600 − 674.6301 − 300 − 150 = 5475.3699 → 5475.37
    (5, 3000, 90, 14, "5475.37"),
    // The policy floor, 15 %, 1000 m, 90 d, 7 d: net 6.80; 1000·1.40 = 1400;
    // 1000·6.80·0.12·90/365 = 73440/365 = 201.2055; 250 → 1400 − 201.2055 − 250 − 150 = 798.7945 → 798.79
    (15, 1000, 90, 7, "798.79"),
    // 20 %, 1000 m, 90 d, 7 d: net 6.40; 1000; 69120/365 = 189.3699; 250 → 410.6301 → 410.63
    (20, 1000, 90, 7, "410.63"),
    // 0 %, 3000 m, 0 d, 30 d: 3000·2.60 − 0 − 0 − 150 = 7650.00
    (0, 3000, 0, 30, "7650.00"),
  ])
  func marginsMatchTheHandComputation(discount: Int, meters: Int, days: Int, lead: Int, expected: String) throws {
    let outcome = try Support.outcome(discount, meters, days, lead)
    #expect(TrainingCase.fabric.margin(outcome) == Support.d(expected))
  }

  /// The lowest margin is the deepest discount on the smallest order with the longest terms
  /// and fastest delivery; the highest is list price on the largest order, cash, no express
  /// surcharge (30 and 45 days tie; the first in outcome order is kept).
  @Test func theMarginRangeAndItsCorners() throws {
    #expect(seller.minMargin == Support.d("410.63"))
    #expect(seller.maxMargin == Support.d("7650.00"))
    #expect(seller.worstOutcome == (try Support.outcome(20, 1000, 90, 7)))
    #expect(seller.bestOutcome == (try Support.outcome(0, 3000, 0, 30)))
    #expect(seller.utility(seller.worstOutcome) == 0)
    #expect(seller.utility(seller.bestOutcome) == 1_000_000)
    #expect(seller.utility(try Support.outcome(0, 3000, 0, 45)) == 1_000_000)
  }

  /// RV_s = (798.79 − 410.63) / (7650.00 − 410.63) = 388.16 / 7239.37 = 0.0536179… → 53618.
  @Test func theReservationValueIsThePolicyFloor() throws {
    #expect(TrainingCase.fabric.policyFloor == (try Support.outcome(15, 1000, 90, 7)))
    #expect(seller.reservation == 53_618)
    // (2200.00 − 410.63) / 7239.37 = 0.2471717… → 247172
    #expect(seller.utility(try Support.outcome(0, 1000, 0, 7)) == 247_172)
  }

  /// The floor is the lowest margin of everything the policy allows (discount ≤ 15 %).
  @Test func theFloorIsTheWorstPackageInsideThePolicy() {
    let floor = seller.margin(TrainingCase.fabric.policyFloor)
    let insidePolicy = Outcome.all.filter { $0.discountPercent <= 15 }
    #expect(insidePolicy.allSatisfy { seller.margin($0) >= floor })
  }

  /// An independent computation in integers: with P, C, x and F in cents and r in percent,
  /// margin in cents = N / 3,650,000 where
  /// N = Q·P·(100−D)·36500 − Q·C·3650000 − Q·P·(100−D)·r·days − Q·x·3650000 − F·3650000,
  /// rounded half up; then u = (c − c_min)·10^6 / (c_max − c_min), rounded half up.
  @Test func everyMarginAndUtilityMatchesAnIntegerComputation() {
    let expedite = [25, 10, 3, 0, 0]
    let denominator = 3_650_000
    let cents = Outcome.all.map { o -> Int in
      let gross = o.meters * 800 * (100 - o.discountPercent)
      let n = gross * 36_500 - o.meters * 540 * denominator - gross * 12 * o.paymentDays
        - o.meters * expedite[o.lead] * denominator - 15_000 * denominator
      return (2 * n + denominator) / (2 * denominator)
    }
    let low = cents.min() ?? 0
    let range = (cents.max() ?? 0) - low
    for o in Outcome.all {
      let c = cents[o.index]
      #expect(seller.margin(o) == Decimal(c) / 100, "\(o)")
      #expect(seller.utility(o) == (2 * (c - low) * 1_000_000 + range) / (2 * range), "\(o)")
    }
  }

  /// One cent is 1.38 millionths of this case's range, so the rounding to millionths never
  /// merges two different margins or reverses their order.
  @Test func utilityFollowsMarginStrictly() {
    let byMargin = Outcome.all.sorted { (seller.margin($0), $0.index) < (seller.margin($1), $1.index) }
    for (a, b) in zip(byMargin, byMargin.dropFirst()) {
      if seller.margin(a) < seller.margin(b) {
        #expect(seller.utility(a) < seller.utility(b), "\(a) \(b)")
      } else {
        #expect(seller.utility(a) == seller.utility(b), "\(a) \(b)")
      }
    }
  }

  @Test func invalidCaseDataIsRejected() {
    let floor = TrainingCase.fabric.policyFloor
    #expect(
      TrainingCase(
        listPrice: 8, unitCost: 5, capitalRate: 0, expeditePerMeter: [0, 0, 0], fixedOrderCost: 0,
        policyFloor: floor) == nil)
    #expect(
      TrainingCase(
        listPrice: 8, unitCost: -1, capitalRate: 0, expeditePerMeter: [0, 0, 0, 0, 0], fixedOrderCost: 0,
        policyFloor: floor) == nil)
  }

  /// With no spread in margins there is no scale; every package is then the best one.
  @Test func aFlatCaseHasEveryUtilityAtOne() throws {
    let flat = try #require(
      TrainingCase(
        listPrice: 0, unitCost: 0, capitalRate: 0, expeditePerMeter: [0, 0, 0, 0, 0], fixedOrderCost: 0,
        policyFloor: TrainingCase.fabric.policyFloor))
    let valuation = SellerValuation(flat)
    #expect(valuation.minMargin == 0 && valuation.maxMargin == 0)
    #expect(valuation.utilities.allSatisfy { $0 == 1_000_000 })
  }
}
