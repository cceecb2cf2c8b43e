import DealdeskTrainer
import Foundation
import Testing

@Suite struct OutcomeSpaceTests {
  @Test func noFrontierPointIsDominated() throws {
    let space = OutcomeSpace(client: try Support.sampleProfile())
    for point in space.paretoFrontier {
      #expect(!Outcome.all.contains { space.dominates($0, point) }, "\(point)")
    }
  }

  @Test func everyOtherPointIsDominatedByAFrontierPoint() throws {
    for client in [try Support.sampleProfile(), try Support.hawkProfile()] {
      let space = OutcomeSpace(client: client)
      for outcome in Outcome.all where !space.isParetoOptimal(outcome) {
        #expect(space.paretoFrontier.contains { space.dominates($0, outcome) }, "\(outcome)")
      }
    }
  }

  /// Membership agrees with a brute-force O(n²) check, and the frontier runs from the
  /// seller's best to the client's best.
  @Test func theFrontierMatchesBruteForceAndIsOrdered() throws {
    let space = OutcomeSpace(client: try Support.sampleProfile())
    let bruteForce = Outcome.all.filter { point in !Outcome.all.contains { space.dominates($0, point) } }
    #expect(Set(bruteForce) == Set(space.paretoFrontier))
    #expect(space.paretoFrontier.count == 45)
    for (a, b) in zip(space.paretoFrontier, space.paretoFrontier.dropFirst()) {
      #expect(space.sellerUtility(a) >= space.sellerUtility(b))
      #expect(space.clientUtility(a) <= space.clientUtility(b))
    }
    #expect(space.paretoFrontier.first?.description == "0% 3000m 0d 30d")
    #expect(space.paretoFrontier.last?.description == "20% 2000m 90d 7d")
  }

  /// The Nash point, recomputed here by brute force: RV_s = 53,618, RV_b = 670,000; the
  /// maximum of (u_s − RV_s)(U_b − RV_b) is at 10 %, 2,500 m, 90 d, 7 d:
  /// (384,256 − 53,618)·(835,000 − 670,000) = 330,638 · 165,000 = 54,555,270,000.
  /// Margin: net 7.20; 2500·1.80 = 4500; 2500·7.20·0.12·90/365 = 194400/365 = 532.6027;
  /// 2500·0.25 = 625 → 4500 − 532.6027 − 625 − 150 = 3192.3973 → 3192.40.
  @Test func theNashPointOfTheSampleClient() throws {
    let space = OutcomeSpace(client: try Support.sampleProfile())
    var best: (outcome: Outcome, product: Int)?
    for outcome in Outcome.all {
      let sellerGain = space.seller.utility(outcome) - space.seller.reservation
      let clientGain = space.client.utility(outcome) - space.client.reservation
      guard sellerGain >= 0, clientGain >= 0 else { continue }
      if best == nil || sellerGain * clientGain > (best?.product ?? 0) { best = (outcome, sellerGain * clientGain) }
    }
    #expect(space.nashPoint == best?.outcome)
    let nash = try #require(space.nashPoint)
    #expect(nash == (try Support.outcome(10, 2500, 90, 7)))
    #expect(space.sellerUtility(nash) == 384_256)
    #expect(space.clientUtility(nash) == 835_000)
    #expect(space.nashProduct(nash) == 54_555_270_000)
    #expect(space.margin(nash) == Support.d("3192.40"))
    #expect(space.isParetoOptimal(nash))
  }

  @Test func theNashPointOfAPriceDrivenClient() throws {
    let space = OutcomeSpace(client: try Support.hawkProfile())
    #expect(space.client.reservation == 645_000)
    #expect(space.nashPoint == (try Support.outcome(19, 3000, 90, 14)))
    #expect(space.nashPoint.flatMap(space.nashProduct) == 37_652_422_500)
  }

  @Test func theNashProductIsNilBelowAReservationValue() throws {
    let space = OutcomeSpace(client: try Support.sampleProfile())
    #expect(space.nashProduct(try Support.outcome(0, 3000, 0, 30)) == nil)  // client at 0.195
    #expect(space.nashProduct(try Support.outcome(20, 1000, 90, 7)) == nil)  // seller at 0
    #expect(space.nashProduct(space.client.competitorQuote) == 0)  // client exactly at RV_b
  }

  /// A client whose quote is its best possible package accepts nothing the seller can
  /// offer above its floor: no Nash point, and walking away is right.
  @Test func noNashPointWhenNoDealSatisfiesBoth() throws {
    let weights = try #require(ClientWeights(discount: 250_000, quantity: 250_000, payment: 250_000, lead: 250_000))
    let client = try #require(ClientProfile(weights: weights, needMeters: 1000, competitorQuote: try Support.outcome(20, 1000, 90, 7)))
    let space = OutcomeSpace(client: client)
    #expect(client.reservation == 1_000_000)
    #expect(space.nashPoint == nil)
    #expect(space.ceiling == (try Support.outcome(20, 1000, 90, 7)))
  }

  /// A deal at the competitor's own terms (8 %, 2,000 m, 60 d, 21 d; margin 3419.63) leaves
  /// money on the table: the client likes 3 %, 3,000 m, 90 d, 7 d as much (0.6775 ≥ 0.67),
  /// and it earns 5491.17. Net 7.76; 3000·2.36 = 7080; 3000·7.76·0.12·90/365 = 251424/365
  /// = 688.8329; 750 → 7080 − 688.8329 − 750 − 150 = 5491.1671 → 5491.17.
  @Test func theBestPackageTheClientLikesAsMuch() throws {
    let space = OutcomeSpace(client: try Support.sampleProfile())
    let deal = space.client.competitorQuote
    #expect(space.margin(deal) == Support.d("3419.63"))
    let better = space.bestForSeller(clientLikesAtLeastAs: deal)
    #expect(better == (try Support.outcome(3, 3000, 90, 7)))
    #expect(space.margin(better) == Support.d("5491.17"))
    #expect(space.clientUtility(better) == 677_500)
    #expect(space.ceiling == better)
  }

  /// Brute force over several thresholds: nothing the client likes as much earns more, and
  /// among equal margins the chosen one is the client's favourite.
  @Test func bestForSellerIsTheMaximumMargin() throws {
    let space = OutcomeSpace(client: try Support.hawkProfile())
    for threshold in stride(from: 0, through: 1_000_000, by: 62_500) {
      let eligible = Outcome.all.filter { space.clientUtility($0) >= threshold }
      let best = space.bestForSeller(clientAtLeast: threshold)
      #expect(best.map { space.clientUtility($0) >= threshold } ?? eligible.isEmpty)
      guard let best else { continue }
      for other in eligible {
        #expect(space.margin(other) <= space.margin(best))
        if space.margin(other) == space.margin(best) {
          #expect(space.clientUtility(other) <= space.clientUtility(best))
        }
      }
      #expect(space.isParetoOptimal(best), "\(best)")
    }
    #expect(space.bestForSeller(clientAtLeast: 0) == SellerValuation.fabric.bestOutcome)
    #expect(space.bestForSeller(clientAtLeast: 1_000_001) == nil)
  }

  /// Two independent computations agree to the last outcome: no hashing, no clock.
  @Test func theAnalysisIsDeterministic() throws {
    let client = try Support.sampleProfile()
    let first = OutcomeSpace(seller: SellerValuation(.fabric), client: client)
    let second = OutcomeSpace(seller: SellerValuation(.fabric), client: client)
    #expect(first.seller.margins == second.seller.margins)
    #expect(first.seller.utilities == second.seller.utilities)
    #expect(first.clientUtilities == second.clientUtilities)
    #expect(first.paretoFrontier == second.paretoFrontier)
    #expect(first.nashPoint == second.nashPoint)
    #expect(first.ceiling == second.ceiling)
    let thresholds = [0, 500_000, 670_000, 900_000]
    #expect(thresholds.map(first.bestForSeller) == thresholds.map(second.bestForSeller))
  }
}
