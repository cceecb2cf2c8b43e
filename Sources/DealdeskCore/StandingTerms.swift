import Foundation

/// How an order line is priced. From an accepted offer: the agreed price. At standing
/// terms: the better of the client's latest price agreement covering the product (an
/// accepted offer line without a quantity) and list price less what policy grants at this
/// quantity (volume tier, client tier for the year's sales). Every discount carries its reason.
extension Desk {
  public func orderLine(client: String, sku: String, meters: Decimal, offer: Offer?, now: Date) -> OrderLine? {
    guard let product = products[sku] else { return nil }
    if let offer, let line = Self.line(of: offer.current, covering: product) {
      return agreed(product, meters: meters, line: line, offer: offer)
    }
    let policy = policyLine(product, client: client, meters: meters, now: now)
    if let agreement = priceAgreement(client: client, product: product), let line = Self.line(of: agreement.current, covering: product) {
      // The client gets the better of their agreement and what policy grants at this quantity.
      let agreed = agreed(product, meters: meters, line: line, offer: agreement)
      return agreed.unitPrice <= policy.unitPrice ? agreed : policy
    }
    return policy
  }

  /// List price less the volume and client tiers that apply at this quantity.
  private func policyLine(_ product: Product, client: String, meters: Decimal, now: Date) -> OrderLine {
    let sku = product.sku
    let grant = self.grant(meters: meters, client: client, now: now)
    var discounts: [AppliedDiscount] = []
    if grant.volumePercent > 0, let reason = grant.volumeReason {
      discounts.append(AppliedDiscount(source: .volume, percent: grant.volumePercent, reason: reason))
    }
    if grant.clientPercent > 0, let reason = grant.clientReason {
      discounts.append(AppliedDiscount(source: .clientTier, percent: grant.clientPercent, reason: reason))
    }
    // Policy discounts add up: 2% volume and 1% client tier is 3% off list.
    let net = Money.discounted(product.listPrice, percent: grant.percent)
    return OrderLine(sku: sku, meters: meters, listPrice: product.listPrice, discounts: discounts, unitPrice: net)
  }

  private func agreed(_ product: Product, meters: Decimal, line: OfferLine, offer: Offer) -> OrderLine {
    // The same net price the offer showed, from the one pricing rule (Desk.price).
    let priced = price(line).first { $0.product.sku == product.sku }
    let net = priced?.netPrice ?? product.listPrice
    let percent = priced?.discountPercent ?? 0
    let how = line.unitPrice.map { "net \(Money.plain($0))/m" } ?? "\(Money.trimmed(percent))%"
    let discounts = percent == 0 ? [] : [AppliedDiscount(source: .offer, percent: percent, reason: "offer \(offer.id): \(how)")]
    return OrderLine(sku: product.sku, meters: meters, listPrice: product.listPrice, discounts: discounts, unitPrice: net)
  }

  /// The most specific line of the terms covering the product: the product, its category, everything.
  static func line(of terms: Terms, covering product: Product) -> OfferLine? {
    terms.lines.first { $0.scope == .product(sku: product.sku) }
      ?? terms.lines.first { $0.scope == .category(product.category) }
      ?? terms.lines.first { $0.scope == .all }
  }

  /// The client's latest accepted offer that sets a price without a quantity for this product.
  func priceAgreement(client: String, product: Product) -> Offer? {
    offers(for: client).last { offer in
      offer.status == .accepted && Self.line(of: offer.current, covering: product).map { $0.meters == nil } == true
    }
  }
}
