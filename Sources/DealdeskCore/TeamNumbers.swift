import Foundation

/// The numbers of a team desk per person and for the branch (`team quota`, `team report`).
///
/// Sales of a client count for the manager whose account the client is when asked (the usual
/// wholesale rule: the account, not whoever typed the order; work done in cover counts for the
/// absent account manager). A client nobody holds counts for the branch only. Every figure is
/// the branch's own definition (Scorecard.swift, Sales.swift) restricted to a person's
/// accounts, so the people's sales and the unassigned clients' add up to the branch's.
public struct TeamNumbers: Sendable, Equatable {
  public struct Row: Sendable, Equatable {
    /// nil: the clients nobody holds; the branch's own row is `branch`.
    public var person: Person?
    public var clients: Int
    public var card: Scorecard
  }

  public var period: Period
  /// One row per person with accounts or a quota, in the desk's order of people.
  public var people: [Row]
  /// The clients of nobody's account (nil when every client is someone's).
  public var unassigned: Row?
  public var branch: Row
}

extension PersonQuota {
  /// The quota for a period: the amount per month, quarter or year, scaled by the months the
  /// period spans (a monthly 30,000 is 90,000 for a quarter; a yearly 360,000 is 30,000 a month).
  public func amount(for period: Period) -> Decimal {
    let months: Decimal
    switch period.kind {
    case .month: months = 1
    case .quarter: months = 3
    case .year: months = 12
    }
    let perMonth: Decimal
    switch per {
    case .month: perMonth = amount
    case .quarter: perMonth = amount / 3
    case .year: perMonth = amount / 12
    }
    return Money.round(perMonth * months, scale: 2)
  }
}

extension Desk {
  /// Each person's numbers on their own accounts, the unassigned clients', and the branch's.
  public func teamNumbers(for period: Period, now: Date) -> TeamNumbers {
    let accounts = authority.accounts
    var byPerson: [String: Set<String>] = [:]
    var unassigned: Set<String> = []
    for client in clients.keys {
      if let login = accounts[client], people[login] != nil {
        byPerson[login, default: []].insert(client)
      } else {
        unassigned.insert(client)
      }
    }
    let rows = peopleInOrder.compactMap { person -> TeamNumbers.Row? in
      let own = byPerson[person.login] ?? []
      guard !own.isEmpty || person.quota != nil || person.role == .manager else { return nil }
      let card = scorecard(for: period, now: now, among: own, quota: person.quota?.amount(for: period))
      return TeamNumbers.Row(person: person, clients: own.count, card: card)
    }
    let rest = unassigned.isEmpty
      ? nil : TeamNumbers.Row(person: nil, clients: unassigned.count, card: scorecard(for: period, now: now, among: unassigned, quota: nil))
    let branch = TeamNumbers.Row(person: nil, clients: clients.count, card: scorecard(for: period, now: now))
    return TeamNumbers(period: period, people: rows, unassigned: rest, branch: branch)
  }
}
