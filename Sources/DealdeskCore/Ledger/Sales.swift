import Foundation

/// Sales are invoiced value net of credit notes, dated by invoice (a credit note by its own
/// date): the turnover a manager is judged on, and the one figure that quota, growth, client
/// tiers and every sales report read (DESIGN.md, "Money"). An order is not a sale until it
/// ships; an order on credit hold never is one.
public struct SalesRow: Sendable, Equatable {
  public var key: String
  public var label: String
  public var amount: Decimal
  /// Metres invoiced less metres returned.
  public var meters: Decimal
  /// Invoices in the row.
  public var orders: Int
}

public enum SalesGrouping: String, Sendable { case client, product, category }

extension Desk {
  /// Invoices issued in the period, by number.
  public func invoices(in period: Period) -> [Invoice] { invoicesInOrder.filter { period.contains($0.issuedAt) } }

  /// Credit notes issued in the period, by number.
  public func creditNotes(in period: Period) -> [CreditNote] { creditNotesInOrder.filter { period.contains($0.at) } }

  /// Invoiced in the period less credited in it.
  public func sales(in period: Period) -> Decimal {
    invoices(in: period).reduce(0) { $0 + $1.amount } - creditNotes(in: period).reduce(0) { $0 + $1.amount }
  }

  /// One client's sales in the 365 days up to `now`: what a client tier is earned on.
  public func trailingSales(of client: String, now: Date) -> Decimal {
    let since = now.addingTimeInterval(-365 * 86_400)
    let within = { (date: Date) in date > since && date <= now }
    // One client's records, through the index: a review asks this of every offer line.
    return invoices(for: client).filter { within($0.issuedAt) }.reduce(0) { $0 + $1.amount }
      - creditNotes(for: client).filter { within($0.at) }.reduce(0) { $0 + $1.amount }
  }

  /// Sales in the period grouped, largest first (ties by name, so the order never wobbles).
  /// A credit note about one fabric is taken from that fabric's row; one about a whole
  /// order has a row of its own when grouping by fabric, so the rows still add up.
  public func sales(in period: Period, by grouping: SalesGrouping) -> [SalesRow] {
    var rows: [String: SalesRow] = [:]
    func key(client: String, sku: String?) -> (key: String, label: String) {
      switch grouping {
      case .client: return (client, clients[client]?.name ?? client)
      case .product:
        guard let sku else { return ("", "credit notes on whole orders") }
        return (sku, products[sku]?.name ?? sku)
      case .category:
        guard let sku else { return ("", "credit notes on whole orders") }
        let category = products[sku]?.category ?? "other"
        return (category, category)
      }
    }
    func add(_ amount: Decimal, meters: Decimal, client: String, sku: String?) {
      let (k, label) = key(client: client, sku: sku)
      var row = rows[k] ?? SalesRow(key: k, label: label, amount: 0, meters: 0, orders: 0)
      row.amount += amount
      row.meters += meters
      rows[k] = row
    }
    for invoice in invoices(in: period) {
      guard let order = orders[invoice.order] else { continue }
      var counted: Set<String> = []
      for line in order.lines {
        add(line.lineTotal, meters: line.meters, client: order.clientId, sku: line.sku)
        // An invoice counts once per group it touches.
        let k = key(client: order.clientId, sku: line.sku).key
        if counted.insert(k).inserted { rows[k]?.orders += 1 }
      }
    }
    let returned = Dictionary(returnsInOrder.map { ($0.creditNote, $0.meters) }, uniquingKeysWith: +)
    for note in creditNotes(in: period) {
      add(-note.amount, meters: -(returned[note.id] ?? 0), client: note.clientId, sku: note.sku)
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
