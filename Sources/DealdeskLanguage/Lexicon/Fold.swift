import Foundation

/// The matching form of a word: what a manager means, whatever keyboard they typed it on.
public enum Fold {
  /// Lowercased, diacritics removed: "ÇELIK", "Çelik" and "çelik" all become "celik".
  ///
  /// Canonical decomposition splits "ç" into "c" plus a combining cedilla, so dropping the
  /// combining marks removes every accent at once. A few letters are separate letters
  /// rather than accented ones ("ß", Turkish "ı", "ø"…); those are spelled out so that a
  /// client typed on a German or Turkish keyboard still matches. Curly quotes and every
  /// other symbol are kept as they are.
  public static func fold(_ s: String) -> String {
    // Most of what a manager types is plain ASCII, where folding is lowercasing; Foundation's
    // decomposition costs more than the rest of reading the word.
    if s.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
    var folded = String.UnicodeScalarView()
    for scalar in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if let spelled = plainSpelling[scalar] {
        folded.append(contentsOf: spelled.unicodeScalars)
      } else {
        folded.append(scalar)
      }
    }
    return String(folded)
  }

  /// Letters that do not decompose into a base letter and a mark.
  private static let plainSpelling: [Unicode.Scalar: String] = [
    "ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l", "ħ": "h", "æ": "ae", "œ": "oe",
  ]
}
