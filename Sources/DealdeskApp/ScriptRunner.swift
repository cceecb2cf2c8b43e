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
    switch read(path) {
    case .failure(let message):
      return Outcome(output: [message], errorIndices: [0], failures: 1, stoppedEarly: true)
    case .success(let text):
      return run(text, name: path, in: session, keepGoing: keepGoing)
    }
  }

  public static func run(_ text: String, name: String, in session: Session, keepGoing: Bool) -> Outcome {
    var outcome = Outcome(output: [], failures: 0, stoppedEarly: false)
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let reply = session.handle(String(line).trimmingCharacters(in: CharacterSet(charactersIn: "\r")))
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

  enum ReadResult { case success(String), failure(String) }

  static func read(_ path: String) -> ReadResult {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure("\(path): no such file.")
    }
    if isDirectory.boolValue { return .failure("\(path) is a folder, not a script.") }
    guard let data = FileManager.default.contents(atPath: path) else { return .failure("\(path): cannot be read.") }
    if data.count > maxBytes { return .failure("\(path) is over 10 MB; a script is a short text file.") }
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
      return .failure("\(path) is not a text script (it has binary or non-UTF-8 content).")
    }
    return .success(text)
  }
}
