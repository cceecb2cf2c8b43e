import Foundation

// A director's tasks on a team desk (issue 19, item 7): a follow-up put in one person's
// agenda, marked as from the director. Done and snoozed like any follow-up.

func decideAssignTask(_ new: NewFollowUp, to typed: String, desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  let client = desk.clients[new.client]?.name ?? new.client
  guard !desk.people.isEmpty else {
    throw DeskError(
      "Tasks are a team desk's: this desk has no people to give one to.",
      suggestion: "For yourself: follow up \(client) friday: \(new.text)")
  }
  guard actor.isDirector else {
    throw DeskError(
      "Tasks are given by a director; a manager plans their own follow-ups.",
      suggestion: "For yourself: follow up \(client) friday: \(new.text)")
  }
  guard let person = desk.person(named: typed) else { throw unknownPerson(typed, desk: desk) }
  // The same rules as one's own follow-up: a client, words, a day from today on.
  let events = try decideFollowUp(new, desk: desk, now: now)
  return events.map { event in
    guard case .followUpAdded(var followUp) = event else { return event }
    followUp.assignee = person.login
    followUp.from = actor.name
    return .taskAssigned(followUp)
  }
}

extension Desk {
  /// The open follow-ups in `login`'s agenda on a team desk: the tasks given to them, and the
  /// follow-ups (not tasks) of their own accounts and of clients who are nobody's account.
  public func openFollowUps(of login: String) -> [FollowUp] {
    openFollowUps.filter { isInAgenda($0, of: login) }
  }

  /// Whether a follow-up is in `login`'s agenda: a task given to them, or a follow-up of a
  /// client who is their account or nobody's.
  public func isInAgenda(_ followUp: FollowUp, of login: String) -> Bool {
    if let assignee = followUp.assignee { return assignee == login }
    guard let keeper = authority.accounts[followUp.client] else { return true }
    return keeper == login
  }

  /// Whose agenda a follow-up is in on a team desk: the task's assignee, else the account's
  /// keeper; nil for a follow-up of nobody's account.
  public func agendaOwner(of followUp: FollowUp) -> String? {
    followUp.assignee ?? authority.accounts[followUp.client]
  }

  /// The directors' open tasks, soonest due first.
  public var openTasks: [FollowUp] { openFollowUps.filter(\.isTask) }
}
