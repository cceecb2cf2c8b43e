/// The few character tests the lexer relies on, kept in one place so they agree.
enum CharacterClass {
  /// ASCII digits only: "٣" or "½" are not something a price is written with here.
  static func isDigit(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue, character.unicodeScalars.count == 1 else {
      return false
    }
    return ascii >= 48 && ascii <= 57
  }

  static func isPunctuation(_ character: Character) -> Bool {
    punctuation.contains(character)
  }

  /// The same test for a byte of a plain-ASCII line, asked of every byte: no `Character` made.
  static func isPunctuation(ascii byte: UInt8) -> Bool {
    punctuationBytes.contains(byte)
  }

  /// Straight and curly opening quotes both start a literal name.
  static func opensQuote(_ character: Character) -> Bool {
    character == "\"" || character == "\u{201C}"
  }

  /// Either closing quote ends it: editors mix straight and curly quotes freely.
  static func closesQuote(_ character: Character) -> Bool {
    character == "\"" || character == "\u{201D}"
  }

  private static let punctuationMarks = ",:;?!()"
  private static let punctuation = Set(punctuationMarks)
  private static let punctuationBytes = Array(punctuationMarks.utf8)
}
