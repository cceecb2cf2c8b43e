import DealdeskCore
import DealdeskStore
import Foundation

/// One line of the journal: what was typed, when, and what it did. Undo and redo are
/// records too, so the audit trail shows them and they survive a restart.
public struct JournalRecord: JournalEntry, Equatable {
  public enum Kind: String, Codable, Sendable { case command, undo, redo }

  public var seq: Int
  public var at: Date
  public var line: String
  public var kind: Kind
  public var events: [Event]

  public init(seq: Int, at: Date, line: String, kind: Kind, events: [Event] = []) {
    self.seq = seq
    self.at = at
    self.line = line
    self.kind = kind
    self.events = events
  }
}
