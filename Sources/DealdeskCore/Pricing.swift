import Foundation

/// A product as an offer line prices it.
public struct PricedProduct: Sendable, Equatable {
  public var product: Product
  public var netPrice: Decimal
  public var discountPercent: Decimal
  /// `meters × netPrice`, rounded to the cent once; nil when the line has no quantity.
  public var lineTotal: Decimal?
}

extension Desk {
  /// The products a line covers, each at the line's net price.
  public func price(_ line: OfferLine) -> [PricedProduct] {
    covered(by: line.scope).map { product in
      let net = line.unitPrice ?? Money.discounted(product.listPrice, percent: line.discountPercent ?? 0)
      let discount = line.unitPrice.map { Money.discountPercent(list: product.listPrice, net: $0) }
        ?? (line.discountPercent ?? 0)
      let total = line.meters.map { Money.round($0 * net) }
      return PricedProduct(product: product, netPrice: net, discountPercent: discount, lineTotal: total)
    }
  }

  public func covered(by scope: OfferScope) -> [Product] {
    switch scope {
    case .all: return productsInOrder
    case .category(let name): return products(inCategory: name)
    case .product(let sku): return products[sku].map { [$0] } ?? []
    }
  }

  /// The sum of the lines that have a quantity; nil when none has.
  public func total(of terms: Terms) -> Decimal? {
    let totals = terms.lines.flatMap { price($0) }.compactMap(\.lineTotal)
    return totals.isEmpty ? nil : totals.reduce(0, +)
  }

  /// Gross margin of the priced lines with a known cost, in percent of revenue; quantities
  /// weight it where given, else each product counts once.
  public func marginPercent(of terms: Terms) -> Decimal? {
    var sum = MarginSum()
    for line in terms.lines {
      for priced in price(line) { sum.add(priced.product, net: priced.netPrice, meters: line.meters) }
    }
    return sum.percent
  }
}

/// Revenue and cost of priced products with a known cost, for a margin in percent of
/// revenue; quantities weight it where given, else each product counts once.
struct MarginSum {
  private var revenue: Decimal = 0
  private var cost: Decimal = 0

  mutating func add(_ product: Product, net: Decimal, meters: Decimal?) {
    guard let unitCost = product.cost else { return }
    let weight = meters ?? 1
    revenue += net * weight
    cost += unitCost * weight
  }

  var percent: Decimal? {
    guard revenue > 0 else { return nil }
    return Money.round((revenue - cost) * 100 / revenue, scale: 1)
  }
}
