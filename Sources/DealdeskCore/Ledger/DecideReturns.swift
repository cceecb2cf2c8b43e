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
  guard order.lines.contains(where: { $0.sku == new.sku }), let invoice = desk.invoice(of: order.id) else {
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
  let reason = new.reason.map(normalisedName).flatMap { $0.isEmpty ? nil : $0 }
  if let reason, reason.count > 500 { throw DeskError("That reason is too long to keep (500 characters at most).") }
  let value = returnValue(of: new.meters, sku: new.sku, from: order, desk: desk)
  // The goods come back whatever was credited before; the credit note takes only what the
  // invoice has left (a complaint credit may already have taken part or all of it).
  let credit = min(value.credit, max(0, invoice.amount - desk.credited(order: order.id)))
  let note = credit > 0 ? desk.nextCreditNote() : nil
  let goods = GoodsReturn(
    id: Ids.goodsReturn(desk.nextReturnNumber), number: desk.nextReturnNumber, clientId: order.clientId, order: order.id,
    sku: new.sku, lot: lot, meters: new.meters, damaged: new.damaged, reason: reason, unitPrice: value.unitPrice,
    creditNote: note?.id, at: now, credit: credit)
  guard let note else { return [.goodsReturned(goods)] }
  return [
    .goodsReturned(goods),
    .creditNoteIssued(CreditNote(
      id: note.id, number: note.number, clientId: order.clientId, order: order.id, amount: credit, kind: .goodsReturn,
      source: goods.id, sku: new.sku, at: now, vatPercent: desk.creditNotePercent(client: order.clientId, order: order.id))),
  ]
}

/// What `meters` of a fabric coming back from `order` are worth, at the prices the order was
/// invoiced at. A fabric on several lines (volume bands above a break, each at its own price)
/// comes back off its last line first, after the metres of it already back: the order is
/// then what a smaller order would have cost, and no metre is credited at a price it was not
/// charged. The credits for one fabric never add up to more than its lines were invoiced
/// for: pieces each rounded to the cent would otherwise gain a cent here and there.
///
/// `unitPrice` is the line's net price, or, for metres from several lines, their average to
/// the cent.
func returnValue(of meters: Decimal, sku: String, from order: Order, desk: Desk) -> (credit: Decimal, unitPrice: Decimal) {
  let lines = order.lines.filter { $0.sku == sku }
  let earlier = desk.returns(for: order.clientId).filter { $0.order == order.id && $0.sku == sku }
  var back = earlier.reduce(Decimal(0)) { $0 + $1.meters }
  var left = meters
  var value: Decimal = 0
  var prices: [Decimal] = []
  for line in lines.reversed() where left > 0 {
    let already = min(back, line.meters)
    back -= already
    let taken = min(line.meters - already, left)
    guard taken > 0 else { continue }
    value += taken * line.unitPrice
    prices.append(line.unitPrice)
    left -= taken
  }
  let invoiced = lines.reduce(Decimal(0)) { $0 + $1.lineTotal }
  let credited = earlier.reduce(Decimal(0)) { $0 + $1.credit }
  let credit = max(0, min(Money.round(value), invoiced - credited))
  let unitPrice = prices.count == 1 ? prices[0] : Money.round(value / meters)
  return (credit, unitPrice)
}
