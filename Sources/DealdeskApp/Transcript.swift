import DealdeskStore
import Foundation

/// A session as a reader sees it: each command after a prompt mark ("> "), then its reply;
/// an error as "error: …". Comments, blank lines and directives are kept as written, and an
/// included script's lines appear where it is included, so a transcript reads like the
/// script it came from. `swift test` (TranscriptTests) and `dealdesk check` make it the same
/// way, through `replay(file:)`, so the two always agree.
public enum Transcript {
  /// Where the clock stands when a checked replay starts, until the script pins its own with
  /// `@now`: Monday 30 Nov 2026 09:00. Fixed, so that a script without `@now` replays alike
  /// on any day.
  public static let start = Date(timeIntervalSince1970: 1_796_029_200)

  /// A replay as text, and what went wrong in it.
  public struct Replay: Sendable {
    public var text: String
    /// Lines that failed without an `@expect-error` after them, and expectations that did
    /// not hold, each with FILE:LINE. A transcript can match and the script still fail here.
    public var problems: [ScriptProblem]
    /// How many of the problems are lines that failed with no `@expect-error` after them.
    public var unexpectedErrors: Int
    public var commands: Int
    public var expectations: Int
  }

  /// Where the transcript of a script is kept: beside it, its extension replaced by `.out`
  /// (`scripts/demo.desk` → `scripts/demo.out`), or `.out` added when it has none.
  public static func path(forScript script: String) -> String {
    let nameStart = script.lastIndex(of: "/").map { script.index(after: $0) } ?? script.startIndex
    let name = script[nameStart...]
    // A leading dot starts a hidden file's name, not an extension.
    let stem = name.lastIndex(of: ".").flatMap { $0 > name.startIndex ? name[..<$0] : nil } ?? name
    return String(script[..<nameStart]) + stem + ".out"
  }

  /// Replays the script at `path` on a scratch desk (a new temporary folder, removed
  /// afterwards; no real desk is opened), clock at `start`, charts in Unicode. Files its
  /// lines write (exports, recordings) go into the scratch folder too, and go with it.
  public static func replay(file path: String) -> Result<Replay, ScriptProblem> {
    replay(file: path, scratch: ScratchFolder.make())
  }

  /// `scratch`: a folder that does not exist yet, for the scratch desk and the files its
  /// lines write (a test names it, to see it go).
  static func replay(file path: String, scratch: URL) -> Result<Replay, ScriptProblem> {
    switch ScriptLoader.load(path: path, name: path) {
    case .failure(let problem):
      return .failure(problem)
    case .success(let script):
      return onScratchDesk(scratch) { session in record(script, in: session) }
        .mapError { ScriptProblem(file: path, line: nil, "cannot open a scratch desk to replay it on: \($0.message)") }
    }
  }

  /// Runs `body` on a new desk in `folder`, removed afterwards, whatever happened: the desk
  /// in `desk/`, the files its lines write in `files/`, by their own names.
  private static func onScratchDesk<T>(_ folder: URL, _ body: (Session) -> T) -> Result<T, StoreError> {
    defer { try? FileManager.default.removeItem(at: folder) }
    let session: Session
    do {
      session = try Session.open(at: folder.appendingPathComponent("desk", isDirectory: true), clock: .fixed(start))
      let files = folder.appendingPathComponent("files", isDirectory: true)
      try FileManager.default.createDirectory(at: files, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
      session.outputFolder = files
    } catch let error as StoreError {
      return .failure(error)
    } catch {
      return .failure(StoreError(message: "Could not make a folder for the files the script writes: \(error.localizedDescription)"))
    }
    let result = body(session)
    _ = session.close()
    return .success(result)
  }

  /// Replays a script held in memory on `session`; `@include` is relative to `folder`.
  public static func record(_ text: String, name: String, folder: URL, in session: Session) -> Result<Replay, ScriptProblem> {
    ScriptLoader.load(text: text, name: name, folder: folder).map { record($0, in: session) }
  }

  static func record(_ script: Script, in session: Session) -> Replay {
    // A transcript shows everything: it goes on after a failure.
    var replay = ScriptReplay(session: session, keepGoing: true)
    replay.run(script)
    var out: [String] = []
    for event in replay.events {
      switch event {
      case .shown(let line): out.append(line)
      case .command(let line): out.append("> \(line)")
      case .reply(let reply, _, _, _):
        if !reply.text.isEmpty { out.append(reply.isError ? "error: \(reply.text)" : reply.text) }
      case .problem(let problem):
        // Where it is, the line above says; the location is for the problems list.
        out.append("error: \(problem.message)")
      }
    }
    while out.last == "" { out.removeLast() }
    let counts = script.counts
    return Replay(
      text: out.joined(separator: "\n") + "\n", problems: replay.problems, unexpectedErrors: replay.unexpectedErrors,
      commands: counts.commands, expectations: counts.expectations)
  }
}
