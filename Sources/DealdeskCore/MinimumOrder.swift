import Foundation

/// The least a client may order of a fabric. One rule, kept by an offer's quantities (made,
/// countered and accepted), an order and a reservation alike, so a client never agrees to a
/// quantity the branch will then refuse to order.
extension Product {
  public func isBelowMinimumOrder(_ meters: Decimal) -> Bool {
    guard let minimum = minimumOrderMeters else { return false }
    return meters < minimum
  }
}

/// A quantity on an offer below its product's minimum order.
public struct MinimumOrderShortfall: Sendable, Equatable {
  public var sku: String
  public var name: String
  public var meters: Decimal
  public var minimum: Decimal

  /// "Linen 220 has a minimum order of 300 m; 200 m is below it."
  public var message: String {
    "\(name) has a minimum order of \(metersText(minimum)); \(metersText(meters)) is below it."
  }
}

extension Desk {
  /// The product lines of the terms whose quantity is below the product's minimum order. A
  /// line without a quantity agrees a price, not an order, so it has no minimum to keep.
  public func minimumOrderShortfalls(_ terms: Terms) -> [MinimumOrderShortfall] {
    terms.lines.compactMap { line in
      guard case .product(let sku) = line.scope, let meters = line.meters, let product = products[sku],
        product.isBelowMinimumOrder(meters), let minimum = product.minimumOrderMeters
      else { return nil }
      return MinimumOrderShortfall(sku: sku, name: product.name, meters: meters, minimum: minimum)
    }
  }
}
