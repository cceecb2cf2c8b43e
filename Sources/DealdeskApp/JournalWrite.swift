import DealdeskCore
import DealdeskStore
import Foundation

/// A command's journal line written and synced on another thread while its reply is made.
/// The sync is most of a small command's time (about 0.2 ms here), and making a reply about
/// as much, so doing both at once is what a manager's wait is shortened by. The reply is
/// still returned only once the line is on disk (`Session.finishCommit`).
final class JournalWrite: @unchecked Sendable {
  // Unchecked: `store` is used by the writing thread alone until `wait` returns (the
  // session touches it no sooner), and `failure` is read only after the signal.
  private let store: DeskStore<Desk, JournalRecord>
  private let record: JournalRecord
  private let written = DispatchSemaphore(value: 0)
  private var failure: StoreError?

  init(_ record: JournalRecord, to store: DeskStore<Desk, JournalRecord>) {
    self.store = store
    self.record = record
    DispatchQueue.global(qos: .userInitiated).async { self.write() }
  }

  private func write() {
    do throws(StoreError) {
      try store.append([record])
    } catch {
      failure = error
    }
    written.signal()
  }

  /// Waits for the line to be on disk; the error when it could not be written.
  func wait() -> StoreError? {
    written.wait()
    return failure
  }
}

/// A command applied in memory whose journal line may still be on its way to disk.
struct PendingCommit {
  fileprivate let write: JournalWrite?
  fileprivate let seq: Int
}

extension Session {
  /// Journals and applies a command's events, the journal line written while the caller
  /// makes the reply; `finishCommit` must follow before the reply is shown. Inside a script
  /// run as one step the record waits for the script's end, as `commit` does.
  func beginCommit(_ events: [Event], line: String) throws(StoreError) -> PendingCommit {
    let record = JournalRecord(seq: seq + 1, at: now, line: line, kind: .command, events: events)
    guard batch == nil else {
      try commit(events, line: line)
      return PendingCommit(write: nil, seq: seq)
    }
    let pending = PendingCommit(write: JournalWrite(record, to: store), seq: seq)
    apply(record)
    return pending
  }

  /// Waits until the command's line is on disk. When it could not be written, the change
  /// is taken back (desk, undo history, numbering) and the error is thrown: nothing changed.
  func finishCommit(_ pending: PendingCommit) throws(StoreError) {
    guard let write = pending.write, let failure = write.wait() else { return }
    takeBack(to: pending.seq)
    throw failure
  }
}
