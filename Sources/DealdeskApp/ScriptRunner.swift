import Foundation

/// Replays a saved command script: one command per line, `#` comments, blank lines skipped,
/// `@now` pinning the clock. Stops at the first error with FILE:LINE unless asked to go on.
public enum ScriptRunner {
  public struct Outcome: Sendable {
    /// Each non-empty reply, in order; errors carry FILE:LINE.
    public var output: [String]
    /// Which entries of `output` are errors (a shell sends them to stderr).
    public var errorIndices: Set<Int> = []
    public var failures: Int
    public var stoppedEarly: Bool

    var reply: Reply {
      Reply(output.joined(separator: "\n"), isError: failures > 0)
    }
  }

  /// Scripts are text; anything larger than this is not a script a person wrote.
  static let maxBytes = 10 * 1024 * 1024

  public static func runFile(_ path: String, in session: Session, keepGoing: Bool) -> Outcome {
    // A script that runs itself (directly or through another) would never end.
    let key = URL(fileURLWithPath: path).standardizedFileURL.path
    guard !session.runningScripts.contains(key) else {
      return Outcome(output: ["\(path) is already running: a script cannot run itself."], errorIndices: [0], failures: 1, stoppedEarly: true)
    }
    guard session.runningScripts.count < 8 else {
      return Outcome(output: ["Scripts may run other scripts at most 8 deep."], errorIndices: [0], failures: 1, stoppedEarly: true)
    }
    session.runningScripts.append(key)
    defer { session.runningScripts.removeLast() }
    switch read(path) {
    case .failure(let message):
      return Outcome(output: [message], errorIndices: [0], failures: 1, stoppedEarly: true)
    case .success(let text):
      return run(text, name: path, in: session, keepGoing: keepGoing)
    }
  }

  public static func run(_ text: String, name: String, in session: Session, keepGoing: Bool) -> Outcome {
    var outcome = Outcome(output: [], failures: 0, stoppedEarly: false)
    for (n, line) in lines(of: text).enumerated() {
      let reply = session.handle(line)
      if reply.isError {
        outcome.failures += 1
        outcome.errorIndices.insert(outcome.output.count)
        outcome.output.append("\(name):\(n + 1): \(reply.text)")
        if !keepGoing {
          outcome.stoppedEarly = true
          return outcome
        }
      } else if !reply.text.isEmpty {
        outcome.output.append(reply.text)
      }
      if reply.quit { break }
    }
    return outcome
  }

  /// Lines as a person sees them, whichever line endings the file has ("\r\n" is one
  /// Character in Swift, so splitting on "\n" alone would miss it).
  static func lines(of text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  enum ReadResult { case success(String), failure(String) }

  static func read(_ path: String) -> ReadResult {
    switch readData(path, kind: "script") {
    case .failure(let message): return .failure(message)
    case .success(let data):
      guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
        return .failure("\(path) is not a text script (it has binary or non-UTF-8 content).")
      }
      return .success(text)
    }
  }

  enum DataResult { case success(Data), failure(String) }

  /// The bytes of a short text file the manager named (a script, a CSV to import): refuses
  /// a missing file, a folder, and anything over 10 MB. `kind` names it in the messages.
  static func readData(_ path: String, kind: String) -> DataResult {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure("\(path): no such file.")
    }
    if isDirectory.boolValue { return .failure("\(path) is a folder, not a \(kind).") }
    guard let data = FileManager.default.contents(atPath: path) else { return .failure("\(path): cannot be read.") }
    if data.count > maxBytes { return .failure("\(path) is over 10 MB; a \(kind) is a short text file.") }
    return .success(data)
  }
}
