import Foundation

/// One trainee move after its first offer, compared with the offer before it: the class
/// of the move (Hindriks, Jonker & Tykhonov) and what it gave or took, in utility and money.
public struct MoveReview: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// A new offer, with the trainee's flags.
    case offer(labelled: Bool, contingent: Bool)
    /// `accept`: the trainee moved to the client's counter. Reviewed like an offer, since
    /// taking the counter gives up the gap to one's own last offer.
    case acceptance
  }

  /// The round the move was made in.
  public let round: Int
  public let kind: Kind
  /// The full package of the move, and the trainee's offer before it.
  public let package: Outcome
  public let previous: Outcome
  public let moveClass: MoveClass
  /// Changes from `previous` to `package`: the seller's and the client's utility in
  /// millionths, and the margin in money.
  public let ownChange: Int
  public let clientChange: Int
  public let marginChange: Decimal
  /// A concession offered while the client had not moved: the client valued its last
  /// counter no less than the counter before it (it gave nothing up), or that counter was
  /// its first. Acceptances are never unilateral: accepting ends the game, it invites
  /// nothing.
  public let unilateral: Bool
  /// Made right after the bluffer threatened to leave.
  public let afterThreat: Bool

  /// The trainee gave something the client values and kept less for itself.
  public var isConcession: Bool { moveClass == .concession }

  /// An offer worth less to the client than the trainee's previous one: something given
  /// was taken back (a selfish or unfortunate offer).
  public var isRetraction: Bool { kind != .acceptance && clientChange < 0 }

  /// The money a concession gave away (0 for any other move).
  public var moneyGiven: Decimal { isConcession ? max(-marginChange, 0) : 0 }

  /// An offer the trainee named as a concession.
  public var isLabelled: Bool {
    if case .offer(labelled: true, _) = kind { return true }
    return false
  }

  /// An `offer … if …` package.
  public var isContingent: Bool {
    if case .offer(_, contingent: true) = kind { return true }
    return false
  }
}

extension MoveReview {
  /// The trainee's first offer and every later move reviewed, read from the exchanges in
  /// order. Partial offers are completed from the standing package exactly as
  /// `Negotiation.apply` completes them (starting from the seller's best package).
  /// The first offer is always an offer: `accept` needs a counter, which needs an offer.
  static func review(_ exchanges: [Exchange], in space: OutcomeSpace) -> (first: Outcome?, moves: [MoveReview]) {
    var standing = space.seller.bestOutcome
    var firstOffer: Outcome?
    var lastOffer: Outcome?
    var counters: [Int] = []  // the client's utility of each of its counters
    var lastReplyWasThreat = false
    var moves: [MoveReview] = []
    for exchange in exchanges {
      let package: Outcome
      let kind: MoveReview.Kind
      switch exchange.move {
      case .offer(let terms, let labelled, let contingent):
        package = terms.completed(from: standing)
        standing = package
        kind = .offer(labelled: labelled, contingent: contingent)
      case .accept where exchange.reply.intent == .dealConfirmed:
        package = exchange.reply.package
        kind = .acceptance
      default:
        continue  // questions, walking away: no package moves
      }
      if firstOffer == nil { firstOffer = package }
      if let previous = lastOffer {
        let own = space.sellerUtility(package) - space.sellerUtility(previous)
        let client = space.clientUtility(package) - space.clientUtility(previous)
        let moveClass = MoveClass(own: own, client: client)
        let clientMoved = counters.count >= 2 && counters[counters.count - 1] < counters[counters.count - 2]
        moves.append(
          MoveReview(
            round: exchange.reply.round, kind: kind, package: package, previous: previous, moveClass: moveClass,
            ownChange: own, clientChange: client, marginChange: space.margin(package) - space.margin(previous),
            unilateral: kind != .acceptance && moveClass == .concession && !clientMoved,
            afterThreat: lastReplyWasThreat))
      }
      lastOffer = package
      switch exchange.reply.intent {
      case .counter, .counterWithThreat, .backDown:
        counters.append(space.clientUtility(exchange.reply.package))
        lastReplyWasThreat = exchange.reply.intent == .counterWithThreat
      default:
        break
      }
    }
    return (firstOffer, moves)
  }
}
