import DealdeskCore
import Foundation

extension CSVLists {
  /// One row per invoice, with what has been allocated to it (the ledger's figures).
  static func invoices(_ desk: Desk) -> CSVTable {
    let ledgers = desk.ledgers()
    return CSVTable(
      header: ["id", "order", "client", "clientName", "issuedAt", "dueDate", "amount", "paid", "credited", "outstanding", "vatPercent", "vat", "gross"],
      rows: desk.invoicesInOrder.map { i in
        let entry = ledgers[i.clientId]?.entry(i.order)
        return [
          i.id, i.order, i.clientId, clientName(i.clientId, in: desk), CSVTable.time(i.issuedAt), CSVTable.day(desk.orders[i.order]?.dueDate),
          CSVTable.amount(i.amount), CSVTable.amount(entry?.paid), CSVTable.amount(entry?.credited), CSVTable.amount(entry?.outstanding),
        ] + vat(desk.vat(of: i))
      })
  }

  static func creditNotes(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: ["id", "client", "clientName", "order", "amount", "kind", "source", "sku", "at", "vatPercent", "vat", "gross"],
      rows: desk.creditNotesInOrder.map { n in
        [n.id, n.clientId, clientName(n.clientId, in: desk), n.order ?? "", CSVTable.amount(n.amount), n.kind.rawValue, n.source, n.sku ?? "", CSVTable.time(n.at)]
          + vat(desk.vat(of: n))
      })
  }

  /// A document's rate, VAT and gross (Ledger/VAT.swift), after its net amount.
  private static func vat(_ vat: VAT.Breakdown) -> [String] {
    [CSVTable.quantity(vat.rows.first?.percent), CSVTable.amount(vat.vat), CSVTable.amount(vat.gross)]
  }

  /// The company's details and VAT rates, one row: what its documents print.
  static func company(_ desk: Desk) -> CSVTable {
    let s = desk.settings
    return CSVTable(
      header: ["name", "address", "taxNumber", "iban", "vatStandardPercent", "vatExportPercent", "vatRounding"],
      rows: [[
        s.company.name ?? "", s.company.address ?? "", s.company.taxNumber ?? "", s.company.iban ?? "",
        CSVTable.quantity(s.vatRates.percent(for: .standard)), CSVTable.quantity(s.vatRates.percent(for: .export)), "perDocumentAndRate",
      ]])
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
