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
      // Most words are typed in lower case already: the word itself, nothing copied.
      guard s.utf8.contains(where: isASCIIUppercase) else { return s }
      return lowercased(ascii: s.utf8)
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

  static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

  /// Plain-ASCII bytes lowercased, as a string: written straight into the string's storage.
  static func lowercased<Bytes: Collection<UInt8>>(ascii bytes: Bytes) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { buffer in
      var count = 0
      for byte in bytes {
        buffer[count] = isASCIIUppercase(byte) ? byte | 0x20 : byte
        count += 1
      }
      return count
    }
  }

  /// Letters that do not decompose into a base letter and a mark.
  private static let plainSpelling: [Unicode.Scalar: String] = [
    "ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l", "ħ": "h", "æ": "ae", "œ": "oe",
  ]
}
