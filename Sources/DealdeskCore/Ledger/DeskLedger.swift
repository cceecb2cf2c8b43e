import Foundation

extension Desk {
  /// Folds credit notes, returns and replacements into the state; like `apply`, it never fails.
  mutating func applyLedger(_ event: Event) {
    switch event {
    case .creditNoteIssued(let note):
      issue(note)
    case .goodsReturned(let goods):
      returns[goods.id] = goods
      nextReturnNumber = Ids.next(nextReturnNumber, after: goods.number)
      // Damaged goods stay out of the lots: quarantine is read from the returns.
      if !goods.damaged { putIntoLot(sku: goods.sku, lot: goods.lot, meters: goods.meters, at: goods.at) }
    case .replacementShipped(let id, let picks, _):
      takeFromLots(picks)
      complaints[id]?.replacement = Invoice.shippedLines(picks)
    default:
      return
    }
  }

  mutating func issue(_ invoice: Invoice) {
    invoices[invoice.id] = invoice
    nextInvoiceNumber = Ids.next(nextInvoiceNumber, after: invoice.number)
  }

  mutating func issue(_ note: CreditNote) {
    creditNotes[note.id] = note
    nextCreditNoteNumber = Ids.next(nextCreditNoteNumber, after: note.number)
  }

  /// A complaint credit resolved by a build before credit notes settles as one now, so
  /// balances read as they did.
  func legacyCreditNote(for complaint: Complaint) -> CreditNote? {
    guard let resolution = complaint.resolution, resolution.isLegacyCredit, let credit = resolution.credit else { return nil }
    let (id, number) = nextCreditNote()
    return CreditNote(
      id: id, number: number, clientId: complaint.clientId, order: complaint.order, amount: credit, kind: .complaintCredit,
      source: complaint.id, sku: nil, at: complaint.resolvedAt ?? complaint.openedAt)
  }

  /// For a desk saved before invoices: one per shipped order, in the order they shipped.
  /// Called while decoding, before the index is built (nothing here reads through it).
  mutating func issueMissingInvoices() {
    let shipped = orders.values.filter { $0.shippedAt != nil && ($0.status == .shipped || $0.status == .delivered) }
      .sorted { ($0.shippedAt ?? .distantPast, $0.number) < ($1.shippedAt ?? .distantPast, $1.number) }
    for order in shipped {
      let lines = order.lines.flatMap { line -> [StockPick] in
        let lots = line.lot?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        // Which lot gave how much was not kept before invoices; one named lot gave it all.
        return lots.count == 1 ? [StockPick(sku: line.sku, lot: lots[0], meters: line.meters, reservation: nil)] : []
      }
      var invoice = invoiceIssued(for: order, at: order.shippedAt ?? order.createdAt, picks: lines)
      invoice.vatPercent = nil  // issued before the desk kept VAT: it reads as such (Ledger/VAT.swift)
      issue(invoice)
    }
  }

  /// For a desk saved before credit notes: one per complaint credit, in the order resolved.
  mutating func issueMissingCredits() {
    let resolved = complaintsInOrder.filter { $0.resolution != nil }
      .sorted { ($0.resolvedAt ?? $0.openedAt, $0.id) < ($1.resolvedAt ?? $1.openedAt, $1.id) }
    for complaint in resolved {
      guard let note = legacyCreditNote(for: complaint) else { continue }
      issue(note)
      complaints[complaint.id]?.resolution?.creditNote = note.id
    }
  }
}
