import DealdeskLanguage
import Foundation

/// Tab completion, from the same command table and name index the parser uses.
extension Session {
  /// Candidates that replace the word starting at character offset `wordStart` (the
  /// cursor is at the end of `line`). Multi-word names complete as wholes: after
  /// "show Acme Te", the candidate for "Te" is "Textiles".
  public func completions(line: String, wordStart: Int) -> [String] {
    let chars = Array(line)
    let start = max(0, min(wordStart, chars.count))
    let before = String(chars[..<start])
    let word = String(chars[start...])
    let previous = before.split(whereSeparator: \.isWhitespace).map(String.init)
    var found: [String] = []
    if previous.isEmpty {
      found = verbs(completing: word)
      found += names.completions(startingWith: word, kinds: [.client])
    } else {
      found = verbs(after: previous, completing: word)
      // Try the longest run of typed words that still starts a name.
      for back in stride(from: min(previous.count, 4), through: 0, by: -1) {
        let typed = (previous.suffix(back) + [word]).joined(separator: " ")
        let matches = names.completions(startingWith: typed, kinds: [.client, .product, .category])
        if matches.isEmpty { continue }
        found += matches.compactMap { name -> String? in
          let words = name.split(separator: " ").map(String.init)
          guard words.count > back else { return nil }
          return words.dropFirst(back).joined(separator: " ")
        }
        break
      }
    }
    var unique: [String] = []
    for candidate in found where !unique.contains(candidate) { unique.append(candidate) }
    return unique
  }

  private func verbs(completing word: String) -> [String] {
    let folded = Fold.fold(word)
    return Grammar.verbWords.compactMap { $0.split(separator: " ").first.map(String.init) }
      .filter { $0.hasPrefix(folded) }
      .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
  }

  /// The next word of a multi-word verb: "add c" → "client".
  private func verbs(after previous: [String], completing word: String) -> [String] {
    let typed = previous.map { Fold.fold($0) }
    let folded = Fold.fold(word)
    return Grammar.verbWords.compactMap { verb -> String? in
      let words = verb.split(separator: " ").map(String.init)
      guard words.count > typed.count, Array(words.prefix(typed.count)) == typed else { return nil }
      let next = words[typed.count]
      return next.hasPrefix(folded) ? next : nil
    }
  }
}
