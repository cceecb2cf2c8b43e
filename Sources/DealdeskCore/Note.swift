import Foundation

/// What kind of contact a note records.
public enum NoteKind: String, Codable, Sendable, Equatable, CaseIterable {
  case note, call, meeting
}

/// A record of a contact with a client (duty 19): a plain note, a logged call or a meeting.
public struct Note: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var client: String
  public var kind: NoteKind
  public var text: String
  public var at: Date
  /// A call's length in whole minutes; nil for notes and meetings logged without one.
  public var durationMinutes: Int?
  /// Follow-ups made during the call this note logs.
  public var followUps: [String]?

  public init(
    id: String, client: String, kind: NoteKind, text: String, at: Date, durationMinutes: Int? = nil,
    followUps: [String]? = nil
  ) {
    self.id = id
    self.client = client
    self.kind = kind
    self.text = text
    self.at = at
    self.durationMinutes = durationMinutes
    self.followUps = followUps
  }
}

/// A note to add; the desk gives it its id and time.
public struct NewNote: Sendable, Equatable {
  public var client: String
  public var kind: NoteKind
  public var text: String
  public var durationMinutes: Int?
  public var followUps: [String]?
  /// When it happened, when the manager said ("met Drini yesterday: …"); nil is now.
  public var at: Date?

  public init(
    client: String, kind: NoteKind = .note, text: String, durationMinutes: Int? = nil, followUps: [String]? = nil, at: Date? = nil
  ) {
    self.client = client
    self.kind = kind
    self.text = text
    self.durationMinutes = durationMinutes
    self.followUps = followUps
    self.at = at
  }
}
