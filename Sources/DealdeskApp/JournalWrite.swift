import DealdeskCore
import DealdeskStore
import Foundation

/// A command's journal record committed on another thread while its reply is made. The
/// sync is most of a small command's time (about 0.2 ms here), and making a reply about
/// as much, so doing both at once is what a manager's wait is shortened by. Only
/// `DeskCommitter` starts one, and it waits for it before the reply can be shown.
final class JournalWrite: @unchecked Sendable {
  // Unchecked: the journal is Sendable and `record` a value; `outcome` is written by the
  // writing thread before the signal and read only after it.
  private let journal: any DeskJournal<Desk, JournalRecord>
  private let record: JournalRecord
  private let expected: Int
  private let written = DispatchSemaphore(value: 0)
  private var outcome: Result<JournalCommit<JournalRecord>, StoreError> = .failure(StoreError(message: "", kind: .misuse))

  init(_ record: JournalRecord, at expected: Int, to journal: any DeskJournal<Desk, JournalRecord>) {
    self.journal = journal
    self.record = record
    self.expected = expected
    DispatchQueue.global(qos: .userInitiated).async { self.write() }
  }

  private func write() {
    do throws(StoreError) {
      outcome = .success(try journal.commit([record], at: expected))
    } catch {
      outcome = .failure(error)
    }
    written.signal()
  }

  /// Waits until the journal has answered.
  func wait() -> Result<JournalCommit<JournalRecord>, StoreError> {
    written.wait()
    return outcome
  }
}
