import Foundation

/// A coaching suggestion with the case's own numbers (TRAINER.md, "Coach lines"). A value,
/// not a sentence: `DebriefText` words it, and a test compares it exactly.
public enum CoachTip: Sendable, Equatable {
  /// The deal's margin is under the seller's floor; the ceiling shows what was possible.
  case belowFloor(margin: Decimal, floor: Decimal, ceiling: DealFigures?)
  /// No deal although one was possible: the package the client would have taken, and
  /// its last counter when that was already above the floor.
  case missedDeal(available: DealFigures, lastCounter: DealFigures?, floor: Decimal)
  /// The trainee gave `given` in margin right after the bluffer's threat; its real quote
  /// was worth `trueValue` to it, not the `claimedValue` it claimed.
  case paidForBluff(given: Decimal, quote: Outcome, trueValue: Int, claimedValue: Int)
  /// A term that was cheap for the seller and dear to the client should have bought
  /// discount back.
  case trade(TradeTip)
  /// Money left on the table when no single term explains it: how much, the better
  /// package, and the deal it is compared with.
  case leftOnTable(amount: Decimal, better: DealFigures, deal: Outcome)
  /// Concessions made while the client had not moved, and the margin they gave.
  case unilateral(count: Int, given: Decimal)
  /// Concessions that grew instead of shrinking, their sizes in order.
  case growingConcessions(sizes: [Decimal])
  /// No deal, rightly: the client's quote beat everything above the seller's floor.
  case correctWalkAway(quote: Outcome, ceiling: DealFigures?, floor: Decimal)
  /// A deal with nothing else to fix: its margin, how much of the room it claimed, and
  /// the ceiling.
  case holdLonger(margin: Decimal, valueClaimed: Int, ceiling: DealFigures)
}

/// "Payment 30→90 days cost you 281.07, worth about 4 discount points to this client":
/// one issue on which the better package differs from the deal, valued both ways.
public struct TradeTip: Sendable, Equatable {
  public let issue: Issue
  /// The deal's value and the better package's value of the issue (days, metres).
  public let from: Int
  public let to: Int
  /// The margin the seller loses moving only this issue from the deal's value to the
  /// better one's (negative: it earns more).
  public let cost: Decimal
  /// What that move is worth to the client, in discount points: its utility gain over
  /// the value of one point (its discount weight × 0.05), rounded half up.
  public let discountPoints: Int
  /// The package to offer instead, and how much more it earns than the deal.
  public let better: DealFigures
  public let gain: Decimal

  public init(issue: Issue, from: Int, to: Int, cost: Decimal, discountPoints: Int, better: DealFigures, gain: Decimal) {
    self.issue = issue
    self.from = from
    self.to = to
    self.cost = cost
    self.discountPoints = discountPoints
    self.better = better
    self.gain = gain
  }
}

extension CoachTip {
  /// At most this many tips: the first that apply, in order of how much they matter.
  static let limit = 2

  /// The rules, in priority order: signing under the floor, a missed deal, paying for a
  /// bluff, money left on the table (as a trade where one term explains it), unilateral
  /// concessions, growing concessions, a correct walk-away, and for a deal with nothing
  /// else to fix, the share still unclaimed.
  static func choose(
    result: DebriefResult, moneyLeft: MoneyLeft?, process: ProcessReview, facts: CaseFacts, space: OutcomeSpace
  ) -> [CoachTip] {
    var tips: [CoachTip] = []
    let deal = result.deal
    if let deal, process.dealBelowFloor {
      tips.append(.belowFloor(margin: deal.margin, floor: facts.floor.margin, ceiling: facts.ceiling))
    }
    if case .noDeal(let review) = result, let available = review.available {
      tips.append(.missedDeal(available: available, lastCounter: review.lastCounterAboveFloor, floor: facts.floor.margin))
    }
    if let bluff = process.bluff, bluff.paid, bluff.moneyPaid > 0 {
      tips.append(
        .paidForBluff(
          given: bluff.moneyPaid, quote: facts.competitorQuote, trueValue: facts.clientReservation,
          claimedValue: facts.claimedReservation))
    }
    if let deal, let moneyLeft, moneyLeft.amount > 0 {
      tips.append(TradeTip(deal: deal, moneyLeft: moneyLeft, space: space).map(CoachTip.trade)
        ?? .leftOnTable(amount: moneyLeft.amount, better: moneyLeft.better, deal: deal.package))
    }
    let unilateral = process.unilateralConcessions
    let unilateralGiven = unilateral.reduce(Decimal(0)) { $0 + $1.moneyGiven }
    if unilateralGiven > 0 { tips.append(.unilateral(count: unilateral.count, given: unilateralGiven)) }
    if process.concessionsDecreasing == false { tips.append(.growingConcessions(sizes: process.concessions.map(\.moneyGiven))) }
    if case .noDeal(let review) = result, review.correctWalkAway {
      tips.append(.correctWalkAway(quote: facts.competitorQuote, ceiling: facts.ceiling, floor: facts.floor.margin))
    }
    if tips.isEmpty, let deal, let ceiling = facts.ceiling, let claimed = Claim(deal: deal, facts: facts).valueClaimed {
      tips.append(.holdLonger(margin: deal.margin, valueClaimed: claimed, ceiling: ceiling))
    }
    return Array(tips.prefix(limit))
  }
}

extension TradeTip {
  /// The issue (payment, lead time or quantity, in that order on ties) on which moving the
  /// deal to the better package is worth the most discount points to the client; nil if
  /// none is worth at least one point, or the client does not weigh discount at all.
  init?(deal: DealFigures, moneyLeft: MoneyLeft, space: OutcomeSpace) {
    let pointWeight = space.client.weights.discount  // one point = weight × 0.05
    guard pointWeight > 0 else { return nil }
    var best: (issue: Issue, package: Outcome, points: Int)?
    for issue in [Issue.payment, .lead, .quantity] where deal.package[issue] != moneyLeft.better.package[issue] {
      guard let single = deal.package.replacing(issue, with: moneyLeft.better.package[issue]) else { continue }
      let gain = space.clientUtility(single) - space.clientUtility(deal.package)
      guard gain > 0 else { continue }
      // gain / (weight · 50,000 / 10^6) = gain · 20 / weight, rounded half up.
      let points = (2 * gain * 20 + pointWeight) / (2 * pointWeight)
      if points > (best?.points ?? 0) { best = (issue, single, points) }
    }
    guard let best else { return nil }
    let issue = best.issue
    self.init(
      issue: issue, from: issue.values[deal.package[issue]], to: issue.values[best.package[issue]],
      cost: deal.margin - space.margin(best.package), discountPoints: best.points, better: moneyLeft.better,
      gain: moneyLeft.amount)
  }
}

extension Outcome {
  /// This package with one issue's index replaced; nil if the index is out of range.
  func replacing(_ issue: Issue, with index: Int) -> Outcome? {
    Outcome(
      discount: issue == .discount ? index : discount, quantity: issue == .quantity ? index : quantity,
      payment: issue == .payment ? index : payment, lead: issue == .lead ? index : lead)
  }
}
