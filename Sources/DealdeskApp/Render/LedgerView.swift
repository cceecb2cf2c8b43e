import DealdeskCore
import Foundation

/// Money questions: `balance Acme`, `who owes us`, `overdue`, and the order list. Each figure
/// is the ledger's (DESIGN.md, "Money") and each is named for what it is: owes (invoiced and
/// unpaid, less credit notes), ordered but not invoiced, and credit exposure; all with VAT,
/// as the client pays them.
enum LedgerView {
  static func balance(_ desk: Desk, client id: String, now: Date) -> String {
    guard let client = desk.clients[id] else { return "There is no client \(id)." }
    let ledger = desk.ledger(for: id)
    let currency = desk.settings.currency
    var out = ["\(client.name) \(Balance.phrase(ledger.owes, currency: currency))" + (ledger.owes > 0 ? " (invoiced, unpaid, VAT included)." : ".")]
    let open = ledger.entries.filter { $0.outstanding != 0 }
    if !open.isEmpty {
      var table = Table(["invoice", "order", "total", "paid", "credited", "outstanding", "due", ""], align: [.left, .left, .right, .right, .right, .right, .left, .left])
      table.cuttable = ["due": 11]
      table.dropsFirst = ["credited", "paid", "total"]
      for entry in open {
        table.add([
          entry.invoice.id, entry.order.id, Format.money(entry.due), Format.money(entry.paid), Format.money(entry.credited),
          Format.money(entry.outstanding), Format.due(entry.order), late(entry, now: now),
        ], marks: ["": .alert])
      }
      out.append(table.render())
    }
    if ledger.unallocated > 0 { out.append("  paid ahead or on account, not yet set against an invoice: \(Format.money(ledger.unallocated))") }
    if !ledger.notInvoiced.isEmpty { out.append("  " + notInvoiced(ledger)) }
    if let limit = client.creditLimit {
      out.append("  credit exposure \(Format.money(ledger.exposure)) of limit \(Format.money(limit)) · headroom \(Format.money(max(0, limit - ledger.exposure)))")
    }
    return out.joined(separator: "\n")
  }

  /// "ordered, not yet invoiced: 5,340.00 (S-3, S-4 on credit hold)"
  static func notInvoiced(_ ledger: Ledger) -> String {
    let orders = ledger.notInvoiced.map { $0.id + ($0.status == .pendingApproval ? " on credit hold" : "") }
    return "ordered, not yet invoiced: \(Format.money(ledger.orderedNotInvoiced)) (\(orders.joined(separator: ", ")))"
  }

  /// "OVERDUE 2 days", or nothing when not past its due day.
  static func late(_ entry: Ledger.Entry, now: Date) -> String {
    guard entry.isLate(at: now) else { return "" }
    let days = entry.daysLate(at: now)
    return "OVERDUE \(days) day\(days == 1 ? "" : "s")"
  }

  static func whoOwesUs(_ desk: Desk, now: Date) -> String {
    let ledgers = desk.ledgers()
    let owing = desk.clientsInOrder.compactMap { client in ledgers[client.id].map { (client, $0) } }.filter { $0.1.owes > 0 }
      .sorted { $0.1.owes > $1.1.owes }
    guard !owing.isEmpty else { return "Nobody owes us anything on an invoice." }
    var table = Table(["client", "owes", "overdue", "oldest due", "not yet invoiced"], align: [.left, .right, .right, .left, .right])
    for (client, ledger) in owing {
      let oldest = ledger.entries.filter { $0.outstanding > 0 }.compactMap(\.dueDate).min()
      table.add([
        client.name, Format.money(ledger.owes), Format.money(ledger.overdueTotal(at: now)), oldest.map(DeskDate.day) ?? "",
        ledger.orderedNotInvoiced > 0 ? Format.money(ledger.orderedNotInvoiced) : "",
      ])
    }
    let total = owing.reduce(Decimal(0)) { $0 + $1.1.owes }
    return "Owed to us (invoiced with VAT, unpaid, less credit notes): \(Format.money(total)) \(desk.settings.currency)\n" + table.render()
  }

  static func overdue(_ desk: Desk, now: Date) -> String {
    let late = desk.overdue(at: now)
    guard !late.isEmpty else { return "Nothing is overdue." }
    var table = Table(["invoice", "order", "client", "outstanding", "due", "days late"], align: [.left, .left, .left, .right, .left, .right])
    table.cuttable = ["client": 10, "due": 11]
    for entry in late {
      table.add([
        entry.invoice.id, entry.order.id, desk.clients[entry.order.clientId]?.name ?? entry.order.clientId, Format.money(entry.outstanding),
        Format.due(entry.order), "\(entry.daysLate(at: now))",
      ], marks: ["days late": .alert])
    }
    let total = late.reduce(Decimal(0)) { $0 + $1.outstanding }
    return "Overdue: \(Format.money(total)) \(desk.settings.currency) on \(late.count) invoice\(late.count == 1 ? "" : "s")\n" + table.render()
  }

  static func orders(_ desk: Desk, client: String?, unpaidOnly: Bool, now: Date) -> String {
    var orders = client.map { desk.orders(for: $0) } ?? desk.ordersInOrder
    var ledgers: [String: Ledger] = [:]
    let outstanding = { (order: Order) -> Decimal? in
      let ledger = ledgers[order.clientId] ?? desk.ledger(for: order.clientId)
      ledgers[order.clientId] = ledger
      return ledger.entry(order.id)?.outstanding
    }
    // Unpaid: invoiced with money outstanding. An order not yet shipped is not owed yet.
    if unpaidOnly { orders = orders.filter { (outstanding($0) ?? 0) > 0 } }
    let whose = client.flatMap { desk.clients[$0]?.name }.map { " for \($0)" } ?? ""
    guard !orders.isEmpty else { return "No \(unpaidOnly ? "unpaid " : "")orders\(whose)." }
    var table = Table(["order", "client", "status", "total", "outstanding", "due"], align: [.left, .left, .left, .right, .right, .left])
    // "due" may be a rule ("30 days after shipping"): its start says which.
    table.cuttable = ["client": 10, "due": 11]
    table.dropsFirst = ["status"]
    for order in orders {
      let owed = outstanding(order).map(Format.money) ?? (order.awaitsInvoice ? "not invoiced" : "")
      table.add([
        order.id, desk.clients[order.clientId]?.name ?? order.clientId, order.status == .pendingApproval ? "credit hold" : order.status.rawValue,
        Format.money(desk.gross(of: order)), owed, Format.due(order),
      ], marks: order.status == .pendingApproval ? ["status": .warning] : [:])
    }
    return "\(unpaidOnly ? "Unpaid orders (invoiced, money outstanding)" : "Orders")\(whose) (\(orders.count)) · amounts with VAT\n" + table.render()
  }
}
