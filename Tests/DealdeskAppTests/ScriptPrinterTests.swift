import DealdeskApp
import Foundation
import Testing

/// `dealdesk run` prints each reply as it is made, while the script is still one step not
/// yet written, rather than holding every reply of a long script until its end; the
/// outcome is left only what follows the replay.
@Suite struct ScriptPrinterTests {
  static let lines = ["add client Bora Fabrics", "offer Nobody 10%", "note Bora asked about samples", "show Bora"]

  @Test func eachReplyIsPrintedAsItIsMadeInTheOrderItWouldHaveBeenKept() throws {
    let kept = try ScriptStepTests.Fixture()
    let keptPath = try kept.files.write("kept.desk", lines: Self.lines)
    let expected = kept.session.runScript(keptPath, options: ScriptOptions(keepGoing: true))

    let f = try ScriptStepTests.Fixture()
    let path = try f.files.write("printed.desk", lines: Self.lines)
    let before = f.journalLines
    var printed: [(text: String, isError: Bool)] = []
    var journalWhilePrinting: [Int] = []
    let outcome = f.session.runScript(path, options: ScriptOptions(keepGoing: true)) { text, isError in
      printed.append((text, isError))
      journalWhilePrinting.append(f.journalLines)
    }
    #expect(outcome.output.isEmpty, "\(outcome.output)")
    #expect(outcome.failures == 1)
    #expect(printed.map(\.text) == expected.output.map { $0.replacingOccurrences(of: keptPath, with: path) })
    #expect(Set(printed.indices.filter { printed[$0].isError }) == expected.errorIndices)
    #expect(journalWhilePrinting.allSatisfy { $0 == before }, "printed before the script's one record is written")
    #expect(f.journalLines == before + 1)
  }

  @Test func whatFollowsTheReplayIsLeftInTheOutcome() throws {
    let f = try ScriptStepTests.Fixture()
    let path = try f.files.write("atomic.desk", lines: Self.lines)
    var printed: [String] = []
    let outcome = f.session.runScript(path, options: ScriptOptions(atomic: true)) { text, _ in printed.append(text) }
    #expect(printed.count == 2 && printed[1].hasPrefix("\(path):2:"), "\(printed)")
    #expect(outcome.output == ["Nothing was changed: the script runs all or nothing, and a line failed."])
    #expect(outcome.errorIndices == [0])
  }
}
