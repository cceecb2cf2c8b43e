import Foundation
import Synchronization
import Testing

@testable import DealdeskStore

@Suite("Round trip")
struct RoundTripTests {
  @Test func appendedEntriesComeBackAfterReopening() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      try store.append(entries(1...2))
      try store.append([entry(3, "offer Acme 500 m at 12.40/m")])
      store.close()

      let (again, loaded) = try openStore(folder)
      defer { again.close() }
      #expect(loaded.entries == entries(1...2) + [entry(3, "offer Acme 500 m at 12.40/m")])
      #expect(loaded.snapshot == nil)
      #expect(loaded.snapshotSeq == 0)
      #expect(loaded.warnings.isEmpty)
    }
  }

  @Test func compactionLeavesSnapshotAndTail() throws {
    try withDesk { folder in
      let desk = TestDesk(clients: ["Acme", "Bolt"], total: 1240)
      let (store, _) = try openStore(folder)
      try store.append(entries(1...5))
      try store.compact(snapshot: desk, seq: 3, tail: entries(4...5))
      try store.append([entry(6)])
      store.close()

      let (again, loaded) = try openStore(folder)
      defer { again.close() }
      #expect(loaded.snapshot == desk)
      #expect(loaded.snapshotSeq == 3)
      #expect(loaded.snapshotVersion == 1)
      #expect(loaded.entries == entries(4...6))
      #expect(try text(folder, "journal.jsonl") == entries(4...6).map(line).joined())
    }
  }

  @Test func entriesTheSnapshotCoversAreSkipped() throws {
    // A compaction killed after renaming the snapshot, before rewriting the journal.
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      try store.append(entries(1...4))
      store.close()
      let snapshot = try SnapshotFile.encode(desk: TestDesk(clients: ["Acme"], total: 2), seq: 2, version: 1)
      try Data(snapshot).write(to: folder.appendingPathComponent("desk.json"))

      let (again, loaded) = try openStore(folder)
      defer { again.close() }
      #expect(loaded.snapshotSeq == 2)
      #expect(loaded.snapshot == TestDesk(clients: ["Acme"], total: 2))
      #expect(loaded.entries == entries(3...4))
    }
  }

  @Test func filesHoldTheDocumentedJSON() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder, version: 4)
      defer { store.close() }
      try store.append([entry(1, "price 1/2 roll")])
      #expect(text(folder, "journal.jsonl") == #"{"at":"2026-11-28T10:01:00Z","line":"price 1/2 roll","seq":1}"# + "\n")

      try store.compact(snapshot: TestDesk(clients: ["Acme"], total: 7), seq: 1, tail: [])
      #expect(
        text(folder, "desk.json")
          == #"{"format":"dealdesk","version":4,"seq":1,"desk":{"clients":["Acme"],"total":7}}"# + "\n")
      #expect(text(folder, "journal.jsonl") == "")
    }
  }

  @Test func aBatchIsOneWriteAndOneSync() throws {
    try withDesk { folder in
      let disk = ScriptedDisk()
      let (store, _) = try openStore(folder, disk: disk)
      defer { store.close() }
      let (writes, syncs) = (disk.writeCalls, disk.syncCalls)
      try store.append(entries(1...50))
      #expect(disk.writeCalls - writes == 1)
      #expect(disk.syncCalls - syncs == 1)
      try store.append([])
      #expect(disk.writeCalls - writes == 1)
      #expect(disk.syncCalls - syncs == 1)
    }
  }

  @Test func closeIsIdempotentAndEndsSaving() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      store.close()
      store.close()
      let error = #expect(throws: StoreError.self) { try store.append([entry(1)]) }
      #expect(error?.kind == .misuse)
      #expect(error?.message.contains("has been closed") == true)
    }
  }

  @Test func refusesEntriesTheSnapshotAlreadyCovers() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      defer { store.close() }
      try store.append(entries(1...3))
      try store.compact(snapshot: TestDesk(clients: [], total: 0), seq: 3, tail: [])

      let stale = #expect(throws: StoreError.self) { try store.append([entry(3)]) }
      #expect(stale?.kind == .misuse)
      let badTail = #expect(throws: StoreError.self) {
        try store.compact(snapshot: TestDesk(clients: [], total: 0), seq: 4, tail: [entry(4)])
      }
      #expect(badTail?.kind == .misuse)
      let backwards = #expect(throws: StoreError.self) {
        try store.compact(snapshot: TestDesk(clients: [], total: 0), seq: 2, tail: [])
      }
      #expect(backwards?.kind == .misuse)
      #expect(text(folder, "journal.jsonl") == "")
    }
  }

  /// True when saved; false when refused as out of order (another task saved first).
  static func saved(_ batch: [TestEntry], in store: Store) throws -> Bool {
    do {
      try store.append(batch)
      return true
    } catch {
      if error.kind == .misuse { return false }
      throw error
    }
  }

  @Test func anEntryThatGoesBackIsRefusedAsTheReaderWouldRefuseIt() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      defer { store.close() }
      try store.append(entries(1...3))
      let before = text(folder, "journal.jsonl")
      for seqs in [[2], [3], [4, 4], [5, 4]] {
        let error = #expect(throws: StoreError.self) { try store.append(seqs.map { entry($0) }) }
        #expect(error?.kind == .misuse)
      }
      #expect(text(folder, "journal.jsonl") == before)
      try store.append([entry(4)])
    }
  }

  @Test func anotherThreadCanUseTheStore() async throws {
    try await withDeskAsync { folder in
      let (store, _) = try openStore(folder)
      // Eight tasks race to save the next batch. Entries are saved only in seq order (the
      // reader refuses a seq that goes back), so a task that lost the race is refused as a
      // misuse, with nothing written, and takes the next number.
      let next = NextBatch()
      try await withThrowingTaskGroup(of: Void.self) { group in
        for _ in 0..<8 {
          group.addTask {
            while let batch = next.number.withLock({ $0 < 8 ? $0 : nil }) {
              if try Self.saved(entries((batch * 10 + 1)...(batch * 10 + 10)), in: store) {
                next.number.withLock { if $0 == batch { $0 = batch + 1 } }
              }
            }
          }
        }
        try await group.waitForAll()
      }
      store.close()
      let (again, loaded) = try openStore(folder)
      defer { again.close() }
      #expect(loaded.entries.map(\.seq) == Array(1...80))
    }
  }
}

/// The next batch to save, shared by the tasks racing to save it.
private final class NextBatch: Sendable {
  let number = Mutex(0)
}
