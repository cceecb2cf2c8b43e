import DealdeskCore
import Foundation

/// Authority as the manager reads it: the approval inbox (`approvals`), an offer's approval
/// steps, what a change does to an approval, and limits one changed oneself.
enum AuthorityView {
  /// `approvals`: every live offer whose terms as they stand wait for someone's approval.
  static func inbox(_ desk: Desk, now: Date, viewer: String?) -> String {
    let waiting = desk.offersInOrder.filter { offer in
      offer.status.isOpen && !offer.isExpired(at: now) && isWaiting(offer, desk: desk, now: now)
    }
    let bonuses = BonusView.waiting(desk, now: now)  // Trade bonuses:
    guard !waiting.isEmpty || !bonuses.isEmpty else {
      return "Nothing waits for approval. An offer beyond your authority waits here once made; ask approval for O-N: REASON says why."
    }
    var lines = ["Waiting for approval (\(waiting.count + bonuses.count))"]
    for offer in waiting {
      let client = desk.clients[offer.clientId]?.name ?? offer.clientId
      let value = desk.total(of: offer.current).map { " · \(Format.money($0)) \(desk.settings.currency)" } ?? ""
      lines.append("\(offer.id) · \(client)\(value) · valid until \(DeskDate.day(offer.validUntil))")
      lines.append("  terms: \(OfferText.summary(offer.current, desk: desk))")
      let review = desk.review(offer.current, client: offer.clientId, now: now, by: desk.asker(of: offer))
      lines.append("  meter: " + Meter.line(review, terms: offer.current, offer: offer, desk: desk, viewer: viewer))
      lines.append("  " + state(offer, desk: desk))
    }
    lines += bonuses
    return lines.joined(separator: "\n")
  }

  /// Terms beyond authority (ours or the client's ask), not yet approved as they stand.
  static func isWaiting(_ offer: Offer, desk: Desk, now: Date) -> Bool {
    guard offer.status == .pendingApproval || desk.openRequest(of: offer.id) != nil else { return false }
    return !desk.isCleared(offer.current, offer: offer, now: now, by: desk.asker(of: offer))
  }

  /// Who asked and why, or what is still to do.
  private static func state(_ offer: Offer, desk: Desk) -> String {
    if let rejected = desk.rejection(of: offer.id, terms: offer.current) {
      return "rejected by \(rejected.by) on \(DeskDate.day(rejected.at))\(because(rejected)) · counter with new terms, then ask again"
    }
    if let request = desk.openRequest(of: offer.id) {
      guard request.terms == offer.current else {
        return "asked by \(request.by) on \(DeskDate.day(request.at)) for earlier terms · ask again: ask approval for \(offer.id): REASON"
      }
      return "asked by \(request.by) on \(DeskDate.day(request.at))\(because(request))"
    }
    return "not asked yet · ask approval for \(offer.id): REASON"
  }

  private static func because(_ step: ApprovalStep) -> String { step.reason.map { ": \($0)" } ?? "" }

  /// `limits`: what the manager may grant without approval, and who changed it when.
  static func limits(_ desk: Desk, viewer: String?) -> String {
    let s = desk.settings
    let mine = desk.limits(of: viewer)
    let person = viewer.flatMap { desk.people[$0] }
    var lines = [person.map { "\($0.name)'s authority (\($0.role.rawValue); beyond it an offer waits for approval)" }
      ?? "Your authority (beyond it an offer waits for approval)"]
    var discount = "  discount: up to \(Format.percent(mine.discount))\(changeNote(.discount, desk: desk, for: viewer))"
    if !s.volumeTiers.isEmpty {
      discount += "; volume tiers add " + s.volumeTiers.map { "\(Format.percent($0.percent)) from \(Format.meters($0.fromMeters))" }.joined(separator: ", ")
    }
    if !s.clientTiers.isEmpty {
      discount += "; client tiers add " + s.clientTiers.map { "\(Format.percent($0.percent)) for \($0.name)" }.joined(separator: ", ")
    }
    lines.append(discount)
    lines.append("  margin floor: " + (s.floorMarginPercent.map(Format.percent) ?? "none") + changeNote(.floorMargin, desk: desk))
    lines.append("  payment terms: up to net \(mine.paymentTermsDays)\(changeNote(.paymentTerms, desk: desk, for: viewer))")
    if let quota = person?.quota { lines.append("  quota: \(Format.money(quota.amount)) \(s.currency) a \(quota.per.rawValue)") }
    // On a team desk one's own changes and the branch's; another person's are theirs to read.
    let changes = desk.authority.limitChanges.filter { $0.of == nil || $0.of == viewer }
    guard !changes.isEmpty else { return (lines + ["No changes to these limits on record."]).joined(separator: "\n") }
    lines.append("Changes on record (\(changes.count))")
    for change in changes.reversed() {
      let what = change.kind == .discount ? "discount limit" : change.kind == .paymentTerms ? "payment terms limit" : "margin floor"
      let whose = change.of.map { " for \(desk.people[$0]?.name ?? $0)" } ?? ""
      lines.append("  \(DeskDate.minute(change.at))  \(what)\(whose) \(value(change.from, change.kind)) → \(value(change.to, change.kind)), by \(change.by)")
    }
    return lines.joined(separator: "\n")
  }

  /// An offer's approval steps, oldest first, for `show O-N`: who, when, about which terms.
  static func steps(_ offer: Offer, desk: Desk) -> [String] {
    let steps = desk.approvalSteps(of: offer.id)
    var lines = steps.map { step -> String in
      let verb: String
      switch step.kind {
      case .asked: verb = "approval asked by \(step.by)"
      case .approved: verb = "approved by \(step.by)"
      case .rejected: verb = "rejected by \(step.by)"
      }
      let terms = step.terms == offer.current ? "" : " (for earlier terms: \(OfferText.summary(step.terms, desk: desk)))"
      return "  \(verb), \(DeskDate.minute(step.at))\(because(step))\(terms)"
    }
    // A desk saved before the steps were kept still has its offer's last approval.
    if let approval = offer.approval, !steps.contains(where: { $0.kind == .approved && $0.terms == approval.terms && $0.at == approval.at }) {
      let current = approval.terms == offer.current ? "" : " (the terms have changed since)"
      lines.append("  approved by \(approval.by), \(DeskDate.minute(approval.at))\(current)")
    }
    if offer.status.isOpen, desk.rejection(of: offer.id, terms: offer.current) != nil {
      lines.append("  These terms were rejected: they cannot be approved or accepted as they stand. Counter with new terms, then ask again.")
    }
    return lines
  }

  /// After our counter or the client's ask: what became of an approval or a request made
  /// for the terms before. Empty when nothing was approved or asked, or the new terms need none.
  static func afterChange(_ id: String, before: Desk, after desk: Desk, now: Date, viewer: String?) -> [String] {
    guard let old = before.offers[id], let offer = desk.offers[id], !desk.isCleared(offer.current, offer: offer, now: now, by: viewer) else { return [] }
    if let rejected = desk.rejection(of: id, terms: offer.current) {
      let reason = rejected.reason.map { " (\($0))" } ?? ""
      return ["  These exact terms were rejected by \(rejected.by) on \(DeskDate.day(rejected.at))\(reason): they cannot be approved."]
    }
    if let approval = old.approval, approval.terms == old.current {
      return ["  \(id) was approved as it stood (by \(approval.by), \(DeskDate.day(approval.at))); these terms need approval again."]
    }
    // A move adds no approval step, so the desk after it still holds the request made before.
    if let request = desk.openRequest(of: id), request.terms == old.current {
      return ["  Approval was asked for the terms before (\(DeskDate.day(request.at))); ask again: ask approval for \(id): REASON"]
    }
    return []
  }

  /// "(raised by you from 12% on 3 Dec 2026)": how the limit came to be what it is, when
  /// it was changed on this desk.
  static func changeNote(_ kind: LimitKind, desk: Desk, for login: String? = nil) -> String {
    guard let change = desk.latestLimitChange(of: kind, for: login) else { return "" }
    let verb = raisedOrLowered(change)
    return " (\(verb) by \(change.by) from \(value(change.from, kind)) on \(DeskDate.day(change.at)))"
  }

  /// Said of the number, as the manager typed it: a floor from 20% to 15% was lowered (which
  /// widens authority all the same).
  private static func raisedOrLowered(_ change: LimitChange) -> String {
    (change.from ?? 0) < (change.to ?? 0) ? "raised" : "lowered"
  }

  static func value(_ value: Decimal?, _ kind: LimitKind) -> String {
    switch kind {
    case .discount: return Format.percent(value ?? 0)
    case .floorMargin: return value.map(Format.percent) ?? "no floor"
    case .paymentTerms: return "net \(Money.trimmed(value ?? 0))"
    }
  }

  /// The replies to the steps of an approval and to a change of one's own limit.
  static func confirm(_ event: Event, desk: Desk) -> String? {
    switch event {
    case .approvalRequested(let id, let step):
      return "Asked approval for \(id): \(OfferText.summary(step.terms, desk: desk))\(because(step)). It waits in `approvals` until approved or rejected; any change to the terms needs asking again."
    case .approvalRejected(let id, let step):
      return "Rejected \(id) as it stands\(step.by == "you" ? "" : " (by \(step.by))")\(because(step)). The offer stays open, but these terms cannot be approved or accepted: counter with new terms, then ask again."
    case .limitChanged(let change):
      let what: String
      switch change.kind {
      case .discount: what = "discount limit"
      case .paymentTerms: what = "payment terms limit"
      case .floorMargin: what = "margin floor"
      }
      let verb = raisedOrLowered(change)
      let shown = change.kind == .floorMargin ? "" : " Every offer's meter shows it."
      if let login = change.of {
        let name = desk.people[login]?.name ?? login
        return "Recorded: \(name)'s \(what) \(verb) by \(change.by) from \(value(change.from, change.kind)) to \(value(change.to, change.kind)) on \(DeskDate.day(change.at)). Their offers' meters show it."
      }
      return "Recorded: \(what) \(verb) by \(change.by) from \(value(change.from, change.kind)) to \(value(change.to, change.kind)) on \(DeskDate.day(change.at)).\(shown)"
    default:
      return nil
    }
  }
}
