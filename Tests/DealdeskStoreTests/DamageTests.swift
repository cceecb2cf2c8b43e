import Foundation
import Testing

@testable import DealdeskStore

/// Files that cannot be understood stop the desk from opening, say where and why, and
/// are left exactly as they were.
@Suite("Damaged files")
struct DamageTests {
  @Test func aBadLineInTheMiddleIsRefusedWithItsLineNumber() throws {
    try withDesk { folder in
      let journal = try line(entry(1)) + "this is not json\n" + line(entry(3))
      try write(folder, "journal.jsonl", journal)

      for mode in [StoreMode.readWrite, .readOnly] {
        let error = try #require(openError(folder, mode: mode))
        #expect(error.kind == .damaged)
        #expect(
          error.message == """
            Line 2 of \(path(folder, "journal.jsonl")) cannot be read: it is not valid JSON.
            Dealdesk has changed nothing. To set that line aside and open the desk, run: dealdesk --data \(folder.path) repair
            (it keeps a copy of the journal as it is now), or restore the file from a backup.
            """)
      }
      #expect(text(folder, "journal.jsonl") == journal)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["journal.jsonl", "lock"])
    }
  }

  @Test func aMissingFieldIsNamed() throws {
    try withDesk { folder in
      let journal = try line(entry(1)) + #"{"at":"2026-11-28T10:00:00Z","line":"x"}"# + "\n" + line(entry(3))
      try write(folder, "journal.jsonl", journal)
      let error = try #require(openError(folder))
      #expect(error.message.hasPrefix("Line 2 of \(path(folder, "journal.jsonl")) cannot be read: the field \"seq\" is missing.\n"))
      #expect(text(folder, "journal.jsonl") == journal)
    }
  }

  @Test func aBadDateIsNamedWithTheExpectedForm() throws {
    try withDesk { folder in
      let journal = #"{"at":"28/11/2026","line":"x","seq":1}"# + "\n" + (try line(entry(2)))
      try write(folder, "journal.jsonl", journal)
      let error = try #require(openError(folder))
      #expect(
        error.message.hasPrefix(
          "Line 1 of \(path(folder, "journal.jsonl")) cannot be read: the field \"at\": expected a date like 2026-11-28T10:00:00Z, found \"28/11/2026\".\n"
        ))
    }
  }

  @Test func aSnapshotThatIsNotJSONIsRefusedAndKept() throws {
    try withDesk { folder in
      try write(folder, "desk.json", "{\"format\":\"dealdesk\",")
      let error = try #require(openError(folder))
      #expect(error.kind == .damaged)
      #expect(error.message.hasPrefix("\(path(folder, "desk.json")) cannot be read: it is not valid JSON"))
      #expect(
        error.message.hasSuffix(
          """
          Dealdesk has changed nothing. To rebuild the desk from its journal, run: dealdesk --data \(folder.path) repair
          (it keeps this file as a copy, and says plainly if anything cannot be rebuilt), or restore the file from a backup.
          """))
      #expect(text(folder, "desk.json") == "{\"format\":\"dealdesk\",")
      // Refused before the journal was touched: not even an empty one was created.
      #expect(!exists(folder, "journal.jsonl"))
    }
  }

  @Test func aSnapshotWhoseDeskDoesNotFitIsRefusedWithThePath() throws {
    try withDesk { folder in
      try write(folder, "desk.json", #"{"format":"dealdesk","version":1,"seq":2,"desk":{"clients":["Acme"],"total":"many"}}"#)
      let error = try #require(openError(folder))
      #expect(
        error.message.hasPrefix(
          "\(path(folder, "desk.json")) cannot be read: the field \"desk.total\" should be a number.\n"))
    }
  }

  @Test func aSnapshotOfAnotherFormatIsRefused() throws {
    try withDesk { folder in
      let other = #"{"format":"spreadsheet","version":1,"seq":0,"desk":{}}"#
      try write(folder, "desk.json", other)
      let error = try #require(openError(folder))
      #expect(error.kind == .damaged)
      #expect(
        error.message == """
          \(path(folder, "desk.json")) is not a Dealdesk desk (its format is "spreadsheet", not "dealdesk").
          Dealdesk has changed nothing. Check that this is the right folder; if it is, run: dealdesk --data \(folder.path) repair
          (it keeps this file as a copy), or restore the file from a backup.
          """)
      #expect(text(folder, "desk.json") == other)

      try write(folder, "desk.json", "[1, 2, 3]")
      #expect(openError(folder)?.message.contains(#"(it has no "format": "dealdesk")"#) == true)
    }
  }

  @Test func anEmptySnapshotIsRefusedNotTakenForANewDesk() throws {
    try withDesk { folder in
      try write(folder, "desk.json", "")
      let error = try #require(openError(folder))
      #expect(error.message.hasPrefix("\(path(folder, "desk.json")) cannot be read: it is empty.\n"))
    }
  }

  @Test func theRepairCommandQuotesAFolderTheShellWouldSplit() {
    #expect(StoreError.repairCommand("/tmp/desk/desk.json") == "dealdesk --data /tmp/desk repair")
    #expect(StoreError.repairCommand("/tmp/Anna's desk/desk.json") == "dealdesk --data '/tmp/Anna'\\''s desk' repair")
  }

  @Test func aNegativeSeqIsRefused() throws {
    try withDesk { folder in
      try write(folder, "desk.json", #"{"format":"dealdesk","version":1,"seq":-4,"desk":{"clients":[],"total":0}}"#)
      #expect(openError(folder)?.message.contains("its \"seq\" is -4, and a desk is saved as of an entry from 0 to") == true)
      try write(folder, "desk.json", #"{"format":"dealdesk","version":1,"seq":9223372036854775807,"desk":{"clients":[],"total":0}}"#)
      #expect(openError(folder)?.kind == .damaged)
    }
  }

  /// A number the next entry could not follow would stop the desk at its next command.
  @Test func aJournalEntryNumberedOutOfRangeIsDamage() throws {
    try withDesk { folder in
      for seq in ["0", "-3", "9223372036854775807"] {
        let bad = #"{"at":"2026-11-28T10:00:00Z","line":"x","seq":"# + seq + "}\n"
        try write(folder, "journal.jsonl", bad + (try line(entry(2))))
        let error = try #require(openError(folder))
        #expect(error.message.hasPrefix("Line 1 of \(path(folder, "journal.jsonl")) cannot be read: its \"seq\" is \(seq), and entries are numbered from 1 to 9007199254740992.\n"))
      }
    }
  }
}
