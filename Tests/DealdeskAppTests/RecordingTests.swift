import DealdeskApp
import Foundation
import Testing

/// `record FILE` … `stop recording`: the lines that succeeded, with `@now` lines, so that
/// replaying the file on the same start gives the same replies.
@Suite struct RecordingTests {
  final class Fixture {
    let desk = TestDesk()
    let replayDesk = TestDesk()
    var session: Session
    let files: TestFolder

    init() throws {
      session = try desk.open()
      files = try TestFolder("recording")
    }

    deinit {
      _ = session.close()
      desk.remove()
      replayDesk.remove()
    }

    func path(_ name: String) -> String { files.path(name) }
  }

  @Test func aRecordingReplaysToTheSameReplies() throws {
    let f = try Fixture()
    let file = f.path("morning.desk")
    #expect(f.session.handle("record \(file)").text.hasPrefix("Recording into \(file)"))
    var replies: [String] = []
    for line in ["add client Acme Textiles", "ofer Acme 10%", "note Acme wants swatches", "@now 2026-11-30 11:30", "follow up Acme tomorrow: send swatches", "clients"] {
      let reply = f.session.handle(line)
      if !reply.isError, !line.hasPrefix("@") { replies.append(reply.text) }
    }
    #expect(f.session.handle("stop recording").text == "Saved 4 commands to \(file). Replay with: run \(file)")

    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text == """
      # Recorded at the desk on 30 Nov 2026 09:00; replay with: run morning.desk
      @now 30 Nov 2026 09:00
      add client Acme Textiles
      note Acme wants swatches
      @now 30 Nov 2026 11:30
      follow up Acme tomorrow: send swatches
      clients

      """)

    // The same start, the recorded file: the same replies, line for line.
    let replay = try f.replayDesk.open()
    defer { _ = replay.close() }
    let outcome = replay.runScript(file, options: ScriptOptions())
    #expect(outcome.failures == 0)
    #expect(outcome.output == replies)
  }

  @Test func linesAScriptRunsAreNotRecordedButTheRunIs() throws {
    let f = try Fixture()
    let script = f.path("setup.desk")
    try Data("add client Bora Fabrics\nadd client Dita Home\n".utf8).write(to: URL(fileURLWithPath: script))
    _ = f.session.handle("record \(f.path("rec.desk"))")
    _ = f.session.handle("run \(script)")
    _ = f.session.handle("undo")
    #expect(f.session.handle("stop recording").text.hasPrefix("Saved 2 commands"))
    let lines = try String(contentsOfFile: f.path("rec.desk"), encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("@") }
    #expect(lines == ["run \(script)", "undo"])
  }

  @Test func refusalsLoseNothing() throws {
    let f = try Fixture()
    let existing = f.path("existing.desk")
    try Data("add client Keep Me\n".utf8).write(to: URL(fileURLWithPath: existing))
    #expect(f.session.handle("record \(existing)").text == "\(existing) already exists: record \(existing), replace it — or choose another name.")
    #expect(try String(contentsOfFile: existing, encoding: .utf8) == "add client Keep Me\n")
    #expect(f.session.handle("record /no/such/folder/x.desk").text == "There is no folder /no/such/folder to record x.desk into.")
    #expect(f.session.handle("record \(f.desk.directory.appendingPathComponent("in.desk").path)").text.contains("inside the desk's own folder"))
    #expect(f.session.handle("stop recording").text == "Nothing is being recorded. Type record FILE to start.")
    #expect(f.session.handle("record").text == "Record into which file? e.g. record morning.desk")
    _ = f.session.handle("record \(f.path("one.desk"))")
    #expect(f.session.handle("record \(f.path("two.desk"))").text == "Already recording into \(f.path("one.desk")). Type stop recording first.")
    #expect(!FileManager.default.fileExists(atPath: f.path("two.desk")))
    #expect(!f.session.handle("record payment 500 from Acme").text.contains("ecording"), "still a payment, not a recording")
  }
}
