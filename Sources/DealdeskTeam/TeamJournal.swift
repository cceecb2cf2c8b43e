import Foundation
import PostgresNIO

/// One change in the team desk's history.
public struct TeamEvent: Sendable, Equatable {
  /// 1, 2, 3, … in commit order, with no gap: a reader that has seen N has seen all before it.
  public var position: Int64
  /// The PostgreSQL login that appended it, stamped by the database.
  public var author: String
  public var kind: String
  /// JSON, exactly as appended.
  public var body: String
  public var committedAt: Date

  /// An event to append: what the caller says; position, author and time are the database's.
  public struct New: Sendable, Equatable {
    public var kind: String
    public var body: String
    public init(kind: String, body: String) {
      self.kind = kind
      self.body = body
    }
  }
}

/// The whole desk as of a position, so a session loads it and only the events after.
public struct TeamSnapshot: Sendable, Equatable {
  public var position: Int64
  public var author: String
  public var body: String
  public var takenAt: Date
}

/// The team desk's history in PostgreSQL: read it, and append to it only from the position
/// you have seen. One connection; not for use by two tasks at once.
public final class TeamJournal: Sendable {
  /// What an append did. `behind`: someone else's change came first; read the events after
  /// your position, decide again on the newer desk, and append with the new head.
  public enum Outcome: Sendable, Equatable {
    case appended(head: Int64)
    case behind(head: Int64)
  }

  private let connection: TeamConnection
  public var address: TeamAddress { connection.address }

  private init(connection: TeamConnection) {
    self.connection = connection
  }

  /// Connects, and refuses a database whose team desk is missing or at another schema
  /// version than this build's (never migrating it silently: `dealdesk team init` does).
  public static func open(_ login: TeamLogin) async throws(TeamError) -> TeamJournal {
    try await open(login, schemaVersion: TeamDesk.schemaVersion)
  }

  /// `known` lets a test play a later build.
  static func open(_ login: TeamLogin, schemaVersion known: Int) async throws(TeamError) -> TeamJournal {
    let connection = try await TeamConnection.open(login)
    let address = login.address
    do throws(TeamError) {
      let found = try await TeamDesk.installedVersion(on: connection, doing: "opening the team desk")
      if found == 0 {
        throw TeamError(
          "There is no team desk in database \"\(address.database)\" at \(address.place). Set one up first: dealdesk team init \(address.redacted)",
          kind: .needsInit)
      }
      if found > known { throw TeamDesk.newer(found, than: known, at: address) }
      if found < known {
        throw TeamError(
          "The team desk in database \"\(address.database)\" is at schema version \(found); this dealdesk needs \(known). "
            + "Nothing was changed. Migrate it with dealdesk team init \(address.redacted), as a login that may change the schema.",
          kind: .needsInit)
      }
      return TeamJournal(connection: connection)
    } catch {
      await connection.close()
      if error.kind == .permission {
        throw TeamError(
          "\(address.user) may not read the team desk in \"\(address.database)\": the login is not in the \(DeskRoles.managers) group. "
            + "Ask whoever runs the server: GRANT \(DeskRoles.managers) TO \(address.user);",
          kind: .permission, sqlState: error.sqlState)
      }
      throw error
    }
  }

  /// Appends `events` as one batch at positions head+1…, only if the head is still
  /// `expected`. One round trip, one transaction, committed when this returns `.appended`.
  public func append(expected: Int64, events: [TeamEvent.New]) async throws(TeamError) -> Outcome {
    let kinds = events.map(\.kind)
    let bodies = events.map(\.body)
    let rows = try await connection.rows(
      "SELECT appended, head FROM desk.append(\(expected), \(kinds), \(bodies))", doing: "saving a change"
    ) { try $0.decode((Bool, Int64).self) }
    guard let (appended, head) = rows.first else {
      throw TeamError("PostgreSQL gave no answer to an append at \(address.place); check the team desk with dealdesk team init.", kind: .server)
    }
    return appended ? .appended(head: head) : .behind(head: head)
  }

  /// The events after `position`, oldest first, at most `limit` of them.
  public func events(after position: Int64, limit: Int = 10_000) async throws(TeamError) -> [TeamEvent] {
    try await connection.rows(
      """
      SELECT position, author, kind, body::text, committed_at FROM desk.events
        WHERE position > \(position) ORDER BY position LIMIT \(limit)
      """,
      doing: "reading the desk's changes"
    ) { row in
      let (position, author, kind, body, at) = try row.decode((Int64, String, String, String, Date).self)
      return TeamEvent(position: position, author: author, kind: kind, body: body, committedAt: at)
    }
  }

  /// The last position given (0 for an empty desk).
  public func head() async throws(TeamError) -> Int64 {
    let rows = try await connection.rows("SELECT position FROM desk.head", doing: "reading the desk's position") {
      try $0.decode(Int64.self)
    }
    return rows.first ?? 0
  }

  /// The snapshot at the highest position, if any was kept.
  public func latestSnapshot() async throws(TeamError) -> TeamSnapshot? {
    try await connection.rows(
      "SELECT position, author, body::text, taken_at FROM desk.snapshots ORDER BY position DESC LIMIT 1",
      doing: "reading the desk's latest snapshot"
    ) { row in
      let (position, author, body, at) = try row.decode((Int64, String, String, Date).self)
      return TeamSnapshot(position: position, author: author, body: body, takenAt: at)
    }.first
  }

  /// Where the latest snapshot is, and when it was taken there, without its body: enough
  /// to tell whether a copy kept locally is still the latest.
  public func latestSnapshotMark() async throws(TeamError) -> (position: Int64, takenAt: Date)? {
    try await connection.rows(
      "SELECT position, taken_at FROM desk.snapshots ORDER BY position DESC LIMIT 1",
      doing: "reading where the desk's latest snapshot is"
    ) { row -> (position: Int64, takenAt: Date) in
      let (position, takenAt) = try row.decode((Int64, Date).self)
      return (position, takenAt)
    }.first
  }

  /// When the snapshot at `position` was taken, if one is kept there.
  public func snapshotTaken(at position: Int64) async throws(TeamError) -> Date? {
    try await connection.rows(
      "SELECT taken_at FROM desk.snapshots WHERE position = \(position)", doing: "checking the desk's local copy"
    ) { try $0.decode(Date.self) }.first
  }

  /// Keeps `body` as the whole desk at `position` (0…head). False when one was already kept there.
  @discardableResult
  public func putSnapshot(at position: Int64, body: String) async throws(TeamError) -> Bool {
    let rows = try await connection.rows(
      "SELECT desk.put_snapshot(\(position), \(body))", doing: "keeping a snapshot of the desk"
    ) { try $0.decode(Bool.self) }
    return rows.first ?? false
  }

  /// True once the connection is closed or broke: the next call would fail at once.
  public var isClosed: Bool { connection.connection.isClosed }

  public func close() async {
    await connection.close()
  }
}
