import DealdeskCore
import Foundation

extension Render {
  /// The answer to a change: what happened, in the manager's terms.
  static func confirmation(_ command: Command, events: [Event], before: Desk, after desk: Desk, now: Date, viewer: String?) -> String {
    var lines = events.map { confirm($0, before: before, desk: desk, now: now, viewer: viewer) }.filter { !$0.isEmpty }
    // Pieces of one ask from several dye lots can differ in shade: say so once.
    var groups: [String] = []
    for case .reservationMade(let r) in events { if let g = r.group, !groups.contains(g) { groups.append(g) } }
    if groups.contains(where: { desk.mixesDyeLots(group: $0) }) {
      lines.append("Note: this reservation spans more than one dye lot; shades may differ. Tell the client.")
    }
    return lines.joined(separator: "\n")
  }

  /// The priced table, the policy behind it and the meter: what every offer and counter shows.
  static func assessment(_ terms: Terms, offer: Offer, desk: Desk, now: Date, viewer: String?) -> String {
    let review = desk.review(terms, client: offer.clientId, now: now, by: viewer)
    // Only a client's ask can be below a minimum order (ours are refused): say it cannot be agreed.
    let minimums = desk.minimumOrderShortfalls(terms).map { "  \($0.message) It cannot be agreed as it stands." }
    return ([OfferText.priced(terms, desk: desk)] + Meter.policy(terms, client: offer.clientId, desk: desk, now: now)
      + ["  " + Meter.line(review, terms: terms, offer: offer, desk: desk, viewer: viewer)] + minimums
      + CompetitorView.lines(terms, desk: desk)  // Claims:
    ).joined(separator: "\n")
  }

  private static func confirm(_ event: Event, before: Desk, desk: Desk, now: Date, viewer: String?) -> String {
    if let text = confirmOrder(event, desk: desk, now: now) ?? confirmStock(event, desk: desk, now: now)
      ?? DayView.confirm(event, before: before, desk: desk, now: now)  // Day:
    { return text }
    // Claims:
    if let text = ComplaintView.confirm(event, desk: desk) ?? ExpenseView.confirm(event, desk: desk, now: now) { return text }
    if let text = BonusView.confirm(event, desk: desk, now: now) { return text }  // Trade bonuses:
    if let text = StatementView.confirm(event, desk: desk) { return text }
    if let text = TaxView.confirm(event, before: before, desk: desk) { return text }  // VAT:
    if let text = AuthorityView.confirm(event, desk: desk) ?? PeopleView.confirm(event, before: before, desk: desk) { return text }
    if let text = CoverView.confirm(event, desk: desk) { return text }
    if let text = ContractView.confirm(event, desk: desk, now: now) { return text }
    if case .competitorPriceNoted(let price) = event { return CompetitorView.confirm(price, desk: desk) }
    switch event {
    case .clientAdded(let client):
      let kind = client.status == .prospect ? "prospect" : "client"
      let city = client.city.map { " in \($0)" } ?? ""
      return "Added \(kind) \(client.name)\(city) (\(client.id))."
    case .clientAliasAdded(let id, let alias):
      return "\(desk.clients[id]?.name ?? id) can now be called \(alias)."
    case .clientAliasRemoved(let id, let alias):
      return "\(desk.clients[id]?.name ?? id) is no longer called \(alias)."
    case .productAdded(let p):
      var text = "Added \(p.name) (\(p.sku)) to \(p.category) at \(Format.money(p.listPrice))/m"
      if let cost = p.cost, p.listPrice > 0 {
        text += ", cost \(Format.money(cost)), margin \(Format.percent(Money.round((p.listPrice - cost) * 100 / p.listPrice, scale: 1)))"
      }
      return text + "."
    case .stockReceived(let sku, let lot, let meters, _):
      let product = desk.products[sku]
      let lots = product?.lots.count ?? 0
      return "Received \(Format.meters(meters)) of \(product?.name ?? sku) into lot \(lot). In stock: \(Format.meters(product?.metersInStock ?? 0)) in \(lots) lot\(lots == 1 ? "" : "s")."
    case .offerMade(let offer):
      let client = desk.clients[offer.clientId]?.name ?? offer.clientId
      let waiting = offer.status == .pendingApproval ? " · waiting for approval" : ""
      // An offer the client opened with their own ask reads as theirs: it is our turn.
      let head = offer.lastMoveBy == .client ? "\(client) asks, \(offer.id) opened from their side" : "\(offer.id) to \(client)"
      return "\(head): \(OfferText.summary(offer.current, desk: desk)) · valid until \(DeskDate.day(offer.validUntil))\(waiting)\n"
        + assessment(offer.current, offer: offer, desk: desk, now: now, viewer: viewer)
    case .offerCountered(let id, let round, let status):
      guard let offer = desk.offers[id] else { return "\(id) countered." }
      let client = desk.clients[offer.clientId]?.name ?? offer.clientId
      let previous = before.offers[id]?.current
      let who = round.by == .us ? "You countered \(id)" : "\(client) asks on \(id)"
      let waiting = status == .pendingApproval ? " · waiting for approval" : ""
      var text = "\(who) (round \(offer.rounds.count)): \(OfferText.summary(round.terms, desk: desk))\(waiting)"
      if let previous { text += "\n  " + changes(from: previous, to: round.terms, desk: desk) }
      let approval = AuthorityView.afterChange(id, before: before, after: desk, now: now, viewer: viewer)
      return ([text] + approval + [assessment(round.terms, offer: offer, desk: desk, now: now, viewer: viewer)]).joined(separator: "\n")
    case .offerApproved(let id, let approval):
      let by = approval.by == "you" ? "" : " by \(approval.by)"
      return "Approved \(id)\(by): \(OfferText.summary(approval.terms, desk: desk)). It can now be accepted as it stands; any change needs approval again."
    case .offerExtended(let id, let until):
      return "\(id) is now valid until \(DeskDate.day(until))."
    case .offerLost(let id, let competitor, let reason, _):
      let client = desk.offers[id].flatMap { desk.clients[$0.clientId]?.name } ?? "the client"
      return "Lost \(id) (\(client))" + (competitor.map { " to \($0)" } ?? "") + (reason.map { ": \($0)." } ?? ".")
    case .offerAccepted(let id, let by, _):
      guard let offer = desk.offers[id] else { return "\(id) accepted." }
      let client = desk.clients[offer.clientId]?.name ?? offer.clientId
      let who = by == .client ? "\(client) accepted \(id)" : "You accepted \(Format.possessive(client)) terms on \(id)"
      var text = "\(who): \(OfferText.summary(offer.current, desk: desk))."
      if let total = desk.total(of: offer.current) { text += " Total \(Format.money(total)) \(desk.settings.currency)." }
      return text
    case .offerDeclined(let id, let reason, _):
      let client = desk.offers[id].flatMap { desk.clients[$0.clientId]?.name } ?? "The client"
      return "\(client) declined \(id)" + (reason.map { ": \($0)." } ?? ".")
    case .offerWithdrawn(let id, _):
      return "Withdrew \(id)."
    case .settingsChanged(let settings):
      return settingsChange(from: before.settings, to: settings)
    default:
      return ""
    }
  }

  /// "discount 10% → 12% · payment net 30 → net 60"
  static func changes(from old: Terms, to new: Terms, desk: Desk) -> String {
    var parts: [String] = []
    for (a, b) in zip(old.lines, new.lines) where a != b {
      parts.append("\(OfferText.line(a, desk: desk)) → \(OfferText.line(b, desk: desk))")
    }
    if old.paymentTerms != new.paymentTerms {
      parts.append("payment \(Format.terms(old.paymentTerms)) → \(Format.terms(new.paymentTerms))")
    }
    if old.leadTimeDays != new.leadTimeDays {
      parts.append("lead time \(old.leadTimeDays.map { "\($0) days" } ?? "none") → \(new.leadTimeDays.map { "\($0) days" } ?? "none")")
    }
    return "changed: " + (parts.isEmpty ? "nothing" : parts.joined(separator: " · "))
  }

  private static func settingsChange(from old: Settings, to new: Settings) -> String {
    var parts: [String] = []
    if old.discountLimit != new.discountLimit { parts.append("Your discount limit is now \(Format.percent(new.discountLimit)).") }
    if old.paymentTermsLimitDays != new.paymentTermsLimitDays {
      parts.append("Payment terms longer than net \(new.paymentTermsLimitDays) now need approval.")
    }
    if old.currency != new.currency { parts.append("The desk's currency is now \(new.currency).") }
    if old.offerValidityDays != new.offerValidityDays { parts.append("Offers are now valid for \(new.offerValidityDays) days.") }
    if old.holdDays != new.holdDays { parts.append("Holds now last \(new.holdDays) days.") }
    for (key, amount) in new.quotas.sorted(by: { $0.key < $1.key }) where old.quotas[key] != amount {
      parts.append("Quota for \(Period(key: key)?.label ?? key): \(Format.money(amount)).")
    }
    if old.sampleLoanDays != new.sampleLoanDays { parts.append("Swatches are now lent for \(new.sampleLoanDays) days.") }
    if old.floorMarginPercent != new.floorMarginPercent {
      parts.append(new.floorMarginPercent.map { "Offers below a \(Format.percent($0)) margin now need approval." } ?? "There is no margin floor now.")
    }
    if old.volumeTiers != new.volumeTiers || old.tierBasis != new.tierBasis {
      let tiers = new.volumeTiers.map { "\(Format.meters($0.fromMeters)) \(Format.percent($0.percent))" }.joined(separator: ", ")
      parts.append(tiers.isEmpty ? "No volume tiers now." : "Volume tiers: \(tiers), \(new.tierBasis == .wholeQuantity ? "on the whole quantity" : "above each break").")
    }
    if old.clientTiers != new.clientTiers {
      parts.append("Client tiers: " + new.clientTiers.map { "\($0.name) from \(Format.money($0.fromSales)) \(Format.percent($0.percent))" }.joined(separator: ", ") + ".")
    }
    if old.defaultPaymentTerms != new.defaultPaymentTerms { parts.append("Default payment terms are now \(new.defaultPaymentTerms.label).") }
    parts += TaxView.settingsChange(from: old, to: new)  // VAT:
    if old.bonusLimit != new.bonusLimit {  // Trade bonuses:
      parts.append("Trade bonuses above \(Format.percent(new.bonusLimit)) now need a director's approval (those agreed keep theirs).")
    }
    return parts.joined(separator: " ")
  }
}
