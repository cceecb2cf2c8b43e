import DealdeskCore
import Foundation

/// The proforma invoice of an order not yet invoiced (or of one that was): the order's lines
/// at their agreed prices, the VAT at the client's rate today (the invoice's own once it
/// shipped), and the payment terms. Not a tax document: it says so.
enum ProformaDocument {
  static func printed(_ desk: Desk, order: Order, now: Date) -> PrintedDocument {
    let currency = desk.settings.currency
    let rows = order.lines.map { line in
      [
        line.sku, Letterhead.productName(desk, line.sku), line.lot ?? "", Letterhead.meters(line.meters), Letterhead.money(line.listPrice),
        line.discountPercent == 0 ? "" : Letterhead.percent(line.discountPercent), Letterhead.money(line.unitPrice),
        Letterhead.money(line.lineTotal),
      ]
    }
    var notes: [String] = []
    for line in order.lines {
      for discount in line.discounts {
        notes.append("\(Letterhead.productName(desk, line.sku)): −\(Letterhead.percent(discount.percent)) \(discount.reason)")
      }
    }
    notes.append("Prices per metre, net of VAT.")
    // The same block the terminal's `invoice S-n` shows: the invoice's once issued, else today's rate.
    let breakdown = desk.vat(of: order)
    let (vat, totals) = Letterhead.vat(breakdown, currency: currency, totalLabel: "Total")
    var facts = [Fact("Date", Letterhead.day(now)), Fact("Order", order.id)]
    if let offer = order.offer { facts.append(Fact("Offer", offer)) }
    facts.append(Fact("Currency", currency))
    return PrintedDocument(
      title: DocumentKind.proforma.title, number: "PF-\(order.id)", facts: facts, company: Letterhead.company(desk),
      clientHeading: "To", client: Letterhead.client(desk, order.clientId), table: Lines.table(rows), notes: notes, vat: vat,
      totals: totals,
      terms: ["Payment terms: \(order.paymentTerms.label).", "A proforma is not a tax invoice: the invoice is issued when the goods ship."],
      figures: DocumentTotals(breakdown))
  }
}
