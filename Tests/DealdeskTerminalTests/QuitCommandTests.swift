import Foundation
import Testing

/// A `quit` (or q, exit, bye, :q) in piped input or in a script: the lines after it that were
/// not run are counted on stderr, never skipped in silence; in a script it is an error
/// unless it is the script's last line.
@Suite(.serialized) struct QuitCommandTests {
  @Test(arguments: ["quit", "q", "exit", "bye", ":q"])
  func aQuitInPipedInputSaysWhatWasNotRun(word: String) throws {
    let desk = try Desk()
    let input = "add client Acme Textiles\n\(word)\nadd client Bora Fabrics\n\n# a comment\nadd client Cora\n"
    let result = try #require(try desk.run(["--data", desk.data.path], input: input, within: 30))
    #expect(result.status == 1)
    #expect(result.errors == "Stopped at line 2 (\(word)): 2 lines after it were not run.\n")
    #expect(result.output == "Added client Acme Textiles (CL-1).\n")
    #expect(!(try desk.exportJSON()).contains("Bora"))
  }

  /// A program that sends `quit` and keeps its end of the pipe open is not waited for: the
  /// lines it already sent are counted, and the count says the input had not ended.
  @Test func aQuitBeforeTheInputEndsCountsWhatWasSentWithoutWaitingForMore() throws {
    let desk = try Desk()
    let child = try PipedChild(binary: desk.binary, arguments: ["--data", desk.data.path], environment: desk.pipedEnvironment)
    defer { child.killNow() }
    child.send(["add client Acme Textiles\r", "bye", "add client Bora Fabrics\r"])
    let (status, errors) = child.finish()
    #expect(status == 1)
    #expect(errors == "Stopped at line 2 (bye): 1 line after it was not run, and the input had not ended.\n")
    #expect(child.printedText == "Added client Acme Textiles (CL-1).\n", "a CRLF line reads as the line")
  }

  @Test func aQuitAtTheEndOfPipedInputIsQuiet() throws {
    let desk = try Desk()
    let result = try #require(try desk.run(["--data", desk.data.path], input: "add client Acme Textiles\nquit\n\n# done\n", within: 30))
    #expect(result.status == 0)
    #expect(result.errors == "")
  }

  @Test func aQuitInAScriptBeforeItsEndIsAnError() throws {
    let desk = try Desk()
    let script = try desk.file("stray.desk", "add client Acme Textiles\nq\n# more\nadd client Bora Fabrics\nclients\n")
    let result = try #require(try desk.run(["--data", desk.data.path, "run", script], within: 30))
    #expect(result.status == 1)
    #expect(
      result.errors == "\(script):2: q stops the script here: 2 lines after it were not run. A script ends at its last line; take the q out.\n",
      "\(result.errors)")
    #expect(result.output == "Added client Acme Textiles (CL-1).\n")
    #expect(!(try desk.exportJSON()).contains("Bora"))
  }

  @Test func aQuitOnAScriptsLastLineIsFine() throws {
    let desk = try Desk()
    let script = try desk.file("ends.desk", "add client Acme Textiles\nquit\n\n# the end\n")
    let result = try #require(try desk.run(["--data", desk.data.path, "run", script], within: 30))
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.errors == "")
  }
}
