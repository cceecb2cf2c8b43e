/// A client's issue weights in millionths, summing to exactly `Micro.one`. Integers, so
/// that the weighted sum is exact and a renormalised persona (weights × (1 ± 0.05)) sums to
/// one without a rounding residue.
public struct ClientWeights: Sendable, Equatable {
  public let discount: Int
  public let quantity: Int
  public let payment: Int
  public let lead: Int

  /// nil unless every weight is non-negative and they sum to exactly 1,000,000.
  public init?(discount: Int, quantity: Int, payment: Int, lead: Int) {
    let parts = [discount, quantity, payment, lead]
    guard parts.allSatisfy({ $0 >= 0 }), parts.reduce(0, +) == Micro.one else { return nil }
    self.discount = discount
    self.quantity = quantity
    self.payment = payment
    self.lead = lead
  }

  /// Weights proportional to the given parts, rescaled to sum to 1,000,000 by the largest
  /// remainder method: each weight is its floor share, and the millionths left over go one
  /// each to the largest remainders, ties to the earlier issue (discount, quantity,
  /// payment, lead). nil if a part is negative, all are zero, or a part exceeds 10^12
  /// (which keeps part × 10^6 within Int).
  public static func normalized(discount: Int, quantity: Int, payment: Int, lead: Int) -> ClientWeights? {
    let parts = [discount, quantity, payment, lead]
    guard parts.allSatisfy({ (0...1_000_000_000_000).contains($0) }) else { return nil }
    let total = parts.reduce(0, +)
    guard total > 0 else { return nil }
    var shares = parts.map { $0 * Micro.one / total }
    let remainders = parts.map { $0 * Micro.one % total }
    let leftover = Micro.one - shares.reduce(0, +)  // fewer than four
    let order = parts.indices.sorted { (remainders[$1], $0) < (remainders[$0], $1) }
    for issue in order.prefix(leftover) { shares[issue] += 1 }
    return ClientWeights(discount: shares[0], quantity: shares[1], payment: shares[2], lead: shares[3])
  }

  public subscript(issue: Issue) -> Int {
    switch issue {
    case .discount: discount
    case .quantity: quantity
    case .payment: payment
    case .lead: lead
    }
  }
}
