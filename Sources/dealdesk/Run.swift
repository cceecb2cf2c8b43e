import ArgumentParser
import DealdeskApp

/// Replays a saved command script against the desk.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Replay a saved command script (# comments, blank lines, @now to pin the clock).")

  @OptionGroup var options: DeskOptions

  @Flag(name: .customLong("keep-going"), help: "Go on after a failing line (the exit status is still non-zero).")
  var keepGoing = false

  @Argument(help: ArgumentHelp("The script to run.", valueName: "FILE"))
  var file: String

  func run() throws {
    guard let session = Output.openSession(options) else { throw ExitCode.failure }
    let outcome = session.runScript(file, options: ScriptOptions(keepGoing: keepGoing))
    for (n, text) in outcome.output.enumerated() {
      if outcome.errorIndices.contains(n) { Output.err(text) } else { Output.out(text) }
    }
    if let problem = session.close() { Output.err(problem) }
    if outcome.failures > 0 { throw ExitCode.failure }
  }
}
