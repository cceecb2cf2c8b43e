import DealdeskCore
import Foundation

/// Money questions: `balance Acme`, `who owes us`, `overdue`, and the order list.
enum LedgerView {
  static func balance(_ desk: Desk, client id: String, now: Date) -> String {
    guard let client = desk.clients[id] else { return "There is no client \(id)." }
    let ledger = desk.ledger(for: id)
    var out = ["\(client.name) \(Balance.phrase(ledger.balance, currency: desk.settings.currency))."]
    let open = ledger.entries.filter { $0.outstanding != 0 }
    if !open.isEmpty {
      var table = Table(["order", "total", "paid", "outstanding", "due", ""], align: [.left, .right, .right, .right, .left, .left])
      for entry in open {
        let late = (entry.order.dueDate.map { $0 < now } ?? false) && entry.outstanding > 0 ? "OVERDUE" : ""
        table.add([
          entry.order.id, Format.money(entry.order.total), Format.money(entry.paid), Format.money(entry.outstanding),
          Format.due(entry.order), late,
        ])
      }
      out.append(table.render())
    }
    if ledger.unallocated > 0 { out.append("  unallocated payments: \(Format.money(ledger.unallocated))") }
    if let limit = client.creditLimit {
      out.append("  credit limit \(Format.money(limit)) · exposure \(Format.money(desk.exposure(of: id))) · headroom \(Format.money(max(0, limit - desk.exposure(of: id))))")
    }
    return out.joined(separator: "\n")
  }

  static func whoOwesUs(_ desk: Desk, now: Date) -> String {
    let owing = desk.clientsInOrder.map { ($0, desk.ledger(for: $0.id)) }.filter { $0.1.balance > 0 }
      .sorted { $0.1.balance > $1.1.balance }
    guard !owing.isEmpty else { return "Nobody owes us anything." }
    var table = Table(["client", "owes", "overdue", "oldest due"], align: [.left, .right, .right, .left])
    for (client, ledger) in owing {
      let late = ledger.entries.filter { $0.outstanding > 0 && ($0.order.dueDate.map { $0 < now } ?? false) }
      let oldest = ledger.entries.filter { $0.outstanding > 0 }.compactMap(\.order.dueDate).min()
      table.add([client.name, Format.money(ledger.balance), Format.money(late.reduce(0) { $0 + $1.outstanding }), oldest.map(DeskDate.day) ?? ""])
    }
    let total = owing.reduce(Decimal(0)) { $0 + $1.1.balance }
    return "Owed to us: \(Format.money(total)) \(desk.settings.currency)\n" + table.render()
  }

  static func overdue(_ desk: Desk, now: Date) -> String {
    let late = desk.overdue(at: now)
    guard !late.isEmpty else { return "Nothing is overdue." }
    var table = Table(["order", "client", "outstanding", "due", "days late"], align: [.left, .left, .right, .left, .right])
    for entry in late {
      let due = entry.order.dueDate ?? now
      table.add([
        entry.order.id, desk.clients[entry.order.clientId]?.name ?? entry.order.clientId, Format.money(entry.outstanding),
        DeskDate.day(due), "\(Int(now.timeIntervalSince(due) / 86_400))",
      ])
    }
    let total = late.reduce(Decimal(0)) { $0 + $1.outstanding }
    return "Overdue: \(Format.money(total)) \(desk.settings.currency) on \(late.count) order\(late.count == 1 ? "" : "s")\n" + table.render()
  }

  static func orders(_ desk: Desk, client: String?, unpaidOnly: Bool, now: Date) -> String {
    var orders = client.map { desk.orders(for: $0) } ?? desk.ordersInOrder
    let outstanding = { (order: Order) -> Decimal in desk.ledger(for: order.clientId).entry(order.id)?.outstanding ?? 0 }
    if unpaidOnly { orders = orders.filter { $0.isBillable && outstanding($0) > 0 } }
    let whose = client.flatMap { desk.clients[$0]?.name }.map { " for \($0)" } ?? ""
    guard !orders.isEmpty else { return "No \(unpaidOnly ? "unpaid " : "")orders\(whose)." }
    var table = Table(["order", "client", "status", "total", "outstanding", "due"], align: [.left, .left, .left, .right, .right, .left])
    for order in orders {
      table.add([
        order.id, desk.clients[order.clientId]?.name ?? order.clientId, order.status == .pendingApproval ? "credit hold" : order.status.rawValue,
        Format.money(order.total), order.isBillable ? Format.money(outstanding(order)) : "", Format.due(order),
      ])
    }
    return "\(unpaidOnly ? "Unpaid orders" : "Orders")\(whose) (\(orders.count))\n" + table.render()
  }
}
