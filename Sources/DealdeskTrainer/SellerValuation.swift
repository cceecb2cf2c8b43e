import DealdeskCore
import Foundation

/// The seller's side of a case: the margin of every outcome, its range, and the seller's
/// utility u(o) = (M(o) − M_min) / (M_max − M_min) in millionths.
public struct SellerValuation: Sendable {
  public let trainingCase: TrainingCase
  /// Margins by outcome index.
  public let margins: [Decimal]
  /// Utilities in millionths, by outcome index.
  public let utilities: [Int]
  public let minMargin: Decimal
  public let maxMargin: Decimal
  /// The first outcome, in outcome order, with the lowest margin.
  public let worstOutcome: Outcome
  /// The first outcome, in outcome order, with the highest margin.
  public let bestOutcome: Outcome
  /// RV_s: the utility of the case's policy floor.
  public let reservation: Int

  public static let fabric = SellerValuation(.fabric)

  public init(_ trainingCase: TrainingCase) {
    self.trainingCase = trainingCase
    let margins = Outcome.all.map(trainingCase.margin)
    var worst = 0
    var best = 0
    // Strict comparisons keep the first index on ties: a fixed, documented choice.
    for index in margins.indices {
      if margins[index] < margins[worst] { worst = index }
      if margins[index] > margins[best] { best = index }
    }
    let minMargin = margins[worst]
    let range = margins[best] - minMargin
    let utilities = margins.map { Self.utility(margin: $0, min: minMargin, range: range) }
    self.margins = margins
    self.utilities = utilities
    self.minMargin = minMargin
    self.maxMargin = margins[best]
    self.worstOutcome = Outcome.all[worst]
    self.bestOutcome = Outcome.all[best]
    self.reservation = utilities[trainingCase.policyFloor.index]
  }

  public func margin(_ outcome: Outcome) -> Decimal { margins[outcome.index] }

  public func utility(_ outcome: Outcome) -> Int { utilities[outcome.index] }

  /// (M − M_min) / (M_max − M_min) × 10^6, rounded half up to an integer. The margins are
  /// whole cents, so the exact quotient is a fraction with a denominator of at most the
  /// range in cents; Decimal's 38-digit division is far finer than the gap between such a
  /// fraction and a half, so rounding it gives the exactly rounded result. If every outcome
  /// had the same margin there would be no range: each is then the best, `Micro.one`.
  static func utility(margin: Decimal, min: Decimal, range: Decimal) -> Int {
    guard range > 0 else { return Micro.one }
    let scaled = (margin - min) * Decimal(Micro.one) / range
    return Micro.int(fromWhole: Money.round(scaled, scale: 0))
  }
}
