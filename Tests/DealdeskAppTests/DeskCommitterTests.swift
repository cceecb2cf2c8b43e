import DealdeskCore
import Foundation
import Glibc
import Testing

@testable import DealdeskApp
@testable import DealdeskStore

/// `DeskCommitter`'s contract, on a real desk folder: one call either makes a record
/// durable and applies it, returning the answer made on the changed desk, or fails and
/// leaves the desk, the undo history, the journal tail and the numbering as they were.
@Suite("One commit, whole or not at all")
struct DeskCommitterTests {
  typealias FillingDisk = DiskFullSessionTests.FillingDisk

  let desk = TestDesk()
  let disk = FillingDisk()

  func open() throws -> DeskCommitter {
    let journal = try FolderJournal<Desk, JournalRecord>.open(
      directory: desk.directory, mode: .readWrite, formatVersion: Session.formatVersion, disk: disk)
    return DeskCommitter(journal: journal, loaded: try journal.load())
  }

  func client(_ n: Int, _ name: String) -> [Event] {
    [.clientAdded(Client(id: "CL-\(n)", name: name, addedAt: TestDesk.monday))]
  }

  var journalFile: URL { desk.directory.appendingPathComponent("journal.jsonl") }

  /// What a commit must leave alone when it fails.
  struct Seen: Equatable {
    var desk: Desk
    var position: Int
    var tail: [JournalRecord]
    var done: [String]
    var undone: [String]

    init(_ committer: DeskCommitter) {
      let state = committer.state
      (desk, position, tail) = (state.desk, state.position, state.tail)
      (done, undone) = (state.history.done.map(\.line), state.history.undone.map(\.line))
    }
  }

  @Test func aCommitAnswersOnTheChangedDeskAndIsOnDiskWhenItReturns() throws {
    defer { desk.remove() }
    let committer = try open()
    let outcome = try committer.commit(.command, events: client(1, "Acme"), line: "add client Acme", at: TestDesk.monday) {
      $0.clients["CL-1"]?.name
    }
    guard case .committed(let answer) = outcome else {
      Issue.record("the folder is never overtaken")
      return
    }
    #expect(answer == "Acme")
    #expect(committer.state.position == 1)
    #expect(committer.state.history.done.map(\.line) == ["add client Acme"])
    // Durable when the call returned: another look at the folder finds it.
    let look = try Session.open(at: desk.directory, mode: .readOnly, clock: .fixed(TestDesk.monday))
    defer { _ = look.close() }
    #expect(look.desk == committer.state.desk)
    committer.journal.close()
  }

  @Test(arguments: [(ENOSPC, 0), (ENOSPC, 30), (EIO, 0)])
  func aFailingDiskLeavesEverythingAsItWas(code: Int32, bytesFirst: Int) throws {
    defer { desk.remove() }
    let committer = try open()
    defer { committer.journal.close() }
    _ = try committer.commit(.command, events: client(1, "Acme"), line: "add client Acme", at: TestDesk.monday) { _ in () }
    _ = try committer.commit(.command, events: client(2, "Bora"), line: "add client Bora", at: TestDesk.monday) { _ in () }
    _ = try committer.commit(.undo, line: "undo", at: TestDesk.monday) { _ in () }
    let seen = Seen(committer)
    let bytes = try Data(contentsOf: journalFile)

    disk.fill(with: code, afterBytes: bytesFirst)
    var answered = false
    #expect(throws: StoreError.self) {
      try committer.commit(.command, events: client(2, "Celik"), line: "add client Celik", at: TestDesk.monday) { _ in
        answered = true
      }
    }
    // The answer was made (while the line was being written) but never handed back.
    #expect(answered)
    #expect(Seen(committer) == seen)
    for kind in [JournalRecord.Kind.undo, .redo] {
      #expect(throws: StoreError.self) { try committer.commit(kind, line: kind.rawValue, at: TestDesk.monday) { _ in () } }
      #expect(Seen(committer) == seen)
    }
    #expect(try Data(contentsOf: journalFile) == bytes)

    // Once there is room, the same position is committed to, and redo still has Bora.
    disk.free()
    _ = try committer.commit(.redo, line: "redo", at: TestDesk.monday) { _ in () }
    #expect(committer.state.position == 4)
    #expect(committer.state.desk.clients.values.map(\.name).sorted() == ["Acme", "Bora"])
  }

  @Test func heldCommitsAreWrittenAsOneRecordOrNotAtAll() throws {
    defer { desk.remove() }
    let committer = try open()
    defer { committer.journal.close() }
    _ = try committer.commit(.command, events: client(1, "Acme"), line: "add client Acme", at: TestDesk.monday) { _ in () }
    let bytes = try Data(contentsOf: journalFile)
    let seen = Seen(committer)

    #expect(committer.hold())
    #expect(committer.hold() == false)  // a script inside a script is part of the outer one
    _ = try committer.commit(.command, events: client(2, "Bora"), line: "add client Bora", at: TestDesk.monday) { _ in () }
    _ = try committer.commit(.command, events: client(3, "Celik"), line: "add client Celik", at: TestDesk.monday) { _ in () }
    #expect(committer.state.desk.clients.count == 3)
    #expect(try Data(contentsOf: journalFile) == bytes)
    committer.dropHeld()
    #expect(Seen(committer) == seen)

    // A failing disk at the end of the held step: all of it taken back.
    #expect(committer.hold())
    _ = try committer.commit(.command, events: client(2, "Bora"), line: "add client Bora", at: TestDesk.monday) { _ in () }
    disk.fill()
    #expect(throws: StoreError.self) { try committer.commitHeld(line: "run s.desk", at: TestDesk.monday) }
    #expect(Seen(committer) == seen)
    #expect(committer.heldSince == nil)

    disk.free()
    #expect(committer.hold())
    _ = try committer.commit(.command, events: client(2, "Bora"), line: "add client Bora", at: TestDesk.monday) { _ in () }
    _ = try committer.commit(.command, events: client(3, "Celik"), line: "add client Celik", at: TestDesk.monday) { _ in () }
    #expect(try committer.commitHeld(line: "run s.desk", at: TestDesk.monday) == nil)
    #expect(committer.state.position == 2)
    #expect(committer.state.history.done.map(\.line) == ["add client Acme", "run s.desk"])
    let live = committer.state.desk
    committer.journal.close()

    let reopened = try desk.open()
    defer { _ = reopened.close() }
    #expect(reopened.desk == live)
    #expect(reopened.tail.map(\.line) == ["add client Acme", "run s.desk"])
  }

  @Test func aNewDeskStartsFromACopyButADeskWithAHistoryDoesNot() throws {
    defer { desk.remove() }
    let committer = try open()
    defer { committer.journal.close() }
    var copy = Desk()
    copy.apply(client(1, "Acme"))
    try committer.start(from: copy)
    #expect(committer.state.desk == copy)
    _ = try committer.commit(.command, events: client(2, "Bora"), line: "add client Bora", at: TestDesk.monday) { _ in () }
    let error = #expect(throws: StoreError.self) { try committer.start(from: Desk()) }
    #expect(error?.kind == .misuse)
    #expect(committer.state.desk.clients.count == 2)
  }
}
