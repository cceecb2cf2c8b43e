import Foundation

/// A quantity of a product a manager names for an order.
public struct OrderItem: Sendable, Equatable {
  public var sku: String
  public var meters: Decimal

  public init(sku: String, meters: Decimal) {
    self.sku = sku
    self.meters = meters
  }
}

func decideOrder(client id: String, offer offerId: String?, items: [OrderItem], desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  var offer: Offer?
  var clientId = id
  if let offerId {
    guard let found = desk.offers[offerId] else { throw DeskError("There is no offer \(offerId).") }
    guard found.status == .accepted else {
      throw DeskError("\(offerId) is \(found.status(at: now).rawValue), not accepted: only an accepted offer becomes an order.")
    }
    offer = found
    clientId = found.clientId
  }
  guard let client = desk.clients[clientId] else { throw DeskError("There is no client \(clientId).") }
  guard client.status != .archived else {
    throw DeskError("\(client.name) is archived: no new orders.", suggestion: "Restore the client first.")
  }
  let wanted = try orderItems(offer: offer, items: items, desk: desk)
  var lines: [OrderLine] = []
  for item in wanted {
    guard item.meters > 0 else { throw DeskError("An order quantity must be more than zero.") }
    try Limits.checkMeters(item.meters)
    guard let product = desk.products[item.sku] else { throw DeskError("There is no product \(item.sku).") }
    if let offer, Desk.line(of: offer.current, covering: product) == nil {
      throw DeskError("\(offer.id) does not cover \(product.name).", suggestion: "Order it at standing terms: \(client.name) orders \(Money.displayQuantity(item.meters))m \(product.name)")
    }
    if product.isBelowMinimumOrder(item.meters), let minimum = product.minimumOrderMeters {
      throw DeskError(MinimumOrderShortfall(sku: product.sku, name: product.name, meters: item.meters, minimum: minimum).message)
    }
    let priced = desk.orderLines(client: clientId, sku: item.sku, meters: item.meters, offer: offer, now: now)
    guard !priced.isEmpty else { throw DeskError("There is no product \(item.sku).") }
    lines += priced
  }
  // Quantities other than the agreed ones: the discount must still be within authority at
  // these quantities (a volume tier earned on 1,000 m does not carry to 10 m).
  if let offer, !items.isEmpty {
    let asOrdered = Terms(lines: lines.map { OfferLine(scope: .product(sku: $0.sku), meters: $0.meters, unitPrice: $0.unitPrice) })
    let review = desk.review(asOrdered, client: clientId, now: now, by: actor.name)
    if review.needsApproval {
      throw DeskError(
        "At these quantities \(offer.id)'s prices need approval: \(review.reasons.joined(separator: "; ")).",
        suggestion: "Order the agreed quantities, or make a new offer for these.")
    }
  }
  if let offer, let previous = desk.orders(for: offer.clientId).first(where: { $0.offer == offer.id && $0.isBillable }),
    offer.current.lines.allSatisfy({ $0.meters != nil })
  {
    throw DeskError("\(offer.id) is already ordered as \(previous.id).")
  }
  // A signed contract's payment terms are the client's while it is in force.
  let contractTerms = offer == nil ? desk.contractInForce(client: clientId, at: now)?.paymentTerms : nil
  let terms = offer?.current.paymentTerms ?? contractTerms ?? client.paymentTerms ?? desk.settings.defaultPaymentTerms
  // An offer's terms were cleared when it was accepted, a contract's when it was signed;
  // standing terms longer than the manager may grant need the same route as a discount
  // beyond authority: an offer, approved.
  let termsLimit = desk.limits(of: actor.name).paymentTermsDays
  if offer == nil, contractTerms == nil, terms.days > termsLimit {
    throw DeskError(
      "\(client.name) has standing terms of \(terms.label), longer than your net \(termsLimit): an order at them needs approval.",
      suggestion: "Make an offer at these terms (it waits for approval), or ask a director to set \(client.name) terms net \(termsLimit).")
  }
  let number = desk.nextOrderNumber
  var order = Order(
    id: Ids.order(number), number: number, clientId: clientId, offer: offer?.id, status: .open, lines: lines,
    paymentTerms: terms, createdAt: now)
  // Over the credit limit the order waits for approval, unless the offer it comes from was
  // approved exactly as agreed (that approval already saw the figures).
  let approvedOffer = offer.map { $0.approval?.terms == $0.current } ?? false
  if !approvedOffer, desk.creditExcess(of: clientId, adding: order.total) != nil {
    order.status = .pendingApproval
  }
  return [.orderPlaced(order)] + desk.holdStock(for: order, now: now)
}

/// What to order: the quantities named, else the offer's product lines with quantities.
private func orderItems(offer: Offer?, items: [OrderItem], desk: Desk) throws(DeskError) -> [OrderItem] {
  if !items.isEmpty { return items }
  guard let offer else { throw DeskError("Order what?", suggestion: "e.g. Acme orders 300m poplin") }
  let fromOffer = offer.current.lines.compactMap { line -> OrderItem? in
    guard case .product(let sku) = line.scope, let meters = line.meters else { return nil }
    return OrderItem(sku: sku, meters: meters)
  }
  guard !fromOffer.isEmpty else {
    throw DeskError("\(offer.id) agrees prices but no quantities.", suggestion: "Say what to order, e.g. order \(offer.id) 300m linen 220")
  }
  return fromOffer
}

/// An order that exists, and the reason it cannot move when it cannot.
func order(_ id: String, desk: Desk) throws(DeskError) -> Order {
  guard let order = desk.orders[id] else { throw DeskError("There is no order \(id).", suggestion: "`orders` lists them.") }
  return order
}

func decideShip(_ id: String, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let order = try order(id, desk: desk)
  if let refusal = desk.refusal(.ship, of: order) { throw refusal }
  switch desk.picks(for: order, now: now) {
  case .success(let picks): return [.orderShipped(order: id, at: now, picks: picks)]
  case .failure(let error): throw error
  }
}

func decideDeliver(_ id: String, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let order = try order(id, desk: desk)
  if let refusal = desk.refusal(.deliver, of: order) { throw refusal }
  return [.orderDelivered(order: id, at: now)]
}

func decideCancel(_ id: String, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let order = try order(id, desk: desk)
  if let refusal = desk.refusal(.cancel, of: order) { throw refusal }
  return [.orderCancelled(order: id, at: now)]
}

func decideApproveOrder(_ id: String, by: String?, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let order = try order(id, desk: desk)
  guard order.status == .pendingApproval, let limit = desk.clients[order.clientId]?.creditLimit else {
    throw DeskError("\(id) needs no approval.")
  }
  let exposure = desk.exposure(of: order.clientId)
  let approver = try named(by, id: id)
  if let refusal = desk.approverRefusal(approver) {
    throw DeskError(refusal, suggestion: "Name the person who approves it: approve \(id) by Sofia Marku")
  }
  return [.orderApproved(order: id, approval: CreditApproval(by: approver, at: now, exposure: exposure, limit: limit))]
}
