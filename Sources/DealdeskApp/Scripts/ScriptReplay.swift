import Foundation

/// What a replay did, in order. What `run` prints and what a transcript shows are two views
/// of the same events, so the two cannot disagree about what happened.
enum ScriptEvent {
  /// A comment, blank line or directive, as written.
  case shown(String)
  /// A command, as written.
  case command(String)
  /// The desk's answer to the command before. `failureExpected`: an `@expect-error` follows,
  /// so an error here is what the script wants, not a failure of it.
  case reply(Reply, file: String, line: Int, failureExpected: Bool)
  /// A directive the session refused, or an expectation that did not hold.
  case problem(ScriptProblem)
}

/// Watches a replay as it happens: a paced demo types each command before it runs and
/// shows each reply as it comes.
public protocol ScriptObserver: AnyObject {
  /// Before a command runs; false stops the replay (a presenter's Ctrl-C).
  func willRun(_ line: String) -> Bool
  func didRun(_ line: String, reply: Reply)
}

/// Replays a loaded script on a session, checking expectations as it goes. Stops at the
/// first failure unless asked to keep going; a `quit` line ends it, and is a failure unless
/// no command comes after it (in this script, or in one that includes it).
struct ScriptReplay {
  let session: Session
  let keepGoing: Bool
  var observer: ScriptObserver?
  /// What happened, when there is no `sink` (a transcript shows it all at the end).
  private(set) var events: [ScriptEvent] = []
  /// Where each event goes as it happens, instead of `events`: `run` prints a reply as it
  /// is made, so a long script's replies are never all held at once.
  var sink: ((ScriptEvent) -> Void)?
  /// Unexpected errors and unmet expectations, each with FILE:LINE.
  private(set) var problems: [ScriptProblem] = []
  /// How many of the problems are commands that failed with no `@expect-error` after them.
  private(set) var unexpectedErrors = 0
  private(set) var stoppedEarly = false
  /// The observer stopped the replay.
  private(set) var interrupted = false
  private(set) var quit = false
  /// Commands not yet run, included scripts' too: what a `quit` would leave unrun.
  private var commandsAhead: Int?

  init(session: Session, keepGoing: Bool, observer: ScriptObserver? = nil) {
    self.session = session
    self.keepGoing = keepGoing
    self.observer = observer
  }

  mutating func run(_ script: Script) {
    if commandsAhead == nil { commandsAhead = script.counts.commands }
    // The command the next expectation checks; nil at the start of a file and after an include.
    var checked: Expectation.Subject?
    for (index, step) in script.steps.enumerated() {
      if stoppedEarly || quit { return }
      switch step.kind {
      case .remark:
        emit(.shown(step.text))
      case .now(let line):
        emit(.shown(step.text))
        let reply = session.handle(line)
        if reply.isError { fail(ScriptProblem(file: script.name, line: step.number, reply.text)) }
      case .command(let line):
        if let observer, !observer.willRun(line) {
          (interrupted, stoppedEarly) = (true, true)
          return
        }
        emit(.command(step.text))
        commandsAhead = (commandsAhead ?? 1) - 1
        let reply = session.handle(line)
        observer?.didRun(line, reply: reply)
        let failureExpected = script.failureExpected(after: index)
        emit(.reply(reply, file: script.name, line: step.number, failureExpected: failureExpected))
        let unexpected = reply.isError && !failureExpected
        checked = Expectation.Subject(line: line, number: step.number, reply: reply, alreadyFailed: unexpected)
        if unexpected {
          unexpectedErrors += 1
          fail(ScriptProblem(file: script.name, line: step.number, reply.text), shownAsReply: true)
        }
        if reply.quit {
          quit = true
          if let ahead = commandsAhead, ahead > 0 { fail(Self.quitTooEarly(line, at: step.number, in: script, ahead: ahead)) }
        }
      case .expect(let text):
        check(.contains(text), of: checked, at: step, in: script)
      case .expectError(let text):
        check(.fails(text), of: checked, at: step, in: script)
      case .include(let inner):
        emit(.shown(step.text))
        // A `run` line inside the included script must not run a script already on the way.
        session.runningScripts.append(inner.identity)
        run(inner)
        session.runningScripts.removeLast()
        checked = nil
      }
    }
  }

  private mutating func emit(_ event: ScriptEvent) {
    if let sink { sink(event) } else { events.append(event) }
  }

  /// A `quit` with commands after it: they would be skipped without a word, so it is refused.
  private static func quitTooEarly(_ line: String, at number: Int, in script: Script, ahead: Int) -> ScriptProblem {
    let word = line.trimmingCharacters(in: CharacterSet(charactersIn: ".!"))
    let lines = ahead == 1 ? "1 line after it was" : "\(ahead) lines after it were"
    return ScriptProblem(
      file: script.name, line: number,
      "\(word) stops the script here: \(lines) not run. A script ends at its last line; take the \(word) out.")
  }

  private mutating func check(_ expectation: Expectation, of subject: Expectation.Subject?, at step: Script.Step, in script: Script) {
    emit(.shown(step.text))
    // A command that already failed unexpectedly is reported once, not again by each expectation.
    guard let subject, !subject.alreadyFailed else { return }
    if let unmet = expectation.unmet(by: subject) {
      fail(ScriptProblem(file: script.name, line: step.number, unmet))
    }
  }

  /// `shownAsReply`: the problem is a command's error, already among the events as its reply.
  private mutating func fail(_ problem: ScriptProblem, shownAsReply: Bool = false) {
    problems.append(problem)
    if !shownAsReply { emit(.problem(problem)) }
    if !keepGoing { stoppedEarly = true }
  }
}
