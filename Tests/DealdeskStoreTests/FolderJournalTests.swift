import Foundation
import Glibc
import Testing

@testable import DealdeskStore

/// The folder as a `DeskJournal`: commits at the position reached, all of a batch or none
/// of it, and refuses a batch that does not follow on before anything reaches the disk.
@Suite("The folder as a journal")
struct FolderJournalTests {
  typealias Journal = FolderJournal<TestDesk, TestEntry>

  func open(_ folder: URL, mode: StoreMode = .readWrite, disk: (any DiskWrites)? = nil) throws -> Journal {
    try Journal.open(directory: folder, mode: mode, formatVersion: 1, disk: disk ?? SystemDisk())
  }

  @Test func aCommitIsDurableAtTheNextPosition() throws {
    try withDesk { folder in
      let journal = try open(folder)
      let loaded = try journal.load()
      #expect(loaded.position == 0)
      #expect(loaded.entries.isEmpty)
      guard case .committed(let position) = try journal.commit(entries(1...2), at: 0) else {
        Issue.record("the folder has one writer, so it is never overtaken")
        return
      }
      #expect(position == 2)
      guard case .committed(position: 3) = try journal.commit([entry(3)], at: 2) else {
        Issue.record("not committed at 3")
        return
      }
      journal.close()

      let again = try open(folder)
      defer { again.close() }
      let reloaded = try again.load()
      #expect(reloaded.entries == entries(1...3))
      #expect(reloaded.position == 3)
    }
  }

  @Test func aLoadAfterTheFirstReadsTheFolderAgain() throws {
    try withDesk { folder in
      let journal = try open(folder)
      defer { journal.close() }
      _ = try journal.load()
      _ = try journal.commit(entries(1...2), at: 0)
      try journal.compact(snapshot: TestDesk(clients: ["Acme"], total: 1), seq: 1, tail: [entry(2)])
      let loaded = try journal.load()
      #expect(loaded.snapshot == TestDesk(clients: ["Acme"], total: 1))
      #expect(loaded.snapshotSeq == 1)
      #expect(loaded.entries == [entry(2)])
      #expect(loaded.position == 2)
    }
  }

  @Test func aBatchThatDoesNotFollowOnIsRefusedBeforeAnythingIsWritten() throws {
    try withDesk { folder in
      let journal = try open(folder)
      defer { journal.close() }
      _ = try journal.commit(entries(1...2), at: 0)
      let before = bytes(folder, "journal.jsonl")
      for (batch, expected) in [([entry(3)], 1), ([entry(4)], 2), ([entry(3), entry(5)], 2)] {
        let error = #expect(throws: StoreError.self) { try journal.commit(batch, at: expected) }
        #expect(error?.kind == .misuse)
      }
      #expect(bytes(folder, "journal.jsonl") == before)
      // The position did not move: the next batch that follows on is taken.
      guard case .committed(position: 3) = try journal.commit([entry(3)], at: 2) else {
        Issue.record("not committed at 3")
        return
      }
    }
  }

  @Test func aFailedWriteLeavesThePositionWhereItWas() throws {
    try withDesk { folder in
      let disk = ScriptedDisk()
      let journal = try open(folder, disk: disk)
      defer { journal.close() }
      _ = try journal.commit([entry(1)], at: 0)
      let before = bytes(folder, "journal.jsonl")
      disk.failWrites(with: ENOSPC, afterBytes: 12)
      let error = #expect(throws: StoreError.self) { try journal.commit(entries(2...3), at: 1) }
      #expect(error?.kind == .io)
      #expect(bytes(folder, "journal.jsonl") == before)
      disk.heal()
      guard case .committed(position: 3) = try journal.commit(entries(2...3), at: 1) else {
        Issue.record("not committed at 3")
        return
      }
    }
  }

  @Test func readOnlyRefusesToCommit() throws {
    try withDesk { folder in
      let writer = try open(folder)
      _ = try writer.commit([entry(1)], at: 0)
      writer.close()
      let look = try open(folder, mode: .readOnly)
      defer { look.close() }
      #expect(try look.load().position == 1)
      let error = #expect(throws: StoreError.self) { try look.commit([entry(2)], at: 1) }
      #expect(error?.kind == .readOnly)
    }
  }
}
