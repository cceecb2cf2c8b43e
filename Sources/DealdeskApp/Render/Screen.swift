import Foundation

/// The screen a reply is printed on: how wide it is, whether colour may mark it, and how
/// symbols are drawn. Renderers read `Screen.current`; the default (no width, no colour) is
/// what scripts, transcripts and pipes get, so their text never depends on a terminal.
/// It is a task-local rather than a parameter so that the many `render` functions need not
/// all grow one, and so that parallel tests can each render for a screen of their own.
public struct Screen: Sendable, Equatable {
  /// Where the width comes from.
  public enum Width: Sendable, Equatable {
    /// As wide as the text: a pipe, a file, a transcript.
    case unlimited
    /// A fixed number of columns (`--width N`, `COLUMNS`).
    case columns(Int)
    /// The terminal on this file descriptor, asked each time a reply is laid out, so a
    /// window resized between two replies (SIGWINCH) is met by the next one.
    case terminal(Int32)
  }

  public var width: Width
  public var color: Bool
  public var style: ChartStyle

  public init(width: Width = .unlimited, color: Bool = false, style: ChartStyle = .unicode) {
    self.width = width
    self.color = color
    self.style = style
  }

  @TaskLocal public static var current = Screen()

  /// The columns a reply may use now; nil when it may be as wide as it likes.
  public var columns: Int? {
    switch width {
    case .unlimited: return nil
    case .columns(let n): return max(Self.narrowest, n)
    case .terminal(let fd): return Self.terminalColumns(fd).map { max(Self.narrowest, $0) }
    }
  }

  /// Narrower than this, no table can keep an id and a name side by side: lay out as if
  /// this wide and let the terminal cope.
  public static let narrowest = 20

  /// The size the kernel keeps for the terminal, which a resize updates before SIGWINCH
  /// is sent; nil when `fd` is not a terminal or says it has no width.
  static func terminalColumns(_ fd: Int32) -> Int? {
    var size = winsize()
    guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// `COLUMNS` when it holds a usable width.
  static func columns(fromEnvironment environment: [String: String]) -> Int? {
    guard let text = environment["COLUMNS"], let n = Int(text.trimmingCharacters(in: .whitespaces)), n > 0 else { return nil }
    return n
  }

  /// The screen replies printed on `fd` get: a width given on the command line holds
  /// anywhere (tests and `| less` can ask for one); otherwise a terminal's width, from
  /// `COLUMNS` when it is set (as `ls` reads it) or else the terminal itself, and no limit
  /// for a pipe or a file. Colour follows `ColorChoice.decide`.
  public static func resolve(
    width given: Int?, color: ColorChoice, environment: [String: String], style: ChartStyle, fd: Int32 = 1
  ) -> Screen {
    let isTerminal = isatty(fd) == 1
    let width: Width
    if let given {
      width = .columns(given)
    } else if isTerminal {
      width = columns(fromEnvironment: environment).map(Width.columns) ?? .terminal(fd)
    } else {
      width = .unlimited
    }
    return Screen(width: width, color: color.decide(environment: environment, isTerminal: isTerminal), style: style)
  }
}

/// `--color auto|always|never`, as git and ls spell it.
public enum ColorChoice: String, Sendable, CaseIterable {
  case auto, always, never

  /// Colour is a help to a person at a terminal and noise anywhere else: `auto` uses it only
  /// on a terminal that can show it, and not when the user has said NO_COLOR (any
  /// non-empty value, per no-color.org). `always` is the explicit override for a demo or
  /// `| less -R`, and so wins over NO_COLOR, which no-color.org allows.
  public func decide(environment: [String: String], isTerminal: Bool) -> Bool {
    switch self {
    case .never: return false
    case .always: return true
    case .auto:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      // A dumb terminal (Emacs shell buffers, some CI logs) shows escapes as text.
      if environment["TERM"] == "dumb" { return false }
      return isTerminal
    }
  }
}
