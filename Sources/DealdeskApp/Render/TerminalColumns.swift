/// How many columns of a terminal a character takes, as wcwidth(3) counts them: two for
/// the wide characters of East Asian scripts and for emoji, none for marks drawn on the
/// character before and for invisible joiners, one for the rest. A client named in Chinese
/// or Japanese then lines up in a table instead of pushing its row two columns per
/// character past the others.
public enum TerminalColumns {
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return 1 }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if properties.isVariationSelector { return 0 }
    if properties.isEmojiPresentation { return 2 }
    return wide.contains { $0.contains(value) } ? 2 : 1
  }

  /// The columns `text` takes; colour escapes are not counted.
  public static func of(_ text: String) -> Int {
    Style.plain(text).unicodeScalars.reduce(0) { $0 + of($1) }
  }

  /// The East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W and F), as
  /// glibc's wcwidth has them; emoji are found by their property instead.
  private static let wide: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
    0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
    0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x18AFF, 0x1B000...0x1B2FF,
    0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
