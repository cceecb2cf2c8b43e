import Foundation

/// How the game ended: a deal, or no deal and whether walking away was right.
public enum DebriefResult: Sendable, Equatable {
  case deal(DealFigures)
  case noDeal(NoDealReview)

  /// The deal's figures, or nil for no deal.
  public var deal: DealFigures? {
    if case .deal(let figures) = self { return figures }
    return nil
  }
}

/// No deal: who ended it, and whether that was right.
///
/// The rule: walking away is right exactly when no package gives both sides at least
/// their reservation values (there is no Nash point). Otherwise it was wrong, whoever
/// ended it, because the ceiling (the best package for the seller that the client values
/// at least as much as its competitor quote) was always available: every persona takes,
/// in its last round, any offer worth its true reservation value to it (the bluffer too,
/// once at its deadline), and the ceiling is above the seller's floor whenever a zone of
/// agreement exists. The client's last counter is shown as well when it was above the
/// seller's floor: accepting it would already have been a deal worth signing.
public struct NoDealReview: Sendable, Equatable {
  public enum Ending: String, Sendable, Equatable {
    case traineeWalkedAway
    /// The client left at its deadline.
    case clientWalkedAway
    /// The negotiation was still open: the trainee stopped without ending it.
    case unfinished
  }

  public let ending: Ending
  /// No package met both reservation values: walking away was right.
  public var correctWalkAway: Bool { available == nil }
  /// When walking away was wrong: the package the client would have taken.
  public let available: DealFigures?
  /// The client's last counter, when its margin was at or above the seller's floor.
  public let lastCounterAboveFloor: DealFigures?
}

/// What a deal left on the table: the best package for the seller the client likes at
/// least as much as the deal. `amount` is 0 and `better` the deal itself when there was
/// nothing to gain.
public struct MoneyLeft: Sendable, Equatable {
  public let amount: Decimal
  public let better: DealFigures

  public init(amount: Decimal, better: DealFigures) {
    self.amount = amount
    self.better = better
  }
}

/// The deal against the Nash point: the Nash point's values minus the deal's (positive:
/// the Nash point gives that side more).
public struct NashDistance: Sendable, Equatable {
  public let nash: DealFigures
  public let sellerUtility: Int
  public let clientUtility: Int
  public let margin: Decimal
}

extension NoDealReview {
  init(_ negotiation: Negotiation, facts: CaseFacts) {
    let state = negotiation.state
    switch (state.status, state.exchanges.last?.reply.intent) {
    case (.open, _): ending = .unfinished
    case (_, .traineeWalkedAway): ending = .traineeWalkedAway
    default: ending = .clientWalkedAway
    }
    available = facts.zoneOfAgreement ? facts.ceiling : nil
    lastCounterAboveFloor = state.clientCounter.map { DealFigures($0, in: negotiation.space) }
      .flatMap { $0.margin >= facts.floor.margin ? $0 : nil }
  }
}
