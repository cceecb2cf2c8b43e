import DealdeskApp
import Foundation
import Testing

/// `@expect`, `@expect-error` and unknown directives in a replayed script.
@Suite struct ScriptDirectiveTests {
  /// Runs `text` saved as `name` in a new folder on a new desk; returns what `run` would
  /// print, the client names on the desk afterwards, and the script's path.
  func run(_ text: String, name: String = "s.desk", keepGoing: Bool = false) throws -> (ScriptRunner.Outcome, clients: [String], path: String) {
    let folder = try ScriptFolder()
    defer { folder.remove() }
    let path = try folder.write(name, text)
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    let outcome = ScriptRunner.runFile(path, in: session, keepGoing: keepGoing)
    return (outcome, session.desk.clients.values.map(\.name).sorted(), path)
  }

  func errors(_ outcome: ScriptRunner.Outcome) -> [String] {
    outcome.output.indices.filter { outcome.errorIndices.contains($0) }.map { outcome.output[$0] }
  }

  @Test func anExpectationThatHoldsIsSilent() throws {
    let (outcome, clients, _) = try run("add client Acme\n@expect Added client Acme\n@expect \"(CL-1)\"\nadd client Bora\n")
    #expect(outcome.failures == 0)
    #expect(outcome.output == ["Added client Acme (CL-1).", "Added client Bora (CL-2)."])
    #expect(clients == ["Acme", "Bora"])
  }

  @Test func anExpectationThatFailsStopsTheRunWithFileLineAndTheReply() throws {
    let (outcome, clients, path) = try run("add client Acme\n\n@expect Added client Bora\nadd client Bora\n")
    #expect(outcome.failures == 1)
    #expect(outcome.stoppedEarly)
    #expect(clients == ["Acme"], "the line after a failed expectation must not run")
    #expect(
      errors(outcome) == [
        "\(path):3: @expect \"Added client Bora\": the reply to line 1 (add client Acme) does not contain it. The reply was:\n    Added client Acme (CL-1)."
      ])
  }

  @Test func anExpectationOnAFailedLineSaysItFailed() throws {
    let (outcome, _, path) = try run("frobnicate\n@expect-error\n@expect done\n")
    #expect(outcome.failures == 1)
    #expect(errors(outcome).first?.hasPrefix("\(path):3: @expect \"done\": line 1 (frobnicate) failed, so there is no reply to look in. The error was:\n    I don't know \"frobnicate\".") == true)
  }

  @Test func aLineThatFailsAsExpectedIsNotAFailureAndTheScriptGoesOn() throws {
    let (outcome, clients, _) = try run("add client Acme\nadd client Acme\n# the same name twice is refused\n@expect-error already\nadd client Bora\n")
    #expect(outcome.failures == 0)
    #expect(outcome.errorIndices.isEmpty)
    #expect(outcome.output.count == 3)
    #expect(outcome.output[1].contains("already"), "the expected refusal is shown like any reply: \(outcome.output)")
    #expect(clients == ["Acme", "Bora"])
  }

  @Test func aLineExpectedToFailThatSucceedsFailsTheScriptAtTheDirective() throws {
    let (outcome, clients, path) = try run("add client Acme\n@expect-error\nadd client Bora\n")
    #expect(outcome.failures == 1)
    #expect(errors(outcome) == ["\(path):2: @expect-error: line 1 (add client Acme) was expected to fail, but it succeeded:\n    Added client Acme (CL-1)."])
    #expect(clients == ["Acme"])
  }

  @Test func anExpectedErrorMustSayWhatTheScriptExpects() throws {
    let (outcome, _, path) = try run("frobnicate\n@expect-error no such client\n")
    #expect(outcome.failures == 1)
    #expect(errors(outcome).first?.hasPrefix("\(path):2: @expect-error \"no such client\": line 1 (frobnicate) failed, but the error does not say that. It was:\n    I don't know \"frobnicate\".") == true)
  }

  @Test func keepGoingCountsEveryFailureAndRunsEveryLine() throws {
    let (outcome, clients, _) = try run("add client Acme\n@expect Bora\nfrobnicate\nadd client Bora\n@expect-error\n", keepGoing: true)
    #expect(outcome.failures == 3)
    #expect(!outcome.stoppedEarly)
    #expect(clients == ["Acme", "Bora"])
    #expect(errors(outcome).map { $0.split(separator: ":")[1] } == ["2", "3", "5"])
  }

  @Test func aLongReplyIsCutInTheMessage() throws {
    let (outcome, _, _) = try run("load sample data\ncatalog\n@expect no such fabric\n")
    let message = try #require(errors(outcome).first)
    #expect(message.contains("    … "), "\(message)")
    #expect(message.split(separator: "\n").count == 1 + 12 + 1)
  }

  @Test(arguments: [
    ("@expect Acme", "@expect checks the reply to the command on the line before it, and there is none"),
    ("# nothing yet\n@expect-error", "@expect-error checks the reply"),
    ("add client Acme\n@expect", "@expect needs the text the reply must contain"),
  ])
  func anExpectationWithNothingToCheckIsRefusedBeforeAnythingRuns(script: String, message: String) throws {
    let (outcome, clients, path) = try run("# first\n" + script + "\n")
    let line = script.split(separator: "\n", omittingEmptySubsequences: false).count + 1
    #expect(errors(outcome).first?.hasPrefix("\(path):\(line): \(message)") == true, "\(outcome.output)")
    #expect(errors(outcome).first?.hasSuffix("Nothing was run.") == true)
    #expect(clients.isEmpty, "nothing of a refused script runs")
  }

  @Test func anUnknownDirectiveIsRefusedWithItsLineAndTheKnownOnes() throws {
    let (outcome, clients, path) = try run("add client Acme\n@expcet Added\n")
    #expect(
      errors(outcome) == [
        "\(path):2: unknown directive @expcet. Did you mean @expect? Directives: @now, @expect, @expect-error, @include. Nothing was run."
      ])
    #expect(clients.isEmpty, "line 1 must not run: the script is checked whole first")
    let (far, _, _) = try run("@pause 3\n")
    #expect(errors(far).first?.contains("unknown directive @pause. Directives: @now") == true)
  }

  @Test func nowStillPinsTheClockInAScriptAndWhenTyped() throws {
    let (outcome, _, path) = try run("@now 2026-12-24 10:00\nadd client Acme\nfollow up Acme tomorrow: call\n@expect 25 Dec 2026\n@now 2026-12-01 10:00\n")
    #expect(errors(outcome) == ["\(path):5: @now cannot go back in time (the script is at 24 Dec 2026 10:00)."])
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    #expect(session.handle("@now 2027-01-04 09:00").isError == false)
    #expect(session.handle("add client Acme").isError == false)
    #expect(session.handle("follow up Acme tomorrow: call").text.contains("5 Jan 2027"))
  }

  @Test func quotesAroundExpectedTextAreOptionalAndKeepItsSpaces() throws {
    let (outcome, _, _) = try run("add client Acme\n@expect \" (CL-1).\"\n@expect \"(CL-1)\"\n")
    #expect(outcome.failures == 0, "\(outcome.output)")
    let (spaced, _, _) = try run("add client Acme\n@expect \"  (CL-1)\"\n")
    #expect(spaced.failures == 1)
  }

  @Test func directivesTypedAtTheDeskSayWhereTheyWork() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    _ = session.handle("add client Acme")
    let expect = session.handle("@expect CL-1")
    #expect(expect.isError)
    #expect(expect.text == "@expect works in a saved script, replayed with run FILE or dealdesk check FILE; typed here it has no script to act in.")
    #expect(session.handle("@include setup.desk").text.hasPrefix("@include works in a saved script"))
    #expect(session.handle("@pause 2").text == "Unknown directive @pause. Directives: @now, @expect, @expect-error, @include.")
    #expect(session.handle("@now 2027-01-04 09:00").isError == false)
  }
}
