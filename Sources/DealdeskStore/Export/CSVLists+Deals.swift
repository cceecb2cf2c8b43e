import DealdeskCore
import Foundation

/// Offers, orders, holds and stock requests as CSV tables.
extension CSVLists {
  /// One row per offer: its current terms in words, their total, and its status now.
  static func offers(_ desk: Desk, now: Date) -> CSVTable {
    CSVTable(
      header: [
        "id", "client", "clientName", "status", "terms", "total", "paymentTerms", "leadTimeDays", "rounds",
        "lastMoveBy", "validUntil", "closedAt",
      ],
      rows: desk.offersInOrder.map { o in
        let terms = o.current
        return [
          o.id, o.clientId, clientName(o.clientId, in: desk), o.status(at: now).rawValue,
          terms.lines.map(summary).joined(separator: "; "), CSVTable.amount(desk.total(of: terms)),
          terms.paymentTerms?.label ?? "", CSVTable.int(terms.leadTimeDays), String(o.rounds.count),
          o.lastMoveBy.rawValue, CSVTable.day(o.validUntil), CSVTable.time(o.closedAt),
        ]
      })
  }

  /// "LIN-220 274.32 m at 11.00", "all linen 10% off", "everything 5% off".
  static func summary(_ line: OfferLine) -> String {
    var words: [String] =
      switch line.scope {
      case .all: ["everything"]
      case .category(let name): ["all \(name)"]
      case .product(let sku): [sku]
      }
    if let meters = line.meters { words.append("\(Money.trimmed(meters)) m") }
    if let price = line.unitPrice {
      words.append("at \(Money.plain(price))")
    } else if let percent = line.discountPercent {
      words.append("\(Money.trimmed(percent))% off")
    }
    return words.joined(separator: " ")
  }

  /// One row per order line, each repeating its order's client, status, total and balance.
  static func orders(_ desk: Desk) -> CSVTable {
    var rows: [[String]] = []
    let ledgers = desk.ledgers()
    for order in desk.ordersInOrder {
      let entry = ledgers[order.clientId]?.entry(order.id)
      for line in order.lines {
        rows.append([
          order.id, order.clientId, clientName(order.clientId, in: desk), order.status.rawValue, line.sku,
          CSVTable.quantity(line.meters), CSVTable.amount(line.listPrice), CSVTable.quantity(line.discountPercent),
          CSVTable.amount(line.unitPrice), CSVTable.amount(line.lineTotal), CSVTable.amount(order.total),
          CSVTable.day(order.dueDate), CSVTable.amount(entry?.outstanding), line.lot ?? "", entry?.invoice.id ?? "",
        ])
      }
    }
    return CSVTable(
      header: [
        "order", "client", "clientName", "status", "sku", "meters", "listPrice", "discountPercent", "unitPrice",
        "lineTotal", "orderTotal", "dueDate", "outstanding", "lot", "invoice",
      ],
      rows: rows)
  }

  static func reservations(_ desk: Desk, now: Date) -> CSVTable {
    CSVTable(
      header: ["id", "client", "clientName", "sku", "lot", "meters", "status", "expiresAt", "order", "request"],
      rows: desk.reservationsInOrder.map { r in
        [
          r.id, r.client, clientName(r.client, in: desk), r.sku, r.lot ?? "", CSVTable.quantity(r.meters),
          r.status(at: now).rawValue, CSVTable.time(r.expiresAt), r.order ?? "", r.request ?? "",
        ]
      })
  }

  static func stockRequests(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: ["id", "sku", "meters", "receivedMeters", "source", "status", "requestedAt", "neededBy"],
      rows: desk.stockRequestsInOrder.map { q in
        [
          q.id, q.sku, CSVTable.quantity(q.meters), CSVTable.quantity(q.receivedMeters), q.source.rawValue,
          q.status.rawValue, CSVTable.time(q.requestedAt), CSVTable.day(q.neededBy),
        ]
      })
  }
}
