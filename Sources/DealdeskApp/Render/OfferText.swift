import DealdeskCore
import Foundation

/// How an offer's terms read in one line and as a priced table.
enum OfferText {
  /// What a line covers: "everything", a category, or a product's name.
  static func target(_ line: OfferLine, desk: Desk) -> String {
    switch line.scope {
    case .all: return "everything"
    case .category(let name): return name
    case .product(let sku): return desk.products[sku]?.name ?? sku
    }
  }

  static func line(_ line: OfferLine, desk: Desk) -> String {
    var text = ""
    if let meters = line.meters { text += Format.meters(meters) + " " }
    text += target(line, desk: desk)
    if let price = line.unitPrice { return text + " at " + Format.money(price) + "/m" }
    if let discount = line.discountPercent, discount > 0 {
      return Format.percent(discount) + (line.meters == nil ? " on " : " off ") + text
    }
    return text + " at list price"
  }

  /// "10% on linen, 500 m Linen 220 at 11.50/m · net 30 · lead time 14 days"
  static func summary(_ terms: Terms, desk: Desk) -> String {
    var parts = [terms.lines.map { line($0, desk: desk) }.joined(separator: ", ")]
    parts.append(Format.terms(terms.paymentTerms))
    if let lead = terms.leadTimeDays { parts.append("lead time \(lead) days") }
    return parts.joined(separator: " · ")
  }

  /// Each product a line covers with its list and net price; quantities give line totals.
  static func priced(_ terms: Terms, desk: Desk, limit: Int = 12) -> String {
    let withQuantities = terms.lines.contains { $0.meters != nil }
    var table = withQuantities
      ? Table(["product", "list", "net", "off", "qty", "total"], align: [.left, .right, .right, .right, .right, .right])
      : Table(["product", "list", "net", "off"], align: [.left, .right, .right, .right])
    var shown = 0
    var hidden = 0
    for line in terms.lines {
      // Only the products shown are priced; the rest are counted.
      let (showing, count) = desk.covered(by: line.scope, first: max(0, limit - shown))
      hidden += count - showing.count
      for item in showing.map({ desk.price(line, $0) }) {
        shown += 1
        let prices = [
          item.product.name, Format.money(item.product.listPrice), Format.money(item.netPrice),
          Format.percent(item.discountPercent),
        ]
        table.add(withQuantities ? prices + [line.meters.map(Format.meters) ?? "", item.lineTotal.map(Format.money) ?? ""] : prices)
      }
    }
    var out = table.render()
    if hidden > 0 { out += "\n  … and \(hidden) more" }
    var footer: [String] = []
    if let total = desk.total(of: terms) { footer.append("total \(Format.money(total)) \(desk.settings.currency)") }
    // VAT: an offer says its prices are net of it (invoices add it at the client's rate).
    footer.append("prices net of VAT")
    out += "\n  " + footer.joined(separator: " · ")
    return out
  }
}
