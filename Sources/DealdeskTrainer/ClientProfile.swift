/// A simulated client's preferences: linear additive, as in GENIUS preference profiles,
/// U_b(o) = Σ wᵢ · evalᵢ(oᵢ), and its reservation value, the utility of a concrete
/// competitor quote (revealed in the debrief).
public struct ClientProfile: Sendable, Equatable {
  public let weights: ClientWeights
  /// The quantity index the client actually needs.
  public let need: Int
  public let competitorQuote: Outcome
  /// RV_b = U_b(competitor quote), in millionths.
  public let reservation: Int

  /// nil if `needMeters` is not one of the quantity values.
  public init?(weights: ClientWeights, needMeters: Int, competitorQuote: Outcome) {
    guard let need = Issue.quantity.index(of: needMeters) else { return nil }
    self.weights = weights
    self.need = need
    self.competitorQuote = competitorQuote
    self.reservation = Self.utility(competitorQuote, weights: weights, need: need)
  }

  public var needMeters: Int { Issue.quantity.values[need] }

  /// U_b(o) in millionths.
  public func utility(_ outcome: Outcome) -> Int { Self.utility(outcome, weights: weights, need: need) }

  /// Σ weight × evaluation is exact in 10^-12 units (both factors are millionths, the sum
  /// at most 10^12); it is divided by 10^6 and rounded half up, once.
  private static func utility(_ outcome: Outcome, weights: ClientWeights, need: Int) -> Int {
    let sum =
      weights.discount * ClientEvaluation.discount(outcome.discount)
      + weights.quantity * ClientEvaluation.quantity(outcome.quantity, need: need)
      + weights.payment * ClientEvaluation.payment[outcome.payment]
      + weights.lead * ClientEvaluation.lead[outcome.lead]
    return Micro.roundedQuotient(sum, Micro.one)
  }
}
