import DealdeskStore
import Foundation

/// `dealdesk check FILE [--update]`: replays a script on a scratch desk and compares what it
/// prints with the transcript kept beside it; a difference is shown as a unified diff. The
/// real desk is never opened, and the only file written is the transcript, when asked.
public enum ScriptCheck {
  /// What to print, and whether the script passed.
  public struct Report: Sendable, Equatable {
    /// For standard output: the diff, or what was written, or that all is well.
    public var output: [String] = []
    /// For standard error: why it failed, with FILE:LINE, and what to do.
    public var errors: [String] = []
    public var passed: Bool { errors.isEmpty }
  }

  /// A transcript is a script's replies: far more than any script prints is something else.
  static let maxTranscriptBytes = 10 * ScriptFile.maxBytes

  public static func run(_ script: String, update: Bool) -> Report {
    var report = Report()
    let transcript = Transcript.path(forScript: script)
    guard transcript != script else {
      report.errors.append("\(script): a script named .out would be its own transcript; name it \(script.dropLast(4)).desk.")
      return report
    }
    let replay: Transcript.Replay
    switch Transcript.replay(file: script) {
    case .failure(let problem):
      report.errors.append(problem.description + " Nothing was compared.")
      return report
    case .success(let replayed):
      replay = replayed
    }

    if update {
      write(replay.text, to: transcript, into: &report)
    } else {
      compare(replay, with: transcript, of: script, into: &report)
    }
    if !replay.problems.isEmpty {
      report.errors += replay.problems.map(\.description)
      if replay.unexpectedErrors > 0 {
        report.errors.append("A line that is meant to fail is marked with @expect-error on the line after it.")
      }
    }
    if report.passed, !update {
      report.output.append("\(script) prints \(transcript): \(plural(replay.commands, "command")), \(plural(replay.expectations, "expectation")) held.")
    }
    return report
  }

  private static func compare(_ replay: Transcript.Replay, with transcript: String, of script: String, into report: inout Report) {
    let read = InputFile.read(transcript, limit: maxTranscriptBytes)
    if case .failure(.missing) = read {
      report.errors.append("\(script) has no transcript \(transcript) yet. To make one from this replay: dealdesk check \(script) --update")
      return
    }
    guard case .success(let data) = read, let expected = String(data: data, encoding: .utf8) else {
      report.errors.append("\(transcript): not a transcript this can read (a folder, a named pipe, unreadable, too large, or not UTF-8 text).")
      return
    }
    guard let diff = UnifiedDiff.diff(from: expected, to: replay.text, oldName: "\(transcript) (kept)", newName: "\(transcript) (replayed now)")
    else { return }
    report.output.append(diff)
    report.errors.append(
      "\(script) no longer prints \(transcript) (the diff is above). If the new replies are right: dealdesk check \(script) --update")
  }

  private static func write(_ text: String, to transcript: String, into report: inout Report) {
    do throws(StoreError) {
      // --update replaces the kept transcript, with the store's writer (0600 from the start).
      try PrivateFile.write(Array(text.utf8), to: transcript, replacing: true)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
      report.output.append("Wrote \(transcript) (\(plural(lines, "line"))).")
    } catch {
      report.errors.append(error.message)
    }
  }

  private static func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
