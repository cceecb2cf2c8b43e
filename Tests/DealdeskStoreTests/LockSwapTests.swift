import Foundation
import Glibc
import Testing

@testable import DealdeskStore

/// One writer whatever happens to the lock file (issue 17, item 2): the lock is the folder
/// itself, and a writer never appends after journal lines it has not read.
@Suite("A lock that cannot be swapped")
struct LockSwapTests {
  @Test func deletingTheLockFileDoesNotLetASecondWriterIn() throws {
    try withDesk { folder in
      let (first, _) = try openStore(folder)
      defer { first.close() }
      try first.append([entry(1)])
      #expect(unlink(path(folder, "lock")) == 0)

      let error = try #require(openError(folder))
      #expect(error.kind == .locked)
      // The note went with the file, so the holder cannot be named; the refusal still holds.
      #expect(error.message == "This desk is open in another Dealdesk. Close it there, or open with --read-only to look.")
      try first.append([entry(2)])
      first.close()
      let (again, loaded) = try openStore(folder)
      defer { again.close() }
      #expect(loaded.entries == entries(1...2))
    }
  }

  @Test func replacingTheLockFileDoesNotLetASecondWriterIn() throws {
    try withDesk { folder in
      let (first, _) = try openStore(folder)
      defer { first.close() }
      try write(folder, "lock.new", "")
      #expect(rename(path(folder, "lock.new"), path(folder, "lock")) == 0)
      let error = try #require(openError(folder))
      #expect(error.kind == .locked)
    }
  }

  @Test func aLineAppendedBehindTheWritersBackIsNeverWrittenAfter() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      defer { store.close() }
      try store.append([entry(1)])
      // Another program (or a second writer let in by an older Dealdesk) adds entry 2.
      try appendRaw(folder, "journal.jsonl", try line(entry(2, "theirs")))
      let before = text(folder, "journal.jsonl")

      let error = #expect(throws: StoreError.self) { try store.append([entry(2, "mine")]) }
      #expect(error?.message == Self.changed(folder))
      #expect(text(folder, "journal.jsonl") == before)
      // Nor does a compaction drop their line.
      let compactError = #expect(throws: StoreError.self) {
        try store.compact(snapshot: TestDesk(clients: [], total: 1), seq: 1, tail: [])
      }
      #expect(compactError?.message == Self.changed(folder))
      #expect(text(folder, "journal.jsonl") == before && !exists(folder, "desk.json"))
    }
  }

  @Test func aJournalReplacedBehindTheWritersBackIsNeverWrittenAfter() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      defer { store.close() }
      try store.append([entry(1)])
      // Same length, another file: only its identity tells.
      try write(folder, "journal.new", try line(entry(1)))
      #expect(rename(path(folder, "journal.new"), path(folder, "journal.jsonl")) == 0)

      let error = #expect(throws: StoreError.self) { try store.append([entry(2)]) }
      #expect(error?.message == Self.changed(folder))
      #expect(text(folder, "journal.jsonl") == (try line(entry(1))))
    }
  }

  @Test func aJournalCutBehindTheWritersBackIsNeverWrittenAfter() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      defer { store.close() }
      try store.append(entries(1...2))
      #expect(truncate(path(folder, "journal.jsonl"), off_t(try line(entry(1)).utf8.count)) == 0)
      let error = #expect(throws: StoreError.self) { try store.append([entry(3)]) }
      #expect(error?.message == Self.changed(folder))
    }
  }

  static func changed(_ folder: URL) -> String {
    """
    \(DeskFolder(folder).path)/journal.jsonl was changed by something other than this Dealdesk while the desk was open \
    (another program wrote to it, or replaced it), so this was not saved: Dealdesk never \
    writes after lines it has not read. What is in the file was left as it is. \
    Quit, and open the desk again to read it.
    """
  }
}
