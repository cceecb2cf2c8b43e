import Foundation

/// What can happen to an order after it is placed.
public enum OrderMove: Sendable, Equatable, CaseIterable {
  case ship, deliver, cancel, takeBack

  /// As a manager says it: "ship", "return goods from".
  public var verb: String {
    switch self {
    case .ship: "ship"
    case .deliver: "deliver"
    case .cancel: "cancel"
    case .takeBack: "return goods from"
    }
  }
}

/// One rule per move, read by `decide`, by the grammar when it picks a client's latest order
/// that fits, and by Tab completion, so the three never disagree. Stock is checked by
/// `decide` alone when an order ships: it needs the lots, not just the order.
extension Desk {
  /// Why `order` cannot make `move` now; nil when it can.
  public func refusal(_ move: OrderMove, of order: Order) -> DeskError? {
    let id = order.id
    switch (move, order.status) {
    case (.ship, .open), (.deliver, .shipped), (.cancel, .open), (.cancel, .pendingApproval), (.takeBack, .shipped),
      (.takeBack, .delivered):
      break
    case (.ship, .pendingApproval):
      // A payment since may have brought the client back within the limit.
      if let (exposure, limit) = creditExcess(of: order.clientId, adding: 0) {
        return DeskError(
          "\(id) is over the client's credit limit (exposure \(Money.display(exposure)), limit \(Money.display(limit))) and waits for approval.",
          suggestion: "approve \(id) by NAME, or take a payment of at least \(Money.display(exposure - limit)) first.")
      }
    case (.ship, .shipped), (.ship, .delivered), (.deliver, .delivered): return DeskError("\(id) is already \(order.status.rawValue).")
    case (.ship, .cancelled), (.deliver, .cancelled), (.takeBack, .cancelled): return DeskError("\(id) was cancelled.")
    case (.deliver, .open), (.deliver, .pendingApproval): return DeskError("\(id) has not shipped yet.")
    case (.cancel, .delivered):
      return DeskError("\(id) was delivered: it cannot be cancelled.", suggestion: "Record a complaint or a return instead: return 50m FABRIC from \(id)")
    case (.cancel, .shipped):
      return DeskError("\(id) has shipped: it cannot be cancelled.", suggestion: "Record a return when the goods come back: return 50m FABRIC from \(id)")
    case (.cancel, .cancelled): return DeskError("\(id) is already cancelled.")
    case (.takeBack, .open), (.takeBack, .pendingApproval):
      return DeskError("\(id) has not shipped: nothing can come back.", suggestion: "cancel \(id) instead.")
    }
    if move == .ship, order.paymentTerms == .prepayment {
      let unpaid = gross(of: order) - prepaid(order)
      if unpaid > 0 {
        return DeskError("\(id) is on prepayment and \(Money.display(unpaid)) is still unpaid.", suggestion: "Record the payment first.")
      }
    }
    return nil
  }

  public func can(_ move: OrderMove, _ order: Order) -> Bool { refusal(move, of: order) == nil }

  /// Money of the client's we hold that an unshipped order may use: payments naming it,
  /// and whatever else the client has on account.
  func prepaid(_ order: Order) -> Decimal {
    let named = paid(toward: order.id)
    return named + max(0, -(ledger(for: order.clientId).owes + named))
  }

  /// Every payment that names the order.
  public func paid(toward order: String) -> Decimal {
    guard let client = orders[order]?.clientId else { return 0 }
    return payments(for: client).filter { $0.order == order }.reduce(0) { $0 + $1.amount }
  }

  /// What is still to pay on one order, VAT included: its invoice's outstanding once
  /// shipped; before, its total with VAT less what was paid toward it; nothing on a
  /// cancelled order.
  public func stillToPay(order id: String) -> Decimal {
    guard let order = orders[id] else { return 0 }
    if let entry = ledger(for: order.clientId).entry(id) { return entry.outstanding }
    return order.awaitsInvoice ? max(0, gross(of: order) - paid(toward: id)) : 0
  }
}

extension Order {
  /// Taken and not yet shipped: open, or waiting on credit approval. Such an order is
  /// "ordered, not invoiced" on the client's account.
  public var awaitsInvoice: Bool { status == .open || status == .pendingApproval }
}
