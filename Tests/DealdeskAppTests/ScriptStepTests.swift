import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// A script is one step: one journal write for the whole of it (group commit), one `undo`
/// takes it all back, and run all-or-nothing a failing script leaves no trace.
@Suite struct ScriptStepTests {
  final class Fixture {
    let desk = TestDesk()
    var session: Session
    let files: TestFolder

    init() throws {
      session = try desk.open()
      files = try TestFolder("steps")
      _ = session.handle("add client Acme Textiles")
    }

    deinit {
      _ = session.close()
      desk.remove()
    }

    func script(_ name: String, _ lines: String...) throws -> String { try files.write(name, lines: lines) }

    var journalLines: Int {
      let text = (try? String(contentsOf: desk.directory.appendingPathComponent("journal.jsonl"), encoding: .utf8)) ?? ""
      return text.split(separator: "\n").count
    }

    var clients: [String] { session.desk.clientsInOrder.map(\.name) }

    func reopen() throws {
      _ = session.close()
      session = try desk.open()
    }
  }

  @Test func aScriptIsOneJournalRecordAndOneUndoStep() throws {
    let f = try Fixture()
    let path = try f.script("three.desk", "add client Bora Fabrics", "add client Çelik Tekstil", "note Bora asked about samples")
    let before = f.journalLines
    let reply = f.session.handle("run \(path)")
    #expect(!reply.isError, "\(reply.text)")
    #expect(f.clients == ["Acme Textiles", "Bora Fabrics", "Çelik Tekstil"])
    #expect(f.journalLines == before + 1, "three lines, one write")

    #expect(f.session.handle("undo").text == "Undone: run \(path)")
    #expect(f.clients == ["Acme Textiles"])
    #expect(f.session.desk.notes.isEmpty)
    #expect(f.session.handle("redo").text == "Redone: run \(path)")
    #expect(f.clients.count == 3)
    try f.reopen()
    #expect(f.clients == ["Acme Textiles", "Bora Fabrics", "Çelik Tekstil"], "the one record replays")
    #expect(f.session.desk.notes.count == 1)
  }

  @Test func aFailingScriptKeepsWhatWorkedAsOneStep() throws {
    let f = try Fixture()
    let path = try f.script("fails.desk", "add client Bora Fabrics", "add client Dita Home", "offer Nobody 10%", "add client Never Reached")
    let outcome = f.session.runScript(path, options: ScriptOptions())
    #expect(outcome.failures == 1)
    #expect(outcome.output.last?.hasPrefix("\(path):3:") == true, "\(outcome.output)")
    #expect(f.clients == ["Acme Textiles", "Bora Fabrics", "Dita Home"])
    _ = f.session.handle("undo")
    #expect(f.clients == ["Acme Textiles"], "the lines that worked are one step")
  }

  @Test func allOrNothingLeavesTheDeskAndTheJournalAsTheyWere() throws {
    let f = try Fixture()
    _ = f.session.handle("who owes us")
    let path = try f.script("atomic.desk", "add client Bora Fabrics", "show Bora", "offer Nobody 10%", "add client Never Reached")
    let journal = try Data(contentsOf: f.desk.directory.appendingPathComponent("journal.jsonl"))
    let desk = f.session.desk
    let outcome = f.session.runScript(path, options: ScriptOptions(keepGoing: true, atomic: true))
    #expect(outcome.failures == 1, "all or nothing stops at the first failure, even asked to go on")
    #expect(outcome.output.last == "Nothing was changed: the script runs all or nothing, and a line failed.")
    #expect(f.session.desk == desk)
    #expect(f.session.contextClient == nil, "the client the script looked at is not left in context")
    #expect(try Data(contentsOf: f.desk.directory.appendingPathComponent("journal.jsonl")) == journal)
    #expect(f.session.handle("undo").text == "Undone: add client Acme Textiles", "the undo history is as it was")
    try f.reopen()
    #expect(f.clients.isEmpty)
  }

  @Test func aScriptUndoesOnlyItsOwnLines() throws {
    let f = try Fixture()
    let own = try f.script("own.desk", "add client Bora Fabrics", "add client Dita Home", "undo")
    #expect(f.session.runScript(own, options: ScriptOptions()).failures == 0)
    #expect(f.clients == ["Acme Textiles", "Bora Fabrics"], "its own undo is part of what it did")
    _ = f.session.handle("undo")
    #expect(f.clients == ["Acme Textiles"])

    let reaching = try f.script("reaching.desk", "undo")
    let outcome = f.session.runScript(reaching, options: ScriptOptions())
    #expect(outcome.output.first?.hasSuffix("A script can undo only its own lines.") == true, "\(outcome.output)")
    #expect(f.clients == ["Acme Textiles"])
  }

  @Test func aScriptThatChangesNothingWritesNothing() throws {
    let f = try Fixture()
    let path = try f.script("looks.desk", "clients", "show Acme")
    let before = f.journalLines
    #expect(f.session.runScript(path, options: ScriptOptions()).failures == 0)
    #expect(f.journalLines == before)
    #expect(f.session.handle("undo").text == "Undone: add client Acme Textiles")
  }

  @Test func aScriptRunByAScriptIsPartOfItsStep() throws {
    let f = try Fixture()
    let inner = try f.script("inner.desk", "add client Inner Mode")
    let outer = try f.script("outer.desk", "add client Outer Home", "run \(inner)")
    let before = f.journalLines
    #expect(f.session.runScript(outer, options: ScriptOptions()).failures == 0)
    #expect(f.journalLines == before + 1)
    _ = f.session.handle("undo")
    #expect(f.clients == ["Acme Textiles"])
  }
}

extension ScriptStepTests {
  @Test func runAtTheDeskOnASandboxLeavesTheDeskAlone() throws {
    let f = try Fixture()
    let path = try f.script("trial.desk", "add client Bora Fabrics", "clients")
    let desk = f.session.desk
    let reply = f.session.handle("run \(path) --sandbox")
    #expect(reply.text.contains("Bora Fabrics") && reply.text.contains("Acme Textiles"), "a copy of this desk: \(reply.text)")
    #expect(reply.text.hasSuffix("Sandbox: this desk was not changed."))
    #expect(f.session.desk == desk)
    #expect(f.session.handle("undo").text == "Undone: add client Acme Textiles", "nothing entered the undo history")

    let empty = f.session.handle("run \(path) --empty")
    #expect(empty.text.contains("Bora Fabrics (CL-1)") && !empty.text.contains("Acme"), "\(empty.text)")

    let atomic = try f.script("atomic.desk", "add client Dita Home", "ofer Dita 5%")
    #expect(f.session.handle("run \(atomic) --atomic").text.hasSuffix("Nothing was changed: the script runs all or nothing, and a line failed."))
    #expect(f.clients.isEmpty)
    #expect(f.session.handle("run \(atomic) --fast").text == "run knows --sandbox, --empty, --atomic and --keep-going, not --fast. e.g. run demo.desk --sandbox")
  }
}
