import DealdeskCore
import Foundation

/// The invoice a shipment issued (INV-n): the order's lines at their agreed prices with the
/// lots that shipped, each discount and why, the VAT block at the invoice's own rate, and
/// the payment terms and due date. Every figure is the core's: the order's line totals,
/// `desk.vat(of: invoice)`.
enum InvoiceDocument {
  static func printed(_ desk: Desk, invoice: Invoice) -> PrintedDocument {
    let order = desk.orders[invoice.order]
    let currency = desk.settings.currency
    var facts = [Fact("Date", Letterhead.day(invoice.issuedAt)), Fact("Order", invoice.order)]
    if let offer = order?.offer { facts.append(Fact("Offer", offer)) }
    if let due = order?.dueDate { facts.append(Fact("Due", Letterhead.day(due))) }
    facts.append(Fact("Currency", currency))
    let lines = order?.lines ?? []
    let rows = lines.map { line in
      [
        line.sku, Letterhead.productName(desk, line.sku), lots(invoice, sku: line.sku, line: line), Letterhead.meters(line.meters),
        Letterhead.money(line.listPrice), line.discountPercent == 0 ? "" : Letterhead.percent(line.discountPercent),
        Letterhead.money(line.unitPrice), Letterhead.money(line.lineTotal),
      ]
    }
    var notes: [String] = []
    for line in lines {
      for discount in line.discounts {
        notes.append("\(Letterhead.productName(desk, line.sku)): −\(Letterhead.percent(discount.percent)) \(discount.reason)")
      }
    }
    notes.append("Prices per metre, net of VAT.")
    let breakdown = desk.vat(of: invoice)
    let (vat, totals) = Letterhead.vat(breakdown, currency: currency, totalLabel: "Total to pay")
    var terms: [String] = []
    if let order {
      terms.append("Payment terms: \(order.paymentTerms.label)" + (order.dueDate.map { ", due \(Letterhead.day($0))." } ?? "."))
    }
    if let iban = desk.settings.company.iban { terms.append("Please pay to IBAN \(CompanyDetails.grouped(iban)), quoting \(invoice.id).") }
    return PrintedDocument(
      title: "Invoice", number: invoice.id, facts: facts, company: Letterhead.company(desk), clientHeading: "Bill to",
      client: Letterhead.client(desk, invoice.clientId), table: Lines.table(rows), notes: notes, vat: vat, totals: totals,
      terms: terms, figures: DocumentTotals(breakdown))
  }

  /// The lots of `sku` that shipped, else the lot the order named.
  private static func lots(_ invoice: Invoice, sku: String, line: OrderLine) -> String {
    let shipped = invoice.shipped.filter { $0.sku == sku }.map(\.lot)
    return shipped.isEmpty ? (line.lot ?? "") : shipped.joined(separator: ", ")
  }
}

/// The table of fabric lines the offer, proforma and invoice share.
enum Lines {
  static func table(_ rows: [[String]]) -> PrintedTable {
    PrintedTable(
      columns: [
        .init("SKU", 0.11, .left), .init("Fabric", 0.21, .left), .init("Lot", 0.11, .left), .init("Metres", 0.10),
        .init("List price", 0.12), .init("Discount", 0.10), .init("Net price", 0.11), .init("Line total", 0.14),
      ], rows: rows)
  }
}
