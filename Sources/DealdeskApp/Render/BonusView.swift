import DealdeskCore
import Foundation

/// Trade bonuses as the manager reads them: every figure from `Desk.standing(of:now:)`.
enum BonusView {
  /// `bonuses` (or one client's): each bonus, where it stands and what to do next.
  static func list(_ desk: Desk, client: String?, now: Date) -> String {
    let bonuses = client.map { desk.bonuses(for: $0) } ?? desk.bonusesInOrder
    guard !bonuses.isEmpty else {
      let whose = client.map { " for \(desk.clients[$0]?.name ?? $0)" } ?? ""
      return "No trade bonuses\(whose). Agree one: bonus \(client.flatMap { desk.clients[$0]?.name } ?? "Acme") 2% on purchases over 50,000 a year"
    }
    var lines = ["Trade bonuses (\(desk.settings.currency), purchases net of VAT less credit notes; the percent is on all of them once the threshold is reached)"]
    for bonus in bonuses {
      let name = desk.clients[bonus.clientId]?.name ?? bonus.clientId
      lines.append("\(bonus.id) · \(name) · \(terms(bonus, desk: desk)) · \(state(bonus, desk: desk, now: now))")
      lines.append("  " + figures(bonus, desk: desk, now: now))
    }
    return lines.joined(separator: "\n")
  }

  /// The client card's lines: bonuses not yet over and done with (running, to come, waiting
  /// for approval, or owed).
  static func cardLines(_ desk: Desk, client: String, now: Date) -> [String] {
    desk.bonuses(for: client).filter { [.upcoming, .running, .toSettle].contains(desk.standing(of: $0, now: now).state) }
      .map { "  trade bonus \($0.id): \(terms($0, desk: desk)) · \(state($0, desk: desk, now: now))\n    \(figures($0, desk: desk, now: now))" }
  }

  /// The agenda's lines: bonuses whose period is over and earned, not yet settled (money the
  /// client is owed, and waiting for it shows).
  static func agendaLines(_ desk: Desk, now: Date) -> [String] {
    desk.bonusesInOrder.filter { $0.status != .pendingApproval && desk.standing(of: $0, now: now).state == .toSettle }.map { bonus in
      let name = desk.clients[bonus.clientId]?.name ?? bonus.clientId
      let owed = Format.money(desk.standing(of: bonus, now: now).accrued)
      return "\(bonus.id) \(name): \(owed) earned in \(bonus.calendarPeriod.label): settle bonus \(bonus.id)"
    }
  }

  /// What waits for a director in `approvals`: one entry (of two lines) per bonus.
  static func waiting(_ desk: Desk, now: Date) -> [String] {
    desk.bonusesInOrder.filter { $0.status == .pendingApproval && desk.standing(of: $0, now: now).state != .missed }.map { bonus in
      let name = desk.clients[bonus.clientId]?.name ?? bonus.clientId
      return "\(bonus.id) · trade bonus for \(name) · \(terms(bonus, desk: desk))\n"
        + "  beyond the \(Format.percent(desk.settings.bonusLimit)) bonus limit · agreed by \(bonus.by) on \(DeskDate.day(bonus.agreedAt)) · approve bonus \(bonus.id)"
    }
  }

  /// "2% over 50,000.00 in 2027"
  static func terms(_ bonus: Bonus, desk: Desk) -> String {
    "\(Format.percent(bonus.percent)) over \(Format.money(bonus.threshold)) in \(bonus.calendarPeriod.label)"
  }

  /// Where it stands, and what the manager can do next.
  static func state(_ bonus: Bonus, desk: Desk, now: Date) -> String {
    let standing = desk.standing(of: bonus, now: now)
    let period = bonus.calendarPeriod
    let waiting = bonus.status == .pendingApproval ? " · waiting for approval (beyond the \(Format.percent(desk.settings.bonusLimit)) bonus limit)" : ""
    switch standing.state {
    case .upcoming: return "starts \(DeskDate.day(period.start))\(waiting)"
    case .running: return "running until \(DeskDate.day(period.wholeEnd.addingTimeInterval(-1)))\(waiting)"
    case .toSettle: return "period over, earned: settle bonus \(bonus.id) pays \(Format.money(standing.accrued))\(waiting)"
    case .missed: return "period over, not earned: \(Format.money(standing.leftToThreshold)) short of the threshold"
    case .settled:
      let note = standing.creditNote
      return "settled" + (note.map { " by \($0.id) on \(DeskDate.day($0.at)): \(Format.money($0.amount))" } ?? "")
    case .ended: return "ended" + (bonus.endedAt.map { " on \(DeskDate.day($0))" } ?? "") + ": pays nothing"
    }
  }

  /// "purchases 12,000.00 · accrued 240.00 · 38,000.00 to reach the threshold · at today's
  /// pace 48,000.00 by 31 Dec 2027, short of the threshold"
  static func figures(_ bonus: Bonus, desk: Desk, now: Date) -> String {
    let s = desk.standing(of: bonus, now: now)
    var parts = ["purchases \(Format.money(s.purchases))" + (s.credited != 0 ? " (invoiced \(Format.money(s.invoiced)), credited \(Format.money(s.credited)))" : "")]
    parts.append("accrued \(Format.money(s.accrued))")
    parts.append(s.reached ? "threshold reached" : "\(Format.money(s.leftToThreshold)) to reach the threshold")
    if let projected = s.projectedPurchases, let bonusAtPace = s.projectedBonus {
      let last = DeskDate.day(bonus.calendarPeriod.wholeEnd.addingTimeInterval(-1))
      let outcome = projected >= bonus.threshold ? "a bonus of \(Format.money(bonusAtPace))" : "short of the threshold"
      parts.append("at today's pace \(Format.money(projected)) by \(last), \(outcome)")
    }
    return parts.joined(separator: " · ")
  }

  /// Replies to the bonus events, and to the credit note that settles one; nil for others.
  static func confirm(_ event: Event, desk: Desk, now: Date) -> String? {
    switch event {
    case .bonusAgreed(let bonus):
      let name = desk.clients[bonus.clientId]?.name ?? bonus.clientId
      let period = bonus.calendarPeriod
      var text = "Trade bonus \(bonus.id) for \(name): \(Format.percent(bonus.percent)) of all their purchases in \(period.label) "
        + "(\(DeskDate.day(period.start)) to \(DeskDate.day(period.wholeEnd.addingTimeInterval(-1)))), once they reach \(Format.money(bonus.threshold)) \(desk.settings.currency) "
        + "net of VAT and credit notes; settled as a credit note from \(DeskDate.day(period.wholeEnd))."
      if bonus.status == .pendingApproval {
        text += "\nWaiting for approval: \(Format.percent(bonus.percent)) is beyond the \(Format.percent(desk.settings.bonusLimit)) bonus limit (a director: approve bonus \(bonus.id))."
      }
      return text + "\n  " + figures(bonus, desk: desk, now: now)
    case .bonusApproved(let id, let by, _):
      guard let bonus = desk.bonusBook?.bonuses[id] else { return "Approved \(id)." }
      let name = desk.clients[bonus.clientId]?.name ?? bonus.clientId
      let who = by == "you" ? "" : " by \(by)"
      return "Approved trade bonus \(id) for \(name)\(who): \(terms(bonus, desk: desk))."
    case .bonusEnded(let id, _):
      guard let bonus = desk.bonusBook?.bonuses[id] else { return "Ended \(id)." }
      let name = desk.clients[bonus.clientId]?.name ?? bonus.clientId
      let accrued = desk.standing(of: bonus, now: now).accrued
      let lost = accrued > 0 ? " (\(Format.money(accrued)) accrued so far is not owed)" : ""
      return "Ended trade bonus \(id) for \(name) (\(terms(bonus, desk: desk))): it pays nothing\(lost)."
    case .creditNoteIssued(let note) where note.kind == .tradeBonus:
      guard let bonus = desk.bonusBook?.bonuses[note.source] else { return nil }
      let standing = desk.standing(of: bonus, now: now)
      let head = "Settled trade bonus \(bonus.id): \(Format.percent(bonus.percent)) of \(Format.money(standing.purchases)) purchases in \(bonus.calendarPeriod.label) (threshold \(Format.money(bonus.threshold)))."
      return [head, StatementView.confirm(event, desk: desk)].compactMap { $0 }.joined(separator: "\n")
    default:
      return nil
    }
  }
}
