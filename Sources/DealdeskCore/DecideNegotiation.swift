import Foundation

/// An offer that exists, with the reason it cannot move when it is closed.
private func existing(_ id: String, desk: Desk) throws(DeskError) -> Offer {
  guard let offer = desk.offers[id] else { throw DeskError("There is no offer \(id).", suggestion: "`offers` lists them.") }
  guard offer.status.isOpen else {
    let reason = offer.status == .lost ? "lost\(offer.lostTo.map { " to \($0)" } ?? "")" : offer.status.rawValue
    throw DeskError("\(id) is already \(reason).", suggestion: "Make a new offer to \(desk.clients[offer.clientId]?.name ?? "the client").")
  }
  return offer
}

/// An offer whose terms can still move: open, and not past its validity.
func live(_ id: String, desk: Desk, now: Date) throws(DeskError) -> Offer {
  let offer = try existing(id, desk: desk)
  if offer.isExpired(at: now) {
    throw DeskError("\(id) expired on \(DeskDate.day(offer.validUntil)).", suggestion: "Extend it first: extend \(id) by 7 days")
  }
  return offer
}

func decideCounter(_ id: String, by: Party, change: TermsChange, desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  let offer = try live(id, desk: desk, now: now)
  guard !change.isEmpty else {
    throw DeskError("What changes in the counter?", suggestion: "Try: counter 12%, counter net 60, counter 11.20")
  }
  var terms = try applying(change, to: offer.current, id: id)
  terms = try applyingLines(change.lines, to: terms, id: id, desk: desk)
  guard terms != offer.current else { throw DeskError("That is what \(id) already says.") }
  // A client may ask for anything; only what we put on the table must meet our rules, and
  // it waits for approval unless it is within authority or exactly what was approved.
  var status = OfferStatus.open
  if by == .us {
    let priced = try check(terms, desk: desk)
    if !desk.isCleared(terms, offer: offer, now: now, priced: priced, by: actor.name) { status = .pendingApproval }
  }
  return [.offerCountered(offer: id, round: Round(by: by, terms: terms, at: now), status: status)]
}

/// Each named line's new terms on the offer's line it names: the same scope, or the one
/// product line of a category named ("satin" for the Duchess Satin line). A line the offer does
/// not have, or a product inside a category line (its discount is the whole category's), is refused.
private func applyingLines(_ changes: [OfferLine], to current: Terms, id: String, desk: Desk) throws(DeskError) -> Terms {
  var terms = current
  var changed: Set<Int> = []
  for change in changes {
    let label: String
    switch change.scope {
    case .all: label = "everything"
    case .category(let name): label = name
    case .product(let sku): label = desk.products[sku]?.name ?? sku
    }
    var matches = terms.lines.indices.filter { terms.lines[$0].scope == change.scope }
    if matches.isEmpty, case .category(let name) = change.scope {
      matches = terms.lines.indices.filter {
        if case .product(let sku) = terms.lines[$0].scope { return desk.products[sku].map { sameName($0.category, name) } ?? false }
        return false
      }
    }
    guard matches.count == 1, let i = matches.first else {
      throw DeskError(matches.isEmpty ? "\(id) has no line for \(label)." : "\(label) is on several lines of \(id); name each one.",
                      suggestion: "Name the lines as \(id) has them (`show \(id)`), or make a new offer.")
    }
    guard changed.insert(i).inserted else { throw DeskError("\(label) is named twice in one move.") }
    if let percent = change.discountPercent {
      guard percent >= 0, percent < 100 else {
        throw DeskError("A discount must be from 0% to below 100%; \(Money.trimmed(percent))% is not.")
      }
      terms.lines[i].discountPercent = percent
      terms.lines[i].unitPrice = nil
    }
    try setPrice(change.unitPrice, meters: change.meters, on: &terms.lines[i])
  }
  return terms
}

/// A move's price and quantity on one line, each checked; a price replaces the line's discount.
private func setPrice(_ price: Decimal?, meters: Decimal?, on line: inout OfferLine) throws(DeskError) {
  if let price {
    guard price > 0 else { throw DeskError("A price must be more than zero.") }
    try Limits.checkMoney(price, "A price of", max: Limits.maxPrice)
    line.unitPrice = price
    line.discountPercent = nil
  }
  if let meters {
    guard meters > 0 else { throw DeskError("A quantity must be more than zero.") }
    try Limits.checkMeters(meters)
    line.meters = meters
  }
}

/// The standing terms with the change applied; what the change does not name carries over.
private func applying(_ change: TermsChange, to current: Terms, id: String) throws(DeskError) -> Terms {
  var terms = current
  if let percent = change.discountPercent {
    for i in terms.lines.indices {
      terms.lines[i].discountPercent = percent
      terms.lines[i].unitPrice = nil
    }
  }
  if change.unitPrice != nil || change.meters != nil {
    let productLines = terms.lines.indices.filter { if case .product = terms.lines[$0].scope { true } else { false } }
    guard productLines.count == 1, let i = productLines.first else {
      throw DeskError("\(id) has no single product line to put a price or quantity on.",
                      suggestion: "Counter with a percent instead, e.g. counter 12%.")
    }
    try setPrice(change.unitPrice, meters: change.meters, on: &terms.lines[i])
  }
  if let percent = change.discountPercent, percent < 0 || percent >= 100 {
    throw DeskError("A discount must be from 0% to below 100%; \(Money.trimmed(percent))% is not.")
  }
  if let payment = change.paymentTerms { terms.paymentTerms = payment }
  if let lead = change.leadTimeDays { terms.leadTimeDays = lead }
  return terms
}

func decideAccept(_ id: String, by: Party?, desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  let offer = try live(id, desk: desk, now: now)
  // Waiting for approval, unless policy has since moved so the terms are within authority.
  if let rejected = desk.rejection(of: id, terms: offer.current), !desk.isCleared(offer.current, offer: offer, now: now, by: actor.name) {
    throw DeskError(
      "\(id) was rejected as it stands by \(rejected.by) on \(DeskDate.day(rejected.at))\(rejected.reason.map { ": \($0)" } ?? "").",
      suggestion: "Counter with new terms (within your authority, or ask approval for them).")
  }
  if offer.status == .pendingApproval, !desk.isCleared(offer.current, offer: offer, now: now, by: actor.name) {
    throw DeskError("\(id) is waiting for approval and cannot be accepted yet.", suggestion: "First: approve \(id) by NAME")
  }
  // Accepting means the side that did not make the last move agrees to it.
  let acceptor = by ?? (offer.lastMoveBy == .us ? .client : .us)
  try check(offer.current, desk: desk)
  guard desk.isCleared(offer.current, offer: offer, now: now, by: actor.name) else {
    let reasons = desk.review(offer.current, client: offer.clientId, now: now, by: actor.name).reasons.joined(separator: "; ")
    throw DeskError("\(id) as it stands needs approval: \(reasons).", suggestion: "Approve it (approve \(id) by NAME) or counter within your authority.")
  }
  // An accepted offer with quantities becomes an order: the credit limit applies now.
  if offer.approval?.terms != offer.current, let total = desk.total(of: offer.current),
    let (exposure, limit) = desk.creditExcess(of: offer.clientId, adding: total)
  {
    let name = desk.clients[offer.clientId]?.name ?? offer.clientId
    throw DeskError(
      "Accepting \(id) would take \(name) over its credit limit: exposure \(Money.display(exposure)) with this deal, limit \(Money.display(limit)).",
      suggestion: "Approve it (approve \(id) by NAME), take a payment first, or reduce the quantity.")
  }
  return [.offerAccepted(offer: id, by: acceptor, at: now)]
}

func decideExtend(_ id: String, days: Int?, until: Date?, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let offer = try existing(id, desk: desk)
  let newEnd: Date
  if let until {
    guard until > now else { throw DeskError("Extend to a date still to come.") }
    newEnd = until
  } else {
    let days = days ?? desk.settings.offerValidityDays
    guard (1...365).contains(days) else { throw DeskError("Extend by 1 to 365 days.") }
    // An expired offer is extended from today, a live one from its current end.
    newEnd = DeskDate.endOfDay(max(now, offer.validUntil).addingTimeInterval(Double(days) * 86_400))
  }
  guard newEnd != offer.validUntil else { throw DeskError("\(id) is already valid until \(DeskDate.day(newEnd)).") }
  return [.offerExtended(offer: id, validUntil: newEnd)]
}

func decideDecline(_ id: String, reason: String?, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  _ = try existing(id, desk: desk)
  return [.offerDeclined(offer: id, reason: reason, at: now)]
}

func decideLose(_ id: String, to competitor: String?, reason: String?, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  _ = try existing(id, desk: desk)
  return [.offerLost(offer: id, to: competitor, reason: reason, at: now)]
}

func decideWithdraw(_ id: String, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  _ = try existing(id, desk: desk)
  return [.offerWithdrawn(offer: id, at: now)]
}
