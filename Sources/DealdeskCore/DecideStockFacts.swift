import Foundation

/// Records the central warehouse's stock of a product. The desk cannot see the warehouse, so
/// this is the figure the manager was given, kept with the time it was recorded.
func decideWarehouseStock(sku: String, meters: Decimal, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard desk.products[sku] != nil else { throw DeskError("There is no product \(sku).") }
  guard meters >= 0 else { throw DeskError("The warehouse's stock cannot be negative.") }
  guard meters <= Limits.maxHeldMeters else { throw DeskError("\(metersText(meters)) is more than the desk accepts for a stock figure.") }
  return [.warehouseStockSet(sku: sku, meters: meters, at: now)]
}

/// Sets a product's minimum order and minimum cut. Nil leaves a figure as it is; zero removes it.
func decideMinimums(sku: String, order: Decimal?, cut: Decimal?, desk: Desk) throws(DeskError) -> [Event] {
  guard let product = desk.products[sku] else { throw DeskError("There is no product \(sku).") }
  try checkMinimums(order: order, cut: cut)
  let newOrder = order.map { $0 == 0 ? nil : $0 } ?? product.minimumOrderMeters
  let newCut = cut.map { $0 == 0 ? nil : $0 } ?? product.minimumCutMeters
  guard newOrder != product.minimumOrderMeters || newCut != product.minimumCutMeters else { return [] }
  return [.minimumsSet(sku: sku, order: newOrder, cut: newCut)]
}

func checkMinimums(order: Decimal?, cut: Decimal?) throws(DeskError) {
  if let order, order < 0 { throw DeskError("A minimum order cannot be negative.") }
  if let cut, cut < 0 { throw DeskError("A minimum cut cannot be negative.") }
  if let order { try Limits.checkMeters(order) }
  if let cut { try Limits.checkMeters(cut) }
}

/// A reservation is goods for an order, so it keeps to the product's minimums: the order's
/// minimum for the whole ask, and the shortest cut the branch makes from a roll.
func checkAgainstMinimums(_ meters: Decimal, product: Product) throws(DeskError) {
  if product.isBelowMinimumOrder(meters), let minimum = product.minimumOrderMeters {
    throw DeskError(
      "\(product.name) sells from \(metersText(minimum)); \(metersText(meters)) is below its minimum order.",
      suggestion: "Reserve \(metersText(minimum)) or more.")
  }
  if let minimum = product.minimumCutMeters, meters < minimum {
    throw DeskError(
      "\(product.name) is not cut shorter than \(metersText(minimum)); \(metersText(meters)) is too short.",
      suggestion: "Reserve \(metersText(minimum)) or more.")
  }
}
