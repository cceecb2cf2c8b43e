import DealdeskCore
import DealdeskStore
import Foundation

/// One line of the journal: what was typed, when, and what it did. Undo and redo are
/// records too, so the audit trail shows them and they survive a restart.
public struct JournalRecord: JournalEntry, Equatable {
  public enum Kind: String, Codable, Sendable {
    case command, undo, redo
    /// The desk starts over from `desk`: a manager's own desk moved into an empty team desk
    /// (`team push`). Nothing before it can be undone.
    case start
  }

  public var seq: Int
  public var at: Date
  public var line: String
  public var kind: Kind
  public var events: [Event]
  /// Who committed it, as a team desk's database stamps it (set on reading, whatever the
  /// stored record says); nil on a desk of one's own.
  public var author: String?
  /// The whole desk a `start` record begins from; nil for every other kind.
  public var desk: Desk?

  public init(seq: Int, at: Date, line: String, kind: Kind, events: [Event] = [], author: String? = nil, desk: Desk? = nil) {
    self.seq = seq
    self.at = at
    self.line = line
    self.kind = kind
    self.events = events
    self.author = author
    self.desk = desk
  }
}

extension JournalRecord {
  /// Its time and every value its events carry, held to what the desk accepts when typed
  /// (DealdeskCore/ReadChecks.swift).
  public func valueProblem() -> String? {
    do throws(OutOfRange) {
      try DateRange.check(at, "at")
      try desk?.checkRanges()
    } catch {
      return error.description
    }
    for (n, event) in events.enumerated() {
      do throws(OutOfRange) {
        try event.checkRanges()
      } catch {
        return error.within("events[\(n)]").description
      }
    }
    return nil
  }
}
