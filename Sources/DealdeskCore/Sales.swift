import Foundation

/// Sales are orders (cancelled ones left out), dated by when they were taken: the turnover a
/// manager is judged on.
public struct SalesRow: Sendable, Equatable {
  public var key: String
  public var label: String
  public var amount: Decimal
  public var meters: Decimal
  public var orders: Int
}

public enum SalesGrouping: String, Sendable { case client, product, category }

extension Desk {
  public func orders(in period: Period) -> [Order] {
    ordersInOrder.filter { $0.isBillable && period.contains($0.createdAt) }
  }

  public func sales(in period: Period) -> Decimal { orders(in: period).reduce(0) { $0 + $1.total } }

  /// Sales in the period grouped, largest first (ties by name, so the order never wobbles).
  public func sales(in period: Period, by grouping: SalesGrouping) -> [SalesRow] {
    var rows: [String: SalesRow] = [:]
    for order in orders(in: period) {
      for line in order.lines {
        let (key, label): (String, String)
        switch grouping {
        case .client: (key, label) = (order.clientId, clients[order.clientId]?.name ?? order.clientId)
        case .product: (key, label) = (line.sku, products[line.sku]?.name ?? line.sku)
        case .category: (key, label) = (products[line.sku]?.category ?? "other", products[line.sku]?.category ?? "other")
        }
        var row = rows[key] ?? SalesRow(key: key, label: label, amount: 0, meters: 0, orders: 0)
        row.amount += line.lineTotal
        row.meters += line.meters
        rows[key] = row
      }
      // An order counts once per group it touches.
      var counted: Set<String> = []
      for line in order.lines {
        let key = grouping == .client ? order.clientId : grouping == .product ? line.sku : (products[line.sku]?.category ?? "other")
        if counted.insert(key).inserted { rows[key]?.orders += 1 }
      }
    }
    return rows.values.sorted { ($1.amount, $0.label) < ($0.amount, $1.label) }
  }

  /// Growth of sales over the previous period of the same kind, in percent; nil when the
  /// previous period sold nothing.
  public func growth(of period: Period) -> Decimal? {
    let before = sales(in: period.previous)
    guard before > 0 else { return nil }
    return Money.round((sales(in: period) - before) * 100 / before, scale: 1)
  }
}
