/// The lengths and first letters of a small set of words, to say "not one of them" about
/// most words without hashing them: a name's words rarely share both with a filler.
///
/// Only ever answers "no" for a word that cannot be in the set: a plain-ASCII word whose
/// length and first byte no word of the set has (a word equal to one of these plain words
/// has the same bytes). Anything else, including every non-ASCII or long word, is "maybe";
/// and so is every word, should the set itself hold a word that is not plain and short.
struct WordShapes: Sendable {
  private static let longest = 32
  /// Indexed by `length * 128 + first byte`.
  private var seen = [Bool](repeating: false, count: longest * 128)
  private var allPlain = true

  init<Words: Sequence<String>>(_ words: Words) {
    for word in words {
      if let index = Self.index(word) { seen[index] = true } else { allPlain = false }
    }
  }

  func mayHave(_ word: String) -> Bool {
    guard allPlain, let index = Self.index(word) else { return true }
    return seen[index]
  }

  /// Nil for the words not told apart this way (they are always "maybe").
  private static func index(_ word: String) -> Int? {
    let utf8 = word.utf8
    guard let first = utf8.first, first < 0x80, utf8.count < longest else { return nil }
    return utf8.count * 128 + Int(first)
  }
}

/// A set of words asked about every word of a line: most words are passed over on their
/// shape (see `WordShapes`) before being hashed.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private let words: Set<String>
  private let shapes: WordShapes

  init(arrayLiteral words: String...) { self.init(words) }

  init<Words: Sequence<String>>(_ words: Words) {
    self.words = Set(words)
    shapes = WordShapes(self.words)
  }

  func contains(_ word: String) -> Bool {
    shapes.mayHave(word) && words.contains(word)
  }
}
