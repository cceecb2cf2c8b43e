import Foundation
import Glibc
import Testing

@testable import DealdeskStore

/// A save that fails says so plainly and leaves the files as they were.
@Suite("Write errors")
struct WriteErrorTests {
  @Test func aFullDiskMidLineLeavesNoPartialLine() throws {
    try withDesk { folder in
      let disk = ScriptedDisk()
      let (store, _) = try openStore(folder, disk: disk)
      try store.append(entries(1...2))
      let before = bytes(folder, "journal.jsonl")

      // Half of the line reaches the file (as a short write) before the disk is full.
      disk.failWrites(with: ENOSPC, afterBytes: 20)
      let error = #expect(throws: StoreError.self) { try store.append([entry(3)]) }
      #expect(error?.kind == .io)
      #expect(
        error?.message
          == "Could not save to \(path(folder, "journal.jsonl")): No space left on device. Nothing was changed; free some space and try again."
      )
      #expect(bytes(folder, "journal.jsonl") == before)

      disk.heal()
      try store.append([entry(3)])
      store.close()
      let (again, loaded) = try openStore(folder)
      defer { again.close() }
      #expect(loaded.entries == entries(1...3))
      #expect(loaded.warnings.isEmpty)
    }
  }

  @Test func aFailedSyncIsAFailedSave() throws {
    try withDesk { folder in
      let disk = ScriptedDisk()
      let (store, _) = try openStore(folder, disk: disk)
      defer { store.close() }
      try store.append([entry(1)])
      let before = bytes(folder, "journal.jsonl")
      disk.failSyncs(with: EIO)
      let error = #expect(throws: StoreError.self) { try store.append([entry(2)]) }
      #expect(error?.message.hasSuffix("Input/output error. Nothing was changed; check the disk and try again.") == true)
      #expect(bytes(folder, "journal.jsonl") == before)
    }
  }

  @Test func aCutThatFailsIsMadeBeforeTheNextSave() throws {
    try withDesk { folder in
      let disk = ScriptedDisk()
      let (store, _) = try openStore(folder, disk: disk)
      try store.append([entry(1)])
      disk.failWrites(with: ENOSPC, afterBytes: 10)
      disk.failTruncates(with: EIO)
      #expect(throws: StoreError.self) { try store.append([entry(2)]) }
      #expect(bytes(folder, "journal.jsonl")?.count == (try line(entry(1))).utf8.count + 10)

      // Still unable to cut: the next save refuses rather than write after the scrap.
      disk.heal()
      disk.failTruncates(with: EIO)
      #expect(throws: StoreError.self) { try store.append([entry(2)]) }
      #expect(bytes(folder, "journal.jsonl")?.count == (try line(entry(1))).utf8.count + 10)

      disk.heal()
      try store.append([entry(2)])
      store.close()
      #expect(text(folder, "journal.jsonl") == (try line(entry(1)) + line(entry(2))))
    }
  }

  @Test func aFullDiskDuringCompactionChangesNothing() throws {
    try withDesk { folder in
      let disk = ScriptedDisk()
      let (store, _) = try openStore(folder, disk: disk)
      try store.append(entries(1...3))
      try store.compact(snapshot: TestDesk(clients: ["Acme"], total: 1), seq: 1, tail: entries(2...3))
      let (snapshot, journal) = (bytes(folder, "desk.json"), bytes(folder, "journal.jsonl"))

      disk.failWrites(with: ENOSPC, afterBytes: 5)
      let error = #expect(throws: StoreError.self) {
        try store.compact(snapshot: TestDesk(clients: ["Acme", "Bolt"], total: 2), seq: 3, tail: [])
      }
      #expect(
        error?.message
          == "Could not save to \(path(folder, "desk.json")): No space left on device. Nothing was changed; free some space and try again."
      )
      #expect(bytes(folder, "desk.json") == snapshot)
      #expect(bytes(folder, "journal.jsonl") == journal)
      #expect(!exists(folder, "desk.json.tmp"))

      disk.heal()
      try store.append([entry(4)])
      store.close()
      let (again, loaded) = try openStore(folder)
      defer { again.close() }
      #expect(loaded.snapshotSeq == 1)
      #expect(loaded.entries == entries(2...4))
    }
  }

  @Test func aCompactionStoppedAfterTheSnapshotLosesNothing() throws {
    try withDesk { folder in
      let disk = ScriptedDisk()
      let (store, _) = try openStore(folder, disk: disk)
      try store.append(entries(1...4))

      // The snapshot's one write goes through; the new journal's does not.
      disk.failWrites(with: ENOSPC, afterCalls: 1)
      let newDesk = TestDesk(clients: ["Acme"], total: 3)
      let error = #expect(throws: StoreError.self) {
        try store.compact(snapshot: newDesk, seq: 3, tail: [entry(4)])
      }
      #expect(
        error?.message == """
          The desk was saved to \(path(folder, "desk.json")), but \(path(folder, "journal.jsonl")) could not be shortened: No space left on device.
          Nothing is lost; free some space and try again.
          """)
      #expect(!exists(folder, "journal.jsonl.tmp"))

      // The old journal is still the one being appended to.
      disk.heal()
      try store.append([entry(5)])
      store.close()
      let (again, loaded) = try openStore(folder)
      defer { again.close() }
      #expect(loaded.snapshot == newDesk)
      #expect(loaded.snapshotSeq == 3)
      #expect(loaded.entries == entries(4...5))
    }
  }

  @Test func shortWritesAreCarriedOn() throws {
    try withDesk { folder in
      let disk = ScriptedDisk()
      let (store, _) = try openStore(folder, disk: disk)
      defer { store.close() }
      disk.limitEachWrite(to: 7)
      let batch = entries(1...3)
      try store.append(batch)
      #expect(disk.writeCalls > 10)
      #expect(text(folder, "journal.jsonl") == (try batch.map(line).joined()))
    }
  }
}
