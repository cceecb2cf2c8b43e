import Foundation

// Trade bonuses (Bonus.swift): agreed within the policy's bonus limit or waiting for a
// director, ended unpaid, or settled after the period as a credit note. Each refusal says
// what is missing and changes nothing.

func decideAgreeBonus(_ new: NewBonus, desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  guard let client = desk.clients[new.client] else { throw DeskError("There is no client \(new.client).", suggestion: "`clients` lists them.") }
  let example = "e.g. bonus \(client.name) 2% on purchases over 50,000 a year"
  guard new.percent > 0, new.percent <= 100 else {
    throw DeskError("A bonus is a percent above 0% and at most 100%, not \(Money.trimmed(new.percent))%.", suggestion: example)
  }
  guard Money.round(new.percent, scale: 2) == new.percent else { throw DeskError("A bonus percent has at most two decimals.", suggestion: example) }
  guard new.threshold >= 0 else {
    throw DeskError("A bonus threshold is zero or more, not \(Money.display(new.threshold)).", suggestion: example)
  }
  try Limits.checkMoney(new.threshold, "A threshold of")
  guard new.kind != .month else { throw DeskError("A bonus runs over a calendar year or quarter, not a month.", suggestion: example) }
  let period = new.period.map(\.wholePeriod) ?? (new.kind == .year ? Period.year(of: now) : Period.quarter(of: now))
  guard period.kind == new.kind else {
    throw DeskError("A \(new.kind == .year ? "yearly" : "quarterly") bonus cannot run over \(period.label).", suggestion: example)
  }
  guard period.wholeEnd > now else {
    throw DeskError("\(period.label) is over: a bonus is agreed for a period that is running or still to come.", suggestion: example)
  }
  let live = desk.bonuses(for: client.id).filter { $0.status != .ended }
  if let clash = live.first(where: { overlaps($0.calendarPeriod, period) }) {
    throw DeskError(
      "\(client.name) already has \(clash.id): \(bonusTerms(clash, desk: desk)). One bonus per client and period.",
      suggestion: desk.settlement(of: clash) == nil ? "To change it, end it first: end bonus \(clash.id)" : nil)
  }
  let (id, number) = desk.nextBonus()
  let beyond = new.percent > desk.settings.bonusLimit
  let bonus = Bonus(
    id: id, number: number, clientId: client.id, percent: new.percent, threshold: new.threshold, period: period.key,
    status: beyond ? .pendingApproval : .agreed, by: actor.name, agreedAt: now)
  return [.bonusAgreed(bonus)]
}

func decideApproveBonus(_ pick: BonusPick, by: String?, desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  let limit = Money.trimmed(desk.settings.bonusLimit)
  guard actor.isDirector else {
    throw DeskError("Only a director approves a bonus beyond the \(limit)% bonus limit.", suggestion: "`approvals` shows what waits for one.")
  }
  let bonus = try picked(pick, desk: desk, verb: "approve", where: { $0.status == .pendingApproval })
  guard bonus.status == .pendingApproval else {
    throw DeskError(bonus.status == .ended
      ? "\(bonus.id) was ended\(bonus.endedAt.map { " on \(DeskDate.day($0))" } ?? ""); there is nothing to approve."
      : "\(bonus.id) needs no approval: \(bonusTerms(bonus, desk: desk)) is \(bonus.approvedBy.map { "approved by \($0)" } ?? "within the \(limit)% bonus limit").")
  }
  let approver = try approverName(by, id: "bonus \(bonus.id)", actor: actor, desk: desk, verb: "approve")
  if !actor.namesApprover, sameName(bonus.by, approver) {
    throw DeskError("Nobody approves their own bonus: \(bonus.id) was agreed by \(bonus.by).", suggestion: "Another director approves it.")
  }
  return [.bonusApproved(bonus: bonus.id, by: approver, at: now)]
}

func decideEndBonus(_ pick: BonusPick, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let bonus = try picked(pick, desk: desk, verb: "end", where: { $0.status != .ended && $0.calendarPeriod.wholeEnd > now })
  switch desk.standing(of: bonus, now: now).state {
  case .ended:
    throw DeskError("\(bonus.id) was already ended\(bonus.endedAt.map { " on \(DeskDate.day($0))" } ?? "").")
  case .settled, .toSettle, .missed:
    // A bonus whose period is over was earned or missed: ending it now would take back what
    // the client is owed, so it is settled (or left, when missed) instead.
    throw DeskError(
      "\(bonus.id)'s period (\(bonus.calendarPeriod.label)) is over, so it can no longer be ended.",
      suggestion: desk.settlement(of: bonus) == nil ? "settle bonus \(bonus.id) pays it if it was earned." : nil)
  case .running, .upcoming:
    return [.bonusEnded(bonus: bonus.id, at: now)]
  }
}

func decideSettleBonus(_ pick: BonusPick, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let bonus = try picked(pick, desk: desk, verb: "settle", where: { desk.standing(of: $0, now: now).state == .toSettle })
  let standing = desk.standing(of: bonus, now: now)
  let period = bonus.calendarPeriod.label
  let currency = desk.settings.currency
  switch standing.state {
  case .settled:
    let note = standing.creditNote
    throw DeskError("\(bonus.id) was already settled\(note.map { " by credit note \($0.id) on \(DeskDate.day($0.at))" } ?? "").")
  case .ended:
    throw DeskError("\(bonus.id) was ended\(bonus.endedAt.map { " on \(DeskDate.day($0))" } ?? ""); it pays nothing.")
  case .running, .upcoming:
    throw DeskError(unfinished(bonus))
  case .missed:
    throw DeskError(
      "\(bonus.id) was not earned: purchases in \(period) came to \(Money.display(standing.purchases)) \(currency), \(Money.display(standing.leftToThreshold)) short of the \(Money.display(bonus.threshold)) threshold.",
      suggestion: "Nothing is owed.")
  case .toSettle:
    break
  }
  if bonus.status == .pendingApproval {
    throw DeskError(
      "\(bonus.id) waits for approval: \(Money.trimmed(bonus.percent))% is beyond the \(Money.trimmed(desk.settings.bonusLimit))% bonus limit.",
      suggestion: "A director approves it first: approve bonus \(bonus.id)")
  }
  guard standing.accrued > 0 else {
    throw DeskError("Nothing accrued on \(bonus.id): purchases in \(period) came to \(Money.display(standing.purchases)) \(currency).", suggestion: "Nothing is owed.")
  }
  let (id, number) = desk.nextCreditNote()
  let note = CreditNote(
    id: id, number: number, clientId: bonus.clientId, order: nil, amount: standing.accrued, kind: .tradeBonus, source: bonus.id,
    sku: nil, at: now, vatPercent: desk.bonusVATPercent(bonus))
  return [.creditNoteIssued(note)]
}

/// The bonus a line means: the one named by id, or the one of the client's bonuses the verb
/// can act on. Several such are refused by id, never guessed between; with none, the latest
/// of the client's bonuses is taken, whose own state the verb's checks then explain.
private func picked(_ pick: BonusPick, desk: Desk, verb: String, where fits: (Bonus) -> Bool) throws(DeskError) -> Bonus {
  switch pick {
  case .bonus(let id):
    guard let bonus = desk.bonusBook?.bonuses[id] else { throw DeskError("There is no bonus \(id).", suggestion: "`bonuses` lists them.") }
    return bonus
  case .client(let clientId):
    guard let client = desk.clients[clientId] else { throw DeskError("There is no client \(clientId).", suggestion: "`clients` lists them.") }
    let all = desk.bonuses(for: client.id)
    let fitting = all.filter(fits)
    if fitting.count > 1 {
      let ids = fitting.map { "\($0.id) (\($0.calendarPeriod.label))" }.joined(separator: ", ")
      throw DeskError("\(client.name) has \(fitting.count) bonuses to \(verb): \(ids).", suggestion: "Name one: \(verb) bonus \(fitting[0].id)")
    }
    guard let bonus = fitting.first ?? all.last else {
      throw DeskError("\(client.name) has no trade bonus.", suggestion: "Agree one, e.g. bonus \(client.name) 2% on purchases over 50,000 a year")
    }
    return bonus
  }
}

/// "TB-1 runs until 31 Dec 2027: …": why a bonus still running cannot be settled yet.
private func unfinished(_ bonus: Bonus) -> String {
  let period = bonus.calendarPeriod
  let last = DeskDate.day(period.wholeEnd.addingTimeInterval(-1))
  return "\(bonus.id) runs until \(last): a bonus is settled once its period is over, from \(DeskDate.day(period.wholeEnd))."
}

/// "2% on purchases over 50,000.00 in 2027": a bonus's terms as a refusal names them.
func bonusTerms(_ bonus: Bonus, desk: Desk) -> String {
  "\(Money.trimmed(bonus.percent))% on purchases over \(Money.display(bonus.threshold)) \(desk.settings.currency) in \(bonus.calendarPeriod.label)"
}

private func overlaps(_ a: Period, _ b: Period) -> Bool { a.start < b.wholeEnd && b.start < a.wholeEnd }
