/// Cuts a typed line into words, quoted names and punctuation.
///
/// One pass over the characters, each looked at a bounded number of times, so that a
/// pasted 100 kB line costs no more than reading it. Offsets count `Character`s, which
/// is what a terminal shows and where a caret goes.
public enum Tokenizer {
  public static func tokenize(_ line: String) throws(LexError) -> [Token] {
    let characters = Array(line)
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
      if character.isWhitespace {
        endWord(at: index)
        index += 1
      } else if CharacterClass.opensQuote(character) {
        endWord(at: index)
        guard let close = closingQuote(in: characters, after: index) else {
          throw LexError(message: "unclosed quote", offset: index)
        }
        tokens.append(
          Token(
            kind: .quoted, text: String(characters[(index + 1)..<close]),
            offset: index, length: close - index + 1))
        index = close + 1
      } else if CharacterClass.isPunctuation(character)
        && !isNumberSeparator(characters, at: index)
      {
        endWord(at: index)
        tokens.append(Token(kind: .punctuation, text: String(character), offset: index, length: 1))
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
  private static func isNumberSeparator(_ characters: [Character], at index: Int) -> Bool {
    let character = characters[index]
    guard character == "," || character == ":" else { return false }
    guard index > 0, index + 1 < characters.count else { return false }
    return CharacterClass.isDigit(characters[index - 1])
      && CharacterClass.isDigit(characters[index + 1])
  }

  private static func closingQuote(in characters: [Character], after open: Int) -> Int? {
    var index = open + 1
    while index < characters.count {
      if CharacterClass.closesQuote(characters[index]) { return index }
      index += 1
    }
    return nil
  }

  /// A sentence may end right after a word ("call Acme."), so full stops at the end of a
  /// word become punctuation; dots inside it ("12.40", "jane@acme.al") stay.
  private static func appendWord(
    _ characters: [Character], _ range: Range<Int>, to tokens: inout [Token]
  ) {
    var wordEnd = range.upperBound
    while wordEnd > range.lowerBound && characters[wordEnd - 1] == "." { wordEnd -= 1 }
    if wordEnd > range.lowerBound {
      tokens.append(
        Token(
          kind: .word, text: String(characters[range.lowerBound..<wordEnd]),
          offset: range.lowerBound, length: wordEnd - range.lowerBound))
    }
    for dot in wordEnd..<range.upperBound {
      tokens.append(Token(kind: .punctuation, text: ".", offset: dot, length: 1))
    }
  }
}
