import Foundation

/// One client's account, as a controller reads it (DESIGN.md, "Money"). Every balance,
/// statement, ageing and credit check reads its figures here:
/// - **owes**: invoiced − paid − credited, what the client can be asked to pay (negative:
///   money of theirs we hold);
/// - **ordered, not invoiced**: orders taken and not yet shipped, on credit hold included;
/// - **credit exposure**: the two together, what the credit limit guards.
///
/// Every figure here is **gross**, VAT included: an invoice asks the client for its net
/// plus its VAT (VAT.swift's rounding), a credit note gives back its net plus its VAT, and
/// a payment is the money that came in. Sales, margins and bonuses stay net (Sales.swift).
///
/// Payments and credit notes naming an order settle its invoice; money on account, what an
/// order's invoice does not need, and payments ahead of an invoice settle the oldest due
/// invoice first, as an accountant allocates. Computed from the records, never stored.
public struct Ledger: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var invoice: Invoice
    public var order: Order
    /// What the invoice asks the client to pay: its net amount plus its VAT.
    public var due: Decimal
    /// Payments allocated to the invoice.
    public var paid: Decimal
    /// Credit notes allocated to the invoice, VAT included.
    public var credited: Decimal
    public var outstanding: Decimal { due - paid - credited }
    public var dueDate: Date? { order.dueDate }

    /// Calendar days past the due day (DeskDate.daysLate); late when above zero with money
    /// still outstanding.
    public func daysLate(at now: Date) -> Int { DeskDate.daysLate(dueDate, at: now) }
    public func isLate(at now: Date) -> Bool { outstanding > 0 && daysLate(at: now) > 0 }
  }

  public var entries: [Entry]
  /// Money received or credited that no invoice needs (yet): on account, or paid ahead of
  /// an order's invoice.
  public var unallocated: Decimal
  /// Orders taken and not shipped: open, or waiting on credit approval.
  public var notInvoiced: [Order]
  /// What those orders' invoices will ask, VAT at the client's rate today included.
  public var orderedNotInvoiced: Decimal
  public var invoiced: Decimal
  public var paid: Decimal
  public var credited: Decimal

  /// Invoiced − paid − credited: what the client can be asked to pay.
  public var owes: Decimal { invoiced - paid - credited }
  /// What the credit limit guards: what is owed and what is ordered, less money of theirs we hold.
  public var exposure: Decimal { max(0, owes + orderedNotInvoiced) }

  /// The invoice of an order, with what has been allocated to it.
  public func entry(_ order: String) -> Entry? { entries.first { $0.order.id == order } }

  /// Invoices with money outstanding past their due day (a calendar day late or more).
  public func late(at now: Date) -> [Entry] { entries.filter { $0.isLate(at: now) } }

  public func overdueTotal(at now: Date) -> Decimal { late(at: now).reduce(0) { $0 + $1.outstanding } }
}

extension Desk {
  /// One client's ledger, read from that client's records alone: a command's advice asks
  /// for it, and a branch has 20,000 orders and as many payments.
  public func ledger(for client: String) -> Ledger {
    ledger(
      orders: orders(for: client), invoices: invoices(for: client), payments: payments(for: client),
      credits: creditNotes(for: client))
  }

  /// Every client's ledger in one pass over the records.
  public func ledgers() -> [String: Ledger] {
    func grouped<R>(_ records: [R], by client: (R) -> String) -> [String: [R]] {
      var out: [String: [R]] = [:]
      for record in records { out[client(record), default: []].append(record) }
      return out
    }
    let orders = grouped(ordersInOrder, by: \.clientId), invoices = grouped(invoicesInOrder, by: \.clientId)
    let payments = grouped(paymentsInOrder, by: \.clientId), credits = grouped(creditNotesInOrder, by: \.clientId)
    var ledgers: [String: Ledger] = [:]
    for client in clients.keys {
      ledgers[client] = ledger(
        orders: orders[client] ?? [], invoices: invoices[client] ?? [], payments: payments[client] ?? [],
        credits: credits[client] ?? [])
    }
    return ledgers
  }

  /// One client's ledger from its orders (by number), invoices (by number), payments (as
  /// recorded) and credit notes (by number).
  private func ledger(orders: [Order], invoices: [Invoice], payments: [Payment], credits: [CreditNote]) -> Ledger {
    let byId = Dictionary(orders.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var entries = invoices.compactMap { invoice in
      byId[invoice.order].map { Ledger.Entry(invoice: invoice, order: $0, due: gross(of: invoice), paid: 0, credited: 0) }
    }
    let position = Dictionary(entries.enumerated().map { ($1.order.id, $0) }, uniquingKeysWith: { first, _ in first })
    var spare: (paid: Decimal, credited: Decimal) = (0, 0)
    // Credit notes first: they correct the invoice itself; then payments.
    let creditedGross = vat(ofNotes: credits).map(\.gross)
    for (credit, amount) in zip(credits, creditedGross) {
      if let id = credit.order, let i = position[id] {
        let applied = min(amount, max(0, entries[i].outstanding))
        entries[i].credited += applied
        spare.credited += amount - applied
      } else {
        spare.credited += amount
      }
    }
    // A payment ahead of its order's invoice (a prepayment) waits for that invoice.
    let awaiting = Set(orders.filter(\.awaitsInvoice).map(\.id))
    var ahead: Decimal = 0
    for payment in payments {
      if let id = payment.order, let i = position[id] {
        let applied = min(payment.amount, max(0, entries[i].outstanding))
        entries[i].paid += applied
        spare.paid += payment.amount - applied
      } else if let id = payment.order, awaiting.contains(id) {
        ahead += payment.amount
      } else {
        spare.paid += payment.amount
      }
    }
    // Spare money settles the oldest due first; invoices with no due date yet (cash on
    // delivery, not delivered) come last. Credits before payments, as above.
    let oldestFirst = entries.indices.sorted {
      let (a, b) = (entries[$0], entries[$1])
      return (a.dueDate ?? .distantFuture, a.invoice.number) < (b.dueDate ?? .distantFuture, b.invoice.number)
    }
    for i in oldestFirst where spare.credited > 0 || spare.paid > 0 {
      let credit = min(spare.credited, max(0, entries[i].outstanding))
      entries[i].credited += credit
      spare.credited -= credit
      let paid = min(spare.paid, max(0, entries[i].outstanding))
      entries[i].paid += paid
      spare.paid -= paid
    }
    let invoicedOrders = Set(invoices.map(\.order))
    let notInvoiced = orders.filter { $0.awaitsInvoice && !invoicedOrders.contains($0.id) }
    return Ledger(
      entries: entries, unallocated: spare.paid + spare.credited + ahead, notInvoiced: notInvoiced,
      orderedNotInvoiced: notInvoiced.reduce(0) { $0 + gross(of: $1) },
      invoiced: invoices.reduce(0) { $0 + gross(of: $1) }, paid: payments.reduce(0) { $0 + $1.amount },
      credited: creditedGross.reduce(0, +))
  }

  /// What the client owes now: invoiced − paid − credited (negative: we hold their money).
  public func owes(_ client: String) -> Decimal { ledger(for: client).owes }

  /// Invoices past their due date with money outstanding, by client then invoice.
  public func overdue(at now: Date) -> [Ledger.Entry] {
    let ledgers = ledgers()
    return clientsInOrder.flatMap { ledgers[$0.id]?.late(at: now) ?? [] }
  }

  /// One client's invoices past their due date with money outstanding.
  public func overdue(of client: String, at now: Date) -> [Ledger.Entry] { ledger(for: client).late(at: now) }

  /// Credit exposure: what is owed and ordered (DESIGN.md), what the credit limit guards.
  public func exposure(of client: String) -> Decimal { ledger(for: client).exposure }

  /// When an order of `amount` more (net, as an order's total) would take the client over
  /// its credit limit: the exposure with it, VAT included as its invoice will ask, and the
  /// limit, for the message; nil when within the limit or there is none.
  public func creditExcess(of client: String, adding amount: Decimal) -> (exposure: Decimal, limit: Decimal)? {
    guard let limit = clients[client]?.creditLimit else { return nil }
    let exposure = self.exposure(of: client) + vatToday(net: amount, client: client).gross
    return exposure > limit ? (exposure, limit) : nil
  }
}

extension Desk {
  /// Metres ordered per fabric in the last `days` days (cancelled orders left out): the
  /// recent demand a stock request plans for.
  public func recentSales(days: Int, now: Date) -> [String: Decimal] {
    let since = now.addingTimeInterval(-Double(days) * 86_400)
    var sold: [String: Decimal] = [:]
    for order in ordersInOrder where order.isBillable && order.createdAt > since && order.createdAt <= now {
      for line in order.lines { sold[line.sku, default: 0] += line.meters }
    }
    return sold
  }
}
