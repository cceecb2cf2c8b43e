import Foundation
import Testing

@testable import DealdeskStore

@Suite("A torn last line")
struct TornLineTests {
  /// Two good entries on disk, the desk closed.
  private func twoEntries(_ folder: URL) throws {
    let (store, _) = try openStore(folder)
    try store.append(entries(1...2))
    store.close()
  }

  @Test func aPartialLineIsSetAsideAndTheJournalCutBack() throws {
    try withDesk { folder in
      try twoEntries(folder)
      let good = try #require(text(folder, "journal.jsonl"))
      try appendRaw(folder, "journal.jsonl", #"{"at":"2026-11-28T10:03:00Z","li"#)

      let (store, loaded) = try openStore(folder)
      #expect(loaded.entries == entries(1...2))
      let side = path(folder, "journal.torn-1.jsonl")
      #expect(
        loaded.warnings == [
          "The last entry in \(path(folder, "journal.jsonl")) was incomplete (Dealdesk was stopped while saving it) and was set aside in \(side). Everything before it was loaded."
        ])
      #expect(text(folder, "journal.torn-1.jsonl") == #"{"at":"2026-11-28T10:03:00Z","li"#)
      #expect(mode(side) == 0o600)
      #expect(text(folder, "journal.jsonl") == good)

      try store.append([entry(3)])
      store.close()
      let (again, reloaded) = try openStore(folder)
      defer { again.close() }
      #expect(reloaded.entries == entries(1...3))
      #expect(reloaded.warnings.isEmpty)
    }
  }

  @Test func aWholeEntryWithoutItsNewlineIsSetAsideToo() throws {
    // The append never returned, so the command was never answered: it is kept aside,
    // not replayed.
    try withDesk { folder in
      try twoEntries(folder)
      let third = try line(entry(3)).dropLast()
      try appendRaw(folder, "journal.jsonl", String(third))
      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.entries == entries(1...2))
      #expect(text(folder, "journal.torn-1.jsonl") == String(third))
    }
  }

  @Test func theSideFileTakesTheFirstFreeNumber() throws {
    try withDesk { folder in
      try twoEntries(folder)
      try write(folder, "journal.torn-1.jsonl", "older")
      try appendRaw(folder, "journal.jsonl", "{\"seq\"")
      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.warnings.first?.contains(path(folder, "journal.torn-2.jsonl")) == true)
      #expect(text(folder, "journal.torn-1.jsonl") == "older")
      #expect(text(folder, "journal.torn-2.jsonl") == "{\"seq\"")
    }
  }

  @Test func readOnlyWarnsAndChangesNothing() throws {
    try withDesk { folder in
      try twoEntries(folder)
      try appendRaw(folder, "journal.jsonl", "{\"seq\":3")
      let before = bytes(folder, "journal.jsonl")

      let (store, loaded) = try Store.open(directory: folder, mode: .readOnly, formatVersion: 1)
      defer { store.close() }
      #expect(loaded.entries == entries(1...2))
      #expect(
        loaded.warnings == [
          "The last entry in \(path(folder, "journal.jsonl")) is incomplete (Dealdesk was stopped while saving it, or is saving it right now), so it was not loaded. Open the desk without --read-only to set it aside."
        ])
      #expect(bytes(folder, "journal.jsonl") == before)
      #expect(!exists(folder, "journal.torn-1.jsonl"))
    }
  }

  @Test func settingAsideOnAFullDiskFailsWithoutChangingAnything() throws {
    try withDesk { folder in
      try twoEntries(folder)
      try appendRaw(folder, "journal.jsonl", "{\"seq\":3")
      let before = bytes(folder, "journal.jsonl")
      let disk = ScriptedDisk()
      disk.failWrites(with: ENOSPC)

      let error = #expect(throws: StoreError.self) { try openStore(folder, disk: disk) }
      #expect(error?.message.contains("could not be set aside: No space left on device") == true)
      #expect(bytes(folder, "journal.jsonl") == before)
      #expect(!exists(folder, "journal.torn-1.jsonl"))
      // The failed open let go of the lock.
      disk.heal()
      let (store, loaded) = try openStore(folder, disk: disk)
      store.close()
      #expect(loaded.entries == entries(1...2))
    }
  }
}
