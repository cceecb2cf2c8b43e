import Foundation

func decidePayment(
  client id: String?, order orderId: String?, amount: Decimal, onAccount: Bool = false, desk: Desk, now: Date
) throws(DeskError) -> [Event] {
  guard amount > 0 else { throw DeskError("A payment must be more than zero.") }
  try Limits.checkMoney(amount, "A payment of")
  var clientId = id ?? ""
  if let orderId {
    guard let order = desk.orders[orderId] else { throw DeskError("There is no order \(orderId).") }
    if let id, order.clientId != id {
      throw DeskError("\(orderId) belongs to \(desk.clients[order.clientId]?.name ?? order.clientId), not \(desk.clients[id]?.name ?? id).")
    }
    guard order.isBillable else { throw DeskError("\(orderId) was cancelled; record the payment on account instead.") }
    clientId = order.clientId
  }
  guard let client = desk.clients[clientId] else { throw DeskError("Who paid?", suggestion: "e.g. Acme paid 5,000 or payment 5,000 for S-7") }
  // A figure far above anything the client could be paying for is more often a slip of
  // the finger than a payment: ask, unless the line says it is money on account.
  let exposure = desk.ledger(for: clientId).exposure
  if !onAccount, amount > 2 * exposure {
    let owed = exposure > 0 ? "owes and has on order \(Money.display(exposure))" : "owes nothing and has nothing on order"
    throw DeskError(
      "\(Money.display(amount)) is far more than \(client.name) \(owed): was that the amount?",
      suggestion: "If it was, record it as money on account: \(client.name) paid \(Money.display(amount)) on account")
  }
  let payment = Payment(id: Ids.payment(desk.nextPaymentNumber), clientId: clientId, order: orderId, amount: amount, at: now)
  return [.paymentReceived(payment)]
}

func decideCreditLimit(client id: String, limit: Decimal?, desk: Desk) throws(DeskError) -> [Event] {
  guard let client = desk.clients[id] else { throw DeskError("There is no client \(id).") }
  if let limit, limit < 0 { throw DeskError("A credit limit cannot be negative.") }
  if let limit { try Limits.checkMoney(limit, "A credit limit of") }
  guard client.creditLimit != limit else { return [] }
  return [.creditLimitSet(client: id, limit: limit)]
}

func decideReliability(client id: String, grade: String, desk: Desk) throws(DeskError) -> [Event] {
  guard let client = desk.clients[id] else { throw DeskError("There is no client \(id).") }
  let grade = grade.uppercased()
  guard ["A", "B", "C", "D"].contains(grade) else {
    throw DeskError("Reliability is rated A (best) to D.", suggestion: "e.g. rate \(client.name) reliability B")
  }
  guard client.reliability != grade else { return [] }
  return [.reliabilityRated(client: id, grade: grade)]
}

func decideClientTerms(client id: String, terms: PaymentTerms, desk: Desk) throws(DeskError) -> [Event] {
  guard let client = desk.clients[id] else { throw DeskError("There is no client \(id).") }
  guard (0...Limits.maxPaymentDays).contains(terms.days) else { throw DeskError("Payment terms run from 0 to \(Limits.maxPaymentDays) days.") }
  guard client.paymentTerms != terms else { return [] }
  return [.clientTermsSet(client: id, terms: terms)]
}
