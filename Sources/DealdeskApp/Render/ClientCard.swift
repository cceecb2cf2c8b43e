import DealdeskCore
import Foundation

/// The account card (`show Acme`) and the client list.
enum ClientCard {
  static func render(_ desk: Desk, client id: String, now: Date) -> String {
    guard let c = desk.clients[id] else { return "There is no client \(id)." }
    var lines = ["\(c.name) (\(c.id)) · \(c.status.rawValue)" + (c.city.map { " · \($0)" } ?? "")]
    if !c.aliases.isEmpty { lines.append("  also called " + c.aliases.joined(separator: ", ")) }
    for contact in c.contacts {
      let parts = [contact.name, contact.phone, contact.email].compactMap { $0 }
      if !parts.isEmpty { lines.append("  contact: " + parts.joined(separator: " · ")) }
    }
    var terms = "  terms: \(Format.terms(c.paymentTerms ?? desk.settings.defaultPaymentTerms))"
    if c.paymentTerms == nil { terms += " (desk default)" }
    if let limit = c.creditLimit { terms += " · credit limit \(Format.money(limit))" }
    if let r = c.reliability { terms += " · reliability \(r)" }
    let sales = desk.trailingSales(of: id, now: now)
    if let tier = desk.clientTier(of: id, now: now) {
      terms += " · tier \(tier.name) (\(Format.percent(tier.percent)); 12-month sales \(Format.money(sales)))"
    } else if sales > 0 {
      terms += " · 12-month sales \(Format.money(sales))"
    }
    lines.append(terms)
    if let tax = TaxView.cardLine(c, desk: desk) { lines.append(tax) }  // VAT:
    lines += ContractView.cardLines(desk, client: id, now: now)
    if !c.tags.isEmpty { lines.append("  tags: " + c.tags.joined(separator: ", ")) }
    let offers = desk.offers(for: id)
    let open = offers.filter { $0.status.isOpen }
    if open.isEmpty {
      lines.append("  no open offers")
    } else {
      lines.append("  open offers:")
      for offer in open {
        let expired = offer.isExpired(at: now) ? " · EXPIRED" : ""
        let turn = offer.lastMoveBy == .client ? " · their ask, your move" : ""
        lines.append("    \(offer.id) \(OfferText.summary(offer.current, desk: desk)) · valid until \(DeskDate.day(offer.validUntil))\(turn)\(expired)")
      }
    }
    let closed = offers.filter { !$0.status.isOpen }.suffix(5)
    if !closed.isEmpty {
      lines.append("  past offers:")
      for offer in closed {
        let reason = offer.closeReason.map { " (\($0))" } ?? ""
        lines.append("    \(offer.id) \(offer.status.rawValue)\(reason): \(OfferText.summary(offer.current, desk: desk))")
      }
    }
    let ledger = desk.ledger(for: id)
    if !ledger.entries.isEmpty || ledger.unallocated > 0 || !ledger.notInvoiced.isEmpty {
      var money = "  account: \(Balance.phrase(ledger.owes, currency: desk.settings.currency))"
      let late = ledger.overdueTotal(at: now)
      if late > 0 { money += " · overdue \(Format.money(late))" }
      if ledger.orderedNotInvoiced > 0 { money += " · ordered, not yet invoiced \(Format.money(ledger.orderedNotInvoiced))" }
      if let limit = c.creditLimit { money += " · credit exposure \(Format.money(ledger.exposure)) of \(Format.money(limit))" }
      lines.append(money)
    }
    lines += BonusView.cardLines(desk, client: id, now: now)  // Trade bonuses:
    let orders = desk.orders(for: id)
    let active = orders.filter { [.open, .pendingApproval, .shipped].contains($0.status) }
    if !active.isEmpty {
      lines.append("  orders in progress: " + active.map { "\($0.id) \($0.status == .pendingApproval ? "credit hold" : $0.status.rawValue) \(Format.money($0.total))" }.joined(separator: ", "))
    }
    if let last = orders.last(where: { $0.isBillable }) {
      // A fabric priced in volume bands is one purchase of it.
      let what = last.fabricQuantities.map { "\(Format.meters($0.meters)) \(desk.products[$0.sku]?.name ?? $0.sku)" }.joined(separator: ", ")
      lines.append("  last purchase: \(last.id) on \(DeskDate.day(last.createdAt)): \(what)")
    }
    let holds = desk.reservations(for: id).filter { [.held, .awaitingStock].contains($0.status(at: now)) }
    if !holds.isEmpty {
      lines.append("  holds: " + holds.map { "\($0.id) \(Format.meters($0.meters)) \(desk.products[$0.sku]?.name ?? $0.sku)" + ($0.lot.map { " lot \($0)" } ?? " (awaiting stock)") }.joined(separator: ", "))
    }
    let loans = desk.sampleLoans.values.filter { $0.client == id && $0.isOut }.sorted { Ids.order($0.id, $1.id) }
    if !loans.isEmpty {
      lines.append("  swatches out: " + loans.map { "\(desk.products[$0.sku]?.name ?? $0.sku) due \(DeskDate.day($0.dueBack))" }.joined(separator: ", "))
    }
    // Day:
    if let next = desk.nextFollowUp(for: id) {
      lines.append("  next follow-up: \(next.id) \(DayView.due(next)): \(next.text)" + (next.isOverdue(at: now) ? " · " + Style.mark("OVERDUE", .alert) : ""))
    }
    if let last = desk.lastContact(with: id) {
      let length = last.durationMinutes.map { " (\($0) min)" } ?? ""
      lines.append("  last contact: \(last.kind.rawValue)\(length) \(DeskDate.minute(last.at)): \(last.text)")
    }
    if let complaints = ComplaintView.cardLine(desk, client: id) { lines.append(complaints) }  // Claims:
    lines.append("  client since \(DeskDate.day(c.addedAt))")
    return lines.joined(separator: "\n")
  }

  /// `viewer`: on a team desk, whose list it is: their own accounts first, then nobody's,
  /// then others', with each client's account named.
  static func list(_ desk: Desk, viewer: String? = nil) -> String {
    let clients = desk.ownAccountsFirst(desk.clientsInOrder, for: viewer, client: \.id)
    guard !clients.isEmpty else { return "No clients yet. Add one: add client Acme Textiles" }
    let byAccount = viewer.flatMap { desk.ordersByAccount(for: $0) ? $0 : nil }
    var table = Table(
      ["id", "client", "status", "city", "open offers"] + (byAccount == nil ? [] : ["account"]),
      align: [.left, .left, .left, .left, .right, .left])
    table.cuttable = ["client": 12, "city": 8]
    table.dropsFirst = ["city", "status"]
    for c in clients {
      var row = [c.id, c.name, c.status.rawValue, c.city ?? "", "\(desk.offers(for: c.id).filter { $0.status.isOpen }.count)"]
      if let me = byAccount {
        let keeper = desk.accountManager(of: c.id)
        row.append(keeper.map { $0.login == me ? "yours" : $0.firstName } ?? "")
      }
      table.add(row)
    }
    guard let me = byAccount else { return "Clients (\(Format.count(clients.count)))\n" + table.render() }
    let own = desk.ownAccountCount(clients.map(\.id), for: me)
    return "Clients (\(Format.count(clients.count))): your \(Format.count(own)) account\(own == 1 ? "" : "s") first, then nobody's, then others'\n" + table.render()
  }
}
