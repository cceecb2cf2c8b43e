/// The symbols the desk draws, in ASCII for a terminal whose locale is not UTF-8. The same
/// decision that draws bars as `####` (ChartStyle.from) draws rules, separators, arrows and
/// dashes here, applied to everything printed. Letters are never touched, so a name keeps
/// its own (Çelik Tekstil, Durrës): a terminal that cannot show them still shows the bytes
/// the manager typed, which is better than a guess at them.
extension ChartStyle {
  /// `text` as this style draws it: unchanged in Unicode; in ASCII each drawn symbol is
  /// replaced by its ASCII form.
  public func draw(_ text: String) -> String {
    guard self == .ascii, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
    var drawn = ""
    drawn.reserveCapacity(text.utf8.count)
    for character in text {
      if character.isASCII || character.isLetter {
        drawn.append(character)
      } else if let ascii = Self.asciiForms[character] {
        drawn += ascii
      } else if let scalar = character.unicodeScalars.first, let ascii = Self.asciiForm(of: scalar) {
        drawn += ascii
      } else {
        drawn.append(character)
      }
    }
    return drawn
  }

  /// Every symbol the desk's own wording uses, and a few more of the same kinds.
  static let asciiForms: [Character: String] = [
    "·": "|", "…": "...", "→": "->", "←": "<-", "↑": "^", "↓": "v", "⇒": "=>",
    "–": "-", "—": "--", "−": "-", "‐": "-", "‑": "-",
    "×": "x", "÷": "/", "≤": "<=", "≥": ">=", "≠": "!=", "±": "+/-", "≈": "~",
    "’": "'", "‘": "'", "“": "\"", "”": "\"", "«": "<<", "»": ">>", "‹": "<", "›": ">",
    "•": "*", "✓": "v", "✔": "v", "✗": "x", "✘": "x",
    "€": "EUR ", "£": "GBP ", "²": "2", "³": "3", "°": " deg", "µ": "u",
    "\u{00A0}": " ", "\u{202F}": " ",
  ]

  /// Box drawing (U+2500–257F) and block elements (U+2580–259F), by shape: lines become
  /// `-` and `|`, corners and crossings `+`, bars and sparkline steps `#`.
  static func asciiForm(of scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E:
      return "-"
    case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F:
      return "|"
    case 0x2500...0x257F:
      return "+"
    case 0x2580...0x259F:
      return "#"
    default:
      return nil
    }
  }
}
