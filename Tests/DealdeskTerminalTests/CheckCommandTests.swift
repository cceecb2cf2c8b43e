import Foundation
import Testing

/// `dealdesk [--data DIR] check FILE… [--update]`, run as the real binary.
@Suite(.serialized) struct CheckCommandTests {
  static let script = "@now 2026-12-01 10:00\nadd client Acme\n@expect CL-1\nofer Acme 10%\n@expect-error Did you mean: offer Acme 10%?\n"

  @Test func updateThenCheckPassesAndTheDeskInDataIsNeverOpened() throws {
    let desk = try Desk()
    let script = try desk.file("acme.desk", Self.script)
    let transcript = script.replacingOccurrences(of: ".desk", with: ".out")

    let missing = try desk.run(["--data", desk.data.path, "check", script])
    #expect(missing.status == 1)
    #expect(missing.errors == "\(script) has no transcript \(transcript) yet. To make one from this replay: dealdesk check \(script) --update\n")

    let update = try desk.run(["--data", desk.data.path, "check", script, "--update"])
    #expect(update.status == 0, "\(update.errors)")
    #expect(update.output == "Wrote \(transcript) (7 lines).\n")
    #expect(try String(contentsOfFile: transcript, encoding: .utf8).hasPrefix("@now 2026-12-01 10:00\n> add client Acme\nAdded client Acme (CL-1).\n"))

    let check = try desk.run(["--data", desk.data.path, "check", script])
    #expect(check.status == 0)
    #expect(check.output == "\(script) prints \(transcript): 2 commands, 2 expectations held.\n")
    #expect(check.errors == "")
    #expect(try FileManager.default.contentsOfDirectory(atPath: desk.data.path).isEmpty, "check must not open the desk in --data")
  }

  @Test func aDifferencePrintsAUnifiedDiffAndExitsOne() throws {
    let desk = try Desk()
    let script = try desk.file("acme.desk", Self.script)
    _ = try desk.run(["check", "--update", script])
    let transcript = script.replacingOccurrences(of: ".desk", with: ".out")
    let kept = try String(contentsOfFile: transcript, encoding: .utf8)
    try kept.replacingOccurrences(of: "(CL-1)", with: "(CL-9)").write(toFile: transcript, atomically: true, encoding: .utf8)

    let result = try desk.run(["check", script])
    #expect(result.status == 1)
    #expect(result.output.hasPrefix("--- \(transcript) (kept)\n+++ \(transcript) (replayed now)\n@@ -1,6 +1,6 @@\n @now 2026-12-01 10:00\n > add client Acme\n-Added client Acme (CL-9).\n+Added client Acme (CL-1).\n"))
    #expect(result.errors.contains("no longer prints \(transcript) (the diff is above). If the new replies are right: dealdesk check \(script) --update"))
  }

  @Test func severalScriptsAreCheckedAndAnyFailureFailsTheRun() throws {
    let desk = try Desk()
    let good = try desk.file("good.desk", "add client Acme\n")
    let bad = try desk.file("bad.desk", "@inclde good.desk\n")
    _ = try desk.run(["check", "--update", good])
    let result = try desk.run(["check", good, bad])
    #expect(result.status == 1)
    #expect(result.output.hasPrefix("\(good) prints"))
    #expect(result.errors.contains("\(bad):1: unknown directive @inclde. Did you mean @include?"))
    #expect(result.errors.hasSuffix("1 of 2 scripts failed.\n"))
  }

  @Test func runHonoursTheDirectivesToo() throws {
    let desk = try Desk()
    let setup = try desk.file("setup.desk", "add client Acme\n")
    _ = setup
    let script = try desk.file("main.desk", "@include setup.desk\nadd client Acme\n@expect-error already\nadd client Bora\n@expect CL-3\n")
    let result = try desk.run(["--data", desk.data.path, "run", script])
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("\(script):5: @expect \"CL-3\": the reply to line 4 (add client Bora) does not contain it. The reply was:\n    Added client Bora (CL-2).\n"))
    #expect(result.output.hasPrefix("Added client Acme (CL-1).\n"))
  }

  @Test func checkWithoutAScriptSaysHow() throws {
    let desk = try Desk()
    let result = try desk.run(["check"])
    #expect(result.status != 0)
    #expect(result.errors.contains("Missing expected argument '<FILE> ...'"), "\(result.errors)")
    let help = try desk.run(["--help"])
    #expect(help.output.contains("check"))
  }
}
