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
      // What the bands come to over the whole quantity: the authority an offer line gets.
      // An order never prices at this blend; it prices each band (`volumeBands`).
      guard let bands = volumeBands(for: meters) else { return nil }
      let weighted = bands.reduce(Decimal(0)) { $0 + $1.meters * $1.percent }
      let blended = Money.round(weighted / meters, scale: 2)
      guard blended > 0 else { return nil }
      return (blended, "volume \(Money.trimmed(blended))% blended, tiers applied above each break")
    }
  }

  /// The bands a quantity falls into under graduated tiers (`aboveBreak`): the metres up to
  /// the first break at 0%, then each tier's rate on the metres between its break and the
  /// next. Nil under whole-quantity tiers, or when the quantity does not pass the first break.
  public func volumeBands(for meters: Decimal) -> [VolumeBand]? {
    guard settings.tierBasis == .aboveBreak else { return nil }
    let tiers = settings.volumeTiers.sorted { $0.fromMeters < $1.fromMeters }
    guard let first = tiers.first, meters > first.fromMeters, first.fromMeters >= 0 else { return nil }
    var bands: [VolumeBand] = []
    if first.fromMeters > 0 { bands.append(VolumeBand(fromMeters: 0, toMeters: first.fromMeters, meters: first.fromMeters, percent: 0)) }
    for (i, tier) in tiers.enumerated() where meters > tier.fromMeters {
      let next = i + 1 < tiers.count ? tiers[i + 1].fromMeters : nil
      let top = next.map { min(meters, $0) } ?? meters
      bands.append(VolumeBand(fromMeters: tier.fromMeters, toMeters: next, meters: top - tier.fromMeters, percent: tier.percent))
    }
    return bands
  }

  /// The best client tier the client's trailing 12-month sales reach.
  public func clientTier(of client: String, now: Date) -> ClientTier? {
    // No tiers, no tier: reviewing an offer asks this, and the sales behind it read every order.
    guard !settings.clientTiers.isEmpty else { return nil }
    let sales = trailingSales(of: client, now: now)
    return settings.clientTiers.filter { sales >= $0.fromSales && sales > 0 }.max { $0.fromSales < $1.fromSales }
  }
}

/// The metres of one quantity between a volume break and the next, priced at that tier's rate.
public struct VolumeBand: Sendable, Equatable {
  public var fromMeters: Decimal
  /// The next break; nil for the top tier, which runs to the end of the quantity.
  public var toMeters: Decimal?
  public var meters: Decimal
  public var percent: Decimal

  /// Why this band's metres are discounted, as the purchase document says it.
  public var reason: String {
    let range = toMeters.map { "from \(metersText(fromMeters)) to \(metersText($0))" } ?? "above \(metersText(fromMeters))"
    return "volume \(Money.trimmed(percent))% on the metres \(range)"
  }
}
