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

  @Flag(help: "Type each command as if live, then show its reply (on a scratch copy of the desk). Ctrl-C ends the demo.")
  var demo = false

  @Option(help: ArgumentHelp("With --demo: milliseconds per character typed.", valueName: "MS"))
  var pace = 45

  @Flag(help: "With --demo: wait for Enter before each command.")
  var step = false

  @Argument(help: ArgumentHelp("The script to run.", valueName: "FILE"))
  var file: String

  func validate() throws {
    guard (0...2_000).contains(pace) else { throw ValidationError("--pace is milliseconds per character, 0 to 2000 (45 reads naturally).") }
    if (step || pace != 45) && !demo { throw ValidationError("--pace and --step pace a demo; add --demo.") }
    if demo && atomic { throw ValidationError("A demo runs on a scratch desk; --atomic has nothing to protect there.") }
  }

  func run() throws {
    // A demo plays at a terminal as if typed there, fitted and coloured; a script's replies
    // are as its transcript has them unless --width or --color always ask otherwise.
    try Screen.$current.withValue(demo ? options.screen.resolved : options.screen.forScript) { try replay() }
  }

  private func replay() throws {
    // A demo never changes the real desk: it plays on a copy (or an empty desk).
    let scratch: Output.Scratch? = empty ? .empty : (sandbox || demo) ? .copy : nil
    guard let session = Output.openSession(options, scratch: scratch) else { throw ExitCode.failure }
    if demo {
      let failed = play(session)
      if let problem = session.close() { Output.err(problem) }
      if failed.interrupted { throw ExitCode(130) }
      if failed.failures > 0 { throw ExitCode.failure }
      return
    }
    // Each reply printed as it is made, not all held until the script's end; the outcome
    // keeps what comes after (a script not saved says so).
    let outcome = session.runScript(file, options: ScriptOptions(keepGoing: keepGoing, atomic: atomic)) { text, isError in
      if isError { Output.err(text) } else { Output.out(text) }
    }
    for (n, text) in outcome.output.enumerated() {
      if outcome.errorIndices.contains(n) { Output.err(text) } else { Output.out(text) }
    }
    if let problem = session.close() { Output.err(problem) }
    if scratch != nil { Output.err("Sandbox: the desk itself was not changed.") }
    if outcome.failures > 0 { throw ExitCode.failure }
  }

  /// The paced demo: each command typed, then its reply; what went wrong listed at the end.
  private func play(_ session: Session) -> ScriptRunner.Outcome {
    DemoSignal.install()
    let typist = DemoTypist(pace: .milliseconds(pace), pause: .milliseconds(pace == 0 ? 0 : 500), step: step)
    let stage = DemoStage(session: session, typist: typist)
    Output.out("Demo of \(file) on a scratch copy of the desk\(step ? "; Enter plays the next command" : ""). Ctrl-C ends it.\n")
    let outcome = session.runScript(file, options: ScriptOptions(keepGoing: keepGoing), observer: stage)
    if outcome.interrupted {
      Output.out("\nDemo stopped. The desk itself was not changed.")
      return outcome
    }
    // Replies were shown as they came; what is left to say is what went wrong.
    let problems = outcome.output.indices.filter { outcome.errorIndices.contains($0) }.map { outcome.output[$0] }
    for problem in problems { Output.err(problem) }
    Output.out("\nEnd of the demo. The desk itself was not changed.")
    return outcome
  }
}

/// Shows a demo as it plays: the prompt and the command typed out, then the reply.
final class DemoStage: ScriptObserver {
  let session: Session
  let typist: DemoTypist

  init(session: Session, typist: DemoTypist) {
    self.session = session
    self.typist = typist
  }

  func willRun(_ line: String) -> Bool { typist.type(line, prompt: session.prompt) }

  func didRun(_ line: String, reply: Reply) {
    if !reply.text.isEmpty { Output.reply(reply) }
    Output.out("")
  }
}
