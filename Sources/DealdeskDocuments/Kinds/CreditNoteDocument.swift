import DealdeskCore
import Foundation

/// A credit note (CN-n): what it credits and why, against which invoice, and the VAT it takes
/// back at its own rate (`desk.vat(of: note)`).
enum CreditNoteDocument {
  static func printed(_ desk: Desk, note: CreditNote) -> PrintedDocument {
    let currency = desk.settings.currency
    var facts = [Fact("Date", Letterhead.day(note.at))]
    let invoice = note.order.flatMap { desk.invoice(of: $0) }
    if let invoice { facts.append(Fact("Credits invoice", invoice.id)) }
    if let order = note.order { facts.append(Fact("Order", order)) }
    facts.append(Fact("Currency", currency))
    let why: String
    switch note.kind {
    case .complaintCredit: why = "Credit on complaint \(note.source)"
    case .complaintDiscount: why = "Discount settling complaint \(note.source)"
    case .goodsReturn:
      // What came back, as the client's goods-in counts it: metres and the lot.
      why = desk.returns[note.source].map { "Goods returned: \(Letterhead.meters($0.meters)) m, lot \($0.lot)" } ?? "Goods returned"
    case .tradeBonus: why = "Trade bonus \(note.source)"
    }
    let fabric = note.sku.map { Letterhead.productName(desk, $0) } ?? ""
    let table = PrintedTable(
      columns: [.init("Reference", 0.16, .left), .init("Description", 0.44, .left), .init("Fabric", 0.22, .left), .init("Amount", 0.18)],
      rows: [[note.source, why, fabric, Letterhead.money(note.amount)]])
    let breakdown = desk.vat(of: note)
    let (vat, totals) = Letterhead.vat(breakdown, currency: currency, totalLabel: "Total credited")
    var terms = ["Amounts net of VAT; the VAT is taken back at the rate it was charged."]
    terms.append(invoice.map { "This credit note reduces what is owed on invoice \($0.id)." } ?? "Credited to the client's account.")
    return PrintedDocument(
      title: DocumentKind.creditNote.title, number: note.id, facts: facts, company: Letterhead.company(desk), clientHeading: "To",
      client: Letterhead.client(desk, note.clientId), table: table, vat: vat, totals: totals, terms: terms,
      figures: DocumentTotals(breakdown))
  }
}
