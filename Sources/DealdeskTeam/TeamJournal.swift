import Foundation
import NIOCore
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
///
/// An append that finds it was overtaken takes the desk's turn before it says so (see
/// `takeTurn`): the re-read and the append decided again on it then run while no one else
/// can append, so a command is decided again at most once, however many managers write.
public final class TeamJournal: Sendable {
  /// What an append did. `behind`: someone else's change came first; read the events after
  /// your position, decide again on the newer desk, and append with the new head.
  public enum Outcome: Sendable, Equatable {
    case appended(head: Int64)
    case behind(head: Int64)
  }

  private let connection: TeamConnection
  public var address: TeamAddress { connection.address }
  private let turn = Turn()
  /// The login is in the directors group (SchemaV2), as of when it connected.
  public let isDirector: Bool

  private init(connection: TeamConnection, isDirector: Bool) {
    self.connection = connection
    self.isDirector = isDirector
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
      let director = try await connection.rows(
        "SELECT pg_has_role(session_user, \(DeskRoles.directors), 'MEMBER')", doing: "opening the team desk"
      ) { try $0.decode(Bool.self) }
      return TeamJournal(connection: connection, isDirector: director.first ?? false)
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
  ///
  /// `.behind` comes back holding the desk's turn: read the events after your position
  /// (`events(after:)`), decide again, and append at the head given; that append cannot be
  /// overtaken. Any other call first gives the turn back.
  public func append(expected: Int64, events: [TeamEvent.New]) async throws(TeamError) -> Outcome {
    try await appending(expected, events).answer(from: address)
  }

  /// `append`, with the calling thread waiting (`answerNow`) at most `patience`.
  public func appendNow(expected: Int64, events: [TeamEvent.New], patience: Duration) throws(TeamError) -> Outcome {
    try appending(expected, events).answerNow(within: patience, from: address)
  }

  private func appending(_ expected: Int64, _ events: [TeamEvent.New]) -> EventLoopFuture<Outcome> {
    let kinds = events.map(\.kind)
    let bodies = events.map(\.body)
    let inTurn = turn.state != .none
    turn.state = .none
    let appending: PostgresQuery = "SELECT appended, head FROM desk.append(\(expected), \(kinds), \(bodies))"
    let address = self.address
    // In its turn the COMMIT goes with the append: should the append fail or find the head
    // moved, the COMMIT ends a transaction that holds nothing. Only the COMMIT's answer
    // makes the append durable, and both are waited for.
    return connection.pipeline(inTurn ? [appending, "COMMIT"] : [appending], doing: "saving a change")
      .flatMap { answers -> EventLoopFuture<Outcome> in
        let loop = self.connection.connection.eventLoop
        guard let row = answers.first?.first, let (appended, head) = try? row.decode((Bool, Int64).self) else {
          return loop.makeFailedFuture(TeamError(
            "PostgreSQL gave no answer to an append at \(address.place); check the team desk with dealdesk team init.", kind: .server))
        }
        // Behind even in its turn: the caller's position was not the head it was given.
        // Let the caller catch up as after any overtaken append, without the turn.
        if inTurn || appended { return loop.makeSucceededFuture(appended ? .appended(head: head) : .behind(head: head)) }
        return self.turnAfterBehind(seen: head).map { .behind(head: $0) }
      }
      .flatMapErrorThrowing { error in
        if inTurn { self.connection.send("ROLLBACK") }
        throw error
      }
  }

  /// The events after `position`, read once no one else can append: the desk's turn is
  /// this connection's until its next append commits or `giveTurnBack`. For a session
  /// that keeps being overtaken: it waits for the others once, before deciding, instead of
  /// once for the overtaken append and again for the turn that follows it.
  ///
  /// The BEGIN, the lock and the read go as one pipelined request; the read is a statement
  /// of its own, after the lock, so that it sees everything committed while this
  /// connection waited for the row.
  public func takeTurn(after position: Int64, limit: Int = 10_000) async throws(TeamError) -> [TeamEvent] {
    try await turnTaking(after: position, limit: limit).answer(from: address)
  }

  /// `takeTurn`, with the calling thread waiting (`answerNow`) at most `patience`.
  public func takeTurnNow(after position: Int64, limit: Int, patience: Duration) throws(TeamError) -> [TeamEvent] {
    try turnTaking(after: position, limit: limit).answerNow(within: patience, from: address)
  }

  private func turnTaking(after position: Int64, limit: Int) -> EventLoopFuture<[TeamEvent]> {
    giveTurnBack()
    return connection.pipeline(["BEGIN", Self.holdingTheRow, Self.events(after: position, limit: limit)], doing: "waiting for the desk's turn")
      .flatMapThrowing { answers in
        let events = try answers[2].map(Self.event)
        self.turn.state = .reread
        return events
      }
      .flatMapErrorThrowing { error in
        self.connection.send("ROLLBACK")
        throw TeamError.from(error, doing: "reading the desk's changes", at: self.address)
      }
  }

  /// Gives back a turn taken and not used, without waiting for the server's answer: the
  /// next call on this connection goes after it.
  public func giveTurnBack() {
    guard turn.state != .none else { return }
    turn.state = .none
    connection.send("ROLLBACK")
  }

  /// Locks the head row until the transaction ends, appending nothing: `desk.append` takes
  /// the row `FOR UPDATE` before it compares, and -1 is a position no head can be. So
  /// schema version 1 serves as it is, and managers need no new right. The idle timeout
  /// ends a transaction left holding it (`turnPatience`).
  static let holdingTheRow: PostgresQuery = """
    SELECT t.head, set_config('idle_in_transaction_session_timeout', \(turnPatience), true)
      FROM desk.append(-1, ARRAY['turn'], ARRAY['null']) AS t
    """

  static func events(after position: Int64, limit: Int) -> PostgresQuery {
    """
    SELECT position, author, kind, body::text, committed_at FROM desk.events
      WHERE position > \(position) ORDER BY position LIMIT \(limit)
    """
  }

  static func event(_ row: PostgresRow) throws -> TeamEvent {
    let (position, author, kind, body, at) = try row.decode((Int64, String, String, String, Date).self)
    return TeamEvent(position: position, author: author, kind: kind, body: body, committedAt: at)
  }

  /// Opens a transaction holding the head row, so no one else can append until this
  /// connection's next append commits: the desk's turn. Answers with the head as of now.
  ///
  /// Without it, a writer overtaken while the others kept appending was overtaken again
  /// and again (each append waits for the one before to reach the disk, and then finds the
  /// head moved): with 4 writers a command was decided again about once on average, and
  /// some gave up after five tries. With it, the second try always lands.
  ///
  /// The row is taken with `holdingTheRow`; the lock stays until the transaction ends
  /// (row locks belong to the transaction, not to the function).
  ///
  /// A session that decides, after the re-read, not to append after all (the line now
  /// changes nothing, an undo is now refused) gives the turn back at its next call; should
  /// it make none, the server ends the idle transaction after `turnPatience`, so no one
  /// waits on a quiet session for longer than that.
  private func turnAfterBehind(seen: Int64) -> EventLoopFuture<Int64> {
    connection.pipeline(["BEGIN", Self.holdingTheRow], doing: "waiting for the desk's turn")
      .flatMapThrowing { answers in
        guard let row = answers[1].first else {
          throw TeamError("The desk's turn came back without its position.", kind: .server)
        }
        let (head, _) = try row.decode((Int64, String).self)
        self.turn.state = .taken
        return head
      }
      .flatMapError { _ in
        // The turn is an economy only: without it the caller retries as before.
        self.connection.send("ROLLBACK")
        return self.connection.connection.eventLoop.makeSucceededFuture(seen)
      }
  }

  /// How long a session may hold the turn without appending before the server ends its
  /// transaction (and with it, its connection; the desk connects again by itself). A
  /// decision takes milliseconds; this is for a session that stopped between the two.
  static let turnPatience = "3s"

  /// The events after `position`, oldest first, at most `limit` of them.
  public func events(after position: Int64, limit: Int = 10_000) async throws(TeamError) -> [TeamEvent] {
    // The re-read after an overtaken append keeps the turn; a second read means the
    // session went another way, and gives it back.
    if turn.state == .taken {
      turn.state = .reread
    } else {
      giveTurnBack()
    }
    return try await connection.rows(Self.events(after: position, limit: limit), doing: "reading the desk's changes", Self.event)
  }

  /// The last position given (0 for an empty desk).
  public func head() async throws(TeamError) -> Int64 {
    giveTurnBack()
    let rows = try await connection.rows("SELECT position FROM desk.head", doing: "reading the desk's position") {
      try $0.decode(Int64.self)
    }
    return rows.first ?? 0
  }

  /// The snapshots a session loads: its own login's, or a director's. Any manager may keep
  /// one, but a desk kept by another manager could carry a change that manager may not
  /// append (SchemaV2), so it is not read. A snapshot by a login since dropped is not either.
  static let trusted = """
    (author = session_user OR EXISTS (
      SELECT 1 FROM pg_roles r WHERE r.rolname = author AND pg_has_role(r.oid, '\(DeskRoles.directors)', 'MEMBER')))
    """

  /// The snapshot at the highest position, if any was kept.
  public func latestSnapshot() async throws(TeamError) -> TeamSnapshot? {
    giveTurnBack()
    return try await connection.rows(
      "SELECT position, author, body::text, taken_at FROM desk.snapshots WHERE \(unescaped: Self.trusted) ORDER BY position DESC LIMIT 1",
      doing: "reading the desk's latest snapshot"
    ) { row in
      let (position, author, body, at) = try row.decode((Int64, String, String, Date).self)
      return TeamSnapshot(position: position, author: author, body: body, takenAt: at)
    }.first
  }

  /// Where the latest snapshot is, and when it was taken there, without its body: enough
  /// to tell whether a copy kept locally is still the latest.
  public func latestSnapshotMark() async throws(TeamError) -> (position: Int64, takenAt: Date)? {
    giveTurnBack()
    return try await connection.rows(
      "SELECT position, taken_at FROM desk.snapshots WHERE \(unescaped: Self.trusted) ORDER BY position DESC LIMIT 1",
      doing: "reading where the desk's latest snapshot is"
    ) { row -> (position: Int64, takenAt: Date) in
      let (position, takenAt) = try row.decode((Int64, Date).self)
      return (position, takenAt)
    }.first
  }

  /// When the snapshot at `position` was taken, if one is kept there.
  public func snapshotTaken(at position: Int64) async throws(TeamError) -> Date? {
    giveTurnBack()
    return try await connection.rows(
      "SELECT taken_at FROM desk.snapshots WHERE position = \(position) AND \(unescaped: Self.trusted)", doing: "checking the desk's local copy"
    ) { try $0.decode(Date.self) }.first
  }

  /// Keeps `body` as the whole desk at `position` (0…head). False when one was already kept there.
  @discardableResult
  public func putSnapshot(at position: Int64, body: String) async throws(TeamError) -> Bool {
    giveTurnBack()
    let rows = try await connection.rows(
      "SELECT desk.put_snapshot(\(position), \(body))", doing: "keeping a snapshot of the desk"
    ) { try $0.decode(Bool.self) }
    return rows.first ?? false
  }

  /// True once the connection is closed or broke: the next call would fail at once.
  public var isClosed: Bool { connection.connection.isClosed }

  public func close() async {
    giveTurnBack()
    await connection.close()
  }
}

/// Whether this connection holds the desk's turn: `taken` by an overtaken append, `reread`
/// once the events after it were read. Changed only by the one task using the journal;
/// the lock is for the compiler's sake and for a close from another thread.
private final class Turn: @unchecked Sendable {
  enum State { case none, taken, reread }
  private let lock = NSLock()
  private var value = State.none
  var state: State {
    get { lock.withLock { value } }
    set { lock.withLock { value = newValue } }
  }
}
