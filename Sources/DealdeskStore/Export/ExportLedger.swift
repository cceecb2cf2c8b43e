import DealdeskCore
import Foundation

// Ledger: invoices, credit notes and returned goods, in the export format.
extension ExportDocument {
  func writeLedger(_ w: inout PrettyJSON) {
    w.key("invoices")
    w.array(desk.invoicesInOrder) { Self.invoice($1, dueDate: desk.orders[$1.order]?.dueDate, vat: desk.vat(of: $1), &$0) }
    w.key("creditNotes")
    w.array(desk.creditNotesInOrder) { Self.creditNote($1, vat: desk.vat(of: $1), &$0) }
    w.key("returns")
    w.array(desk.returnsInOrder) { Self.goodsReturn($1, &$0) }
  }

  /// A document's VAT (Ledger/VAT.swift): one rate per document, as a client has one treatment.
  private static func vat(_ vat: VAT.Breakdown, _ w: inout PrettyJSON) {
    w.quantity("vatPercent", vat.rows.first?.percent)
    w.amount("vat", vat.vat)
    w.amount("gross", vat.gross)
  }

  private static func invoice(_ i: Invoice, dueDate: Date?, vat: VAT.Breakdown, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", i.id)
      w.string("order", i.order)
      w.string("client", i.clientId)
      w.date("issuedAt", i.issuedAt)
      w.date("dueDate", dueDate)
      w.amount("amount", i.amount)
      w.key("shipped")
      w.array(i.shipped) { w, part in
        w.object { w in
          w.string("sku", part.sku)
          w.string("lot", part.lot)
          w.quantity("meters", part.meters)
        }
      }
      Self.vat(vat, &w)
    }
  }

  private static func creditNote(_ n: CreditNote, vat: VAT.Breakdown, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", n.id)
      w.string("client", n.clientId)
      w.string("order", n.order)
      w.amount("amount", n.amount)
      w.string("kind", n.kind.rawValue)
      w.string("source", n.source)
      w.string("sku", n.sku)
      w.date("at", n.at)
      Self.vat(vat, &w)
    }
  }

  private static func goodsReturn(_ r: GoodsReturn, _ w: inout PrettyJSON) {
    w.object { w in
      w.string("id", r.id)
      w.string("client", r.clientId)
      w.string("order", r.order)
      w.string("sku", r.sku)
      w.string("lot", r.lot)
      w.quantity("meters", r.meters)
      w.bool("damaged", r.damaged)
      w.string("reason", r.reason)
      w.amount("unitPrice", r.unitPrice)
      w.amount("credit", r.credit)
      w.string("creditNote", r.creditNote)
      w.date("at", r.at)
    }
  }
}
