import Foundation

/// The trainee against the reference sellers on the same client (same case, same seed).
public struct Benchmark: Sendable, Equatable {
  /// One reference seller's game.
  public struct Run: Sendable, Equatable {
    public let seller: ReferenceSeller
    /// The deal it reached; nil for no deal.
    public let deal: DealFigures?
    public let roundsUsed: Int
    public let valueClaimed: Int?
    public let score: Int
  }

  /// Boulware, linear, conceder, in that order.
  public let runs: [Run]
  /// 1 + the number of reference sellers that earned strictly more than the trainee; the
  /// trainee shares a rank with those it ties. Earnings are the deal's margin, or the
  /// seller's floor margin for no deal (no deal pays the reservation value).
  public let traineeRank: Int

  /// The reference sellers and the trainee.
  public var players: Int { runs.count + 1 }

  init(setup: ClientSetup, seller: SellerValuation, facts: CaseFacts, traineeDeal: DealFigures?) {
    runs = ReferenceSeller.allCases.map { reference in
      let game = reference.play(setup, seller: seller)
      let deal = game.state.status.agreedPackage.map { DealFigures($0, in: game.space) }
      let claim = Claim(deal: deal, facts: facts)
      return Run(seller: reference, deal: deal, roundsUsed: game.state.round, valueClaimed: claim.valueClaimed, score: claim.score)
    }
    let earned = { (deal: DealFigures?) in deal?.margin ?? facts.floor.margin }
    let trainee = earned(traineeDeal)
    traineeRank = 1 + runs.filter { earned($0.deal) > trainee }.count
  }
}

extension NegotiationState.Status {
  /// The agreed package, or nil (no deal, or still open).
  public var agreedPackage: Outcome? {
    if case .agreed(let package) = self { return package }
    return nil
  }
}
