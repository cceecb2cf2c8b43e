import DealdeskApp
import DealdeskCore
import DealdeskStore
import Foundation

/// The team desk's journal as the session sees it, with the time spent in each of the two
/// calls a command makes of the server counted: the catch-up before the line
/// (`entries(after:)`) and the append (`commit`), and how often an append was overtaken.
/// The session cannot tell these apart from outside; counting them here, around the real
/// journal, changes nothing it does.
final class CountingJournal: DeskJournal, @unchecked Sendable {
  // @unchecked: a worker's session uses its journal from one thread only.
  typealias Snapshot = Desk
  typealias Entry = JournalRecord

  struct Tally {
    var catchUpSeconds = 0.0
    var catchUps = 0
    var commitSeconds = 0.0
    var commits = 0
    /// Appends refused because another writer's came first: each is decided again.
    var overtaken = 0
  }

  private let inner: any DeskJournal<Desk, JournalRecord>
  private(set) var tally = Tally()

  init(_ inner: any DeskJournal<Desk, JournalRecord>) {
    self.inner = inner
  }

  /// What was counted since the last call.
  func take() -> Tally {
    defer { tally = Tally() }
    return tally
  }

  var mode: StoreMode { inner.mode }
  var folder: URL { inner.folder }
  var location: String { inner.location }
  var author: String? { inner.author }
  var authorIsDirector: Bool { inner.authorIsDirector }

  func load() throws(StoreError) -> Loaded<Desk, JournalRecord> { try inner.load() }

  func commit(_ entries: [JournalRecord], at expected: Int) throws(StoreError) -> JournalCommit<JournalRecord> {
    let t0 = Measure.clock.now
    defer {
      tally.commitSeconds += Measure.seconds(Measure.clock.now - t0)
      tally.commits += 1
    }
    let outcome = try inner.commit(entries, at: expected)
    if case .overtaken = outcome { tally.overtaken += 1 }
    return outcome
  }

  func entries(after position: Int) throws(StoreError) -> [JournalRecord] {
    try catchingUp { () throws(StoreError) in try inner.entries(after: position) }
  }

  /// Counted as a catch-up: the look before the line, made in the desk's turn (the wait
  /// for the others to let go of it included).
  func takeTurn(after position: Int) throws(StoreError) -> [JournalRecord] {
    try catchingUp { () throws(StoreError) in try inner.takeTurn(after: position) }
  }

  private func catchingUp(_ look: () throws(StoreError) -> [JournalRecord]) throws(StoreError) -> [JournalRecord] {
    let t0 = Measure.clock.now
    defer {
      tally.catchUpSeconds += Measure.seconds(Measure.clock.now - t0)
      tally.catchUps += 1
    }
    return try look()
  }

  func giveTurnBack() { inner.giveTurnBack() }

  func compact(snapshot: Desk, seq: Int, tail: [JournalRecord]) throws(StoreError) {
    try inner.compact(snapshot: snapshot, seq: seq, tail: tail)
  }

  func close() { inner.close() }
}
