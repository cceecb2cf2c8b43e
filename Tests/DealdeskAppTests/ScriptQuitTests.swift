@testable import DealdeskApp
import Foundation
import Testing

/// `quit` inside a script: the script's last line may be one, harmlessly; anywhere else it
/// would leave the rest unrun, so it is an error that counts what was not run, included
/// scripts and the lines after an include too.
@Suite struct ScriptQuitTests {
  @Test func aQuitInAnIncludedScriptCountsTheIncludingScriptsLinesToo() throws {
    let folder = try ScriptFolder()
    defer { folder.remove() }
    try folder.write("setup.desk", "add client Acme\nexit\n")
    let main = try folder.write("main.desk", "@include setup.desk\nadd client Bora\nclients\n")
    let replay = try Transcript.replay(file: main).get()
    #expect(replay.problems.map(\.description) == [
      "\(folder.path("setup.desk")):2: exit stops the script here: 2 lines after it were not run. A script ends at its last line; take the exit out."
    ])
    #expect(replay.text.contains("> exit\nerror: exit stops the script here: 2 lines after it were not run."), "\(replay.text)")
    #expect(!replay.text.contains("Bora"))
  }

  @Test func aQuitOnTheLastLineEndsTheScriptQuietly() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    let folder = try ScriptFolder()
    defer { folder.remove() }
    let path = try folder.write("end.desk", "add client Acme\nbye\n# that was all\n\n")
    let outcome = session.runScript(path, options: ScriptOptions())
    #expect(outcome.failures == 0)
    #expect(outcome.output == ["Added client Acme (CL-1)."])
    #expect(session.handle("clients").text.contains("Acme"), "the desk goes on after a script's quit")
  }
}
