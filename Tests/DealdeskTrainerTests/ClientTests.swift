import DealdeskTrainer
import Testing

@Suite struct ClientTests {
  @Test func theEvaluationTables() {
    #expect((0...20).map(ClientEvaluation.discount) == (0...20).map { $0 * 50_000 })
    #expect(ClientEvaluation.payment == [0, 400_000, 600_000, 800_000, 1_000_000])
    #expect(ClientEvaluation.lead == [1_000_000, 850_000, 600_000, 300_000, 0])
    // Need 2,000 m (index 2): 1,000 m and 3,000 m are both 1,000 m away.
    #expect((0..<5).map { ClientEvaluation.quantity($0, need: 2) } == [450_000, 800_000, 1_000_000, 800_000, 450_000])
    #expect((0..<5).map { ClientEvaluation.quantity($0, need: 0) } == [1_000_000, 800_000, 450_000, 200_000, 0])
  }

  /// .25·(8/20) + .20·1 + .20·.8 + .35·.6 = .10 + .20 + .16 + .21 = .67
  @Test func theReservationValueIsTheQuoteUtility() throws {
    let client = try Support.sampleProfile()
    #expect(client.reservation == 670_000)
    #expect(client.utility(client.competitorQuote) == client.reservation)
    #expect(client.needMeters == 2000)
  }

  @Test func utilitiesAtTheCorners() throws {
    let client = try Support.sampleProfile()
    // Everything the client wants: 20 %, its need, 90 days, 7 days.
    #expect(client.utility(try Support.outcome(20, 2000, 90, 7)) == 1_000_000)
    // Nothing it wants: no discount, 1,000 m from its need on either side, cash, 45 days:
    // .20·.45 = .09.
    #expect(client.utility(try Support.outcome(0, 1000, 0, 45)) == 90_000)
    #expect(client.utility(try Support.outcome(0, 3000, 0, 45)) == 90_000)
    // The seller's best package, 0 %, 3000 m, cash, 30 days: .20·.45 + .35·.3 = .09 + .105 = .195
    #expect(client.utility(try Support.outcome(0, 3000, 0, 30)) == 195_000)
    let worst = Outcome.all.map(client.utility).min()
    let best = Outcome.all.map(client.utility).max()
    #expect(worst == 90_000 && best == 1_000_000)
  }

  /// With a need at the end of the range, the far end is 2,000 m away and worth 0, so the
  /// utility reaches 0.
  @Test func aSmallNeedReachesZero() throws {
    let weights = try #require(ClientWeights(discount: 200_000, quantity: 200_000, payment: 100_000, lead: 500_000))
    let rush = try #require(ClientProfile(weights: weights, needMeters: 1000, competitorQuote: try Support.outcome(5, 1000, 30, 14)))
    #expect(rush.utility(try Support.outcome(0, 3000, 0, 45)) == 0)
    #expect(rush.utility(try Support.outcome(20, 1000, 90, 7)) == 1_000_000)
    // .20·.25 + .20·1 + .10·.4 + .50·.85 = .05 + .20 + .04 + .425 = .715
    #expect(rush.reservation == 715_000)
  }

  /// The one rounding is half up: weight 1 millionth on a half-valued discount (10 %) is
  /// half a millionth, which rounds to 1; 1 millionth on 9 % (0.45) rounds to 0.
  @Test func theSumIsRoundedHalfUpOnce() throws {
    let weights = try #require(ClientWeights(discount: 1, quantity: 0, payment: 0, lead: 999_999))
    let client = try #require(ClientProfile(weights: weights, needMeters: 1000, competitorQuote: try Support.outcome(0, 1000, 0, 45)))
    #expect(client.utility(try Support.outcome(10, 1000, 0, 45)) == 1)
    #expect(client.utility(try Support.outcome(9, 1000, 0, 45)) == 0)
    #expect(client.reservation == 0)
  }

  @Test func weightsMustSumToOne() {
    #expect(ClientWeights(discount: 250_000, quantity: 250_000, payment: 250_000, lead: 250_000) != nil)
    #expect(ClientWeights(discount: 250_000, quantity: 250_000, payment: 250_000, lead: 249_999) == nil)
    #expect(ClientWeights(discount: -1, quantity: 250_001, payment: 500_000, lead: 250_000) == nil)
  }

  @Test func normalizingHandsLeftoverMillionthsToTheLargestRemainders() {
    let thirds = ClientWeights.normalized(discount: 1, quantity: 1, payment: 1, lead: 0)
    #expect(thirds == ClientWeights(discount: 333_334, quantity: 333_333, payment: 333_333, lead: 0))
    // 2/7, 1/7, 3/7, 1/7 of a million: floors 285714, 142857, 428571, 142857 (sum 999999);
    // remainders 2, 1, 3, 1 (in sevenths): the leftover millionth goes to payment.
    let sevenths = ClientWeights.normalized(discount: 2, quantity: 1, payment: 3, lead: 1)
    #expect(sevenths == ClientWeights(discount: 285_714, quantity: 142_857, payment: 428_572, lead: 142_857))
    // A persona's weights scaled by 1.05 / 0.95 and renormalised, as the seed will do.
    let scaled = ClientWeights.normalized(discount: 577_500, quantity: 142_500, payment: 200_000, lead: 100_000)
    #expect(scaled.map { $0.discount + $0.quantity + $0.payment + $0.lead } == 1_000_000)
    #expect(ClientWeights.normalized(discount: 0, quantity: 0, payment: 0, lead: 0) == nil)
    #expect(ClientWeights.normalized(discount: -1, quantity: 1, payment: 1, lead: 1) == nil)
  }

  @Test func aNeedMustBeAQuantityValue() throws {
    let weights = try #require(ClientWeights(discount: 250_000, quantity: 250_000, payment: 250_000, lead: 250_000))
    #expect(ClientProfile(weights: weights, needMeters: 1800, competitorQuote: try Support.outcome(0, 1000, 0, 7)) == nil)
  }
}
