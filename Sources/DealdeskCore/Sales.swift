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

  /// Sales in a period against the same stretch of the period before. A period still
  /// running at `now` is compared to date (1–3 Dec against 1–3 Nov), one that has ended
  /// whole against the whole one before: never part of a month against all of another.
  /// A period that has not begun has no growth.
  public func growth(of period: Period, now: Date) -> Growth {
    let compared = period.toDate(now)
    let before = compared.previousToSamePoint
    return Growth(
      period: compared, before: before, sales: sales(in: compared), salesBefore: sales(in: before), begun: period.start <= now)
  }
}

/// Sales in a period (or the part of it to date) against the same stretch before it.
public struct Growth: Sendable, Equatable {
  /// The period as compared: cut at the end of today while it runs.
  public var period: Period
  /// The same stretch of the period before.
  public var before: Period
  public var sales: Decimal
  public var salesBefore: Decimal
  /// Whether the period had begun: one still ahead has nothing to compare.
  public var begun: Bool

  /// Whether a running period was compared to date rather than whole.
  public var toDate: Bool { !period.isWhole }

  /// The change in percent, to one decimal; nil when the stretch before sold nothing or
  /// the period has not begun.
  public var percent: Decimal? {
    guard begun, salesBefore > 0 else { return nil }
    return Money.round((sales - salesBefore) * 100 / salesBefore, scale: 1)
  }
}
