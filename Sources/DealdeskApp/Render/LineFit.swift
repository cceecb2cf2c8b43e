/// Prose lines on a screen narrower than they are. A terminal wraps a long line wherever
/// the edge falls, mid-word and back at column one; the desk folds it at a space instead,
/// and the rest of the line is indented under its text, so a list stays a list. Tables fit
/// on their own (Table) and are never folded.
public enum LineFit {
  /// Every line of `text` within `width` columns (colour escapes not counted).
  public static func fold(_ text: String, width: Int?) -> String {
    guard let width, text.utf8.count > width else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .flatMap { foldLine(String($0), width: width) }
      .joined(separator: "\n")
  }

  /// One line as lines of at most `width` columns: broken at the last space that fits;
  /// a word longer than the whole width is broken where it must be.
  static func foldLine(_ line: String, width: Int) -> [String] {
    guard Style.visibleWidth(line) > width else { return [line] }
    let indent = line.prefix { $0 == " " }.count
    // Under the line's own text, one step in; on a very narrow screen, back at its indent.
    let hanging = String(repeating: " ", count: indent + 2 <= width / 2 ? indent + 2 : min(indent, width / 2))
    var lines: [String] = []
    var rest = Substring(line)
    var prefix = ""
    while true {
      let room = width - prefix.count
      let scalars = Array(rest.unicodeScalars)
      guard let end = breakIndex(scalars, room: room) else {
        lines.append(prefix + String(rest))
        break
      }
      var head = String(String.UnicodeScalarView(scalars[..<end.head]))
      while head.last == " " { head.removeLast() }
      lines.append(prefix + head)
      rest = Substring(String(String.UnicodeScalarView(scalars[end.tail...])))
      prefix = hanging
      if rest.isEmpty { break }
    }
    return lines
  }

  /// Where to break so the head takes at most `room` columns: nil when the whole fits;
  /// `head` ends the first line, `tail` starts the next (spaces at the break dropped).
  private static func breakIndex(_ scalars: [Unicode.Scalar], room: Int) -> (head: Int, tail: Int)? {
    var columns = 0
    var escape = false
    var lastSpace: Int?
    var seenText = false
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if escape {
        if scalar == "m" { escape = false }
      } else if scalar == "\u{1B}" {
        escape = true
      } else if case let width = TerminalColumns.of(scalar), width > 0 {
        if columns + width > room {
          if scalar == " " { return (index, skipSpaces(scalars, from: index)) }
          if let lastSpace { return (lastSpace, skipSpaces(scalars, from: lastSpace)) }
          return (max(index, 1), max(index, 1))
        }
        // The indent the line starts with is not a place to break it.
        if scalar == " " { if seenText { lastSpace = index } } else { seenText = true }
        columns += width
      }
      index += 1
    }
    return nil
  }

  private static func skipSpaces(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < scalars.count, scalars[index] == " " { index += 1 }
    return index
  }

  /// A line cut to `width` columns with an ellipsis: the last resort of a table that
  /// cannot shrink any further. A colour cut in the middle is ended, so it cannot run on.
  static func cut(_ line: String, to width: Int, style: ChartStyle) -> String {
    guard Style.visibleWidth(line) > width else { return line }
    let ellipsis = style == .ascii ? "..." : "…"
    let room = max(0, width - ellipsis.count)
    var out = ""
    var columns = 0
    var escape = false
    var coloured = false
    for scalar in line.unicodeScalars {
      if escape {
        out.unicodeScalars.append(scalar)
        if scalar == "m" { escape = false }
        continue
      }
      if scalar == "\u{1B}" {
        escape = true
        coloured = true
        out.unicodeScalars.append(scalar)
        continue
      }
      let width = TerminalColumns.of(scalar)
      if width > 0 {
        if columns + width > room { break }
        columns += width
      }
      out.unicodeScalars.append(scalar)
    }
    return out + ellipsis + (coloured ? Style.reset : "")
  }
}
