extension OutcomeSpace {
  /// The best package for the seller among those the client values at `clientAtLeast`
  /// millionths or more: the highest margin; among equal margins the one the client likes
  /// best (it is the better package to show as "you could have had"); then the first in
  /// outcome order. nil if the client values nothing that highly.
  public func bestForSeller(clientAtLeast threshold: Int) -> Outcome? {
    var best: Outcome?
    for outcome in Outcome.all where clientUtility(outcome) >= threshold {
      guard let current = best else {
        best = outcome
        continue
      }
      let (margin, currentMargin) = (self.margin(outcome), self.margin(current))
      if margin > currentMargin || (margin == currentMargin && clientUtility(outcome) > clientUtility(current)) {
        best = outcome
      }
    }
    return best
  }

  /// The best package for the seller that the client likes at least as much as `deal`:
  /// its margin minus the deal's is the money left on the table (zero when it is the deal).
  public func bestForSeller(clientLikesAtLeastAs deal: Outcome) -> Outcome {
    bestForSeller(clientAtLeast: clientUtility(deal)) ?? deal  // never nil: `deal` qualifies
  }

  /// The ceiling of "value claimed": the best package for the seller that the client would
  /// still accept (U_b ≥ RV_b). Never nil in practice, since the competitor quote itself
  /// qualifies.
  public var ceiling: Outcome? { bestForSeller(clientAtLeast: client.reservation) }
}
