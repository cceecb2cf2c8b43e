import DealdeskCore
import Foundation

/// The purchase document (`invoice S-7`, `total S-7`): every line with its list price,
/// each discount and why, the net price and the line total; then the total, terms and due
/// date, and the VAT on the total. Rounding: a net price to the cent, a line total to the cent
/// once, VAT per document and rate (docs/export-format.md).
enum InvoiceView {
  static func render(_ desk: Desk, order id: String, now: Date) -> String {
    guard let order = desk.orders[id] else { return "There is no order \(id)." }
    let client = desk.clients[order.clientId]
    var out = ["\(order.id) · \(client?.name ?? order.clientId)" + (client?.city.map { ", \($0)" } ?? "")
      + " · \(DeskDate.day(order.createdAt)) · \(order.status.rawValue)" + (order.offer.map { " · from \($0)" } ?? "")]
    out.append(lines(order, desk: desk))
    for line in order.lines {
      let name = desk.products[line.sku]?.name ?? line.sku
      for discount in line.discounts {
        out.append("  \(name): −\(Format.percent(discount.percent)) \(discount.reason)")
      }
    }
    out.append("  total \(Format.money(order.total)) \(desk.settings.currency) · \(order.paymentTerms.label) · "
      + "due " + Format.due(order))
    // VAT: the invoice's own rate once issued; before, the rate it would be issued at today.
    out += TaxView.block(desk.vat(of: order), currency: desk.settings.currency)
    if let entry = desk.ledger(for: order.clientId).entry(id) {
      var money = "  invoice \(entry.invoice.id) issued \(DeskDate.day(entry.invoice.issuedAt))"
      if entry.credited > 0 { money += " · credited \(Format.money(entry.credited))" }
      if entry.paid > 0 { money += " · paid \(Format.money(entry.paid))" }
      money += entry.outstanding > 0 ? " · outstanding \(Format.money(entry.outstanding))" : " · settled"
      out.append(money)
    } else if order.awaitsInvoice {
      out.append("  not yet invoiced: the invoice is issued when it ships")
    }
    return out.joined(separator: "\n")
  }

  static func lines(_ order: Order, desk: Desk) -> String {
    var table = Table(["product", "qty", "list", "off", "net", "total"], align: [.left, .right, .right, .right, .right, .right])
    for line in order.lines {
      table.add([
        desk.products[line.sku]?.name ?? line.sku, Format.meters(line.meters), Format.money(line.listPrice),
        Format.percent(line.discountPercent), Format.money(line.unitPrice), Format.money(line.lineTotal),
      ])
    }
    return table.render()
  }
}
