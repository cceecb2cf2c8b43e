import DealdeskCore
import DealdeskStore
import Foundation

/// Which journal a desk is kept in, chosen once at start-up. The session, the commands
/// and the domain are the same whichever it is: a new kind of journal is a new case here
/// and one line in `open`.
public enum DeskSource: Sendable, Equatable {
  /// A folder of the manager's own: snapshot, journal file and lock (DealdeskStore).
  case folder(URL)

  /// Opens the journal, read-write (the only writer, or one of several) or read-only.
  func open(mode: StoreMode) throws(StoreError) -> any DeskJournal<Desk, JournalRecord> {
    switch self {
    case .folder(let directory):
      return try FolderJournal<Desk, JournalRecord>.open(
        directory: directory, mode: mode, formatVersion: Session.formatVersion)
    }
  }
}
