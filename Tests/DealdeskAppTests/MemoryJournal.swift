import DealdeskCore
import DealdeskStore
import Foundation

@testable import DealdeskApp

/// A second kind of journal, kept in memory and shared by the sessions given it, as a
/// team's database is: a test double of `DeskJournal`, to show that a session runs on any
/// journal and copes with another writer coming first. The folder's own behaviour is
/// tested on real files (FolderJournalTests, DiskFullSessionTests).
final class MemoryJournal: DeskJournal, @unchecked Sendable {
  // Unchecked: every stored field is read and written only while `lock` is held.
  private let lock = NSLock()
  private var snapshot: (desk: Desk, seq: Int)?
  private var entries: [JournalRecord] = []
  private var closedCount = 0
  /// Plays a writer that always comes first without anything to show for it, so a
  /// session's retries run out.
  private var alwaysOvertaken = false
  let mode: StoreMode

  init(mode: StoreMode = .readWrite) { self.mode = mode }

  /// A journal shared with `other`: the same history, read-only or not as asked.
  init(sharing other: MemoryJournal, mode: StoreMode = .readWrite) {
    self.mode = mode
    shared = other.shared ?? other
  }

  /// The journal whose history this one stands for (nil: its own).
  private var shared: MemoryJournal?
  private var store: MemoryJournal { shared ?? self }

  var folder: URL { FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-memory-journal") }
  var location: String { "memory" }

  /// Every record committed, in order.
  var records: [JournalRecord] { store.lock.withLock { store.entries } }
  var snapshotSeq: Int? { store.lock.withLock { store.snapshot?.seq } }
  var timesClosed: Int { lock.withLock { closedCount } }

  func load() throws(StoreError) -> Loaded<Desk, JournalRecord> {
    let store = self.store
    return store.lock.withLock {
      let seq = store.snapshot?.seq ?? 0
      return Loaded(snapshot: store.snapshot?.desk, snapshotSeq: seq, entries: store.entries.filter { $0.seq > seq }, warnings: [])
    }
  }

  func overtakeEveryCommit() { store.lock.withLock { store.alwaysOvertaken = true } }

  func commit(_ batch: [JournalRecord], at expected: Int) throws(StoreError) -> JournalCommit<JournalRecord> {
    guard mode == .readWrite else { throw StoreError(message: "read-only", kind: .readOnly) }
    let store = self.store
    store.lock.lock()
    defer { store.lock.unlock() }
    if store.alwaysOvertaken { return .overtaken(theirs: []) }
    let position = store.entries.last?.seq ?? store.snapshot?.seq ?? 0
    guard expected == position else { return .overtaken(theirs: store.entries.filter { $0.seq > expected }) }
    guard batch.indices.allSatisfy({ batch[$0].seq == expected + 1 + $0 }) else {
      throw StoreError(message: "out of order", kind: .misuse)
    }
    store.entries += batch
    return .committed(position: batch.last?.seq ?? position)
  }

  func compact(snapshot desk: Desk, seq: Int, tail: [JournalRecord]) throws(StoreError) {
    guard mode == .readWrite else { throw StoreError(message: "read-only", kind: .readOnly) }
    let store = self.store
    store.lock.withLock {
      store.snapshot = (desk, seq)
      store.entries = store.entries.filter { $0.seq <= seq } + tail
    }
  }

  func close() { lock.withLock { closedCount += 1 } }
}
