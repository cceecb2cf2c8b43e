import Foundation

/// How an order line is priced. From an accepted offer: the agreed price. At standing
/// terms: the better of the client's latest price agreement covering the product (an
/// accepted offer line without a quantity) and list price less what policy grants at this
/// quantity (volume tier, client tier for the year's sales). Every discount carries its reason.
/// Under graduated volume tiers a quantity is one line per band, each at its own rate: a
/// blended percent on one rounded unit price would not be what the tiers give.
extension Desk {
  /// The lines of the purchase document for a quantity of one product: one, or one per
  /// volume band; empty for an unknown product.
  public func orderLines(client: String, sku: String, meters: Decimal, offer: Offer?, now: Date) -> [OrderLine] {
    guard let product = products[sku] else { return [] }
    if let offer, let line = Self.line(of: offer.current, covering: product) {
      return [agreed(product, meters: meters, line: line, offer: offer)]
    }
    // A signed contract in force is the client's price list: its price, not list less policy.
    if let (contract, line) = contractPrice(client: client, product: product, at: now) {
      return [contracted(product, meters: meters, line: line, contract: contract)]
    }
    let policy = policyLines(product, client: client, meters: meters, now: now)
    if let agreement = priceAgreement(client: client, product: product), let line = Self.line(of: agreement.current, covering: product) {
      // The client gets the better of their agreement and what policy grants at this quantity,
      // compared on what the quantity costs (a banded quantity has no single unit price).
      let agreed = agreed(product, meters: meters, line: line, offer: agreement)
      return agreed.lineTotal <= policy.reduce(0) { $0 + $1.lineTotal } ? [agreed] : policy
    }
    return policy
  }

  /// List price less the volume and client tiers that apply at this quantity: one line, or
  /// under graduated tiers one line per band.
  private func policyLines(_ product: Product, client: String, meters: Decimal, now: Date) -> [OrderLine] {
    let sku = product.sku
    let grant = self.grant(meters: meters, client: client, now: now)
    let clientDiscount = grant.clientReason.flatMap { reason in
      grant.clientPercent > 0 ? AppliedDiscount(source: .clientTier, percent: grant.clientPercent, reason: reason) : nil
    }
    if let bands = volumeBands(for: meters) {
      return bands.map { band in
        var discounts: [AppliedDiscount] = []
        if band.percent > 0 { discounts.append(AppliedDiscount(source: .volume, percent: band.percent, reason: band.reason)) }
        if let clientDiscount { discounts.append(clientDiscount) }
        // Each band's net price is rounded to the cent like any other, so every line of the
        // document multiplies out: meters × net = line total.
        let net = Money.discounted(product.listPrice, percent: band.percent + grant.clientPercent)
        return OrderLine(sku: sku, meters: band.meters, listPrice: product.listPrice, discounts: discounts, unitPrice: net)
      }
    }
    var discounts: [AppliedDiscount] = []
    if grant.volumePercent > 0, let reason = grant.volumeReason {
      discounts.append(AppliedDiscount(source: .volume, percent: grant.volumePercent, reason: reason))
    }
    if let clientDiscount { discounts.append(clientDiscount) }
    // Policy discounts add up: 2% volume and 1% client tier is 3% off list.
    let net = Money.discounted(product.listPrice, percent: grant.percent)
    return [OrderLine(sku: sku, meters: meters, listPrice: product.listPrice, discounts: discounts, unitPrice: net)]
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

  /// A line at the contract's price, its reason naming the contract ("contract price").
  private func contracted(_ product: Product, meters: Decimal, line: ContractLine, contract: Contract) -> OrderLine {
    let priced = price(line.asOfferLine, product)
    let how = line.unitPrice.map { "\(Money.plain($0))/m" } ?? "\(Money.trimmed(line.discountPercent ?? 0))% off list"
    // Never a negative discount: a contract price above today's list is kept at its price.
    let discount = AppliedDiscount(
      source: .contract, percent: max(0, priced.discountPercent), reason: "contract price \(contract.id): \(how)")
    return OrderLine(sku: product.sku, meters: meters, listPrice: product.listPrice, discounts: [discount], unitPrice: priced.netPrice)
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
