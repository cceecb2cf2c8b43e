/// A reference seller for the benchmark (TRAINER.md, "Benchmark"): the time-dependent
/// tactic of Faratin, Sierra & Jennings played from the seller's side, against the very
/// client the trainee met, through `Negotiation.apply`, so the client reacts exactly as it
/// did to the trainee.
///
/// - Target: u_seller falls from the seller's best (1) to its floor RV_seller as
///   f(t) = t^(1/e) grows, t = (round − 1) / (deadline − 1): its own best in the first
///   round, its floor in the client's last round, its last chance.
/// - Offer: among packages worth at least the target to the seller, the one the client
///   likes best; ties to the first in outcome order. The reference seller knows the
///   client's preferences: it is a yardstick of what the tactic can reach, not a rival.
/// - Acceptance (AC_next): it accepts the client's counter when the counter is worth at
///   least its own next target to it.
public enum ReferenceSeller: String, Sendable, Equatable, CaseIterable {
  /// e = 0.2: holds firm, concedes in the last rounds.
  case boulware
  /// e = 1: the same concession every round.
  case linear
  /// e = 3: concedes early.
  case conceder

  /// The tactic's name for the trainee.
  public var name: String {
    switch self {
    case .boulware: "Boulware"
    case .linear: "Linear"
    case .conceder: "Conceder"
    }
  }

  /// e, as written for the trainee.
  public var exponent: String {
    switch self {
    case .boulware: "0.2"
    case .linear: "1"
    case .conceder: "3"
    }
  }

  public var curve: ConcessionCurve {
    switch self {
    case .boulware: .boulware(power: 5)
    case .linear: .linear
    case .conceder: .conceder(root: 3)
    }
  }

  /// The seller's target utility in `round` (1-based), in millionths.
  public func target(round: Int, deadline: Int, floor: Int) -> Int {
    curve.target(round: round - 1, deadline: max(deadline - 1, 1), minimum: floor, maximum: Micro.one)
  }

  /// The offer for `target`: the client's favourite among packages worth at least
  /// `target` to the seller. The seller's own best package always qualifies (targets
  /// never exceed 1), so the fallback is never used.
  public func offer(target: Int, in space: OutcomeSpace) -> Outcome {
    var best: Outcome?
    for outcome in Outcome.all where space.sellerUtility(outcome) >= target {
      if best.map({ space.clientUtility(outcome) > space.clientUtility($0) }) ?? true { best = outcome }
    }
    return best ?? space.seller.bestOutcome
  }

  /// Plays the whole negotiation against a fresh client of `setup` and returns it ended.
  public func play(_ setup: ClientSetup, seller: SellerValuation = .fabric) -> Negotiation {
    var negotiation = Negotiation(setup: setup, seller: seller)
    let (deadline, floor) = (setup.deadline, seller.reservation)
    // The client decides at its deadline, so the game ends within `deadline` offers; the
    // bound only guards the loop.
    for round in 1...max(deadline, 1) {
      let target = target(round: round, deadline: deadline, floor: floor)
      let offer = offer(target: target, in: negotiation.space)
      guard case .success = negotiation.apply(.offer(OfferTerms(offer))), negotiation.state.status == .open,
        let counter = negotiation.state.clientCounter
      else { break }
      if negotiation.space.sellerUtility(counter) >= self.target(round: round + 1, deadline: deadline, floor: floor) {
        _ = negotiation.apply(.accept)
        break
      }
    }
    return negotiation
  }
}
