import Foundation

/// A product as an offer line prices it.
public struct PricedProduct: Sendable, Equatable {
  public var product: Product
  public var netPrice: Decimal
  public var discountPercent: Decimal
  /// `meters × netPrice`, rounded to the cent once; nil when the line has no quantity.
  public var lineTotal: Decimal?
  /// The list and net prices as small decimals when they are: a review sums them without
  /// going back through `Decimal` (LinePricer).
  var small: (list: SmallDecimal, net: SmallDecimal)?

  public static func == (a: PricedProduct, b: PricedProduct) -> Bool {
    (a.product, a.netPrice, a.discountPercent, a.lineTotal) == (b.product, b.netPrice, b.discountPercent, b.lineTotal)
  }
}

extension Desk {
  /// The products a line covers, each at the line's net price.
  public func price(_ line: OfferLine) -> [PricedProduct] {
    let pricer = LinePricer(line)
    // A category's products priced as they are read, not gathered into a list first.
    if case .category(let name) = line.scope, let skus = categorySKUs(name) {
      return skus.compactMap { products[$0].map(pricer.price) }
    }
    return covered(by: line.scope).map(pricer.price)
  }

  /// One product of a line at the line's net price.
  public func price(_ line: OfferLine, _ product: Product) -> PricedProduct {
    LinePricer(line).price(product)
  }

  public func covered(by scope: OfferScope) -> [Product] {
    switch scope {
    case .all: return productsInOrder
    case .category(let name): return products(inCategory: name)
    case .product(let sku): return products[sku].map { [$0] } ?? []
    }
  }

  /// The first `limit` products a scope covers, and how many it covers in all: a reply shows
  /// a dozen of a category's hundred, and copying the rest only to count them was a tenth
  /// of a counter's reply.
  public func covered(by scope: OfferScope, first limit: Int) -> (products: [Product], count: Int) {
    if case .category(let name) = scope, let skus = categorySKUs(name) {
      return (skus.prefix(limit).compactMap { products[$0] }, skus.count)
    }
    let all = covered(by: scope)
    return (Array(all.prefix(limit)), all.count)
  }

  /// The sum of the lines that have a quantity; nil when none has.
  public func total(of terms: Terms) -> Decimal? {
    // Only a line with a quantity has a total: a category's hundred products need no pricing here.
    let totals = terms.lines.filter { $0.meters != nil }.flatMap { price($0) }.compactMap(\.lineTotal)
    return totals.isEmpty ? nil : totals.reduce(0, +)
  }

  /// Gross margin of the priced lines with a known cost, in percent of revenue; quantities
  /// weight it where given, else each product counts once.
  public func marginPercent(of terms: Terms) -> Decimal? {
    var sum = MarginSum()
    for line in terms.lines {
      for priced in price(line) { sum.add(priced.product, net: priced.netPrice, meters: line.meters, smallNet: priced.small?.net) }
    }
    return sum.percent
  }
}

/// One offer line's pricing, worked out once for all the products it covers. A discount
/// line prices each product in small decimals when its numbers allow (nearly always), with
/// the same result as `Money.discounted`, which it falls back to.
struct LinePricer {
  let line: OfferLine
  /// `100 − discount`, for a discount line whose discount is a small decimal.
  private let keep: SmallDecimal?

  init(_ line: OfferLine) {
    self.line = line
    keep = line.unitPrice == nil ? SmallDecimal(line.discountPercent ?? 0).flatMap { SmallDecimal.hundred - $0 } : nil
  }

  func price(_ product: Product) -> PricedProduct {
    let list = SmallDecimal(product.listPrice)
    let small = list.flatMap { list in smallNet(list).map { (list: list, net: $0) } }
    let net = line.unitPrice ?? small?.net.decimal ?? Money.discounted(product.listPrice, percent: line.discountPercent ?? 0)
    let discount = line.unitPrice.map { Money.discountPercent(list: product.listPrice, net: $0) }
      ?? (line.discountPercent ?? 0)
    let total = line.meters.map { Money.round($0 * net) }
    return PricedProduct(product: product, netPrice: net, discountPercent: discount, lineTotal: total, small: small)
  }

  /// `round(list × (100 − discount) / 100)` to the cent, or the line's own price.
  private func smallNet(_ list: SmallDecimal) -> SmallDecimal? {
    if let unitPrice = line.unitPrice { return SmallDecimal(unitPrice) }
    guard let keep else { return nil }
    return (list * keep)?.hundredth?.rounded(scale: 2)
  }
}

/// Revenue and cost of priced products with a known cost, for a margin in percent of
/// revenue; quantities weight it where given, else each product counts once. Summed in
/// small decimals while every amount is one, else in `Decimal`: the same exact sums.
struct MarginSum {
  private var revenue: Decimal = 0
  private var cost: Decimal = 0
  private var small: (revenue: SmallDecimal, cost: SmallDecimal)? = (.zero, .zero)

  mutating func add(_ product: Product, net: Decimal, meters: Decimal?, smallNet: SmallDecimal? = nil) {
    guard let unitCost = product.cost else { return }
    if let sums = small, let added = Self.small(net: smallNet ?? SmallDecimal(net), cost: unitCost, meters: meters),
      let revenue = sums.revenue + added.revenue, let cost = sums.cost + added.cost
    {
      small = (revenue, cost)
      return
    }
    if let sums = small {
      revenue += sums.revenue.decimal
      cost += sums.cost.decimal
      small = nil
    }
    let weight = meters ?? 1
    revenue += net * weight
    cost += unitCost * weight
  }

  private static func small(net: SmallDecimal?, cost: Decimal, meters: Decimal?) -> (revenue: SmallDecimal, cost: SmallDecimal)? {
    guard let net, let cost = SmallDecimal(cost) else { return nil }
    guard let meters else { return (net, cost) }
    guard let weight = SmallDecimal(meters), let revenue = net * weight, let cost = cost * weight else { return nil }
    return (revenue, cost)
  }

  var percent: Decimal? {
    if let small, let percent = SmallDecimal.percent(of: small.revenue, less: small.cost) { return percent }
    let revenue = small.map { $0.revenue.decimal } ?? self.revenue
    let cost = small.map { $0.cost.decimal } ?? self.cost
    guard revenue > 0 else { return nil }
    return Money.round((revenue - cost) * 100 / revenue, scale: 1)
  }
}
