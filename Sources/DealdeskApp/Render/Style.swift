/// What a piece of a reply means, for a screen that shows meaning in colour. Replies mark
/// words that already say it ("over your 12%", "OVERDUE 2 days", "done"): colour only
/// makes them easier to find, so nothing is lost without it.
public enum Mark: Sendable, CaseIterable {
  /// Past a limit, late, refused: over authority, below the margin floor, overdue.
  case alert
  /// Needs attention soon: expiring today, waiting for approval.
  case warning
  /// Settled the good way: within authority, paid, done.
  case good
}

/// The one place a mark becomes a colour, so changing the palette is one edit. Plain
/// foreground colours only (no bold, no background), as taskwarrior and git use them:
/// readable on light and dark themes alike.
public enum Style {
  /// `text` marked for the current screen: unchanged when it has no colour.
  public static func mark(_ text: String, _ meaning: Mark) -> String {
    mark(text, meaning, color: Screen.current.color)
  }

  public static func mark(_ text: String, _ meaning: Mark, color: Bool) -> String {
    guard color, !text.isEmpty else { return text }
    return sgr(meaning) + text + reset
  }

  static func sgr(_ mark: Mark) -> String {
    switch mark {
    case .alert: return "\u{1B}[31m"
    case .warning: return "\u{1B}[33m"
    case .good: return "\u{1B}[32m"
    }
  }

  static let reset = "\u{1B}[0m"

  /// A refused line at a terminal: its first line (what was refused and why) in the alert
  /// colour; the suggestion after it stays plain, to be read and typed.
  public static func refused(_ text: String) -> String {
    guard Screen.current.color else { return text }
    guard let end = text.firstIndex(of: "\n") else { return mark(text, .alert) }
    return mark(String(text[..<end]), .alert) + String(text[end...])
  }

  /// `text` without the colour escapes this file adds, as a transcript would hold it.
  public static func plain(_ text: String) -> String {
    guard text.utf8.contains(0x1B) else { return text }
    var out = ""
    var escape = false
    for scalar in text.unicodeScalars {
      if escape {
        if scalar == "m" { escape = false }
      } else if scalar == "\u{1B}" {
        escape = true
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Columns `text` takes on screen: its characters, colour escapes not counted.
  public static func visibleWidth(_ text: String) -> Int { Table.width(text) }
}
