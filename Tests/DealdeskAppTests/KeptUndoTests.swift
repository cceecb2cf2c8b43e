import DealdeskCore
import DealdeskTrainer
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskStore

/// The folder's snapshot is the desk as it stands and undo's past is kept apart in
/// `undo.json`, read only when undo or redo is typed: a start-up reads the snapshot and at
/// most `DeskCommitter.journalBound` of journal, whatever the desk's history, and undo
/// reaches as far back across restarts as it did within one session.
@Suite("Undo kept apart from the snapshot")
struct KeptUndoTests {
  static func name(_ n: Int) -> String {
    var n = n
    var letters = ""
    repeat {
      letters.append(Character(UnicodeScalar(UInt8(97 + n % 26))))
      n /= 26
    } while n > 0
    return "Firm " + letters.capitalized
  }

  static func journalBytes(_ place: TestDesk) -> Int {
    (try? Data(contentsOf: place.directory.appendingPathComponent("journal.jsonl")).count) ?? -1
  }

  /// What the next start-up would replay, read as it reads it.
  static func startUpReplays(_ place: TestDesk) throws -> (records: Int, events: Int, undoKept: Bool) {
    let journal = try FolderJournal<Desk, JournalRecord>.open(
      directory: place.directory, mode: .readOnly, formatVersion: Session.formatVersion)
    defer { journal.close() }
    let loaded = try journal.load()
    return (loaded.entries.count, loaded.entries.map(\.weight).reduce(0, +), loaded.undoKept)
  }

  @Test func undoGoes100DeepAcrossRestarts() throws {
    let place = TestDesk()
    defer { place.remove() }
    var session = try place.open()
    var desks = [session.desk]
    for n in 0..<120 {
      #expect(!session.handle("add client \(Self.name(n))").isError)
      desks.append(session.desk)
    }
    #expect(session.close() == nil)
    #expect(Self.journalBytes(place) == 0)
    #expect(try Self.startUpReplays(place).undoKept)

    session = try place.open()
    #expect(session.committer.state.earlier != nil, "opening read undo's file")
    #expect(session.desk == desks[120])
    for step in 1...100 {
      let reply = session.handle("undo")
      #expect(reply.text == "Undone: add client \(Self.name(120 - step))", "undo \(step)")
      #expect(session.desk == desks[120 - step], "undo \(step)")
      if step % 30 == 0 {
        #expect(session.close() == nil)
        session = try place.open()
      }
    }
    #expect(session.handle("undo").text == "Nothing to undo.")
    #expect(session.close() == nil)

    session = try place.open()
    for step in 1...100 {
      #expect(!session.handle("redo").isError, "redo \(step)")
      #expect(session.desk == desks[20 + step], "redo \(step)")
    }
    #expect(session.handle("redo").text == "Nothing to redo.")
    _ = session.close()
  }

  /// A desk saved by a Dealdesk that kept undo in the journal (no `undo.json`, the tail
  /// after the snapshot holding undo's records): it opens with its whole undo, and the next
  /// save moves that undo into `undo.json` without losing a step.
  @Test func aDeskWithUndoInItsJournalMovesItToTheUndoFile() throws {
    let place = TestDesk()
    defer { place.remove() }
    var session = try place.open()
    var desks = [session.desk]
    for n in 0..<30 {
      #expect(!session.handle("add client \(Self.name(n))").isError)
      desks.append(session.desk)
    }
    session.journal.close()  // as a kill leaves it: every record in the journal
    #expect(try Self.startUpReplays(place).undoKept == false)

    session = try place.open()
    #expect(session.committer.state.earlier == nil)
    #expect(session.close() == nil)
    #expect(try Self.startUpReplays(place).records == 0)
    session = try place.open()
    defer { _ = session.close() }
    for step in 1...30 {
      #expect(!session.handle("undo").isError)
      #expect(session.desk == desks[30 - step])
    }
  }

  /// A long script is one step: the next start-up replays none of it (its record is past
  /// the bound, so the desk is saved as it stands right after it), and one undo takes it
  /// all back, read from the undo file.
  @Test func startUpAfterALongScriptReadsNoMoreThanTheBound() throws {
    let place = TestDesk()
    defer { place.remove() }
    let folder = try TestFolder("long-script")
    var lines: [String] = []
    for n in 0..<2_500 {
      lines.append("add client \(Self.name(n))")
      lines.append("note \(Self.name(n)) asked about the spring samples")
    }
    let script = try folder.write("long.desk", lines: lines)

    var session = try place.open(running: ["add client Acme Textiles"])
    let before = session.desk
    // Opened again, so undo's past is in its file, unread, when the script's save needs it.
    #expect(session.close() == nil)
    session = try place.open()
    #expect(session.committer.state.earlier != nil)
    let outcome = session.runScript(script, options: ScriptOptions())
    #expect(outcome.failures == 0)
    let after = session.desk
    #expect(after.clients.count == 2_501)
    // Saved as it stands at once, without waiting for the session to close.
    #expect(Self.journalBytes(place) == 0)
    #expect(!session.handle("add client Bora Moda").isError)
    session.journal.close()  // killed: no save at close

    let replays = try Self.startUpReplays(place)
    #expect(replays.events <= DeskCommitter.journalBound)
    #expect(replays.records == 1)

    session = try place.open()
    defer { _ = session.close() }
    #expect(session.committer.state.earlier != nil)
    #expect(session.handle("undo").text == "Undone: add client Bora Moda")
    #expect(session.desk == after)
    #expect(session.handle("undo").text == "Undone: run \(script)")
    #expect(session.desk == before)
    #expect(session.handle("redo").text == "Redone: run \(script)")
    #expect(session.desk == after)
    #expect(session.handle("undo").text == "Undone: run \(script)")
    #expect(session.handle("undo").text == "Undone: add client Acme Textiles")
    #expect(session.desk == Desk())
  }

  @Test func aDamagedUndoFileLetsTheDeskOpenAndUndoSaysWhy() throws {
    let place = TestDesk()
    defer { place.remove() }
    var session = try place.open(running: ["add client Acme Textiles", "add client Bora Moda"])
    let saved = session.desk
    #expect(session.close() == nil)
    let undoFile = place.directory.appendingPathComponent("undo.json")
    try Data("{\"format\":\"dealdesk-undo\",".utf8).write(to: undoFile)

    session = try place.open()
    #expect(session.desk == saved)
    #expect(!session.handle("add client Celik Tekstil").isError)
    #expect(session.handle("undo").text == "Undone: add client Celik Tekstil")
    let refused = session.handle("undo")
    #expect(refused.isError)
    #expect(refused.text.hasPrefix("Nothing more to undo: \(undoFile.path) cannot be read: it is not valid JSON"), "\(refused.text)")
    #expect(refused.text.hasSuffix("Undo reaches back only to when the desk was opened."))
    #expect(session.desk == saved)
    // The damaged file is left as it is for a backup to replace; the desk still opens.
    #expect(session.close() == nil)
    let again = try place.open()
    defer { _ = again.close() }
    #expect(again.desk == saved)
    #expect(try Data(contentsOf: undoFile) == Data("{\"format\":\"dealdesk-undo\",".utf8))
  }

  @Test func aReadOnlyDeskDoesNotReadUndo() throws {
    let place = TestDesk()
    defer { place.remove() }
    let session = try place.open(running: ["add client Acme Textiles"])
    #expect(session.close() == nil)
    let reader = try Session.open(at: place.directory, mode: .readOnly, clock: .fixed(TestDesk.monday))
    defer { _ = reader.close() }
    #expect(reader.handle("undo").isError)
    #expect(reader.committer.state.earlier?.problem == nil)
    #expect(reader.desk.clients.count == 1)
  }

  /// Random sessions with random restarts (a close, a kill, or a kill in the middle of the
  /// save at close) answer every line, undo and redo as one session that never restarted,
  /// and leave the same desk. A failure names its seed and step.
  @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
  func restartsChangeNothingUndoOrRedoCanSee(seed: UInt64) throws {
    let (place, reference) = (TestDesk(), TestDesk())
    defer {
      place.remove()
      reference.remove()
    }
    var random = SplitMix64(seed: seed)
    let start = ["load sample data"]
    let steady = try reference.open(running: start)
    defer { _ = steady.close() }
    var disk = DiskFullSessionTests.FillingDisk()
    func openSubject() throws -> Session {
      disk = DiskFullSessionTests.FillingDisk()
      let journal = try FolderJournal<Desk, JournalRecord>.open(
        directory: place.directory, mode: .readWrite, formatVersion: Session.formatVersion, disk: disk)
      return try Session.open(journal: journal, clock: .fixed(TestDesk.monday))
    }
    var subject = try openSubject()
    for line in start { _ = subject.handle(line) }
    var clients = 0
    for step in 0..<160 {
      let where_ = "seed \(seed), step \(step)"
      switch random.int(below: 20) {
      case 0:
        _ = subject.close()
        subject = try openSubject()
        #expect(try Self.startUpReplays(place).events <= DeskCommitter.journalBound, "\(where_)")
      case 1:
        subject.journal.close()
        #expect(try Self.startUpReplays(place).events <= DeskCommitter.journalBound, "\(where_)")
        subject = try openSubject()
      case 2:
        disk.fill(afterBytes: random.int(below: 60_000))
        _ = subject.close()
        subject = try openSubject()
      default:
        let line = Self.line(&random, clients: &clients)
        let (mine, theirs) = (subject.handle(line), steady.handle(line))
        // Advice is given once a session, so only undo's and redo's words are compared.
        if line == "undo" || line == "redo" {
          #expect(mine.text == theirs.text, "\(where_): \(line)")
        } else {
          #expect(mine.isError == theirs.isError, "\(where_): \(line): \(mine.text) / \(theirs.text)")
        }
        #expect(subject.desk == steady.desk, "\(where_): \(line)")
      }
    }
    _ = subject.close()
  }

  static func line(_ random: inout SplitMix64, clients: inout Int) -> String {
    let some = clients == 0 ? "Bora" : Self.name(random.int(below: clients))
    switch random.int(below: 10) {
    case 0, 1, 2: return "undo"
    case 3: return "redo"
    case 4:
      clients += 1
      return "add client \(Self.name(clients - 1))"
    case 5: return "note \(some) asked about the spring samples"
    case 6: return "offer \(some) 6% on linen"
    case 7: return "set \(some) credit limit \(1 + random.int(below: 9)),000"
    case 8: return "\(some) paid 500 on account"
    default: return "remind me to call \(some) tomorrow 10:00"
    }
  }
}

extension KeptUndoTests {
  /// The wall clock stamps records to the fraction of a second, the files to the second:
  /// undo's file must still lead to the desk a session on the wall clock holds.
  @Test func aSessionOnTheWallClockUndoesAcrossARestart() throws {
    let place = TestDesk()
    defer { place.remove() }
    var session = try Session.open(at: place.directory)
    for n in 0..<3 { #expect(!session.handle("add client \(Self.name(n))").isError) }
    #expect(!session.handle("note \(Self.name(1)) asked about the spring samples").isError)
    #expect(session.close() == nil)
    session = try Session.open(at: place.directory)
    defer { _ = session.close() }
    #expect(!session.handle("add client \(Self.name(3))").isError)
    for _ in 0..<5 { #expect(!session.handle("undo").isError) }
    #expect(session.desk.clients.isEmpty)
    #expect(session.handle("undo").text == "Nothing to undo.")
  }
}
