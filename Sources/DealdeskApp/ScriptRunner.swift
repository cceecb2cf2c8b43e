import DealdeskStore
import Foundation

/// Replays a saved command script: one command per line, `#` comments, blank lines skipped,
/// directives (`@now`, `@expect`, `@expect-error`, `@include`; see ScriptDirective). The whole
/// script is read and checked first (Scripts/ScriptLoader), then replayed; it stops at the
/// first failure with FILE:LINE unless asked to go on.
public enum ScriptRunner {
  public struct Outcome: Sendable {
    /// Each non-empty reply, in order; errors carry FILE:LINE.
    public var output: [String]
    /// Which entries of `output` are errors (a shell sends them to stderr).
    public var errorIndices: Set<Int> = []
    /// Lines that failed unexpectedly and expectations that did not hold.
    public var failures: Int
    public var stoppedEarly: Bool
    /// Stopped by its observer (Ctrl-C in a demo), not by a failure.
    public var interrupted = false

    var reply: Reply {
      Reply(output.joined(separator: "\n"), isError: failures > 0)
    }

    /// Adds a line to `output`, marked as an error or not.
    mutating func add(_ text: String, isError: Bool) {
      if isError { errorIndices.insert(output.count) }
      output.append(text)
    }

    /// One event of a replay as `run` shows it: handed to `printer` at once when there is
    /// one, else added to `output`.
    mutating func take(_ event: ScriptEvent, printing printer: ScriptPrinter?) {
      let text: String
      let isError: Bool
      switch event {
      case .shown, .command:
        return
      case .reply(let reply, let file, let line, let failureExpected):
        if reply.isError && !failureExpected {
          (text, isError) = (ScriptProblem(file: file, line: line, reply.text).description, true)
        } else if !reply.text.isEmpty {
          // A refusal the script expects is part of the show: printed like any reply.
          (text, isError) = (reply.text, false)
        } else {
          return
        }
      case .problem(let problem):
        (text, isError) = (problem.description, true)
      }
      if let printer { printer(text, isError) } else { add(text, isError: isError) }
    }
  }

  /// Shows a line of a script's output as it is made (`isError`: it goes to stderr).
  public typealias ScriptPrinter = (_ text: String, _ isError: Bool) -> Void

  public static func runFile(
    _ path: String, in session: Session, keepGoing: Bool, observer: ScriptObserver? = nil, printer: ScriptPrinter? = nil
  ) -> Outcome {
    // A `run` line can start a script from inside another: one already running would never end.
    let identity = ScriptLoader.identity(of: path)
    if session.runningScripts.contains(identity) {
      let cycle = (session.runningScripts + [identity]).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " → ")
      return refused(ScriptProblem(file: path, line: nil, "already running (\(cycle)): a script cannot run itself, even through another."))
    }
    guard session.runningScripts.count < ScriptLoader.maxDepth else {
      return refused(ScriptProblem(file: path, line: nil, "scripts may run other scripts at most \(ScriptLoader.maxDepth) deep."))
    }
    switch ScriptLoader.load(path: path, name: path) {
    case .failure(let problem):
      return refused(problem)
    case .success(let script):
      session.runningScripts.append(identity)
      defer { session.runningScripts.removeLast() }
      return run(script, in: session, keepGoing: keepGoing, observer: observer, printer: printer)
    }
  }

  /// A script held in memory, named `name` in messages; `@include` is relative to the current folder.
  public static func run(_ text: String, name: String, in session: Session, keepGoing: Bool) -> Outcome {
    let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    switch ScriptLoader.load(text: text, name: name, folder: folder) {
    case .failure(let problem): return refused(problem)
    case .success(let script): return run(script, in: session, keepGoing: keepGoing)
    }
  }

  /// `printer`: each line of output shown as it is made, rather than kept in the outcome.
  static func run(
    _ script: Script, in session: Session, keepGoing: Bool, observer: ScriptObserver? = nil, printer: ScriptPrinter? = nil
  ) -> Outcome {
    var outcome = Outcome(output: [], failures: 0, stoppedEarly: false)
    var replay = ScriptReplay(session: session, keepGoing: keepGoing, observer: observer)
    replay.sink = { outcome.take($0, printing: printer) }
    replay.run(script)
    outcome.failures = replay.problems.count
    outcome.stoppedEarly = replay.stoppedEarly
    outcome.interrupted = replay.interrupted
    return outcome
  }

  /// A script that could not be read or checked: nothing of it ran.
  private static func refused(_ problem: ScriptProblem) -> Outcome {
    Outcome(output: [problem.description + " Nothing was run."], errorIndices: [0], failures: 1, stoppedEarly: true)
  }

  /// Lines as a person sees them, whichever line endings the file has ("\r\n" is one
  /// Character in Swift, so splitting on "\n" alone would miss it).
  static func lines(of text: String) -> [String] {
    // Split on the UTF-8 bytes: "\r" and "\n" never occur inside a longer character, and
    // Foundation's replacingOccurrences took an eighth of a long script's run.
    let bytes = text.utf8
    var lines: [String] = []
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      let byte = bytes[index]
      guard byte == 0x0A || byte == 0x0D else {
        index = bytes.index(after: index)
        continue
      }
      lines.append(String(text[start..<index]))
      index = bytes.index(after: index)
      if byte == 0x0D, index != bytes.endIndex, bytes[index] == 0x0A { index = bytes.index(after: index) }
      start = index
    }
    lines.append(String(text[start..<bytes.endIndex]))
    return lines
  }

  enum DataResult { case success(Data), failure(String) }

  /// The bytes of a short text file the manager named (a CSV to import): refuses a missing
  /// file, a folder, anything but a regular file (a named pipe would hang the desk), and
  /// anything over 10 MB, unread. `kind` names it in the messages. (Scripts are read line by
  /// line instead: Scripts/ScriptFile.)
  static func readData(_ path: String, kind: String) -> DataResult {
    switch InputFile.read(path, limit: ScriptFile.maxBytes) {
    case .success(let data): return .success(data)
    case .failure(.missing): return .failure("\(path): no such file.")
    case .failure(.folder): return .failure("\(path) is a folder, not a \(kind).")
    case .failure(.notRegular(let what)): return .failure("\(path) is \(what), not a \(kind); nothing was read from it.")
    case .failure(.unreadable): return .failure("\(path): cannot be read.")
    case .failure(.tooLarge): return .failure("\(path) is over 10 MB; a \(kind) is a short text file.")
    }
  }
}
