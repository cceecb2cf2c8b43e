import Foundation

/// How the trainee negotiated (TRAINER.md, "Process"): the opening, every move classed,
/// the concessions and their pattern, retractions, time used, the floor and the bluff.
public struct ProcessReview: Sendable, Equatable {
  /// Who made the first offer. The client in this protocol only answers, so it is the
  /// trainee, or nobody when the trainee walked away (or stopped) before offering.
  public enum Opener: String, Sendable, Equatable {
    case trainee
    case nobody
  }

  public let opener: Opener
  /// The trainee's first offer and its anchor; nil if it made none.
  public let firstOffer: FirstOffer?
  /// Every move after the first offer, in order (offers, and the final `accept` if any).
  public let moves: [MoveReview]
  /// Rounds played (one per offer) and the client's deadline.
  public let roundsUsed: Int
  public let deadline: Int
  /// The deal's margin is under the seller's floor (whoever accepted).
  public let dealBelowFloor: Bool
  /// The bluff, for a bluffer; nil for every other persona.
  public let bluff: BluffReview?

  /// The moves classed as concessions, in order.
  public var concessions: [MoveReview] { moves.filter(\.isConcession) }

  /// Each concession no larger in money than the one before ("decreasing", so that the
  /// client can read where the limit is); nil with fewer than two concessions.
  public var concessionsDecreasing: Bool? {
    let sizes = concessions.map(\.moneyGiven)
    guard sizes.count >= 2 else { return nil }
    return zip(sizes, sizes.dropFirst()).allSatisfy { $0 >= $1 }
  }

  public var unilateralConcessions: [MoveReview] { concessions.filter(\.unilateral) }
  public var labelledConcessions: [MoveReview] { concessions.filter(\.isLabelled) }
  public var contingentConcessions: [MoveReview] { concessions.filter(\.isContingent) }
  public var retractions: [MoveReview] { moves.filter(\.isRetraction) }

  /// The number of moves of a class.
  public func count(_ moveClass: MoveClass) -> Int { moves.filter { $0.moveClass == moveClass }.count }
}

/// The trainee's first offer: where it anchored the negotiation.
public struct FirstOffer: Sendable, Equatable {
  public let figures: DealFigures
  /// Its margin above the ceiling (the most this client would pay); negative when the
  /// trainee opened below it. nil when the client would take nothing (no ceiling).
  public let aboveCeiling: Decimal?
  /// Its margin above the seller's floor.
  public let aboveFloor: Decimal
}

/// The bluffer's bluff as it played out.
public struct BluffReview: Sendable, Equatable {
  /// The client threatened to leave for a competitor quote better than the one it held.
  public let threatened: Bool
  /// The trainee gave the client more right after a threat (`state.paidForBluff`).
  public let paid: Bool
  /// The margin given away in those moves.
  public let moneyPaid: Decimal
  /// The trainee held firm two turns running and the client backed down.
  public let called: Bool

  public init(threatened: Bool, paid: Bool, moneyPaid: Decimal, called: Bool) {
    self.threatened = threatened
    self.paid = paid
    self.moneyPaid = moneyPaid
    self.called = called
  }
}

extension ProcessReview {
  init(_ negotiation: Negotiation, facts: CaseFacts, deal: DealFigures?) {
    let space = negotiation.space
    let state = negotiation.state
    let (first, moves) = MoveReview.review(state.exchanges, in: space)
    opener = first == nil ? .nobody : .trainee
    firstOffer = first.map { package in
      let figures = DealFigures(package, in: space)
      return FirstOffer(
        figures: figures, aboveCeiling: facts.ceiling.map { figures.margin - $0.margin },
        aboveFloor: figures.margin - facts.floor.margin)
    }
    self.moves = moves
    roundsUsed = state.round
    deadline = negotiation.setup.deadline
    dealBelowFloor = deal.map { $0.margin < facts.floor.margin } ?? false
    guard negotiation.setup.persona == .bluffer else {
      bluff = nil
      return
    }
    let replies = state.exchanges.map(\.reply.intent)
    let paidMoves = moves.filter { $0.afterThreat && $0.clientChange > 0 }
    bluff = BluffReview(
      threatened: replies.contains(.counterWithThreat), paid: state.paidForBluff,
      moneyPaid: paidMoves.reduce(Decimal(0)) { $0 + max(-$1.marginChange, 0) },
      called: replies.contains(.backDown) || state.bluff == .called || state.bluff == .calledNow)
  }
}
