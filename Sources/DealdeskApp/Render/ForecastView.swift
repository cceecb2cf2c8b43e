import DealdeskCore
import Foundation

/// `forecast` (the weighted pipeline) and `handover` (a digest for a colleague covering).
enum ForecastView {
  static func forecast(_ desk: Desk, now: Date) -> String {
    let (lines, unpriced) = desk.forecast(now: now)
    guard !lines.isEmpty else {
      return "No open deal has quantities to forecast." + (unpriced > 0 ? " (\(unpriced) open price offer\(unpriced == 1 ? "" : "s") without quantities.)" : "")
    }
    var table = Table(["offer", "client", "stage", "value", "weight", "expected"], align: [.left, .left, .left, .right, .right, .right])
    for line in lines {
      table.add([line.offer.id, desk.clients[line.offer.clientId]?.name ?? line.offer.clientId, line.stage,
                 Format.money(line.value), Format.percent(line.weight), Format.money(line.weighted)])
    }
    let value = lines.reduce(Decimal(0)) { $0 + $1.value }
    let expected = lines.reduce(Decimal(0)) { $0 + $1.weighted }
    var out = "Forecast: \(Format.money(expected)) \(desk.settings.currency) expected from \(Format.money(value)) in play\n" + table.render()
    if unpriced > 0 { out += "\n  and \(unpriced) price offer\(unpriced == 1 ? "" : "s") without quantities, not counted" }
    out += "\n  weights: approval pending 30%, our offer 40%, their ask 60%, accepted not ordered 90%"
    return out
  }

  /// What a colleague covering for the manager must not miss in the coming week.
  static func handover(_ desk: Desk, now: Date) -> String {
    let week = now.addingTimeInterval(7 * 86_400)
    var sections: [String] = ["Handover, \(DeskDate.day(now)): what needs someone this week"]
    func section(_ title: String, _ items: [String]) {
      sections.append(items.isEmpty ? "\(title): none" : "\(title):\n" + items.map { "  - \($0)" }.joined(separator: "\n"))
    }
    let name = { (id: String) in desk.clients[id]?.name ?? id }
    section("Offers expiring", openOffers(desk, now: now, among: nil).filter { $0.validUntil <= week }.map { offerLine($0, desk: desk) })
    section("Holds expiring", holdsExpiring(desk, now: now, among: nil))
    section("Promised shipments", desk.ordersInOrder.filter { $0.status == .open || $0.status == .pendingApproval }.map {
      "\($0.id) \(name($0.clientId)): \(Format.money($0.total))" + ($0.status == .pendingApproval ? " (credit hold)" : "")
        + (desk.unheld($0, now: now).isEmpty ? ", stock held" : ", stock still missing")
    })
    // Each with why it waits (discount, margin, payment terms) and where it stands: asked or rejected.
    var approvals = desk.offersInOrder.filter { $0.status(at: now) == .pendingApproval }.map { offer in
      let reasons = desk.review(offer.current, client: offer.clientId, now: now, by: desk.asker(of: offer)).reasons
      let why = reasons.isEmpty ? "beyond authority" : reasons.joined(separator: "; ")
      let state = OfferView.status(offer, now: now, desk: desk)
      return "\(offer.id) \(name(offer.clientId)): \(why)" + (state == "waiting for approval" ? "" : " (\(state))")
    }
    approvals += desk.ordersInOrder.filter { $0.status == .pendingApproval }.map { "\($0.id) \(name($0.clientId)): over the credit limit" }
    section("Approvals pending", approvals)
    section("Overdue payments", overduePayments(desk, now: now, among: nil))
    section("Follow-ups due", followUpsDue(desk, now: now, among: nil))
    section("Swatches due back", desk.sampleLoansInOrder.filter { $0.isOut && $0.dueBack <= week }.map {
      "\($0.id) \(desk.products[$0.sku]?.name ?? $0.sku) at \(name($0.client)), due \(DeskDate.day($0.dueBack))"
    })
    return sections.joined(separator: "\n")
  }

  /// The digest a colleague covering for an absent account manager gets at their start, on
  /// those accounts only: open offers, holds about to expire, follow-ups due, overdue money.
  /// Each section reads the same predicate as `handover`.
  static func coverDigest(_ desk: Desk, now: Date, accounts: Set<String>) -> [String] {
    var sections: [String] = []
    func section(_ title: String, _ items: [String]) {
      sections.append(items.isEmpty ? "\(title): none" : "\(title):\n" + items.map { "  - \($0)" }.joined(separator: "\n"))
    }
    section("Open offers", openOffers(desk, now: now, among: accounts).map { offerLine($0, desk: desk) })
    section("Holds expiring this week", holdsExpiring(desk, now: now, among: accounts))
    section("Follow-ups due this week", followUpsDue(desk, now: now, among: accounts))
    section("Overdue money", overduePayments(desk, now: now, among: accounts))
    return sections
  }

  private static func clientName(_ id: String, _ desk: Desk) -> String { desk.clients[id]?.name ?? id }

  private static func openOffers(_ desk: Desk, now: Date, among accounts: Set<String>?) -> [Offer] {
    desk.offersInOrder.filter { $0.status(at: now).isOpen && (accounts?.contains($0.clientId) ?? true) }
  }

  private static func offerLine(_ offer: Offer, desk: Desk) -> String {
    "\(offer.id) \(clientName(offer.clientId, desk)): \(OfferText.summary(offer.current, desk: desk)), valid until \(DeskDate.day(offer.validUntil))"
  }

  private static func holdsExpiring(_ desk: Desk, now: Date, among accounts: Set<String>?) -> [String] {
    let week = now.addingTimeInterval(7 * 86_400)
    return desk.reservationsInOrder.filter {
      $0.isHolding(at: now) && ($0.expiresAt.map { $0 <= week } ?? false) && (accounts?.contains($0.client) ?? true)
    }.map {
      "\($0.id) \(clientName($0.client, desk)): \(Format.meters($0.meters)) \(desk.products[$0.sku]?.name ?? $0.sku), until \(DeskDate.day($0.expiresAt ?? now))"
    }
  }

  private static func overduePayments(_ desk: Desk, now: Date, among accounts: Set<String>?) -> [String] {
    desk.overdue(at: now).filter { accounts?.contains($0.order.clientId) ?? true }.map {
      "\($0.order.id) \(clientName($0.order.clientId, desk)): \(Format.money($0.outstanding)) due \(DeskDate.day($0.order.dueDate ?? now))"
    }
  }

  private static func followUpsDue(_ desk: Desk, now: Date, among accounts: Set<String>?) -> [String] {
    let week = now.addingTimeInterval(7 * 86_400)
    return desk.followUpsInOrder.filter { $0.isOpen && $0.deadline <= week && (accounts?.contains($0.client) ?? true) }.map {
      "\($0.id) \(clientName($0.client, desk)): \($0.text), \($0.isOverdue(at: now) ? "overdue since" : "due") \(DeskDate.day($0.due))"
    }
  }
}
