import DealdeskCore
import Foundation

extension Render {
  /// Replies to orders, payments and credit changes; nil for events of other families.
  static func confirmOrder(_ event: Event, desk: Desk, now: Date) -> String? {
    switch event {
    case .orderPlaced(let order):
      let client = desk.clients[order.clientId]?.name ?? order.clientId
      var from = order.offer.map { " from \($0)" } ?? " at standing terms"
      // Priced from a contract in force: its prices and terms, not the standing ones.
      if order.offer == nil, order.lines.contains(where: { $0.discounts.contains { $0.source == .contract } }),
        let contract = desk.contractInForce(client: order.clientId, at: order.createdAt)
      {
        from = " at contract \(contract.id)'s prices"
      }
      var text = "\(order.id) for \(client)\(from): \(Format.money(order.total)) \(desk.settings.currency) · \(order.paymentTerms.label)"
      text += " · due " + Format.due(order)
      if order.status == .pendingApproval, let limit = desk.clients[order.clientId]?.creditLimit {
        let exposure = desk.exposure(of: order.clientId)
        text += "\n  Over the credit limit: exposure \(Format.money(exposure)) with this order, limit \(Format.money(limit)). It waits for approval: approve \(order.id)"
      }
      let missing = desk.unheld(order, now: now)
      if !missing.isEmpty {
        text += "\n  Not yet held for it: " + missing.map { "\(Format.meters($0.meters)) \(desk.products[$0.sku]?.name ?? $0.sku)" }.joined(separator: ", ")
          + ". It ships once the stock is there (reserve across lots, or request it)."
      }
      return text + "\n" + InvoiceView.lines(order, desk: desk)
    case .orderApproved(let id, let approval):
      let by = approval.by == "you" ? "" : " by \(approval.by)"
      return "Approved \(id)\(by) over the credit limit (exposure \(Format.money(approval.exposure)), limit \(Format.money(approval.limit))). It can ship."
    case .orderShipped(let id, _, let picks):
      let lines = Invoice.shippedLines(picks)
      let from = lines.map { "\(Format.meters($0.meters)) \(desk.products[$0.sku]?.name ?? $0.sku) from lot \($0.lot)" }
      let mixed = Set(lines.map(\.sku)).contains { sku in lines.filter { $0.sku == sku }.count > 1 }
      var text = "Shipped \(id): " + from.joined(separator: ", ") + "." + (mixed ? " Note: one fabric ships from more than one dye lot; shades may differ." : "")
      if let invoice = desk.invoice(of: id), let order = desk.orders[id] {
        text += "\n  Invoice \(invoice.id): \(Format.money(desk.gross(of: invoice))) \(desk.settings.currency) with VAT · due \(Format.due(order))"
        // VAT: the invoice is a document the client receives; it says its VAT.
        text += "\n" + TaxView.block(desk.vat(of: invoice), currency: desk.settings.currency, indent: "    ").joined(separator: "\n")
      }
      return text
    case .orderDelivered(let id, _):
      let due = desk.orders[id].flatMap { $0.paymentTerms == .cashOnDelivery ? $0.dueDate : nil }
      return "\(id) delivered." + (due.map { " Payment is due now (\(DeskDate.day($0)))." } ?? "")
    case .orderCancelled(let id, _): return "Cancelled \(id)."
    case .paymentReceived(let payment):
      let client = desk.clients[payment.clientId]?.name ?? payment.clientId
      var text = "Received \(Format.money(payment.amount)) from \(client)"
      let ledger = desk.ledger(for: payment.clientId)
      if let id = payment.order, let entry = ledger.entry(id) {
        text += " for \(id)"
        let left = entry.outstanding
        text += left > 0 ? ": \(Format.money(left)) still to pay on it." : ": " + Style.mark("paid in full", .good) + "."
        let due = entry.due - entry.credited
        let onIt = desk.paid(toward: id)
        if onIt > due { text += " Overpaid by \(Format.money(onIt - due)): it goes to the client's oldest unpaid invoice, else stays on account." }
      } else if let id = payment.order {
        text += " for \(id), ahead of its invoice (it has not shipped)."
      } else {
        text += " on account."
      }
      return text + " \(client) " + Balance.phrase(ledger.owes, currency: desk.settings.currency) + "."
    case .creditLimitSet(let id, let limit):
      let name = desk.clients[id]?.name ?? id
      return limit.map { "\(Format.possessive(name)) credit limit is now \(Format.money($0))." } ?? "\(name) has no credit limit now."
    case .reliabilityRated(let id, let grade):
      return "\(desk.clients[id]?.name ?? id) is rated \(grade) for reliability."
    case .clientTermsSet(let id, let terms):
      return "\(desk.clients[id]?.name ?? id) now buys on \(terms.label)."
    default:
      return nil
    }
  }
}

enum Balance {
  /// "owes 1,240.00 EUR", "owes nothing", "has 256.00 EUR credit with us"
  static func phrase(_ balance: Decimal, currency: String) -> String {
    if balance > 0 { return "owes \(Format.money(balance)) \(currency)" }
    if balance < 0 { return "has \(Format.money(-balance)) \(currency) credit with us" }
    return "owes nothing"
  }
}
