import DealdeskApp
import Foundation
import Glibc
import Testing

/// The practice history is read as any file the desk did not write this instant: only a
/// plain file, never waited on.
@Suite struct TrainingHistoryFileTests {
  @Test func aPipeInPlaceOfTheHistoryIsNamedNotWaitedOn() throws {
    let folder = try TestFolder("history-pipe")
    let path = folder.path(TrainingHistory.fileName)
    #expect(mkfifo(path, 0o600) == 0)
    // Before, reading it blocked for ever: `train` and `train history` hung.
    let (entries, unreadable, problem) = TrainingHistory(folder: folder.url).load()
    #expect(entries.isEmpty && unreadable == 0)
    #expect(problem == "\(path) could not be read (it is a named pipe (FIFO), not a file); it was left as it is.")
  }

  @Test func aMissingHistoryIsNoPracticeYet() throws {
    let folder = try TestFolder("history-missing")
    let (entries, unreadable, problem) = TrainingHistory(folder: folder.url).load()
    #expect(entries.isEmpty && unreadable == 0 && problem == nil)
  }
}
