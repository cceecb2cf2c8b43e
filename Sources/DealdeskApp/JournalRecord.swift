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
  public var desk: Desk? {
    get { started?.desk }
    set { started = newValue.map(StartedDesk.init) }
  }
  /// Boxed: held inline, a desk's fields made every record of every kind about 580 bytes,
  /// and a long script keeps a record per line until it is written.
  private var started: StartedDesk?

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

/// The desk of a `start` record, shared rather than copied with the record.
private final class StartedDesk: Equatable, Sendable {
  let desk: Desk
  init(_ desk: Desk) { self.desk = desk }
  static func == (a: StartedDesk, b: StartedDesk) -> Bool { a.desk == b.desk }
}

extension JournalRecord {
  // As the compiler would write them for the stored fields, with the desk under "desk".
  private enum CodingKeys: String, CodingKey { case seq, at, line, kind, events, author, desk }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      seq: try c.decode(Int.self, forKey: .seq), at: try c.decode(Date.self, forKey: .at),
      line: try c.decode(String.self, forKey: .line), kind: try c.decode(Kind.self, forKey: .kind),
      events: try c.decode([Event].self, forKey: .events), author: try c.decodeIfPresent(String.self, forKey: .author),
      desk: try c.decodeIfPresent(Desk.self, forKey: .desk))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(seq, forKey: .seq)
    try c.encode(at, forKey: .at)
    try c.encode(line, forKey: .line)
    try c.encode(kind, forKey: .kind)
    try c.encode(events, forKey: .events)
    try c.encodeIfPresent(author, forKey: .author)
    try c.encodeIfPresent(desk, forKey: .desk)
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
