import Foundation

/// What the company's policy grants on a line, and why: a volume tier for the quantity and
/// a client tier for the client's trailing 12-month sales. The grant widens the manager's
/// authority on that line; the discount written on the offer is always the total the
/// client sees.
public struct PolicyGrant: Sendable, Equatable {
  public var volumePercent: Decimal
  public var volumeReason: String?
  public var clientPercent: Decimal
  public var clientReason: String?

  public var percent: Decimal { volumePercent + clientPercent }
  public static let none = PolicyGrant(volumePercent: 0, volumeReason: nil, clientPercent: 0, clientReason: nil)
}

extension Desk {
  public func grant(meters: Decimal?, client: String, now: Date) -> PolicyGrant {
    var grant = PolicyGrant.none
    if let meters, let (percent, reason) = volumeTier(for: meters) {
      grant.volumePercent = percent
      grant.volumeReason = reason
    }
    if let tier = clientTier(of: client, now: now) {
      grant.clientPercent = tier.percent
      grant.clientReason = "client tier \(tier.name) \(Money.trimmed(tier.percent))% (12-month sales \(Money.display(trailingSales(of: client, now: now))))"
    }
    return grant
  }

  /// The volume discount for a quantity; nil below the first break.
  func volumeTier(for meters: Decimal) -> (Decimal, String)? {
    let tiers = settings.volumeTiers.sorted { $0.fromMeters < $1.fromMeters }
    guard let first = tiers.first, meters >= first.fromMeters, meters > 0 else { return nil }
    switch settings.tierBasis {
    case .wholeQuantity:
      guard let tier = tiers.last(where: { meters >= $0.fromMeters }) else { return nil }
      return (tier.percent, "volume \(Money.trimmed(tier.percent))% from \(Money.trimmed(tier.fromMeters)) m, on the whole quantity")
    case .aboveBreak:
      // Each tier's rate applies to the metres between its break and the next one.
      var weighted: Decimal = 0
      for (i, tier) in tiers.enumerated() where meters > tier.fromMeters {
        let top = i + 1 < tiers.count ? min(meters, tiers[i + 1].fromMeters) : meters
        weighted += (top - tier.fromMeters) * tier.percent
      }
      let blended = Money.round(weighted / meters, scale: 2)
      guard blended > 0 else { return nil }
      return (blended, "volume \(Money.trimmed(blended))% blended, tiers applied above each break")
    }
  }

  /// The best client tier the client's trailing 12-month sales reach.
  public func clientTier(of client: String, now: Date) -> ClientTier? {
    // No tiers, no tier: reviewing an offer asks this, and the sales behind it read every order.
    guard !settings.clientTiers.isEmpty else { return nil }
    let sales = trailingSales(of: client, now: now)
    return settings.clientTiers.filter { sales >= $0.fromSales && sales > 0 }.max { $0.fromSales < $1.fromSales }
  }

  /// Sales in the 365 days up to `now`: the totals of the client's orders, cancelled ones
  /// left out. An accepted offer is not a sale until it is ordered.
  public func trailingSales(of client: String, now: Date) -> Decimal {
    let since = now.addingTimeInterval(-365 * 86_400)
    // One client's orders, through the index: a review asks this of every offer line.
    return orders(for: client)
      .filter { $0.isBillable && $0.createdAt > since && $0.createdAt <= now }
      .reduce(0) { $0 + $1.total }
  }
}
