import DealdeskApp
import Glibc

/// The screen the desk prints on, and how many of its rows a text takes.
struct TerminalSize {
  var columns: Int
  var rows: Int

  /// The size of the terminal on standard output, read afresh each time (the window may
  /// have been resized since); nil when it is not a terminal or does not say.
  static func ofStandardOutput() -> TerminalSize? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
    return TerminalSize(columns: Int(size.ws_col), rows: Int(size.ws_row))
  }

  /// The rows `text` fills on a screen `columns` wide: a line longer than the screen wraps
  /// onto more. Escape sequences (colours) take no room.
  static func rows(_ text: String, columns: Int) -> Int {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if text.hasSuffix("\n") { lines.removeLast() }
    return lines.reduce(0) { total, line in
      let width = visibleWidth(line)
      return total + max(1, (width + columns - 1) / max(1, columns))
    }
  }

  private static func visibleWidth(_ line: Substring) -> Int {
    enum State { case text, escape, csi }
    var state = State.text
    var width = 0
    for scalar in line.unicodeScalars {
      switch state {
      case .text:
        if scalar == "\u{1B}" {
          state = .escape
        } else {
          width += TerminalColumns.of(scalar)
        }
      case .escape: state = scalar == "[" ? .csi : .text
      case .csi: if (0x40...0x7E).contains(scalar.value) { state = .text }
      }
    }
    return width
  }
}
