import Foundation

func decideOffer(_ new: NewOffer, desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  guard let client = desk.clients[new.client] else { throw DeskError("There is no client \(new.client).") }
  guard client.status != .archived else {
    throw DeskError("\(client.name) is archived.", suggestion: "Restore the client before making an offer.")
  }
  guard !new.lines.isEmpty else {
    throw DeskError("An offer needs something to offer.", suggestion: "Try: offer \(client.name) 10% on linen")
  }
  // A signed contract in force is where an offer starts: its prices for lines that name
  // none, its payment terms when the offer names none.
  let contract = new.by == .us ? desk.contractInForce(client: client.id, at: now) : nil
  let lines = contract == nil ? new.lines : new.lines.map { desk.startingFromContract($0, client: client.id, now: now) }
  let terms = Terms(
    lines: lines, paymentTerms: new.paymentTerms ?? contract?.paymentTerms ?? client.paymentTerms ?? desk.settings.defaultPaymentTerms,
    leadTimeDays: new.leadTimeDays)
  let validUntil = try validity(new, desk: desk, now: now)
  let number = desk.nextOfferNumber
  var status = OfferStatus.open
  if new.by == .us {
    let priced = try check(terms, desk: desk)
    // A fresh offer never inherits an approval, so re-offering cannot bypass one.
    let review = desk.review(terms, priced: priced, client: client.id, now: now, by: actor.name)
    if review.needsApproval { status = .pendingApproval }
  } else {
    // A client may ask for anything, as in a counter of theirs: only what we agree to must
    // meet our rules, and accepting it checks them. The ask must still say something real.
    try checkAsk(terms, desk: desk)
  }
  let offer = Offer(
    id: Ids.offer(number), number: number, clientId: client.id, status: status,
    rounds: [Round(by: new.by, terms: terms, at: now)], validUntil: validUntil)
  return [.offerMade(offer)]
}

extension Desk {
  /// An offer line that names no price nor discount, at the client's contract price: a
  /// fabric's own price or percent, or the percent its category's line gives.
  func startingFromContract(_ line: OfferLine, client: String, now: Date) -> OfferLine {
    guard line.unitPrice == nil, line.discountPercent == nil else { return line }
    var line = line
    switch line.scope {
    case .product(let sku):
      guard let product = products[sku], let (_, priced) = contractPrice(client: client, product: product, at: now) else { return line }
      (line.unitPrice, line.discountPercent) = (priced.unitPrice, priced.discountPercent)
    case .category(let name):
      let lines = contractInForce(client: client, at: now)?.lines ?? []
      guard let priced = lines.first(where: { if case .category(let c) = $0.scope { return c.caseInsensitiveCompare(name) == .orderedSame } else { return false } }),
        let percent = priced.discountPercent else { return line }
      line.discountPercent = percent
    case .all:
      return line
    }
    return line
  }
}

private func validity(_ new: NewOffer, desk: Desk, now: Date) throws(DeskError) -> Date {
  if let until = new.validUntil {
    guard until > now else { throw DeskError("An offer cannot be valid only until a date that has passed.") }
    return until
  }
  let days = new.validityDays ?? desk.settings.offerValidityDays
  guard (1...365).contains(days) else { throw DeskError("An offer is valid for 1 to 365 days.") }
  // "Valid until 15 Dec" means the whole of that day.
  return DeskDate.endOfDay(now.addingTimeInterval(Double(days) * 86_400))
}

/// What a client's first ask must be to be written down: discounts below 100%, prices and
/// quantities above zero, each line covering a fabric of the catalog, each fabric once.
private func checkAsk(_ terms: Terms, desk: Desk) throws(DeskError) {
  var seen: Set<String> = []
  for line in terms.lines {
    if let percent = line.discountPercent, percent < 0 || percent >= 100 {
      throw DeskError("A discount must be from 0% to below 100%; \(Money.trimmed(percent))% is not.")
    }
    if let meters = line.meters, meters <= 0 { throw DeskError("A quantity must be more than zero.") }
    if let meters = line.meters { try Limits.checkMeters(meters) }
    if let price = line.unitPrice, price <= 0 { throw DeskError("A price must be more than zero.") }
    if let price = line.unitPrice { try Limits.checkMoney(price, "A price of", max: Limits.maxPrice) }
    let priced = desk.price(line)
    guard !priced.isEmpty else { throw DeskError("That ask covers no product in the catalog.") }
    for item in priced where !seen.insert(item.product.sku).inserted {
      throw DeskError("\(item.product.name) is on two lines of this ask.", suggestion: "Give each fabric one line.")
    }
  }
  if let payment = terms.paymentTerms, payment.days < 0 || payment.days > 365 {
    throw DeskError("Payment terms run from 0 to 365 days.")
  }
}

/// The rules every package on the table must meet, whoever proposed it. Returns each
/// line's products as priced, so a review of the same terms need not price them again.
@discardableResult
func check(_ terms: Terms, desk: Desk) throws(DeskError) -> [[PricedProduct]] {
  var pricedLines: [[PricedProduct]] = []
  for line in terms.lines {
    if let percent = line.discountPercent, percent < 0 || percent >= 100 {
      throw DeskError("A discount must be from 0% to below 100%; \(Money.trimmed(percent))% is not.")
    }
    if line.discountPercent != nil && line.unitPrice != nil {
      throw DeskError("Give a line a discount or a price per metre, not both.")
    }
    if let meters = line.meters, meters <= 0 { throw DeskError("A quantity must be more than zero.") }
    if let meters = line.meters { try Limits.checkMeters(meters) }
    if let price = line.unitPrice, price <= 0 { throw DeskError("A price must be more than zero.") }
    if let price = line.unitPrice { try Limits.checkMoney(price, "A price of", max: Limits.maxPrice) }
    if case .product = line.scope {} else if line.unitPrice != nil || line.meters != nil {
      throw DeskError("A price per metre or a quantity needs one product, not a category.",
                      suggestion: "Try: offer Acme 500m linen 220 at 11.50")
    }
    let priced = desk.price(line)
    guard !priced.isEmpty else { throw DeskError("That offer covers no product in the catalog.") }
    pricedLines.append(priced)
    for item in priced {
      if let cost = item.product.cost, item.netPrice.isLess(than: cost) {
        let net = Money.display(item.netPrice)
        throw DeskError(
          "\(item.product.name) at \(net) is below its cost of \(Money.display(cost)) (list \(Money.display(item.product.listPrice))).",
          suggestion: "The lowest price that covers cost is \(Money.display(cost)), \(Money.trimmed(Money.discountPercent(list: item.product.listPrice, net: cost)))% off.")
      }
    }
  }
  // Each fabric once per offer: two lines pricing the same fabric would leave the order to
  // guess which price was agreed.
  var seen: [String: String] = [:]
  for (line, priced) in zip(terms.lines, pricedLines) {
    let label: String
    switch line.scope {
    case .all: label = "everything"
    case .category(let name): label = name
    case .product(let sku): label = desk.products[sku]?.name ?? sku
    }
    for product in priced.map(\.product) {
      if let first = seen[product.sku] {
        throw DeskError("\(product.name) is on two lines of this offer (\(first), \(label)).", suggestion: "Give each fabric one line.")
      }
      seen[product.sku] = label
    }
  }
  // An offer's quantity is what the client will order: below the fabric's minimum order it
  // could be agreed but never ordered.
  if let short = desk.minimumOrderShortfalls(terms).first {
    throw DeskError(
      short.message, suggestion: "Offer \(metersText(short.minimum)) or more, or leave the quantity out to agree the price only.")
  }
  if let days = terms.leadTimeDays, days < 0 { throw DeskError("A lead time cannot be negative.") }
  if let days = terms.leadTimeDays, days > Limits.maxLeadDays {
    throw DeskError("A lead time of \(days) days is more than the desk accepts (\(Limits.maxLeadDays)).")
  }
  if let payment = terms.paymentTerms, payment.days < 0 || payment.days > 365 {
    throw DeskError("Payment terms run from 0 to 365 days.")
  }
  return pricedLines
}
