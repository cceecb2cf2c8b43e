import Foundation
import Testing

@testable import DealdeskStore

/// `repair` makes a damaged desk open again: it keeps a copy of every file it changes,
/// keeps every entry it can read, says what it set aside, and never deletes anything.
@Suite("Repair")
struct RepairTests {
  static let empty = TestDesk(clients: [], total: 0)

  func repair(_ folder: URL, startEmpty: Bool = false) throws(StoreError) -> RepairReport {
    try Store.repair(directory: folder, formatVersion: 1, emptySnapshot: Self.empty, startEmpty: startEmpty)
  }

  func repairError(_ folder: URL, startEmpty: Bool = false) -> StoreError? {
    do {
      _ = try repair(folder, startEmpty: startEmpty)
      return nil
    } catch {
      return error
    }
  }

  /// Every file in the folder, by name, with its bytes.
  func files(_ folder: URL) throws -> [String: [UInt8]] {
    var all: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != "lock" {
      all[name] = bytes(folder, name)
    }
    return all
  }

  /// Nothing is ever deleted: each file that was there is still there, or its exact bytes
  /// are in another file of the folder.
  func expectNothingLost(_ before: [String: [UInt8]], _ after: [String: [UInt8]]) {
    for (name, content) in before {
      #expect(after[name] == content || after.values.contains(content), "\(name) was lost")
    }
  }

  @Test func aDeskThatOpensIsLeftAlone() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      try store.append(entries(1...3))
      store.close()
      let before = try files(folder)
      let report = try repair(folder)
      #expect(!report.changed)
      #expect(report.sentences == ["Nothing to repair: the desk in \(folder.path) opens as it is. Nothing was changed."])
      #expect(try files(folder) == before)
    }
  }

  @Test func aBadMiddleLineIsSetAsideAndEveryOtherEntryKept() throws {
    try withDesk { folder in
      let damaged = try line(entry(1)) + "this is not json\n" + #"{"seq":3,"at":"yesterday","line":"note 3"}"# + "\n"
        + line(entry(4))
      try write(folder, "journal.jsonl", damaged)
      let before = try files(folder)
      #expect(openError(folder)?.kind == .damaged)

      let report = try repair(folder)
      let journal = path(folder, "journal.jsonl")
      #expect(report.changed && !report.rebuiltFromJournal)
      #expect(report.setAsideLines == [2, 3])
      #expect(report.copies == [journal + ".damaged-1"])
      #expect(
        report.sentences == [
          "Line 2 of the journal could not be read (it is not valid JSON) and was set aside.",
          "Line 3 of the journal could not be read (the field \"at\": expected a date like 2026-11-28T10:00:00Z, found \"yesterday\") and was set aside; it was entry 3: \"note 3\".",
          "The journal as it was is kept as \(journal).damaged-1; the 2 entries that could be read are still in it.",
          "Commands saved after a set-aside line were kept as they were; if one of them built on it (an order on an offer it made, or an undo of it), check that part of the desk.",
        ])
      #expect(text(folder, "journal.jsonl.damaged-1") == damaged)
      #expect(text(folder, "journal.jsonl") == (try line(entry(1)) + line(entry(4))))
      #expect(mode(journal + ".damaged-1") == 0o600)
      expectNothingLost(before, try files(folder))

      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.entries == [entry(1), entry(4)])
      #expect(loaded.warnings.isEmpty)
    }
  }

  @Test func aTornLastLineIsSetAsideToo() throws {
    try withDesk { folder in
      let damaged = try line(entry(1)) + "garbage\n" + line(entry(3)) + #"{"seq":4,"at":"2026-1"#
      try write(folder, "journal.jsonl", damaged)
      let report = try repair(folder)
      #expect(report.setAsideLines == [2, 4])
      #expect(report.sentences[1] == "Line 4 of the journal could not be read (it is incomplete (Dealdesk was stopped while saving it)) and was set aside.")
      #expect(text(folder, "journal.jsonl.damaged-1") == damaged)
      #expect(openError(folder) == nil)
    }
  }

  @Test func aCorruptSnapshotIsRebuiltFromAJournalThatGoesBackToTheStart() throws {
    try withDesk { folder in
      let journal = try entries(1...3).map(line).joined()
      let snapshot = #"{"format":"dealdesk","version":1,"seq":2,"desk":{"clients":["Ac"#
      try write(folder, "journal.jsonl", journal)
      try write(folder, "desk.json", snapshot)
      let before = try files(folder)

      let report = try repair(folder)
      let copy = path(folder, "desk.json") + ".damaged-1"
      #expect(report.rebuiltFromJournal && report.setAsideLines.isEmpty)
      #expect(report.copies == [copy])
      #expect(
        report.sentences == [
          "\(path(folder, "desk.json")) cannot be read: it is not valid JSON. It is kept as \(copy).",
          "The journal goes back to the desk's first entry, so the desk was rebuilt from it (3 entries).",
        ])
      #expect(text(folder, "desk.json.damaged-1") == snapshot)
      #expect(text(folder, "journal.jsonl") == journal)
      expectNothingLost(before, try files(folder))

      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.snapshot == Self.empty && loaded.snapshotSeq == 0 && loaded.snapshotVersion == 1)
      #expect(loaded.entries == entries(1...3))
    }
  }

  @Test func aCorruptSnapshotWithAJournalThatDoesNotReachBackIsRefusedSayingWhatIsLost() throws {
    try withDesk { folder in
      let journal = try entries(5...7).map(line).joined()
      try write(folder, "journal.jsonl", journal)
      try write(folder, "desk.json", #"{"format":"dealdesk","version":1,"seq":4,"desk":[]}"#)
      let before = try files(folder)

      let error = try #require(repairError(folder))
      #expect(error.kind == .damaged)
      #expect(
        error.message == """
          \(path(folder, "desk.json")) cannot be read: the field "desk" should be an object.
          The journal begins at entry 5, so entries 1 to 4 were only in desk.json and are lost unless you have a backup; the 3 entries after them cannot be applied without them.
          Nothing was changed. Restore the desk folder from a backup if you have one; or, to keep both files as copies and start an empty desk, run: dealdesk --data \(folder.path) repair --start-empty
          """)
      #expect(try files(folder) == before)

      let report = try repair(folder, startEmpty: true)
      #expect(report.copies == [path(folder, "desk.json.damaged-1"), path(folder, "journal.jsonl.damaged-1")])
      #expect(report.sentences.last?.hasSuffix("The journal is kept as \(path(folder, "journal.jsonl.damaged-1")). The desk now starts empty.") == true)
      expectNothingLost(before, try files(folder))
      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.snapshot == Self.empty && loaded.entries.isEmpty)
    }
  }

  @Test func aCorruptSnapshotAndNoJournalSaysEverythingIsLost() throws {
    try withDesk { folder in
      try write(folder, "desk.json", #"{"format":"dealdesk","version":1,"seq":9,"desk":{"#)
      let error = try #require(repairError(folder))
      #expect(
        error.message.contains(
          "The journal holds nothing to rebuild the desk from, so everything that was only in desk.json (entries 1 to 9) is lost unless you have a backup."
        ))
      // A new desk's snapshot at entry 0 held nothing, so an empty journal rebuilds it whole.
      try write(folder, "desk.json", #"{"format":"dealdesk","version":1,"seq":0,"desk":{"#)
      #expect(try repair(folder).rebuiltFromJournal)
    }
  }

  @Test func absurdEntryNumbersAreReportedNotTrappedOn() throws {
    try withDesk { folder in
      try write(folder, "desk.json", "{")
      let numbered = { (seq: String) in #"{"at":"2026-11-28T10:00:00Z","line":"x","seq":"# + seq + "}\n" }
      try write(folder, "journal.jsonl", "bad\n" + numbered("-9223372036854775808") + numbered("9223372036854775807"))
      let error = try #require(repairError(folder))
      // Entries numbered out of range are damage like a line that is not JSON.
      #expect(error.message.contains("The journal holds nothing to rebuild the desk from"))
      _ = try repair(folder, startEmpty: true)
      #expect(openError(folder) == nil)
    }
  }

  @Test func repairingTwiceNeverOverwritesAnEarlierCopy() throws {
    try withDesk { folder in
      let first = try line(entry(1)) + "bad\n" + line(entry(3))
      try write(folder, "journal.jsonl", first)
      _ = try repair(folder)
      try appendRaw(folder, "journal.jsonl", "worse\n" + (try line(entry(5))))
      let second = try #require(text(folder, "journal.jsonl"))
      let report = try repair(folder)
      #expect(report.copies == [path(folder, "journal.jsonl.damaged-2")])
      #expect(text(folder, "journal.jsonl.damaged-1") == first)
      #expect(text(folder, "journal.jsonl.damaged-2") == second)
    }
  }

  @Test func repairIsRefusedWhileAnotherDealdeskHasTheDesk() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      defer { store.close() }
      try appendRaw(folder, "journal.jsonl", "bad\n" + (try line(entry(2))))
      let before = try files(folder)
      let error = try #require(repairError(folder))
      #expect(error.kind == .locked)
      #expect(error.message.hasPrefix("This desk is open in another Dealdesk (pid \(getpid())"))
      #expect(try files(folder) == before)
    }
  }

  @Test func aNewerDeskIsNotDamageAndIsLeftAlone() throws {
    try withDesk { folder in
      try write(folder, "desk.json", #"{"format":"dealdesk","version":7,"seq":0,"desk":{}}"#)
      #expect(repairError(folder)?.kind == .newerVersion)
      #expect(text(folder, "desk.json") == #"{"format":"dealdesk","version":7,"seq":0,"desk":{}}"#)
    }
  }

  @Test func thereIsNothingToRepairWhereThereIsNoDesk() throws {
    try withDesk { folder in
      #expect(
        repairError(folder)?.message
          == "There is no desk in \(folder.path), so there is nothing to repair. Check the folder given with --data.")
      #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
  }
}
