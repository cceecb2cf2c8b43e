import DealdeskCore
import Foundation

/// The commercial offer (O-n, as its current round stands): each fabric the offer covers at
/// its list price, the discount and the net price the core prices it at (`desk.price`), the
/// line totals where a quantity is agreed, the VAT at the client's rate today, and the
/// validity, payment terms and lead time. Each round is its own version ("O-1 v2").
enum OfferDocument {
  static func printed(_ desk: Desk, offer: Offer, now: Date) -> (number: String, printed: PrintedDocument) {
    let currency = desk.settings.currency
    let version = max(offer.rounds.count, 1)
    let number = version == 1 ? offer.id : "\(offer.id) v\(version)"
    let terms = offer.current
    var rows: [[String]] = []
    var nets: [Decimal] = []
    var notes: [String] = []
    for line in terms.lines {
      for priced in desk.price(line) {
        rows.append([
          priced.product.sku, priced.product.name, "", line.meters.map(Letterhead.meters) ?? "",
          Letterhead.money(priced.product.listPrice), priced.discountPercent == 0 ? "" : Letterhead.percent(priced.discountPercent),
          Letterhead.money(priced.netPrice), priced.lineTotal.map(Letterhead.money) ?? "",
        ])
        if let total = priced.lineTotal { nets.append(total) }
      }
      if let percent = line.discountPercent, percent != 0 {
        notes.append("\(scopeName(desk, line.scope)): −\(Letterhead.percent(percent)) off the list price.")
      } else if let price = line.unitPrice {
        notes.append("\(scopeName(desk, line.scope)): agreed net price \(Letterhead.money(price)) per metre.")
      }
    }
    notes.append("Prices per metre, net of VAT. Lots are allocated at order.")
    let percent = desk.vatPercent(forClient: offer.clientId)
    let breakdown = nets.isEmpty ? nil : VAT.breakdown(nets.map { ($0, percent) })
    let (vat, totals) = breakdown.map { Letterhead.vat($0, currency: currency, totalLabel: "Total") } ?? ([], [])
    var lines = ["Valid until \(Letterhead.day(offer.validUntil)). The offer's prices hold for the metres stated until then."]
    lines.append("Payment terms: \((terms.paymentTerms ?? desk.clients[offer.clientId]?.paymentTerms ?? desk.settings.defaultPaymentTerms).label).")
    if let days = terms.leadTimeDays { lines.append("Delivery: \(days) days from the order.") }
    let printed = PrintedDocument(
      title: DocumentKind.offer.title, number: number,
      facts: [Fact("Date", Letterhead.day(offer.rounds.last?.at ?? now)), Fact("Valid until", Letterhead.day(offer.validUntil)), Fact("Currency", currency)],
      company: Letterhead.company(desk), clientHeading: "Offer to", client: Letterhead.client(desk, offer.clientId),
      table: Lines.table(rows), notes: notes, vat: vat, totals: totals, terms: lines,
      figures: breakdown.map(DocumentTotals.init))
    return (number, printed)
  }

  private static func scopeName(_ desk: Desk, _ scope: OfferScope) -> String {
    switch scope {
    case .all: return "All fabrics"
    case .category(let name): return name
    case .product(let sku): return Letterhead.productName(desk, sku)
    }
  }
}
