import Foundation
import Glibc
import Testing

@testable import DealdeskStore

@Suite("The lock")
struct LockTests {
  @Test func aSecondWriterIsRefusedByName() throws {
    try withDesk { folder in
      let (first, _) = try openStore(folder)
      defer { first.close() }
      // A second open(2) of the lock file is a second open file description, so flock
      // refuses it exactly as it would refuse another process.
      let error = try #require(openError(folder))
      #expect(error.kind == .locked)
      #expect(
        error.message
          == "This desk is open in another Dealdesk (pid \(getpid()) on \(Posix.hostName())). Close it there, or open with --read-only to look."
      )
      #expect(text(folder, "lock") == "\(getpid())\n\(Posix.hostName())\n")
    }
  }

  @Test func closingLetsTheNextWriterIn() throws {
    try withDesk { folder in
      let (first, _) = try openStore(folder)
      try first.append([entry(1)])
      first.close()
      #expect(text(folder, "lock") == "")
      let (second, loaded) = try openStore(folder)
      defer { second.close() }
      #expect(loaded.entries == [entry(1)])
    }
  }

  @Test func aStoreThatIsDroppedLetsGoOfTheLock() throws {
    try withDesk { folder in
      do {
        _ = try openStore(folder)
      }
      let (second, _) = try openStore(folder)
      second.close()
    }
  }

  @Test func readOnlyOpensBesideAWriterAndCannotSave() throws {
    try withDesk { folder in
      let (writer, _) = try openStore(folder)
      defer { writer.close() }
      try writer.append(entries(1...2))

      let (reader, loaded) = try Store.open(directory: folder, mode: .readOnly, formatVersion: 1)
      defer { reader.close() }
      #expect(reader.mode == .readOnly)
      #expect(loaded.entries == entries(1...2))

      let appendError = #expect(throws: StoreError.self) { try reader.append([entry(3)]) }
      #expect(appendError?.kind == .readOnly)
      #expect(
        appendError?.message
          == "This desk is open read-only, so nothing can be saved. Open it again without --read-only to make changes.")
      let compactError = #expect(throws: StoreError.self) {
        try reader.compact(snapshot: TestDesk(clients: [], total: 0), seq: 2, tail: [])
      }
      #expect(compactError?.kind == .readOnly)

      // The writer is unaffected.
      try writer.append([entry(3)])
    }
  }

  @Test func holderNoteIsReadBack() {
    #expect(LockHolder(text: "1234\nshop-pc\n") == LockHolder(pid: 1234, host: "shop-pc"))
    #expect(LockHolder(text: "1234\n")?.description == "pid 1234")
    #expect(LockHolder(text: "") == nil)
    #expect(LockHolder(text: "12ab\nx") == nil)
    #expect(StoreError.locked(holder: nil).message.hasPrefix("This desk is open in another Dealdesk. Close it there"))
  }
}
