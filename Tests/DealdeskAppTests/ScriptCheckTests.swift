@testable import DealdeskApp
import Foundation
import Testing

/// `dealdesk check`: a replay on a scratch desk compared with the transcript beside the script.
@Suite struct ScriptCheckTests {
  let folder: ScriptFolder

  init() throws { folder = try ScriptFolder() }

  static let script = """
    # A small check.
    @now 2026-12-01 10:00
    add client Acme
    @expect CL-1
    add client Acme
    @expect-error already
    """

  static let transcript = """
    # A small check.
    @now 2026-12-01 10:00
    > add client Acme
    Added client Acme (CL-1).
    @expect CL-1
    > add client Acme
    error: There is already a client Acme (CL-1). Use quotes for a different client with a similar name, or `show Acme`.
    @expect-error already

    """

  @Test func theTranscriptIsTheScriptWithEachReplyUnderItsCommand() throws {
    defer { folder.remove() }
    let path = try folder.write("small.desk", Self.script)
    let replay = try Transcript.replay(file: path).get()
    #expect(replay.text == Self.transcript)
    #expect(replay.problems.isEmpty)
    #expect((replay.commands, replay.expectations) == (2, 2))
  }

  @Test func updateWritesTheTranscriptAndThenTheCheckPasses() throws {
    defer { folder.remove() }
    let path = try folder.write("small.desk", Self.script)
    let missing = ScriptCheck.run(path, update: false)
    #expect(!missing.passed)
    #expect(missing.errors == ["\(path) has no transcript \(folder.path("small.out")) yet. To make one from this replay: dealdesk check \(path) --update"])

    let update = ScriptCheck.run(path, update: true)
    #expect(update.passed)
    #expect(update.output == ["Wrote \(folder.path("small.out")) (8 lines)."])
    #expect(try String(contentsOfFile: folder.path("small.out"), encoding: .utf8) == Self.transcript)

    let check = ScriptCheck.run(path, update: false)
    #expect(check.passed)
    #expect(check.output == ["\(path) prints \(folder.path("small.out")): 2 commands, 2 expectations held."])
  }

  /// A document printed under `check` goes into the scratch folder and the reply names it
  /// from the scratch desk ("documents/O-1.pdf"), so its transcript is the same on every run.
  @Test func aScriptPrintingADocumentChecksStablyTwice() throws {
    defer { folder.remove() }
    let path = try folder.write("pdf.desk", """
      @now 2026-12-01 10:00
      load sample data
      offer Acme 100m linen 220
      pdf offer O-1
      document offer O-1
      pdf offer O-1 to offer.pdf
      documents Acme
      """)
    #expect(ScriptCheck.run(path, update: true).passed)
    let transcript = try String(contentsOfFile: folder.path("pdf.out"), encoding: .utf8)
    #expect(transcript.contains("""
      > pdf offer O-1
      Commercial offer O-1 for Acme Textiles, issued as DOC-1: documents/O-1.pdf
      > document offer O-1
      Commercial offer O-1 for Acme Textiles, as issued on 1 Dec 2026 (DOC-1): documents/O-1.pdf
      > pdf offer O-1 to offer.pdf
      Commercial offer O-1 for Acme Textiles, as issued on 1 Dec 2026 (DOC-1): offer.pdf
      > documents Acme
      Documents issued to Acme Textiles (files in documents/):
        DOC-1 · commercial offer O-1 · 1 Dec 2026 · 1,488.00 EUR gross · O-1.pdf
      """), "\(transcript)")
    #expect(!transcript.contains(FileManager.default.temporaryDirectory.path), "no scratch path in \(transcript)")
    for _ in 1...2 {
      let check = ScriptCheck.run(path, update: false)
      #expect(check.passed, "\(check.errors)")
    }
  }

  @Test func aDifferenceIsAUnifiedDiffAndAFailure() throws {
    defer { folder.remove() }
    let path = try folder.write("small.desk", Self.script)
    try folder.write("small.out", Self.transcript.replacingOccurrences(of: "(CL-1).\n@expect CL-1", with: "(CL-7).\n@expect CL-1"))
    let report = ScriptCheck.run(path, update: false)
    let out = folder.path("small.out")
    #expect(!report.passed)
    #expect(
      report.output == [
        """
        --- \(out) (kept)
        +++ \(out) (replayed now)
        @@ -1,7 +1,7 @@
         # A small check.
         @now 2026-12-01 10:00
         > add client Acme
        -Added client Acme (CL-7).
        +Added client Acme (CL-1).
         @expect CL-1
         > add client Acme
         error: There is already a client Acme (CL-1). Use quotes for a different client with a similar name, or `show Acme`.
        """
      ])
    #expect(report.errors == ["\(path) no longer prints \(out) (the diff is above). If the new replies are right: dealdesk check \(path) --update"])
  }

  @Test func aMatchingTranscriptStillFailsWhenAnExpectationDoesNot() throws {
    defer { folder.remove() }
    let path = try folder.write("wrong.desk", "add client Acme\n@expect CL-2\nfrobnicate\n")
    #expect(ScriptCheck.run(path, update: true).passed == false, "--update writes, but the script still fails")
    let report = ScriptCheck.run(path, update: false)
    #expect(report.output.isEmpty, "the transcript itself matches")
    #expect(report.errors.count == 3)
    #expect(report.errors[0].hasPrefix("\(path):2: @expect \"CL-2\": the reply to line 1 (add client Acme) does not contain it."))
    #expect(report.errors[1].hasPrefix("\(path):3: I don't know \"frobnicate\"."))
    #expect(report.errors[2] == "A line that is meant to fail is marked with @expect-error on the line after it.")
    let transcript = try String(contentsOfFile: folder.path("wrong.out"), encoding: .utf8)
    #expect(transcript.hasPrefix("> add client Acme\nAdded client Acme (CL-1).\n@expect CL-2\nerror: @expect \"CL-2\": the reply to line 1"))
  }

  @Test func anIncludedScriptIsReplayedInlineInTheTranscript() throws {
    defer { folder.remove() }
    try folder.write("setup/clients.desk", "# shared\nadd client Acme\n")
    let path = try folder.write("main.desk", "@include setup/clients.desk\nshow Acme\n@expect Acme (CL-1)\n")
    let replay = try Transcript.replay(file: path).get()
    #expect(replay.text.hasPrefix("@include setup/clients.desk\n# shared\n> add client Acme\nAdded client Acme (CL-1).\n> show Acme\nAcme (CL-1)"))
    #expect((replay.commands, replay.expectations) == (2, 1))
  }

  @Test func aScriptThatCannotBeReadIsNotCompared() throws {
    defer { folder.remove() }
    let path = try folder.write("bad.desk", "@wait\n")
    #expect(ScriptCheck.run(path, update: true).errors == ["\(path):1: unknown directive @wait. Directives: @now, @expect, @expect-error, @include. Nothing was compared."])
    #expect(!FileManager.default.fileExists(atPath: folder.path("bad.out")), "nothing is written for a script that did not run")
  }

  @Test func aScriptNamedLikeATranscriptIsRefused() throws {
    defer { folder.remove() }
    let path = try folder.write("odd.out", "clients\n")
    #expect(ScriptCheck.run(path, update: true).errors == ["\(path): a script named .out would be its own transcript; name it \(folder.path("odd")).desk."])
  }

  @Test(arguments: [
    ("scripts/demo.desk", "scripts/demo.out"), ("demo.desk", "demo.out"), ("batch", "batch.out"),
    ("a.b/c.desk", "a.b/c.out"), ("./.hidden", "./.hidden.out"), ("/x/y.v2.desk", "/x/y.v2.out"),
  ])
  func theTranscriptIsBesideTheScript(script: String, transcript: String) {
    #expect(Transcript.path(forScript: script) == transcript)
    folder.remove()
  }

  @Test func theReplayIsOnAScratchDeskThatIsRemovedAfterwards() throws {
    defer { folder.remove() }
    let path = try folder.write("small.desk", Self.script)
    let scratch = folder.url.appendingPathComponent("scratch")
    let replay = try Transcript.replay(file: path, scratch: scratch).get()
    #expect(replay.text == Self.transcript)
    #expect(!FileManager.default.fileExists(atPath: scratch.path), "the scratch desk is removed")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["small.desk"], "nothing else is written")
  }
}
