import Foundation

/// What each order still owes. Payments (and complaint credits) against an order go to it; payments on account,
/// and any overpayment of an order, settle the client's other orders oldest due date first
/// (what an accountant would do). Computed from orders and payments, never stored.
public struct Ledger: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var order: Order
    public var paid: Decimal
    public var outstanding: Decimal { order.total - paid }
  }

  public var entries: [Entry]
  /// Money received beyond every order: the client's credit with us.
  public var unallocated: Decimal

  public var balance: Decimal { entries.reduce(0) { $0 + $1.outstanding } - unallocated }

  public func entry(_ order: String) -> Entry? { entries.first { $0.order.id == order } }
}

extension Desk {
  /// One client's ledger, read from that client's records alone: a command's advice asks
  /// for it, and a branch has 20,000 orders and as many payments.
  public func ledger(for client: String) -> Ledger {
    Self.ledger(
      client: client, orders: orders(for: client).filter(\.isBillable), payments: payments(for: client),
      complaints: complaints(for: client))
  }

  /// Every client's ledger in one pass over orders, payments and complaints.
  public func ledgers() -> [String: Ledger] {
    var orders: [String: [Order]] = [:]
    for order in ordersInOrder where order.isBillable { orders[order.clientId, default: []].append(order) }
    var payments: [String: [Payment]] = [:]
    for payment in paymentsInOrder { payments[payment.clientId, default: []].append(payment) }
    var complaints: [String: [Complaint]] = [:]
    for complaint in complaintsInOrder { complaints[complaint.clientId, default: []].append(complaint) }
    var ledgers: [String: Ledger] = [:]
    for client in clients.keys {
      ledgers[client] = Self.ledger(
        client: client, orders: orders[client] ?? [], payments: payments[client] ?? [], complaints: complaints[client] ?? [])
    }
    return ledgers
  }

  /// One client's ledger from its billable orders (by number), payments and complaints (by id).
  private static func ledger(client: String, orders: [Order], payments: [Payment], complaints: [Complaint]) -> Ledger {
    var entries = orders.map { Ledger.Entry(order: $0, paid: 0) }
    var spare: Decimal = 0
    // A credit granted on a justified complaint settles like a payment: against its order
    // when it names one, else on account.
    let credits = complaints.compactMap { c -> Payment? in
      guard c.clientId == client, let credit = c.resolution?.credit, credit > 0 else { return nil }
      return Payment(id: c.id, clientId: client, order: c.order, amount: credit, at: c.resolvedAt ?? c.openedAt)
    }
    for payment in payments + credits {
      if let id = payment.order, let i = entries.firstIndex(where: { $0.order.id == id }) {
        let applied = min(payment.amount, max(0, entries[i].outstanding))
        entries[i].paid += applied
        spare += payment.amount - applied
      } else {
        spare += payment.amount
      }
    }
    // Spare money settles the oldest due first; orders with no due date yet (cash on
    // delivery, not delivered) come last.
    let order = entries.indices.sorted {
      let (a, b) = (entries[$0].order, entries[$1].order)
      return (a.dueDate ?? .distantFuture, a.number) < (b.dueDate ?? .distantFuture, b.number)
    }
    for i in order where spare > 0 && entries[i].outstanding > 0 {
      let applied = min(spare, entries[i].outstanding)
      entries[i].paid += applied
      spare -= applied
    }
    return Ledger(entries: entries, unallocated: spare)
  }

  /// What the client owes now (negative: we owe them).
  public func balance(of client: String) -> Decimal { ledger(for: client).balance }

  /// Orders past their due date with money still outstanding.
  public func overdue(at now: Date) -> [Ledger.Entry] {
    let ledgers = ledgers()
    return clientsInOrder.flatMap { ledgers[$0.id]?.entries ?? [] }
      .filter { $0.outstanding > 0 && ($0.order.dueDate.map { $0 < now } ?? false) }
  }

  /// One client's orders past their due date with money outstanding.
  public func overdue(of client: String, at now: Date) -> [Ledger.Entry] {
    ledger(for: client).entries.filter { $0.outstanding > 0 && ($0.order.dueDate.map { $0 < now } ?? false) }
  }

  /// Credit exposure: everything billable not yet paid, before a new order.
  public func exposure(of client: String) -> Decimal { max(0, balance(of: client)) }

  /// When `amount` more would take the client over its credit limit: the exposure with it
  /// and the limit, for the message; nil when within the limit or there is none.
  public func creditExcess(of client: String, adding amount: Decimal) -> (exposure: Decimal, limit: Decimal)? {
    guard let limit = clients[client]?.creditLimit else { return nil }
    let exposure = self.exposure(of: client) + amount
    return exposure > limit ? (exposure, limit) : nil
  }
}

extension Desk {
  /// Metres ordered per fabric in the last `days` days (cancelled orders left out): the
  /// recent sales a stock request plans for.
  public func recentSales(days: Int, now: Date) -> [String: Decimal] {
    let since = now.addingTimeInterval(-Double(days) * 86_400)
    var sold: [String: Decimal] = [:]
    for order in ordersInOrder where order.isBillable && order.createdAt > since && order.createdAt <= now {
      for line in order.lines { sold[line.sku, default: 0] += line.meters }
    }
    return sold
  }
}
