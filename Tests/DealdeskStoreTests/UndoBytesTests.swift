import Foundation
import Testing

@testable import DealdeskStore

/// The undo file takes the entries the journal was just given as they were written there
/// (a long script's record is not encoded a second time): the file is byte for byte what
/// encoding every entry afresh writes.
@Suite struct UndoBytesTests {
  @Test func theUndoFileWrittenFromTheJournalsBytesIsTheOneEncodedAfresh() throws {
    let tests = UndoFileTests()
    try withDesk { folder in
      let journal = try tests.open(folder)
      _ = try journal.load()
      _ = try journal.commit(entries(1...3), at: 0)
      _ = try journal.commit(entries(4...6), at: 3)
      let undo = KeptUndo(base: UndoFileTests.before, baseSeq: 1, entries: entries(2...6))
      try journal.compact(current: UndoFileTests.now, seq: 6, undo: undo, replacingUnreadable: false)
      journal.close()
      let written = try [UInt8](Data(contentsOf: folder.appendingPathComponent("undo.json")))
      #expect(written == (try UndoFile<TestDesk, TestEntry>.encode(undo, version: 1)))
    }
  }
}
