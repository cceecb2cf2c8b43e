import DealdeskTrainer
import Foundation
import Testing

/// The process half of the debrief: moves classed after Hindriks, Jonker & Tykhonov, the
/// concession pattern, unilateral, labelled and contingent concessions, retractions.
@Suite struct DebriefMoveTests {
  /// Every cell of the classification table, the boundaries included.
  @Test func theClassificationTable() {
    #expect(MoveClass(own: -1, client: 1) == .concession)
    #expect(MoveClass(own: -1, client: 0) == .concession)  // gave margin the client does not value
    #expect(MoveClass(own: 1, client: -1) == .selfish)
    #expect(MoveClass(own: 1, client: 0) == .selfish)
    #expect(MoveClass(own: 1, client: 1) == .fortunate)
    #expect(MoveClass(own: -1, client: -1) == .unfortunate)
    #expect(MoveClass(own: 0, client: -1) == .unfortunate)
    #expect(MoveClass(own: 0, client: 1) == .nice)
    #expect(MoveClass(own: 0, client: 0) == .silent)
  }

  /// Nine offers to the partner (sample client, T = 10; none is worth over 0.31 to it, so
  /// it never accepts), each chosen for its class. Changes by hand (client weights
  /// .25/.20/.20/.35, need 2,000 m; margins from the formula):
  ///
  /// | offer | Δ margin | Δ U_b | class |
  /// |---|---|---|---|
  /// | 0 %, 3,000 m, cash, 30 d (7,650.00; U_b .09 + .105 = .195) | | | first |
  /// | 2 %, same: 3,000·8·.02 = −480.00 | −480.00 | +.025 (2 points × .0125) | concession |
  /// | the same again | 0 | 0 | silent |
  /// | 2 %, 3,000 m, cash, 45 d: no express either way | 0 | −.35·.3 = −.105 | unfortunate |
  /// | back to 30 d | 0 | +.105 | nice |
  /// | back to 0 % | +480.00 | −.025 | selfish |
  /// | 0 %, 1,000 m, cash, 30 d (2,450.00; U_b .20·.45 + .105 = .195) | −5,200.00 | 0 | concession |
  /// | 0 %, 2,000 m, cash, 30 d (5,050.00; U_b .20 + .105 = .305) | +2,600.00 | +.11 | fortunate |
  /// | 0 %, 1,500 m, cash, 45 d (3,750.00; U_b .20·.8 = .16) | −1,300.00 | −.145 | unfortunate |
  @Test func aSequenceCoveringAllSixClasses() throws {
    var negotiation = try PersonaTests.partner()
    let packages = try [
      (0, 3000, 0, 30), (2, 3000, 0, 30), (2, 3000, 0, 30), (2, 3000, 0, 45), (2, 3000, 0, 30), (0, 3000, 0, 30),
      (0, 1000, 0, 30), (0, 2000, 0, 30), (0, 1500, 0, 45),
    ].map { try Support.outcome($0.0, $0.1, $0.2, $0.3) }
    try DebriefSupport.offers(packages, to: &negotiation)
    _ = negotiation.apply(.walkAway)
    let process = Debrief(negotiation).process
    #expect(process.opener == .trainee)
    #expect(process.firstOffer?.figures.package == packages[0])
    #expect(
      process.moves.map(\.moveClass) == [
        .concession, .silent, .unfortunate, .nice, .selfish, .concession, .fortunate, .unfortunate,
      ])
    #expect(process.moves.map(\.marginChange) == ["-480", "0", "0", "0", "480", "-5200", "2600", "-1300"].map(Support.d))
    #expect(process.moves.map(\.clientChange) == [25_000, 0, -105_000, 105_000, -25_000, 0, 110_000, -145_000])
    #expect(process.moves.map(\.round) == Array(2...9))
    // Retractions: every offer worth less to the client than the one before.
    #expect(process.retractions.map(\.round) == [4, 6, 9])
    #expect(process.concessions.map(\.moneyGiven) == [Support.d("480"), Support.d("5200")])
    #expect(process.concessionsDecreasing == false)
    #expect(process.roundsUsed == 9 && process.deadline == 10)
  }

  /// Against the hawk (T = 12, Boulware: its counters stay at its favourite for rounds),
  /// list terms then 3 %, 5 %, 6 % on 3,000 m: each point is 3,000 × 0.08 = 240.00, so the
  /// concessions give 720.00, 480.00, 240.00, shrinking; the hawk never moved, so all
  /// three are unilateral. The second was labelled, the third contingent.
  @Test func shrinkingConcessionsToAClientWhoDoesNotMove() throws {
    var hawk = try PersonaTests.hawk()
    let packages = try [0, 3, 5, 6].map { try Support.outcome($0, 3000, 0, 30) }
    try DebriefSupport.offers(packages, to: &hawk, labelled: [2], contingent: [3])
    let process = Debrief(hawk).process
    #expect(process.concessions.map(\.moneyGiven) == ["720", "480", "240"].map(Support.d))
    // In utility: 1,000,000 → 900,544 → 834,240 → 801,088.
    #expect(process.concessions.map(\.ownChange) == [-99_456, -66_304, -33_152])
    #expect(process.concessionsDecreasing == true)
    #expect(process.unilateralConcessions.count == 3)
    #expect(process.labelledConcessions.map(\.round) == [3])
    #expect(process.contingentConcessions.map(\.round) == [4])
    #expect(process.retractions.isEmpty)
  }

  /// The same points in the other order, 240.00, 480.00, 720.00: growing. The coach has
  /// two more pressing things to say here, in its order: walking away from a possible deal
  /// (the hawk's ceiling, 3,845.08), and the three unilateral concessions (1,440.00).
  @Test func growingConcessions() throws {
    var hawk = try PersonaTests.hawk()
    let packages = try [0, 1, 3, 6].map { try Support.outcome($0, 3000, 0, 30) }
    try DebriefSupport.offers(packages, to: &hawk)
    _ = hawk.apply(.walkAway)
    let debrief = Debrief(hawk)
    #expect(debrief.process.concessionsDecreasing == false)
    let ceiling = try #require(debrief.facts.ceiling)
    #expect(ceiling.margin == Support.d("3845.08"))
    #expect(
      debrief.coach == [
        .missedDeal(available: ceiling, lastCounter: nil, floor: Support.d("798.79")),
        .unilateral(count: 3, given: Support.d("1440")),
      ])
    let growing = CoachTip.growingConcessions(sizes: debrief.process.concessions.map(\.moneyGiven))
    #expect(growing.text.contains("(240.00, 480.00, 720.00)"))
  }

  /// The partner concedes every round, so a concession made after it moved is
  /// reciprocal, not unilateral; a concession right after its first counter is unilateral.
  @Test func aConcessionAfterTheClientMovedIsNotUnilateral() throws {
    var partner = try PersonaTests.partner()
    let packages = try [(0, 3000, 0, 30), (0, 3000, 0, 30), (2, 3000, 0, 30)].map { try Support.outcome($0.0, $0.1, $0.2, $0.3) }
    try DebriefSupport.offers(packages, to: &partner)
    let counters = partner.state.exchanges.map { partner.space.clientUtility($0.reply.package) }
    try #require(counters[1] < counters[0])  // the partner moved in round 2
    let moves = Debrief(partner).process.moves
    #expect(moves.map(\.moveClass) == [.silent, .concession])
    #expect(moves.map(\.unilateral) == [false, false])

    var early = try PersonaTests.partner()
    try DebriefSupport.offers([packages[0], packages[2]], to: &early)
    #expect(Debrief(early).process.moves.map(\.unilateral) == [true])
  }

  /// Accepting the client's counter is reviewed as a move to the counter.
  @Test func acceptingIsTheLastMove() throws {
    var partner = try PersonaTests.partner()
    let counter = try Support.offer(try DebriefSupport.listTerms(), to: &partner).package
    _ = try partner.apply(.accept).get()
    let debrief = Debrief(partner)
    #expect(debrief.result.deal?.package == counter)
    let move = try #require(debrief.process.moves.last)
    #expect(move.kind == .acceptance && move.package == counter && move.round == 1)
    #expect(move.moveClass == .concession && !move.unilateral)
  }

  /// Partial offers are completed from the standing package, as the negotiation does.
  @Test func partialOffersAreReviewedAsFullPackages() throws {
    var hawk = try PersonaTests.hawk()
    _ = try hawk.apply(.offer(try OfferTerms.values(discountPercent: 2).get())).get()
    _ = try hawk.apply(.offer(try OfferTerms.values(paymentDays: 30).get())).get()
    let process = Debrief(hawk).process
    #expect(process.firstOffer?.figures.package == (try Support.outcome(2, 3000, 0, 30)))
    #expect(process.moves.map(\.package) == [try Support.outcome(2, 3000, 30, 30)])
    #expect(process.moves.map(\.moveClass) == [.concession])
  }

  /// The bluffer's threat and the trainee paying for it: the concession after the threat,
  /// 0 % → 3 % on 2,500 m at net 30, gave 2,500 × 0.08 × 3 = 600.00 of revenue, less the
  /// interest no longer carried on it, 600 × 0.12 × 30/365 = 5.9178: 594.08 of margin.
  /// (PersonaTests has the moves.)
  @Test func payingForTheBluff() throws {
    var bluffer = try PersonaTests.bluffer()
    try DebriefSupport.offers(try [0, 3, 3].map { try Support.outcome($0, 2500, 30, 30) }, to: &bluffer)
    let debrief = Debrief(bluffer)
    #expect(debrief.process.bluff == BluffReview(threatened: true, paid: true, moneyPaid: Support.d("594.08"), called: false))
    // The game is still open, so "a deal was there" comes first; the bluff second.
    #expect(debrief.coach.last == .paidForBluff(given: Support.d("594.08"), quote: try Support.outcome(5, 2500, 30, 30), trueValue: 407_500, claimedValue: 600_000))

    var firm = try PersonaTests.bluffer()
    try DebriefSupport.offers(Array(repeating: try PersonaTests.firmOffer(), count: 3), to: &firm)
    #expect(Debrief(firm).process.bluff == BluffReview(threatened: true, paid: false, moneyPaid: 0, called: true))
    #expect(Debrief(try PersonaTests.hawk()).process.bluff == nil)
  }
}
