import Foundation

public enum FollowUpStatus: String, Codable, Sendable, Equatable {
  case open, done
}

/// Something to do for a client by a date (duty 15): "follow up Acme friday: send swatches".
public struct FollowUp: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var client: String
  /// The day (at 00:00) or, with `dueHasTime`, the moment it is due.
  public var due: Date
  public var dueHasTime: Bool
  public var text: String
  public var status: FollowUpStatus
  public var createdAt: Date
  public var doneAt: Date?
  /// The due date before the last snooze.
  public var snoozedFrom: Date?
  /// The deadline it was snoozed past, if it was snoozed only after being late: still a miss.
  public var missedDeadline: Date?
  /// A director's task (team desk): the login whose agenda it is in; nil: a follow-up of the
  /// client's account, in the agenda of whoever keeps it.
  public var assignee: String?
  /// The director's login who gave the task; nil for one's own follow-up.
  public var from: String?

  public init(
    id: String, client: String, due: Date, dueHasTime: Bool, text: String, status: FollowUpStatus = .open,
    createdAt: Date, doneAt: Date? = nil, snoozedFrom: Date? = nil, assignee: String? = nil, from: String? = nil
  ) {
    self.assignee = assignee
    self.from = from
    self.id = id
    self.client = client
    self.due = due
    self.dueHasTime = dueHasTime
    self.text = text
    self.status = status
    self.createdAt = createdAt
    self.doneAt = doneAt
    self.snoozedFrom = snoozedFrom
  }

  /// The last moment it is still on time: its time, or the end of its day.
  public var deadline: Date { dueHasTime ? due : DeskDate.endOfDay(due) }

  public var isOpen: Bool { status == .open }

  public func isOverdue(at now: Date) -> Bool { isOpen && now > deadline }

  /// A director's task rather than one's own follow-up.
  public var isTask: Bool { from != nil }
}

/// A follow-up to add; the desk gives it its id.
public struct NewFollowUp: Sendable, Equatable {
  public var client: String
  public var due: Date
  public var dueHasTime: Bool
  public var text: String

  public init(client: String, due: Date, dueHasTime: Bool = false, text: String) {
    self.client = client
    self.due = due
    self.dueHasTime = dueHasTime
    self.text = text
  }
}

extension Desk {
  /// Notes in the order they were written.
  public var notesInOrder: [Note] { Ids.inOrder(notes.values, id: \.id) }

  /// Follow-ups in the order they were made.
  public var followUpsInOrder: [FollowUp] { Ids.inOrder(followUps.values, id: \.id) }

  /// Open follow-ups, soonest due first (ties by id).
  public var openFollowUps: [FollowUp] { Self.soonestFirst(followUps.values.filter(\.isOpen)) }

  /// Soonest due first, ties by id number.
  private static func soonestFirst(_ followUps: [FollowUp]) -> [FollowUp] {
    followUps.sorted { ($0.due, Ids.number(in: $0.id) ?? 0) < ($1.due, Ids.number(in: $1.id) ?? 0) }
  }

  public func overdueFollowUps(at now: Date) -> [FollowUp] { openFollowUps.filter { $0.isOverdue(at: now) } }

  /// A client's notes, newest last.
  public func notes(for client: String) -> [Note] {
    records(notes, of: client, \.notes, counted: \.notes) { $0.client == client }.sorted { Ids.order($0.id, $1.id) }
  }

  /// A client's follow-ups in the order they were made.
  public func followUps(for client: String) -> [FollowUp] {
    records(followUps, of: client, \.followUps, counted: \.followUps) { $0.client == client }
      .sorted { Ids.order($0.id, $1.id) }
  }

  /// The client's next open follow-up.
  public func nextFollowUp(for client: String) -> FollowUp? {
    Self.soonestFirst(followUps(for: client).filter(\.isOpen)).first
  }

  /// The client's last recorded contact: their latest note, call or meeting.
  public func lastContact(with client: String) -> Note? { notes(for: client).last }
}
