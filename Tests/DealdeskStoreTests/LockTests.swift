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
      // The note says who and since when; the time is the holder's opening, read back.
      let note = try #require(text(folder, "lock"))
      let holder = try #require(LockHolder(text: note))
      #expect(holder.pid == getpid() && holder.host == Posix.hostName())
      let since = try #require(holder.since)
      #expect(abs(since.timeIntervalSinceNow) < 60)
      let stamp = try #require(UTCSeconds.string(from: since))
      #expect(note == "\(getpid())\n\(Posix.hostName())\n\(stamp)\n")
      let opened = "\(stamp.prefix(10)) \(stamp.dropFirst(11).prefix(5))"
      #expect(
        error.message
          == "This desk is open in another Dealdesk (pid \(getpid()) on \(Posix.hostName()), open since \(opened) UTC). Close it there, or open with --read-only to look."
      )
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
    let since = LockHolder(text: "1234\nshop-pc\n2026-11-30T09:05:59Z\n")
    #expect(since == LockHolder(pid: 1234, host: "shop-pc", since: Date(timeIntervalSince1970: 1_796_029_559)))
    #expect(since?.description == "pid 1234 on shop-pc, open since 2026-11-30 09:05 UTC")
    #expect(LockHolder(pid: 7, host: "pc", since: Date(timeIntervalSince1970: 1_796_029_559)).text == "7\npc\n2026-11-30T09:05:59Z\n")
    #expect(LockHolder(text: "") == nil)
    #expect(LockHolder(text: "12ab\nx") == nil)
    #expect(StoreError.locked(holder: nil).message.hasPrefix("This desk is open in another Dealdesk. Close it there"))
  }
}
