import DealdeskCore
import Foundation

/// A client's statement of account to a day: the core's statement (`desk.statement`), each
/// invoice, payment and credit note with the running balance (VAT included), and the VAT on its
/// invoices less its credit notes per rate (`desk.vat(of: statement)`).
enum StatementDocument {
  static func printed(_ desk: Desk, client id: String, now: Date) -> (number: String, printed: PrintedDocument) {
    let currency = desk.settings.currency
    let statement = desk.statement(for: id, to: now)
    let number = "ST-\(id)-\(Letterhead.isoDay(now))"
    var rows = [[statement.from.map(Letterhead.day) ?? "", "Opening balance", "", "", "", Letterhead.money(statement.opening)]]
    for line in statement.lines {
      let (debit, credit) = line.amount >= 0 ? (Letterhead.money(line.amount), "") : ("", Letterhead.money(-line.amount))
      rows.append([Letterhead.day(line.at), "\(label(line.kind)) \(line.reference)", line.order ?? "", debit, credit, Letterhead.money(line.balance)])
    }
    rows.append(["", "Closing balance", "", "", "", Letterhead.money(statement.closing)])
    let table = PrintedTable(
      columns: [
        .init("Date", 0.15, .left), .init("Document", 0.25, .left), .init("Order", 0.12, .left), .init("Debit", 0.16),
        .init("Credit", 0.16), .init("Balance", 0.16),
      ], rows: rows)
    let breakdown = desk.vat(of: statement)
    let vat = breakdown.rows.map { [Letterhead.percent($0.percent), Letterhead.money($0.net), Letterhead.money($0.vat), Letterhead.money($0.gross)] }
    let closing = statement.closing
    let owed = closing > 0
      ? "Balance due: \(Letterhead.money(closing)) \(currency), VAT included."
      : closing < 0 ? "In your favour: \(Letterhead.money(-closing)) \(currency)." : "Nothing is owed."
    let printed = PrintedDocument(
      title: DocumentKind.statement.title, number: number,
      facts: [Fact("To", Letterhead.day(now)), Fact("Currency", currency)], company: Letterhead.company(desk), clientHeading: "Client",
      client: Letterhead.client(desk, id), table: table,
      notes: ["Amounts above include VAT; the VAT block shows, per rate, their invoices' net and VAT less their credit notes'."], vat: vat,
      totals: [Fact("Closing balance (\(currency))", Letterhead.money(closing))], terms: [owed],
      figures: DocumentTotals(breakdown))
    return (number, printed)
  }

  private static func label(_ kind: Statement.Kind) -> String {
    switch kind {
    case .invoice: return "Invoice"
    case .payment: return "Payment"
    case .creditNote: return "Credit note"
    }
  }
}
