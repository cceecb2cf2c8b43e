import Foundation
import Testing

@testable import DealdeskStore

@Suite("New and empty desks")
struct NewDeskTests {
  @Test func aNewFolderOpensAsAnEmptyDesk() throws {
    try withDesk { folder in
      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.snapshot == nil)
      #expect(loaded.snapshotSeq == 0)
      #expect(loaded.snapshotVersion == nil)
      #expect(loaded.entries.isEmpty)
      #expect(loaded.warnings.isEmpty)
      #expect(store.directory == folder)
      #expect(store.mode == .readWrite)
      #expect(text(folder, "journal.jsonl") == "")
      #expect(!exists(folder, "desk.json"))
    }
  }

  @Test func readOnlyOnAMissingFolderCreatesNothing() throws {
    try withDesk { folder in
      let (store, loaded) = try Store.open(directory: folder, mode: .readOnly, formatVersion: 1)
      store.close()
      #expect(loaded.snapshot == nil)
      #expect(loaded.entries.isEmpty)
      #expect(loaded.warnings == ["There is no desk in \(DeskFolder(folder).path) yet, so there is nothing to show."])
      #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
  }

  @Test func aSnapshotWithAnEmptyJournalOpens() throws {
    try withDesk { folder in
      try write(folder, "desk.json", #"{"format":"dealdesk","version":1,"seq":7,"desk":{"clients":[],"total":0}}"#)
      try write(folder, "journal.jsonl", "")
      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.snapshot == TestDesk(clients: [], total: 0))
      #expect(loaded.snapshotSeq == 7)
      #expect(loaded.entries.isEmpty)
      #expect(loaded.warnings.isEmpty)
    }
  }

  @Test func blankLinesArePassedOver() throws {
    try withDesk { folder in
      try write(folder, "journal.jsonl", "\n" + (try line(entry(1))) + "  \n" + (try line(entry(2))) + "\n")
      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.entries == entries(1...2))
      #expect(loaded.warnings.isEmpty)
    }
  }

  @Test func leftoverTempFilesAreCleared() throws {
    try withDesk { folder in
      try write(folder, "desk.json.tmp", "{\"format\":\"deal")
      try write(folder, "journal.jsonl.tmp", "{")
      let (store, _) = try openStore(folder)
      store.close()
      #expect(!exists(folder, "desk.json.tmp"))
      #expect(!exists(folder, "journal.jsonl.tmp"))
    }
  }
}
