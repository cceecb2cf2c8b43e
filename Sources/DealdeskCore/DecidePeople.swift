import Foundation

/// A director's change to the people of a team desk: someone added (`team add-user`), or
/// their own limits and quota set (`set Arben's discount limit to 12%`). `nil` leaves a
/// value as it is; `.some(nil)` gives the limit back to the branch's.
public struct PersonChange: Sendable, Equatable {
  /// The person as typed: a login, whole name or first name (a new person: their login).
  public var person: String
  /// Set only when adding someone: their name and role.
  public var adding: Adding?
  public var discountLimit: Decimal??
  public var paymentTermsLimitDays: Int??
  public var quota: PersonQuota??

  public struct Adding: Sendable, Equatable {
    public var name: String
    public var role: Acting.Role
  }

  public init(
    person: String, discountLimit: Decimal?? = nil, paymentTermsLimitDays: Int?? = nil, quota: PersonQuota?? = nil
  ) {
    self.person = person
    self.discountLimit = discountLimit
    self.paymentTermsLimitDays = paymentTermsLimitDays
    self.quota = quota
  }

  /// Someone new on the team desk, by login, with their name and role.
  public static func adding(
    login: String, name: String, role: Acting.Role, discountLimit: Decimal? = nil, paymentTermsLimitDays: Int? = nil,
    quota: PersonQuota? = nil
  ) -> PersonChange {
    var change = PersonChange(person: login)
    change.adding = Adding(name: name, role: role)
    if let discountLimit { change.discountLimit = .some(discountLimit) }
    if let paymentTermsLimitDays { change.paymentTermsLimitDays = .some(paymentTermsLimitDays) }
    if let quota { change.quota = .some(quota) }
    return change
  }

}

func decidePerson(_ change: PersonChange, desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  guard actor.isDirector else {
    throw DeskError(
      "People's limits, quotas and roles are a director's to set, not a manager's, not even one's own.",
      suggestion: "Ask a director; `limits` shows yours.")
  }
  var person: Person
  if let adding = change.adding {
    let login = change.person.lowercased()
    guard !login.isEmpty else { throw DeskError("A person needs a login.") }
    if let known = desk.people[login] { throw DeskError("\(login) is already on the desk, as \(known.name) (\(known.role.rawValue)).") }
    let name = normalisedName(adding.name)
    guard !name.isEmpty else { throw DeskError("Give \(login)'s name, e.g. --name \"Arben Hoxha\".") }
    person = Person(login: login, name: name, role: adding.role)
  } else {
    guard let known = desk.person(named: change.person) else { throw unknownPerson(change.person, desk: desk) }
    person = known
  }
  let before = desk.limits(of: desk.people[person.login] == nil ? nil : person.login)
  var changes: [LimitChange] = []
  if let limit = change.discountLimit {
    if let limit {
      guard limit >= 0, limit < 100 else { throw DeskError("A discount limit is from 0% to below 100%.") }
    }
    person.discountLimit = limit
    let after = limit ?? desk.settings.discountLimit
    if after != before.discount {
      changes.append(LimitChange(kind: .discount, from: before.discount, to: after, by: actor.name, at: now, of: person.login))
    }
  }
  if let days = change.paymentTermsLimitDays {
    if let days {
      guard (0...Limits.maxPaymentDays).contains(days) else { throw DeskError("A payment terms limit runs from 0 to \(Limits.maxPaymentDays) days.") }
    }
    person.paymentTermsLimitDays = days
    let after = days ?? desk.settings.paymentTermsLimitDays
    if after != before.paymentTermsDays {
      changes.append(LimitChange(
        kind: .paymentTerms, from: Decimal(before.paymentTermsDays), to: Decimal(after), by: actor.name, at: now, of: person.login))
    }
  }
  if let quota = change.quota {
    if let quota {
      guard quota.amount > 0 else { throw DeskError("A quota must be more than zero.") }
      try Limits.checkMoney(quota.amount, "A quota of")
    }
    person.quota = quota
  }
  // Setting what is already set changes nothing and is no mistake.
  guard person != desk.people[person.login] else { return [] }
  return [.personSet(person)] + changes.map { .limitChanged($0) }
}

/// Nobody, or more than one person, answers to the name: say who is on the desk.
func unknownPerson(_ typed: String, desk: Desk) -> DeskError {
  let people = desk.peopleInOrder
  guard !people.isEmpty else {
    return DeskError(
      "There is nobody called \(typed) on this desk: people are a team desk's.",
      suggestion: "On your own desk, your limits are yours: set my discount limit 12%")
  }
  let names = people.map { "\($0.name) (\($0.login))" }.joined(separator: ", ")
  return DeskError("There is no one person called \(typed) on this desk.", suggestion: "The people here: \(names).")
}

/// A director gives a client's account to a manager (`assign Acme to Arben`), or takes it back
/// (`to: nil`). The manager's lists, agenda and reports start from their accounts.
func decideAssignAccount(client id: String, to typed: String?, desk: Desk, actor: Acting) throws(DeskError) -> [Event] {
  guard !desk.people.isEmpty else {
    throw DeskError(
      "Accounts are a team desk's: on your own desk every client is yours.", suggestion: "`team push` makes this desk a team desk.")
  }
  guard actor.isDirector else {
    throw DeskError("Accounts are given by a director.", suggestion: "Ask a director to assign the client.")
  }
  guard let client = desk.clients[id] else { throw DeskError("There is no client \(id).") }
  let current = desk.accountManager(of: id)
  guard let typed else {
    guard current != nil else { return [] }
    return [.accountAssigned(client: id, to: nil)]
  }
  guard let person = desk.person(named: typed) else { throw unknownPerson(typed, desk: desk) }
  guard current?.login != person.login else { return [] }
  if client.status == .archived {
    throw DeskError("\(client.name) is archived.", suggestion: "Restore the client before giving the account to anyone.")
  }
  return [.accountAssigned(client: id, to: person.login)]
}
