import DealdeskCore
import Foundation

/// The controller's views of the ledger: a client's statement of account, the ageing of
/// what every client owes, and the replies to credit notes, returns and replacements.
enum StatementView {
  static func statement(_ desk: Desk, client id: String, now: Date) -> String {
    guard let client = desk.clients[id] else { return "There is no client \(id)." }
    let statement = desk.statement(for: id, to: now)
    let currency = desk.settings.currency
    var out = ["Statement of account · \(client.name) (\(client.id)) · to \(DeskDate.day(now)) · \(currency)"]
    guard !statement.lines.isEmpty else {
      return out[0] + "\n  No invoices, payments or credit notes yet." + notInvoiced(desk, client: id)
    }
    var table = Table(["date", "document", "order", "debit", "credit", "balance"], align: [.left, .left, .left, .right, .right, .right])
    table.add([statement.from.map(DeskDate.day) ?? "", "opening balance", "", "", "", Format.money(statement.opening)])
    for line in statement.lines {
      let (debit, credit) = line.amount >= 0 ? (Format.money(line.amount), "") : ("", Format.money(-line.amount))
      table.add([DeskDate.day(line.at), "\(line.kind.rawValue) \(line.reference)", line.order ?? "", debit, credit, Format.money(line.balance)])
    }
    table.add(["", "closing balance", "", "", "", Format.money(statement.closing)])
    out.append(table.render())
    out.append("  \(client.name) \(Balance.phrase(statement.closing, currency: currency)).")
    // VAT: what its invoices charged less what its credit notes took back, per rate.
    let vat = desk.vat(of: statement)
    if !vat.rows.isEmpty {
      out.append("  Amounts above include VAT. The VAT on these invoices less credit notes (\(TaxView.rule)):")
      out += TaxView.block(vat, currency: currency, indent: "    ")
    }
    return out.joined(separator: "\n") + notInvoiced(desk, client: id)
  }

  private static func notInvoiced(_ desk: Desk, client: String) -> String {
    let ledger = desk.ledger(for: client)
    return ledger.notInvoiced.isEmpty ? "" : "\n  Not on the statement: " + LedgerView.notInvoiced(ledger) + "."
  }

  static func ageing(_ desk: Desk, now: Date) -> String {
    let ledgers = desk.ledgers()
    let rows = desk.clientsInOrder.compactMap { client -> (Client, Ageing)? in
      guard let ageing = ledgers[client.id]?.ageing(at: now), ageing.buckets.contains(where: { $0 != 0 }) || ageing.onAccount != 0 else {
        return nil
      }
      return (client, ageing)
    }.sorted { ($1.1.pastDue, $1.1.owes) < ($0.1.pastDue, $0.1.owes) }
    guard !rows.isEmpty else { return "Nobody owes us anything on an invoice." }
    var table = Table(["client"] + Ageing.labels + ["on account", "owes"], align: [.left] + Array(repeating: .right, count: Ageing.labels.count + 2))
    var totals = [Decimal](repeating: 0, count: Ageing.labels.count + 2)
    for (client, ageing) in rows {
      let figures = ageing.buckets + [-ageing.onAccount, ageing.owes]
      for (i, figure) in figures.enumerated() { totals[i] += figure }
      table.add([client.name] + figures.map { $0 == 0 ? "" : Format.money($0) })
    }
    table.add(["total"] + totals.map(Format.money))
    return "Ageing at \(DeskDate.day(now)) (\(desk.settings.currency); days past the due day)\n" + table.render()
  }

  /// Replies to the ledger's own events; nil for others.
  static func confirm(_ event: Event, desk: Desk) -> String? {
    let currency = desk.settings.currency
    switch event {
    case .creditNoteIssued(let note):
      let against = note.order.map { "against \($0)" + (desk.invoice(of: $0).map { " (invoice \($0.id))" } ?? "") } ?? "on account"
      let client = desk.clients[note.clientId]?.name ?? note.clientId
      let vat = TaxView.block(desk.vat(of: note), currency: currency).joined(separator: "\n")
      return "Credit note \(note.id): \(Format.money(note.amount)) \(currency) \(against) for \(note.source). \(client) \(Balance.phrase(desk.owes(note.clientId), currency: currency)).\n\(vat)"
    case .goodsReturned(let goods):
      let name = desk.products[goods.sku]?.name ?? goods.sku
      let into = goods.damaged ? "into quarantine (not sellable)" : "back into lot \(goods.lot)"
      let why = goods.reason.map { " · \($0)" } ?? ""
      let credit = goods.creditNote == nil ? " No credit note: \(goods.order)'s invoice was already credited in full." : ""
      return "Return \(goods.id): \(Format.meters(goods.meters)) \(name) from \(goods.order) (lot \(goods.lot)) \(into)\(why).\(credit)"
    case .replacementShipped(let id, let picks, _):
      let lines = Invoice.shippedLines(picks).map { "\(Format.meters($0.meters)) \(desk.products[$0.sku]?.name ?? $0.sku) from lot \($0.lot)" }
      return "Replacement for \(id) shipped at no charge: " + lines.joined(separator: ", ") + "."
    default:
      return nil
    }
  }
}
