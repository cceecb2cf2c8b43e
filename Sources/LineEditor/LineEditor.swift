import Foundation

/// What one call of `LineEditor.readLine(prompt:)` got.
public enum LineRead: Equatable, Sendable {
  /// A line, without its line ending.
  case line(String)
  /// Ctrl-C on a terminal: the half-typed line was dropped.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}

/// One Tab candidate: the text that replaces the word, and what it stands for, shown beside
/// it when readline lists the candidates (an id's client and total) but never typed.
public struct CompletionMatch: Equatable, Sendable {
  public var text: String
  public var note: String?

  public init(_ text: String, note: String? = nil) {
    self.text = text
    self.note = note
  }
}

/// Reads the user's lines.
///
/// Like linenoise it chooses once, up front: with a terminal on stdin and stdout it uses
/// GNU readline (editing, history, Tab completion, Ctrl-C, Ctrl-D); otherwise (pipes,
/// scripts, CI) it reads plain lines and prints nothing at all, not even the prompt.
///
/// readline keeps its state in C globals, so use one `LineEditor` per process,
/// from one thread.
public final class LineEditor {
  /// True when stdin and stdout are both terminals: readline is in charge.
  public let isInteractive: Bool
  private let historyPath: String?

  /// - Parameters:
  ///   - historyFile: where history is kept (created 0600, capped at 1000 lines);
  ///     `nil` keeps history in memory only. Used only on a terminal.
  ///   - completer: gets the whole line and the character offset where the word under
  ///     the cursor starts; returns the candidates that replace that word, with their notes.
  public init(
    historyFile: URL?,
    completer: @escaping @Sendable (_ line: String, _ wordStart: Int) -> [CompletionMatch]
  ) {
    isInteractive = isatty(0) == 1 && isatty(1) == 1
    // Only a plain file is used: readline opens the history by name, and would write
    // through a link put in its place.
    historyPath = isInteractive ? historyFile.flatMap { GNUReadline.plainHistoryFile($0.path(percentEncoded: false)) } : nil
    guard isInteractive else { return }
    GNUReadline.start(completer: completer)
    if let historyPath { GNUReadline.loadHistory(from: historyPath) }
  }

  /// A line editor whose candidates are plain words and names, with nothing to note.
  public convenience init(historyFile: URL?, completer: @escaping @Sendable (_ line: String, _ wordStart: Int) -> [String]) {
    self.init(historyFile: historyFile, completer: { line, start in completer(line, start).map { CompletionMatch($0) } })
  }

  /// Reads one line.
  ///
  /// On a terminal it shows `prompt` (ANSI colours are fine); Ctrl-C drops the half-typed
  /// line, shows `^C` and returns `.interrupted`; Ctrl-D on an empty line returns
  /// `.endOfInput`. Otherwise the prompt is ignored and a plain line is read from stdin
  /// (`\n` or `\r\n` stripped); the end of input returns `.endOfInput`.
  public func readLine(prompt: String) -> LineRead {
    guard isInteractive else {
      return Swift.readLine(strippingNewline: true).map(LineRead.line) ?? .endOfInput
    }
    return GNUReadline.readLine(prompt: markingInvisible(prompt), idle: whileWaiting)
  }

  /// Asked a few times a second while a terminal waits for a key: lines it returns are
  /// printed above the prompt without disturbing what is being typed (notices of others'
  /// changes on a team desk).
  public var whileWaiting: (() -> [String])?

  /// Adds a line to the history and appends it to the history file at once, so it
  /// survives a crash. Skips blank lines and an exact repeat of the previous line.
  /// Does nothing when not on a terminal (scripts do not pollute the history).
  public func remember(_ line: String) {
    guard isInteractive, !line.allSatisfy(\.isWhitespace) else { return }
    GNUReadline.remember(line, historyFile: historyPath)
  }
}

/// readline counts every byte of the prompt as a screen column unless the invisible
/// parts are wrapped in \u{1} … \u{2}. Wraps each escape sequence: CSI sequences
/// (`ESC [ … final`, e.g. colours) and two-byte ones (`ESC x`).
/// A prompt that already contains \u{1} is taken as marked by its author.
func markingInvisible(_ prompt: String) -> String {
  guard !prompt.unicodeScalars.contains("\u{1}") else { return prompt }
  enum State { case text, escape, csi }
  var state = State.text
  var marked = String.UnicodeScalarView()
  for scalar in prompt.unicodeScalars {
    switch state {
    case .text:
      if scalar == "\u{1B}" {
        marked.append("\u{1}")
        state = .escape
      }
      marked.append(scalar)
    case .escape:
      marked.append(scalar)
      if scalar == "[" {
        state = .csi
      } else {
        marked.append("\u{2}")
        state = .text
      }
    case .csi:
      marked.append(scalar)
      if (0x40...0x7E).contains(scalar.value) {
        marked.append("\u{2}")
        state = .text
      }
    }
  }
  if state != .text { marked.append("\u{2}") }
  return String(marked)
}
