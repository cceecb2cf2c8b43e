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

  /// Invoiced in the period less credited in it; among some clients only (one person's
  /// accounts) when given, by the same definition.
  public func sales(in period: Period, among clients: Set<String>? = nil) -> Decimal {
    let within = { (client: String) in clients?.contains(client) ?? true }
    return invoices(in: period).reduce(0) { within($1.clientId) ? $0 + $1.amount : $0 }
      - creditNotes(in: period).reduce(0) { within($1.clientId) ? $0 + $1.amount : $0 }
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
    let returned = Dictionary(returnsInOrder.compactMap { r in r.creditNote.map { ($0, r.meters) } }, uniquingKeysWith: +)
    for note in creditNotes(in: period) {
      add(-note.amount, meters: -(returned[note.id] ?? 0), client: note.clientId, sku: note.sku)
    }
    return rows.values.sorted { ($1.amount, $0.label) < ($0.amount, $1.label) }
  }

  /// Sales in a period against the same stretch of the period before. A period still
  /// running at `now` is compared to date (1–3 Dec against 1–3 Nov), one that has ended
  /// whole against the whole one before: never part of a month against all of another.
  /// A period that has not begun has no growth.
  public func growth(of period: Period, now: Date, among clients: Set<String>? = nil) -> Growth {
    let compared = period.toDate(now)
    let before = compared.previousToSamePoint
    return Growth(
      period: compared, before: before, sales: sales(in: compared, among: clients),
      salesBefore: sales(in: before, among: clients), begun: period.start <= now)
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
