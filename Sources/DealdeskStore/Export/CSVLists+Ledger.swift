import DealdeskCore
import Foundation

extension CSVLists {
  /// One row per invoice, with what has been allocated to it (the ledger's figures).
  static func invoices(_ desk: Desk) -> CSVTable {
    let ledgers = desk.ledgers()
    return CSVTable(
      header: ["id", "order", "client", "clientName", "issuedAt", "dueDate", "amount", "paid", "credited", "outstanding"],
      rows: desk.invoicesInOrder.map { i in
        let entry = ledgers[i.clientId]?.entry(i.order)
        return [
          i.id, i.order, i.clientId, clientName(i.clientId, in: desk), CSVTable.time(i.issuedAt), CSVTable.day(desk.orders[i.order]?.dueDate),
          CSVTable.amount(i.amount), CSVTable.amount(entry?.paid), CSVTable.amount(entry?.credited), CSVTable.amount(entry?.outstanding),
        ]
      })
  }

  static func creditNotes(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: ["id", "client", "clientName", "order", "amount", "kind", "source", "sku", "at"],
      rows: desk.creditNotesInOrder.map { n in
        [n.id, n.clientId, clientName(n.clientId, in: desk), n.order ?? "", CSVTable.amount(n.amount), n.kind.rawValue, n.source, n.sku ?? "", CSVTable.time(n.at)]
      })
  }

  static func returns(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: ["id", "client", "clientName", "order", "sku", "lot", "meters", "damaged", "reason", "unitPrice", "credit", "creditNote", "at"],
      rows: desk.returnsInOrder.map { r in
        [
          r.id, r.clientId, clientName(r.clientId, in: desk), r.order, r.sku, r.lot, CSVTable.quantity(r.meters), r.damaged ? "yes" : "no",
          r.reason ?? "", CSVTable.amount(r.unitPrice), CSVTable.amount(r.credit), r.creditNote ?? "", CSVTable.time(r.at),
        ]
      })
  }
}
