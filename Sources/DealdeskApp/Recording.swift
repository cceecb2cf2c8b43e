import DealdeskCore
import DealdeskStore
import Foundation

/// `record FILE` … `stop recording`: every line that succeeds is written to FILE as it
/// happens (so a crash loses nothing recorded), each preceded by an `@now` line when the
/// minute has moved, so that replaying the file gives the same replies. Failed lines, the
/// recording commands themselves and lines run by a script are left out (the `run` line
/// that ran them is kept).
final class Recording {
  let path: String
  private let file: FileHandle
  private var lastMinute: String?
  private(set) var commands = 0
  /// The `record` line itself is not part of the recording.
  var skipsCurrentLine = true

  private init(path: String, file: FileHandle) {
    self.path = path
    self.file = file
  }

  /// A new recording, or why not: the file must be new (or one the manager said to
  /// replace), a regular file, in an existing folder, and not inside the desk's own folder.
  /// `target` is where it is written (`path`, unless `dealdesk check` keeps it in its scratch).
  static func start(_ path: String, target: String, replace: Bool, retry: String, deskFolder: URL, now: Date) -> Result<Recording, RecordingError> {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let header = "# Recorded at the desk on \(DeskDate.minute(now)); replay with: run \(name)\n"
    switch OutputFile.create(target, startingWith: Array(header.utf8), replace: replace, deskFolder: deskFolder) {
    case .failure(let problem):
      return .failure(.init(Session.message(problem, path: path, retry: retry, for: .record)))
    case .success(let file):
      return .success(Recording(path: path, file: file))
    }
  }

  /// Adds a line that succeeded; returns a problem if it could not be written.
  func add(_ line: String, at now: Date) -> RecordingError? {
    let minute = DeskDate.minute(now)
    var text = ""
    if minute != lastMinute { text += "@now \(minute)\n" }
    text += line + "\n"
    if let problem = write(text) { return problem }
    lastMinute = minute
    commands += 1
    return nil
  }

  func stop() { try? file.close() }

  private func write(_ text: String) -> RecordingError? {
    do {
      try file.write(contentsOf: Data(text.utf8))
      return nil
    } catch {
      return .init("Could not write to \(path): \(error.localizedDescription)")
    }
  }
}

struct RecordingError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}

extension Session {
  func startRecording(_ path: String, replace: Bool) -> Reply {
    if let recording { return .error("Already recording into \(recording.path). Type stop recording first.") }
    let retry = "record \(Self.shown(path)), replace it"
    switch Recording.start(path, target: outputPath(path), replace: replace, retry: retry, deskFolder: directory, now: now) {
    case .failure(let problem): return .error(problem.message)
    case .success(let started):
      recording = started
      return Reply("Recording into \(path): the commands that succeed are saved as you go. Type stop recording to finish.")
    }
  }

  func stopRecording() -> Reply {
    guard let recording else { return .error("Nothing is being recorded. Type record FILE to start.") }
    recording.stop()
    self.recording = nil
    let count = recording.commands
    return Reply("Saved \(count) command\(count == 1 ? "" : "s") to \(recording.path). Replay with: run \(recording.path)")
  }

  /// Called with every line the manager typed and its reply.
  func keepForRecording(_ line: String, _ reply: Reply) -> Reply {
    let substitute = recordAs
    recordAs = nil
    guard let recording else { return reply }
    if recording.skipsCurrentLine {
      recording.skipsCurrentLine = false
      return reply
    }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !reply.isError, !reply.quit, reply.question == nil, runningScripts.isEmpty, !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("@") else { return reply }
    guard let problem = recording.add(substitute ?? trimmed, at: now) else { return reply }
    recording.stop()
    self.recording = nil
    var stopped = reply
    stopped.text += "\nRecording stopped: \(problem.message)"
    return stopped
  }
}
