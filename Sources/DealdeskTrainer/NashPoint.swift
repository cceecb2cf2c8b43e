extension OutcomeSpace {
  /// The Nash product (u_s − RV_s)(U_b − RV_b) of `outcome`, or nil if it leaves either
  /// side below its reservation value. Int64, not Int, so the width is explicit: each
  /// factor is at most 10^6, the product at most 10^12.
  public func nashProduct(_ outcome: Outcome) -> Int64? {
    Self.nashProduct(
      sellerGain: sellerUtility(outcome) - seller.reservation,
      clientGain: clientUtility(outcome) - client.reservation)
  }

  static func nashProduct(sellerGain: Int, clientGain: Int) -> Int64? {
    guard sellerGain >= 0, clientGain >= 0 else { return nil }
    return Int64(sellerGain) * Int64(clientGain)
  }

  /// The Nash bargaining solution over the discrete outcomes: the one maximising the Nash
  /// product among those both sides prefer to no deal (both utilities at least their
  /// reservation values). Ties go to the first in outcome order. nil if no outcome reaches
  /// both reservation values: then walking away is right. If only outcomes at exactly a
  /// reservation value qualify, the product is 0 and the first of them is returned.
  static func nash(seller: [Int], sellerReservation: Int, client: [Int], clientReservation: Int) -> Outcome? {
    var best: (outcome: Outcome, product: Int64)?
    for outcome in Outcome.all {
      let i = outcome.index
      guard
        let product = nashProduct(
          sellerGain: seller[i] - sellerReservation, clientGain: client[i] - clientReservation)
      else { continue }
      if best.map({ product > $0.product }) ?? true { best = (outcome, product) }
    }
    return best?.outcome
  }
}
