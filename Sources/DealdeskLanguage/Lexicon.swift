/// Words of the language that carry no meaning, and small helpers for wording replies.
enum Lexicon {
  static let fillers: Set<String> = [
    "please", "pls", "the", "a", "an", "of", "for", "to", "on", "with", "me", "my", "some", "at", "and",
    "is", "are", "just", "ok", "okay", "then", "now", "them", "their", "our",
  ]
  /// Whether a word is filler, reserved (`Grammar.reserved`), or both. Asked of every word
  /// of every line, so it is one lookup where asking the two sets cost two, and most words
  /// are answered before any lookup (see `RoleShapes`).
  static func roles(of word: String) -> (isFiller: Bool, isReserved: Bool) {
    guard roleShapes.mayHave(word) else { return (false, false) }
    return roles[word] ?? (false, false)
  }

  private static let roles: [String: (isFiller: Bool, isReserved: Bool)] = {
    var roles: [String: (isFiller: Bool, isReserved: Bool)] = [:]
    for word in fillers.union(Grammar.reserved) {
      roles[word] = (fillers.contains(word), Grammar.reserved.contains(word))
    }
    return roles
  }()

  private static let roleShapes = WordShapes(roles.keys)
  static let fillerPunctuation: Set<String> = [",", ":", ";", ".", "!"]

  static func isFiller(_ token: Token) -> Bool { token.isFiller }

  /// A scanner's lower-case phrase as a sentence: "there is no 31 February" → "There is no 31 February."
  static func sentence(_ phrase: String) -> String {
    guard let first = phrase.first else { return phrase }
    let text = first.uppercased() + phrase.dropFirst()
    return text.hasSuffix(".") ? text : text + "."
  }

  /// "a", "a or b", "a, b or c"
  static func orList(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " or " + last
  }
}
