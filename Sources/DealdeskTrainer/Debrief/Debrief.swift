import Foundation

/// The debrief of one training negotiation (TRAINER.md, "Score and debrief"): a pure value
/// computed from a finished or abandoned `Negotiation`, the same for the same setup and
/// moves, so a test can compare it whole.
///
///     let debrief = Debrief(negotiation)
///     debrief.score      // 0…100, for `train history`
///     debrief.lines()    // the text a trainee reads
public struct Debrief: Sendable, Equatable {
  public let persona: Persona
  /// The case's reference figures, revealed now: the floor, the competitor quote and RV_b,
  /// the ceiling, the Nash point.
  public let facts: CaseFacts
  public let result: DebriefResult
  /// Value claimed in millionths (see `ValueClaimed`): negative below the seller's floor;
  /// 0 for no deal when one was possible; nil for a correct walk-away, or a deal where the
  /// ceiling was not above the floor.
  public let valueClaimed: Int?
  /// Value claimed in whole percent, 0…100; 100 for a correct walk-away.
  public let score: Int
  /// A deal only.
  public let moneyLeft: MoneyLeft?
  /// A deal only: no other package is at least as good for both sides and better for one.
  public let paretoOptimal: Bool?
  /// A deal only, when a Nash point exists.
  public let nashDistance: NashDistance?
  public let process: ProcessReview
  public let benchmark: Benchmark
  /// One or two suggestions, chosen by rules from what happened.
  public let coach: [CoachTip]

  public init(_ negotiation: Negotiation) {
    let space = negotiation.space
    let facts = CaseFacts(negotiation)
    let deal = negotiation.state.status.agreedPackage.map { DealFigures($0, in: space) }
    persona = negotiation.setup.persona
    self.facts = facts
    result = deal.map(DebriefResult.deal) ?? .noDeal(NoDealReview(negotiation, facts: facts))
    let claim = Claim(deal: deal, facts: facts)
    valueClaimed = claim.valueClaimed
    score = claim.score
    moneyLeft = deal.map { deal in
      let better = DealFigures(space.bestForSeller(clientLikesAtLeastAs: deal.package), in: space)
      return MoneyLeft(amount: better.margin - deal.margin, better: better)
    }
    paretoOptimal = deal.map { space.isParetoOptimal($0.package) }
    nashDistance = deal.flatMap { deal in
      facts.nashPoint.map { nash in
        NashDistance(
          nash: nash, sellerUtility: nash.sellerUtility - deal.sellerUtility,
          clientUtility: nash.clientUtility - deal.clientUtility, margin: nash.margin - deal.margin)
      }
    }
    let process = ProcessReview(negotiation, facts: facts, deal: deal)
    self.process = process
    benchmark = Benchmark(setup: negotiation.setup, seller: space.seller, facts: facts, traineeDeal: deal)
    coach = CoachTip.choose(result: result, moneyLeft: moneyLeft, process: process, facts: facts, space: space)
  }
}
