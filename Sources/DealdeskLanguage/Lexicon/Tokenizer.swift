/// Cuts a typed line into words, quoted names and punctuation.
///
/// One pass over the characters, each looked at a bounded number of times, so that a
/// pasted 100 kB line costs no more than reading it. Offsets count `Character`s, which
/// is what a terminal shows and where a caret goes.
public enum Tokenizer {
  public static func tokenize(_ line: String) throws(LexError) -> [Token] {
    // Printable ASCII is one byte per character: the same pass over bytes gives the same
    // tokens and offsets at a fraction of the cost of splitting into `Character`s.
    if line.utf8.allSatisfy({ (0x20..<0x7F).contains($0) || $0 == 0x09 }) {
      return try tokenize(Array(line.utf8))
    }
    return try tokenize(Array(line))
  }

  private static func tokenize<Unit: LineUnit>(_ characters: [Unit]) throws(LexError) -> [Token] {
    var tokens: [Token] = []
    var wordStart: Int?
    var index = 0

    func endWord(at end: Int) {
      guard let start = wordStart else { return }
      wordStart = nil
      appendWord(characters, start..<end, to: &tokens)
    }

    while index < characters.count {
      let character = characters[index]
      if character.isSpace {
        endWord(at: index)
        index += 1
      } else if character.opensQuote {
        endWord(at: index)
        guard let close = closingQuote(in: characters, after: index) else {
          throw LexError(message: "unclosed quote", offset: index)
        }
        tokens.append(
          Token(
            kind: .quoted, text: Unit.text(characters[(index + 1)..<close]),
            offset: index, length: close - index + 1))
        index = close + 1
      } else if character.isPunctuationMark && !isNumberSeparator(characters, at: index) {
        endWord(at: index)
        tokens.append(Token(kind: .punctuation, text: Unit.text(characters[index...index]), offset: index, length: 1))
        index += 1
      } else {
        if wordStart == nil { wordStart = index }
        index += 1
      }
    }
    endWord(at: characters.count)
    return tokens
  }

  /// "5,000", "12,40" and "10:00" are one word: the separator belongs to the number.
  private static func isNumberSeparator<Unit: LineUnit>(_ characters: [Unit], at index: Int) -> Bool {
    guard characters[index].isNumberSeparator else { return false }
    guard index > 0, index + 1 < characters.count else { return false }
    return characters[index - 1].isDigit && characters[index + 1].isDigit
  }

  private static func closingQuote<Unit: LineUnit>(in characters: [Unit], after open: Int) -> Int? {
    var index = open + 1
    while index < characters.count {
      if characters[index].closesQuote { return index }
      index += 1
    }
    return nil
  }

  /// A sentence may end right after a word ("call Acme."), so full stops at the end of a
  /// word become punctuation; dots inside it ("12.40", "jane@acme.al") stay.
  private static func appendWord<Unit: LineUnit>(
    _ characters: [Unit], _ range: Range<Int>, to tokens: inout [Token]
  ) {
    var wordEnd = range.upperBound
    while wordEnd > range.lowerBound && characters[wordEnd - 1].isFullStop { wordEnd -= 1 }
    if wordEnd > range.lowerBound {
      let units = characters[range.lowerBound..<wordEnd]
      let text = Unit.text(units)
      tokens.append(
        Token(
          kind: .word, text: text, folded: Unit.folded(units, text: text),
          offset: range.lowerBound, length: wordEnd - range.lowerBound))
    }
    for dot in wordEnd..<range.upperBound {
      tokens.append(Token(kind: .punctuation, text: ".", offset: dot, length: 1))
    }
  }
}

/// What the tokenizer reads a line as: `Character`s, or bytes when the line is plain ASCII.
protocol LineUnit {
  var isSpace: Bool { get }
  var opensQuote: Bool { get }
  var closesQuote: Bool { get }
  var isPunctuationMark: Bool { get }
  var isNumberSeparator: Bool { get }
  var isDigit: Bool { get }
  var isFullStop: Bool { get }
  static func text(_ units: ArraySlice<Self>) -> String
  /// `Fold.fold(text)`, where `text` is these units' text.
  static func folded(_ units: ArraySlice<Self>, text: String) -> String
}

extension Character: LineUnit {
  var isSpace: Bool { isWhitespace }
  var opensQuote: Bool { CharacterClass.opensQuote(self) }
  var closesQuote: Bool { CharacterClass.closesQuote(self) }
  var isPunctuationMark: Bool { CharacterClass.isPunctuation(self) }
  var isNumberSeparator: Bool { self == "," || self == ":" }
  var isDigit: Bool { CharacterClass.isDigit(self) }
  var isFullStop: Bool { self == "." }
  static func text(_ units: ArraySlice<Character>) -> String { String(units) }
  static func folded(_ units: ArraySlice<Character>, text: String) -> String { Fold.fold(text) }
}

extension UInt8: LineUnit {
  var isSpace: Bool { self == 0x20 || self == 0x09 }
  var opensQuote: Bool { self == UInt8(ascii: "\"") }
  var closesQuote: Bool { self == UInt8(ascii: "\"") }
  var isPunctuationMark: Bool { CharacterClass.isPunctuation(ascii: self) }
  var isNumberSeparator: Bool { self == UInt8(ascii: ",") || self == UInt8(ascii: ":") }
  var isDigit: Bool { (0x30...0x39).contains(self) }
  var isFullStop: Bool { self == UInt8(ascii: ".") }
  static func text(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
  /// Folding plain ASCII is lowercasing it (see `Fold.fold`), done on the bytes at hand;
  /// a word already in lower case is its own text.
  static func folded(_ units: ArraySlice<UInt8>, text: String) -> String {
    guard units.contains(where: Fold.isASCIIUppercase) else { return text }
    return Fold.lowercased(ascii: units)
  }
}
