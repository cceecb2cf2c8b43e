import Foundation

// Approval of an offer's terms beyond the manager's authority: asked with a reason, approved
// or rejected by a director, each step tied to the exact terms on the table. `actor` says who
// acts: on a one-person desk the manager is also director and names who approved.

func decideApprove(_ id: String, by: String?, actor: Acting, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard actor.isDirector else {
    throw DeskError("Only a director approves \(id).", suggestion: "Ask for it: ask approval for \(id): REASON")
  }
  let offer = try live(id, desk: desk, now: now)
  try needsApproval(offer, desk: desk, now: now, by: desk.asker(of: offer))
  guard offer.approval?.terms != offer.current else { throw DeskError("\(id) is already approved as it stands.") }
  try checkApprovable(offer, desk: desk)
  if let request = desk.openRequest(of: id), request.terms != offer.current {
    throw DeskError(
      "\(id) has changed since approval was asked for it on \(DeskDate.day(request.at)) (\(roundText(request.terms, of: offer))): the terms on the table now were never asked for.",
      suggestion: "Ask again for the terms as they stand: ask approval for \(id): REASON")
  }
  let approver = try approverName(by, id: id, actor: actor, desk: desk, verb: "approve")
  if !actor.namesApprover, let request = desk.openRequest(of: id), sameName(request.by, approver) {
    throw DeskError("Nobody approves their own request: \(id) was asked for by \(request.by).", suggestion: "Another director approves it.")
  }
  return [.offerApproved(offer: id, approval: Approval(terms: offer.current, by: approver, at: now))]
}

func decideAskApproval(_ id: String, reason: String?, actor: Acting, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let offer = try live(id, desk: desk, now: now)
  try needsApproval(offer, desk: desk, now: now, by: actor.name)
  guard offer.approval?.terms != offer.current else { throw DeskError("\(id) is already approved as it stands.") }
  try checkApprovable(offer, desk: desk)
  if let open = desk.openRequest(of: id), open.terms == offer.current {
    throw DeskError(
      "Approval of \(id) as it stands was already asked on \(DeskDate.day(open.at))\(open.reason.map { ": \($0)" } ?? "").",
      suggestion: "`approvals` lists what waits for approval.")
  }
  guard let reason = reason.map(normalisedName), !reason.isEmpty else {
    throw DeskError("Say why \(id) should be approved: whoever approves reads it.", suggestion: "e.g. ask approval for \(id): they buy every month")
  }
  return [.approvalRequested(offer: id, step: ApprovalStep(kind: .asked, terms: offer.current, by: actor.name, reason: reason, at: now))]
}

func decideReject(_ id: String, by: String?, reason: String?, actor: Acting, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard actor.isDirector else { throw DeskError("Only a director rejects what waits for approval.") }
  let offer = try live(id, desk: desk, now: now)
  let review = desk.review(offer.current, client: offer.clientId, now: now, by: desk.asker(of: offer))
  guard review.needsApproval || desk.isOverCredit(offer), offer.approval?.terms != offer.current else {
    throw DeskError("\(id) is not waiting for approval, so there is nothing to reject.", suggestion: "If the client said no: decline \(id)")
  }
  if let rejected = desk.rejection(of: id, terms: offer.current) {
    throw DeskError("\(id) was already rejected as it stands by \(rejected.by) on \(DeskDate.day(rejected.at)).")
  }
  guard let reason = reason.map(normalisedName), !reason.isEmpty else {
    throw DeskError("Say why, so the manager knows what would pass.", suggestion: "e.g. reject \(id): hold at 12%")
  }
  // A rejection narrows what may be agreed, so on one's own desk it needs no other name.
  let rejecter = by == nil && actor.namesApprover ? actor.name : try approverName(by, id: id, actor: actor, desk: desk, verb: "reject")
  return [.approvalRejected(offer: id, step: ApprovalStep(kind: .rejected, terms: offer.current, by: rejecter, reason: reason, at: now))]
}

/// Refuses an offer whose terms are within authority and the client's credit: nothing to approve.
private func needsApproval(_ offer: Offer, desk: Desk, now: Date, by login: String?) throws(DeskError) {
  let review = desk.review(offer.current, client: offer.clientId, now: now, by: login)
  guard review.needsApproval || desk.isOverCredit(offer) else {
    let limit = review.products.map(\.limitPercent).min() ?? review.personalLimit
    throw DeskError("\(offer.id) needs no approval: \(Money.trimmed(review.maxDiscount))% is within your \(Money.trimmed(limit))% authority, the margin floor, your payment terms and the client's credit.")
  }
}

/// What no approval can clear: terms below cost (or otherwise against the rules every package
/// must meet), and the exact terms a director has already rejected.
private func checkApprovable(_ offer: Offer, desk: Desk) throws(DeskError) {
  do {
    try check(offer.current, desk: desk)
  } catch {
    throw DeskError("\(offer.id) cannot be approved as it stands: \(error.message)", suggestion: error.suggestion)
  }
  if let rejected = desk.rejection(of: offer.id, terms: offer.current) {
    throw DeskError(
      "\(offer.id) was rejected as it stands by \(rejected.by) on \(DeskDate.day(rejected.at))\(rejected.reason.map { ": \($0)" } ?? ""); these exact terms cannot be approved.",
      suggestion: "Counter with new terms first.")
  }
}

/// Who approves or rejects: on a one-person desk a person named, who is no client, competitor
/// or the manager themself; on a team desk the director's own login, never free text.
func approverName(_ typed: String?, id: String, actor: Acting, desk: Desk, verb: String) throws(DeskError) -> String {
  guard actor.namesApprover else {
    if let typed, !sameName(normalisedName(typed), actor.name) {
      throw DeskError("A decision on \(id) is recorded under your own login, \(actor.name); another name cannot be given.")
    }
    return actor.name
  }
  let name = try named(typed, id: id, verb: verb)
  if let refusal = desk.approverRefusal(name) {
    throw DeskError(refusal, suggestion: "Name the person who decides: \(verb) \(id) by Sofia Marku")
  }
  return name
}

/// Who approves: a name is required, so an approval always says who took responsibility.
func named(_ approver: String?, id: String, verb: String = "approve") throws(DeskError) -> String {
  guard let name = approver.map(normalisedName), !name.isEmpty else {
    throw DeskError("Who approves \(id)?", suggestion: "Name them: \(verb) \(id) by Sofia Marku")
  }
  return name
}

/// "round 2 of 3": which round the terms were, against the rounds the offer has now.
private func roundText(_ terms: Terms, of offer: Offer) -> String {
  guard let n = offer.rounds.lastIndex(where: { $0.terms == terms }) else { return "for earlier terms" }
  return "for round \(n + 1); round \(offer.rounds.count) is on the table"
}

extension Desk {
  /// Accepting the offer's terms as they stand would take the client over its credit limit.
  func isOverCredit(_ offer: Offer) -> Bool {
    total(of: offer.current).flatMap { creditExcess(of: offer.clientId, adding: $0) } != nil
  }
}

extension Desk {
  /// Whose authority an offer waiting for approval is judged against: the person who asked
  /// for it, when someone of the team did; else the branch's limits.
  public func asker(of offer: Offer) -> String? {
    approvalSteps(of: offer.id).last { $0.kind == .asked }.map(\.by).flatMap { people[$0] == nil ? nil : $0 }
  }
}
