import ArgumentParser
import DealdeskApp

/// Replays a saved command script against the desk.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Replay a saved command script (# comments, blank lines, @now to pin the clock).")

  @OptionGroup var options: DeskOptions

  @Flag(name: .customLong("keep-going"), help: "Go on after a failing line (the exit status is still non-zero).")
  var keepGoing = false

  @Flag(help: "All or nothing: if a line fails, the desk is left exactly as it was.")
  var atomic = false

  @Flag(help: "Replay on a scratch copy of the desk; the desk itself is not changed.")
  var sandbox = false

  @Flag(help: "Replay on an empty scratch desk; the desk itself is not changed or even read.")
  var empty = false

  @Argument(help: ArgumentHelp("The script to run.", valueName: "FILE"))
  var file: String

  func run() throws {
    guard let session = Output.openSession(options, scratch: empty ? .empty : sandbox ? .copy : nil) else { throw ExitCode.failure }
    let outcome = session.runScript(file, options: ScriptOptions(keepGoing: keepGoing, atomic: atomic))
    for (n, text) in outcome.output.enumerated() {
      if outcome.errorIndices.contains(n) { Output.err(text) } else { Output.out(text) }
    }
    if let problem = session.close() { Output.err(problem) }
    if sandbox || empty { Output.err("Sandbox: the desk itself was not changed.") }
    if outcome.failures > 0 { throw ExitCode.failure }
  }
}
