import DealdeskStore
import Foundation

/// The team desk as a `DeskJournal`: the same desk and records as a folder keeps, in
/// PostgreSQL's `desk.events` (a record per position, its seq the position) and
/// `desk.snapshots`, with the last snapshot read kept in a local folder so that a new
/// session fetches only what came after it.
///
/// The session calls this from one thread; `lock` keeps the connection to one call at a
/// time all the same, and `@unchecked Sendable` rests on it: `journal` and `lost` are read
/// and written only while it is held.
public final class TeamDeskJournal<Snapshot: Codable & Sendable, Entry: JournalEntry>: DeskJournal, @unchecked Sendable {
  public let mode: StoreMode
  /// The local cache: the last snapshot read, and the desk's side files (input history).
  public let folder: URL
  let login: TeamLogin
  let formatVersion: Int
  private let lock = NSLock()
  /// nil once the connection broke; the next call connects again.
  private var journal: TeamJournal? {
    didSet { if let journal { directorWhenLastConnected = journal.isDirector } }
  }

  public var author: String? { login.address.user }
  public var authorIsDirector: Bool {
    lock.lock()
    defer { lock.unlock() }
    return directorWhenLastConnected
  }
  /// As the server said at the last connection: a director whose connection broke is still one.
  private var directorWhenLastConnected: Bool
  public var location: String { login.address.redacted }

  private init(login: TeamLogin, folder: URL, mode: StoreMode, formatVersion: Int, journal: TeamJournal) {
    self.login = login
    self.folder = folder
    self.mode = mode
    self.formatVersion = formatVersion
    self.journal = journal
    directorWhenLastConnected = journal.isDirector
  }

  /// Connects and checks the team desk is there at this build's schema; `cache` is made
  /// (private to the user) if missing.
  public static func open(login: TeamLogin, cache: URL, mode: StoreMode, formatVersion: Int) throws(StoreError) -> TeamDeskJournal {
    do {
      try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw StoreError(message: "Could not make the team desk's local folder \(cache.path): \(error.localizedDescription)", kind: .io)
    }
    let journal = try Self.connect(login)
    return TeamDeskJournal(login: login, folder: cache, mode: mode, formatVersion: formatVersion, journal: journal)
  }

  private static func connect(_ login: TeamLogin) throws(StoreError) -> TeamJournal {
    do {
      return try runBlocking(timeout: .seconds(15)) { try await TeamJournal.open(login) }
    } catch is RunBlockingTimeout {
      throw StoreError(
        message: "PostgreSQL at \(login.address.place) did not answer within 15 seconds. Check that the server is running and the address is right.",
        kind: .unreachable)
    } catch {
      throw Self.storeError(error)
    }
  }

  /// How a call to the server failed: before anything was sent (there was no connection
  /// and none could be made), or once the call was under way.
  private enum CallFailure: Error {
    case notConnected(StoreError)
    case duringCall(StoreError)
  }

  /// Runs `body` on the connection, connecting again first when the last one broke; a
  /// broken connection is let go, so the next call tries afresh.
  private func onServer<T: Sendable>(
    patience: Duration = .seconds(10), _ body: @escaping @Sendable (TeamJournal) async throws -> T
  ) throws(StoreError) -> T {
    try Self.failure { () throws(CallFailure) in try call(patience: patience, body) }
  }

  /// A call's failure as it is, whether or not anything reached the server.
  private static func failure<T>(_ call: () throws(CallFailure) -> T) throws(StoreError) -> T {
    do {
      return try call()
    } catch {
      switch error {
      case .notConnected(let failure), .duringCall(let failure): throw failure
      }
    }
  }

  /// `onServer`, telling a caller whether anything could have reached the server: a change
  /// is "not saved" when no connection could be made, and only "may or may not have been
  /// saved" when the connection broke while it was being sent.
  ///
  /// A server that does not answer within `patience` is taken as gone: a connection can be
  /// left waiting for ever by a server killed mid-reply, and a manager must not be.
  private func call<T: Sendable>(
    patience: Duration, _ body: @escaping @Sendable (TeamJournal) async throws -> T
  ) throws(CallFailure) -> T {
    try callNow(patience: patience) { connected in try runBlocking(timeout: patience) { try await body(connected) } }
  }

  /// `call`, for a body that waits for the server itself (within `patience`) on the
  /// calling thread: the calls made while the desk's turn is held.
  private func callNow<T>(patience: Duration, _ body: (TeamJournal) throws -> T) throws(CallFailure) -> T {
    lock.lock()
    defer { lock.unlock() }
    let connected: TeamJournal
    if let journal, !journal.isClosed {
      connected = journal
    } else {
      do {
        connected = try Self.connect(login)
      } catch {
        throw .notConnected(error)
      }
      journal = connected
    }
    do {
      return try body(connected)
    } catch {
      let failure: StoreError
      if let late = error as? RunBlockingTimeout {
        failure = StoreError(
          message: "PostgreSQL at \(login.address.place) did not answer within \(late.waited.components.seconds) seconds. Check that the server is running; the desk connects again by itself.",
          kind: .unreachable)
      } else {
        failure = Self.storeError(error)
      }
      if failure.kind == .unreachable {
        journal = nil
        runDetached { await connected.close() }
      }
      throw .duringCall(failure)
    }
  }

  static func storeError(_ error: any Error) -> StoreError {
    guard let team = error as? TeamError else {
      if let store = error as? StoreError { return store }
      return StoreError(message: "The team desk failed: \(error)", kind: .io)
    }
    switch team.kind {
    case .unreachable: return StoreError(message: team.message, kind: .unreachable)
    case .newerSchema: return StoreError(message: team.message, kind: .newerVersion)
    case .foreign: return StoreError(message: team.message, kind: .damaged)
    case .address, .login, .permission, .needsInit, .server: return StoreError(message: team.message, kind: .io)
    }
  }

  // MARK: - Reading

  public func load() throws(StoreError) -> Loaded<Snapshot, Entry> {
    let mark = try onServer { try await $0.latestSnapshotMark() }
    var warnings: [String] = []
    var base: (desk: Snapshot, seq: Int, version: Int)?
    if let cached = try cachedSnapshot(), cached.seq >= Int(mark?.position ?? 0) {
      base = cached
    } else if let latest = try onServer(patience: .seconds(120), { try await $0.latestSnapshot() }) {
      let bytes = Array(latest.body.utf8)
      base = try StoredForm.snapshot(
        Snapshot.self, from: bytes, origin: "The team desk's snapshot at position \(latest.position)", readableVersion: formatVersion)
      if let base, base.seq != Int(latest.position) {
        throw StoreError(
          message: "The team desk's snapshot at position \(latest.position) says it is the desk at \(base.seq); nothing was changed. Ask whoever runs the server to check the desk.",
          kind: .damaged)
      }
      if let problem = keepInCache(bytes, position: latest.position, takenAt: latest.takenAt) { warnings.append(problem) }
    }
    let start = base?.seq ?? 0
    let entries = try entries(after: start)
    return Loaded(snapshot: base?.desk, snapshotSeq: start, entries: entries, warnings: warnings, snapshotVersion: base?.version)
  }

  public func entries(after position: Int) throws(StoreError) -> [Entry] {
    var entries: [Entry] = []
    var reached = Int64(position)
    while true {
      let page = try onServer { [reached] in try await $0.events(after: reached, limit: 5_000) }
      for event in page {
        entries.append(try Self.entry(event))
        reached = event.position
      }
      if page.count < 5_000 { return entries }
    }
  }

  public func takeTurn(after position: Int) throws(StoreError) -> [Entry] {
    guard mode == .readWrite else { return try entries(after: position) }
    let page = try Self.failure { () throws(CallFailure) in
      try callNow(patience: .seconds(10)) { try $0.takeTurnNow(after: Int64(position), limit: 5_000, patience: .seconds(10)) }
    }
    var entries: [Entry] = []
    do throws(StoreError) {
      for event in page { entries.append(try Self.entry(event)) }
    } catch {
      giveTurnBack()
      throw error
    }
    guard page.count == 5_000, let last = entries.last else { return entries }
    // Far behind: the rest is read without the turn (a commit decided on it may then be
    // overtaken, and is decided again as before).
    giveTurnBack()
    return entries + (try self.entries(after: last.seq))
  }

  public func giveTurnBack() {
    lock.lock()
    defer { lock.unlock() }
    journal?.giveTurnBack()
  }

  /// A stored event as the desk's record: its seq must be its position, and its author is
  /// the login the database stamped, whatever the body says.
  static func entry(_ event: TeamEvent) throws(StoreError) -> Entry {
    var entry = try StoredForm.entry(
      Entry.self, from: Array(event.body.utf8), origin: "The team desk's change at position \(event.position)")
    guard entry.seq == Int(event.position) else {
      throw StoreError(
        message: "The team desk's change at position \(event.position) says it is change \(entry.seq); nothing was changed. Ask whoever runs the server to check the desk.",
        kind: .damaged)
    }
    entry.author = event.author
    return entry
  }

  // MARK: - Writing

  public func commit(_ entries: [Entry], at expected: Int) throws(StoreError) -> JournalCommit<Entry> {
    guard mode == .readWrite else { throw .readOnly }
    guard !entries.isEmpty, entries.indices.allSatisfy({ entries[$0].seq == expected + 1 + $0 }) else {
      throw StoreError(
        message: "Dealdesk tried to save entries \(entries.map(\.seq)) after entry \(expected); nothing was saved. This is a fault in Dealdesk, please report it.",
        kind: .misuse)
    }
    var batch: [TeamEvent.New] = []
    for var entry in entries {
      // The database says who made it; the body does not get to.
      entry.author = nil
      batch.append(TeamEvent.New(kind: "record", body: String(decoding: try StoredForm.entry(entry), as: UTF8.self)))
    }
    let outcome: TeamJournal.Outcome
    do {
      outcome = try callNow(patience: .seconds(10)) { try $0.appendNow(expected: Int64(expected), events: batch, patience: .seconds(10)) }
    } catch {
      switch error {
      case .notConnected(let failure) where failure.kind == .unreachable:
        // Nothing was sent: saying "may or may not" here would leave a manager unsure for nothing.
        throw StoreError(
          message: "Not saved: \(failure.message) The desk connects again by itself once the server answers.",
          kind: .unreachable)
      case .duringCall(let failure) where failure.kind == .unreachable:
        // The append may have committed before the connection broke: say so, never "not saved",
        // and without the cause's own "try again", which could save it twice.
        throw StoreError(
          message: "The team desk's server stopped answering while this was being saved, so it may or may not have been saved. "
            + "It is not shown as done here: look before doing it again (at the desk's prompt, \"Saved after all\" says so once the server answers).",
          kind: .inDoubt)
      case .notConnected(let failure), .duringCall(let failure):
        throw failure
      }
    }
    switch outcome {
    case .appended(let head):
      return .committed(position: Int(head))
    case .behind:
      do {
        return .overtaken(theirs: try self.entries(after: expected))
      } catch {
        // Nothing was written (the head had moved on): say so, whatever broke the reading.
        throw StoreError(message: "Not saved: others changed the desk first, and reading their changes failed. \(error.message)", kind: error.kind)
      }
    }
  }

  public func compact(snapshot: Snapshot, seq: Int, tail: [Entry]) throws(StoreError) {
    guard mode == .readWrite else { throw .readOnly }
    let bytes = try StoredForm.snapshot(snapshot, seq: seq, version: formatVersion)
    let body = String(decoding: bytes, as: UTF8.self)
    let position = Int64(seq)
    let taken = try onServer(patience: .seconds(120)) { journal in
      _ = try await journal.putSnapshot(at: position, body: body)
      return try await journal.snapshotTaken(at: position)
    }
    // Another session may have kept this position first: the same desk, so its stamp is ours.
    if let taken { _ = keepInCache(bytes, position: position, takenAt: taken) }
  }

  public func close() {
    lock.lock()
    let last = journal
    journal = nil
    lock.unlock()
    if let last { try? runBlocking { await last.close() } }
  }

  // MARK: - The local copy of the last snapshot

  private var cacheFile: URL { folder.appendingPathComponent("snapshot.json") }
  private var stampFile: URL { folder.appendingPathComponent("snapshot.stamp") }

  /// The snapshot kept locally, if it is one the server still has at the same position,
  /// taken at the same moment (so not a copy from another database of the same name).
  private func cachedSnapshot() throws(StoreError) -> (desk: Snapshot, seq: Int, version: Int)? {
    guard let stamp = try? String(contentsOf: stampFile, encoding: .utf8),
      let (position, taken) = Self.readStamp(stamp),
      let bytes = try? Data(contentsOf: cacheFile)
    else { return nil }
    guard let onServer = try onServer({ try await $0.snapshotTaken(at: position) }),
      onServer.timeIntervalSince1970 == taken
    else { return nil }
    guard
      let read = try? StoredForm.snapshot(
        Snapshot.self, from: Array(bytes), origin: cacheFile.path, readableVersion: formatVersion),
      read.seq == Int(position)
    else { return nil }
    return read
  }

  /// Keeps `bytes` as the local copy; a copy that cannot be written costs only speed at the
  /// next start, which the returned warning says.
  private func keepInCache(_ bytes: [UInt8], position: Int64, takenAt: Date) -> String? {
    do {
      try Data(bytes).write(to: cacheFile, options: .atomic)
      try Data("\(position) \(takenAt.timeIntervalSince1970)\n".utf8).write(to: stampFile, options: .atomic)
      return nil
    } catch {
      return "Could not keep a local copy of the team desk in \(folder.path) (\(error.localizedDescription)); the next start reads it from the server."
    }
  }

  static func readStamp(_ text: String) -> (Int64, Double)? {
    let parts = text.split(whereSeparator: \.isWhitespace)
    guard parts.count == 2, let position = Int64(parts[0]), let taken = Double(parts[1]) else { return nil }
    return (position, taken)
  }
}

/// Starts async work nobody waits for (closing a connection that already broke).
func runDetached(_ body: @escaping @Sendable () async -> Void) {
  Task.detached { await body() }
}
