import Foundation

/// Goods back from a shipped order: into the lot they left from (or quarantine when
/// damaged), with a credit note for their net value. A return never takes back more of a
/// lot than the order shipped from it and has not already come back.
func decideReturn(_ new: NewReturn, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let order = try order(new.order, desk: desk)
  if let refusal = desk.refusal(.takeBack, of: order) { throw refusal }
  guard new.meters > 0 else { throw DeskError("A return must be more than zero metres.") }
  try Limits.checkMeters(new.meters)
  let name = desk.products[new.sku]?.name ?? new.sku
  guard let price = order.returnPrice(of: new.sku, meters: new.meters), let invoice = desk.invoice(of: order.id) else {
    let shipped = order.lines.map { desk.products[$0.sku]?.name ?? $0.sku }.joined(separator: ", ")
    throw DeskError("\(order.id) did not ship \(name).", suggestion: "It shipped \(shipped).")
  }
  let lots = invoice.shipped.filter { $0.sku == new.sku }.map(\.lot)
  let lot: String
  if let asked = new.lot {
    guard lots.contains(asked) else {
      throw DeskError(
        "\(order.id) shipped \(name) from lot \(lots.joined(separator: ", ")), not from lot \(asked).",
        suggestion: "return \(Money.trimmed(new.meters))m \(name) from \(order.id) lot \(lots.first ?? "…")")
    }
    lot = asked
  } else if lots.count == 1 {
    lot = lots[0]
  } else if lots.isEmpty {
    throw DeskError("\(order.id)'s invoice does not say which lot \(name) came from, so the metres cannot go back to one.", suggestion: "Name it: return \(Money.trimmed(new.meters))m \(name) from \(order.id) lot LOT")
  } else {
    throw DeskError(
      "\(order.id) shipped \(name) from lots \(lots.joined(separator: " and ")): say which it came back from.",
      suggestion: "return \(Money.trimmed(new.meters))m \(name) from \(order.id) lot \(lots[0])")
  }
  let returnable = desk.returnable(order: order.id, sku: new.sku, lot: lot)
  guard new.meters <= returnable else {
    let back = returnable > 0 ? "only \(Money.displayQuantity(returnable)) m can still come back" : "all of it has already come back"
    throw DeskError("\(order.id) shipped less \(name) from lot \(lot) than that: \(back).")
  }
  let left = invoice.amount - desk.credited(order: order.id)
  guard price.credit <= left else {
    throw DeskError(
      "Those metres are worth \(Money.display(price.credit)), more than the \(Money.display(left)) left to credit on \(order.id)'s invoice \(invoice.id).",
      suggestion: "Its earlier credit notes already took the rest: `statement` shows them.")
  }
  let reason = new.reason.map(normalisedName).flatMap { $0.isEmpty ? nil : $0 }
  if let reason, reason.count > 500 { throw DeskError("That reason is too long to keep (500 characters at most).") }
  let note = desk.nextCreditNote()
  let goods = GoodsReturn(
    id: Ids.goodsReturn(desk.nextReturnNumber), number: desk.nextReturnNumber, clientId: order.clientId, order: order.id,
    sku: new.sku, lot: lot, meters: new.meters, damaged: new.damaged, reason: reason, unitPrice: price.unitPrice,
    credit: price.credit, creditNote: note.id, at: now)
  let credit = CreditNote(
    id: note.id, number: note.number, clientId: order.clientId, order: order.id, amount: goods.credit, kind: .goodsReturn,
    source: goods.id, sku: new.sku, at: now)
  return [.goodsReturned(goods), .creditNoteIssued(credit)]
}
