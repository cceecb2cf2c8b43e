import Foundation

func decideComplaint(_ new: NewComplaint, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard let client = desk.clients[new.client] else { throw DeskError("There is no client \(new.client).", suggestion: "`clients` lists them.") }
  let text = normalisedName(new.text)
  guard !text.isEmpty else {
    throw DeskError("What is the complaint?", suggestion: "e.g. complaint \(client.name): wrong shade on S-7")
  }
  guard text.count <= 500 else { throw DeskError("That complaint is too long to keep (\(text.count) characters; 500 at most).", suggestion: "Say it shorter.") }
  var lot = new.lot
  if let id = new.order {
    guard let order = desk.orders[id] else { throw DeskError("There is no order \(id).", suggestion: "`orders for \(client.name)` lists theirs.") }
    guard order.clientId == new.client else {
      let owner = desk.clients[order.clientId]?.name ?? order.clientId
      throw DeskError("\(id) is \(possessive(owner)) order, not \(possessive(client.name)).",
                      suggestion: "Check the order number: `orders for \(client.name)` lists theirs.")
    }
    // The lot the goods came from, when the order names exactly one.
    if lot == nil {
      let lots = Set(order.lines.compactMap(\.lot))
      if lots.count == 1 { lot = lots.first }
    }
  }
  let complaint = Complaint(
    id: Ids.complaint(desk.nextComplaintNumber), clientId: new.client, order: new.order, lot: lot, reason: new.reason,
    text: text, openedAt: now)
  return [.complaintFiled(complaint)]
}

func decideResolveComplaint(_ id: String, verdict: ComplaintVerdict?, resolution: ComplaintResolution, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard let complaint = desk.complaints[id] else { throw DeskError("There is no complaint \(id).", suggestion: "`complaints` lists them.") }
  guard complaint.status == .open else {
    let when = complaint.resolvedAt.map { " on \(DeskDate.day($0))" } ?? ""
    throw DeskError("\(id) was already resolved\(when).", suggestion: "A new problem is a new complaint, e.g. complaint \(desk.clients[complaint.clientId]?.name ?? "Acme"): …")
  }
  var resolution = resolution
  resolution.text = normalisedName(resolution.text)
  if verdict == .unjustified, resolution.credit != nil || resolution.discountPercent != nil {
    throw DeskError("An unjustified complaint gets no credit or discount.", suggestion: "Call it justified, or leave the remedy out.")
  }
  if let credit = resolution.credit {
    guard credit > 0 else { throw DeskError("A credit must be more than zero.") }
    try Limits.checkMoney(credit, "A credit of")
  }
  if let meters = resolution.replacementMeters {
    guard meters > 0 else { throw DeskError("A replacement must be more than zero metres.") }
    try Limits.checkMeters(meters)
  }
  if let percent = resolution.discountPercent {
    guard percent > 0, percent < 100 else { throw DeskError("A discount is between 0% and 100%.", suggestion: "e.g. resolve \(id): discount 5%") }
  }
  guard resolution.text.count <= 500 else { throw DeskError("That resolution is too long to keep (500 characters at most).") }
  let note = try complaintCreditNote(complaint, resolution, desk: desk, now: now)
  resolution.creditNote = note?.id
  var events: [Event] = [.complaintResolved(complaint: id, verdict: verdict, resolution: resolution, at: now)]
  if let note { events.append(.creditNoteIssued(note)) }
  if let meters = resolution.replacementMeters {
    events.append(.replacementShipped(complaint: id, picks: try replacementPicks(complaint, meters: meters, desk: desk, now: now), at: now))
  }
  return events
}

/// A credit or a discount settles as one credit note: against the complaint's order when it
/// names one (which must have been invoiced), else on account. A discount is a percent of
/// the order's invoice, so it needs the order.
private func complaintCreditNote(_ complaint: Complaint, _ r: ComplaintResolution, desk: Desk, now: Date) throws(DeskError) -> CreditNote? {
  guard r.credit != nil || r.discountPercent != nil else { return nil }
  var invoice: Invoice?
  if let orderId = complaint.order {
    guard let issued = desk.invoice(of: orderId) else {
      throw DeskError(
        "\(orderId) has not shipped, so there is no invoice to credit.",
        suggestion: "Resolve \(complaint.id) once \(orderId) has shipped, or cancel \(orderId).")
    }
    invoice = issued
  }
  var amount = r.credit ?? 0
  if let percent = r.discountPercent {
    guard let invoice else {
      throw DeskError(
        "\(complaint.id) names no order, so a percent has nothing to be taken off.",
        suggestion: "Give the credit as an amount: resolve \(complaint.id) justified: credit 150")
    }
    amount += Money.round(invoice.amount * percent / 100)
  }
  if let invoice {
    let left = invoice.amount - desk.credited(order: invoice.order)
    guard amount <= left else {
      throw DeskError("A credit of \(Money.display(amount)) is more than the \(Money.display(left)) left to credit on \(invoice.order) (invoice \(invoice.id)).")
    }
  }
  let (id, number) = desk.nextCreditNote()
  let sku = complaintFabric(complaint, desk: desk)
  return CreditNote(
    id: id, number: number, clientId: complaint.clientId, order: complaint.order, amount: amount,
    kind: r.credit != nil ? .complaintCredit : .complaintDiscount, source: complaint.id, sku: sku, at: now,
    vatPercent: desk.creditNotePercent(client: complaint.clientId, order: complaint.order))
}

/// The fabric a complaint is about: its lot's, or its order's only one.
private func complaintFabric(_ complaint: Complaint, desk: Desk) -> String? {
  guard let orderId = complaint.order, let order = desk.orders[orderId] else { return nil }
  if let lot = complaint.lot, let line = desk.invoice(of: orderId)?.shipped.first(where: { $0.lot == lot }) { return line.sku }
  let skus = Set(order.lines.map(\.sku))
  return skus.count == 1 ? skus.first : nil
}

/// What to do when the desk cannot ship a replacement itself.
private func replacementInstead(_ complaint: Complaint) -> String {
  "Settle it with a credit for the cloth (resolve \(complaint.id) justified: credit …), or without the metres (resolve \(complaint.id) justified: replacement sent)."
}

/// Replacement metres ship from free stock like any shipment: one lot where one covers
/// them, else as few lots as possible.
private func replacementPicks(_ complaint: Complaint, meters: Decimal, desk: Desk, now: Date) throws(DeskError) -> [StockPick] {
  guard let orderId = complaint.order else {
    throw DeskError("\(complaint.id) names no order, so the desk cannot tell which fabric to replace.", suggestion: replacementInstead(complaint))
  }
  guard desk.invoice(of: orderId) != nil else {
    throw DeskError("\(orderId) has not shipped: there is nothing to replace yet.")
  }
  guard let sku = complaintFabric(complaint, desk: desk) else {
    throw DeskError("\(orderId) has more than one fabric and \(complaint.id) names no lot: the desk cannot tell which to replace.", suggestion: replacementInstead(complaint))
  }
  let name = desk.products[sku]?.name ?? sku
  let pieces = LotChoice.split(desk.lotAvailability(sku: sku, now: now), meters: meters)
  let found = pieces.reduce(Decimal(0)) { $0 + $1.meters }
  guard found >= meters else {
    throw DeskError(
      "A replacement of \(Money.displayQuantity(meters)) m \(name) cannot ship: \(Money.displayQuantity(found)) m is free.",
      suggestion: "Request it: request \(Money.trimmed(meters - found))m \(name) from warehouse")
  }
  return pieces.map { StockPick(sku: sku, lot: $0.lot, meters: $0.meters, reservation: nil) }
}

/// "Acme Textiles'", "Bora's"
private func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }
