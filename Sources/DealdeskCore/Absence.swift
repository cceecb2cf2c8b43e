import Foundation

/// A person away for some days, and who covers their accounts meanwhile (`away 20 Dec – 3 Jan,
/// Arben covers`). The days are whole calendar days, both ends included.
public struct Absence: Codable, Sendable, Equatable {
  /// The absent person's login.
  public var person: String
  /// The first day away (its start).
  public var from: Date
  /// The last day away (its start): they are back the day after.
  public var to: Date
  /// The login of the person who covers their accounts.
  public var cover: String
  /// Who set it: the absent person themself or a director.
  public var by: String
  public var at: Date

  public init(person: String, from: Date, to: Date, cover: String, by: String, at: Date) {
    self.person = person
    self.from = from
    self.to = to
    self.cover = cover
    self.by = by
    self.at = at
  }

  /// Whether `date` falls on one of the days away.
  public func covers(_ date: Date) -> Bool {
    let day = DeskDate.dayNumber(date)
    return DeskDate.dayNumber(from) <= day && day <= DeskDate.dayNumber(to)
  }

  /// Whether the absence is over by `date` (they are back).
  public func isOver(at date: Date) -> Bool { DeskDate.dayNumber(date) > DeskDate.dayNumber(to) }
}

/// A change made by someone covering for an absent account manager: which client, for whom,
/// by whom, when. Kept so that the account manager sees, when back, what was done in cover.
public struct CoverMark: Codable, Sendable, Equatable {
  public var client: String
  /// The absent account manager's login.
  public var covering: String
  /// The login of who acted in cover.
  public var by: String
  public var at: Date

  public init(client: String, covering: String, by: String, at: Date) {
    self.client = client
    self.covering = covering
    self.by = by
    self.at = at
  }
}

/// An absence as a line gives it: whose (nil: the person acting), the days, and who covers
/// (as typed: login or name).
public struct AbsenceAsk: Sendable, Equatable {
  public var person: String?
  public var from: Date
  public var to: Date
  public var cover: String

  public init(person: String? = nil, from: Date, to: Date, cover: String) {
    self.person = person
    self.from = from
    self.to = to
    self.cover = cover
  }
}

extension Desk {
  /// Every absence set on the desk, in the order they were set.
  public var absences: [Absence] { authority.absences }

  /// The absence of `login` on the day of `date`, if any (the latest set wins).
  public func absence(of login: String, on date: Date) -> Absence? {
    authority.absences.last { $0.person == login && $0.covers(date) }
  }

  /// Who holds a client's account on the day of `date`: the cover while the account manager is
  /// away, else the account manager (nil: nobody's account).
  public func accountHolder(of client: String, on date: Date) -> Person? {
    guard let manager = accountManager(of: client) else { return nil }
    guard let away = absence(of: manager.login, on: date) else { return manager }
    return people[away.cover] ?? manager
  }

  /// The absences `login` covers on the day of `date`, or that are still to come: what
  /// the substitute must be told at their start.
  public func coverDuties(of login: String, at date: Date) -> [Absence] {
    authority.absences.filter { $0.cover == login && !$0.isOver(at: date) }
  }

  /// The marks of what was done in cover, oldest first.
  public var coverMarks: [CoverMark] { authority.coverMarks }

  mutating func record(_ absence: Absence) {
    var log = authority
    log.absences.append(absence)
    authorityLog = log
  }

  mutating func record(_ mark: CoverMark) {
    var log = authority
    log.coverMarks.append(mark)
    authorityLog = log
  }
}

/// `away 20 Dec – 3 Jan, Arben covers`: the absent person themself, or a director for anyone,
/// hands the accounts to a colleague for those days.
func decideAbsence(_ ask: AbsenceAsk, desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  guard !desk.people.isEmpty else {
    throw DeskError(
      "Absences and cover are a team desk's: on your own desk there is nobody to hand your accounts to.",
      suggestion: "`handover` prints a digest you can pass to a colleague.")
  }
  let person: Person
  if let typed = ask.person {
    guard let named = desk.person(named: typed) else { throw DeskError.unknownPerson(typed, desk: desk) }
    person = named
  } else {
    guard let me = desk.people[actor.name] else {
      throw DeskError("\(actor.name) is not one of the people on this desk.", suggestion: "A director adds people: team add-user.")
    }
    person = me
  }
  guard person.login == actor.name || actor.isDirector else {
    throw DeskError(
      "Only \(person.firstName) or a director can set \(person.firstName)'s absence.",
      suggestion: "Ask \(person.firstName) or a director.")
  }
  guard let cover = desk.person(named: ask.cover) else { throw DeskError.unknownPerson(ask.cover, desk: desk) }
  guard cover.login != person.login else {
    throw DeskError("\(person.firstName) cannot cover for themself.", suggestion: "Name a colleague: away 20 Dec – 3 Jan, Arben covers")
  }
  let (from, to) = (DeskDate.calendar.startOfDay(for: ask.from), DeskDate.calendar.startOfDay(for: ask.to))
  guard from <= to else {
    throw DeskError("The absence ends (\(DeskDate.day(to))) before it begins (\(DeskDate.day(from))).",
      suggestion: "e.g. away 20 Dec – 3 Jan, Arben covers")
  }
  guard DeskDate.dayNumber(to) >= DeskDate.dayNumber(now) else {
    throw DeskError("\(DeskDate.day(to)) is past: an absence is set for days to come.")
  }
  guard DeskDate.dayNumber(to) - DeskDate.dayNumber(from) < 366 else { throw DeskError("An absence is at most a year.") }
  if let clash = desk.absences.first(where: { $0.person == cover.login && $0.from <= to && from <= $0.to }) {
    throw DeskError(
      "\(cover.firstName) is away too, \(DeskDate.day(clash.from)) – \(DeskDate.day(clash.to)).",
      suggestion: "Name someone who is in on those days.")
  }
  return [.absenceSet(Absence(person: person.login, from: from, to: to, cover: cover.login, by: actor.name, at: now))]
}

/// What a command did, marked when the person acting covers for the absent account manager of
/// a client it touched: one mark per client (DeskDate days, not the moment, say who is away).
func coverMarks(for events: [Event], desk: Desk, now: Date, actor: Acting) -> [Event] {
  guard !desk.people.isEmpty, !desk.absences.isEmpty else { return [] }
  var seen: Set<String> = []
  var marks: [Event] = []
  for event in events {
    guard let client = desk.client(touchedBy: event), seen.insert(client).inserted,
      let manager = desk.accountManager(of: client), manager.login != actor.name,
      let away = desk.absence(of: manager.login, on: now), away.cover == actor.name
    else { continue }
    marks.append(.doneInCover(CoverMark(client: client, covering: manager.login, by: actor.name, at: now)))
  }
  return marks
}

extension Desk {
  /// The client an event is about, where it is about one.
  func client(touchedBy event: Event) -> String? {
    if let offer = event.offer {
      if case .offerMade(let made) = event { return made.clientId }
      return offers[offer]?.clientId
    }
    switch event {
    case .clientAdded(let client): return client.id
    case .creditLimitSet(let id, _), .reliabilityRated(let id, _), .clientTermsSet(let id, _),
      .clientAliasAdded(let id, _), .clientAliasRemoved(let id, _):
      return id
    case .orderPlaced(let order): return order.clientId
    case .orderApproved(let id, _), .orderShipped(let id, _, _), .orderDelivered(let id, _), .orderCancelled(let id, _):
      return orders[id]?.clientId
    case .paymentReceived(let payment): return payment.clientId
    case .reservationMade(let hold): return hold.client
    case .reservationReleased(let id, _), .holdExtended(let id, _): return reservations[id]?.client
    case .noteAdded(let note): return note.client
    case .followUpAdded(let followUp): return followUp.client
    case .followUpDone(let id, _), .followUpSnoozed(let id, _, _), .followUpMissed(let id, _): return followUps[id]?.client
    case .complaintFiled(let complaint): return complaint.clientId
    case .complaintResolved(let id, _, _, _): return complaints[id]?.clientId
    case .creditNoteIssued(let note): return note.clientId
    case .bonusAgreed(let bonus): return bonus.clientId
    case .bonusApproved(let id, _, _), .bonusEnded(let id, _): return bonusBook?.bonuses[id]?.clientId
    case .sampleLent(let loan): return loan.client
    case .expenseRecorded(let expense): return expense.clientId
    // Stock, settings, people and the rest are the branch's, not one client's.
    default: return nil
    }
  }
}

extension DeskError {
  /// Nobody, or more than one person, answers to the name: say who is on the desk.
  static func unknownPerson(_ typed: String, desk: Desk) -> DeskError {
    let people = desk.peopleInOrder
    guard !people.isEmpty else {
      return DeskError("There is nobody called \(typed) on this desk: people are a team desk's.")
    }
    let names = people.map { "\($0.name) (\($0.login))" }.joined(separator: ", ")
    return DeskError("There is no one person called \(typed) on this desk.", suggestion: "The people here: \(names).")
  }
}
