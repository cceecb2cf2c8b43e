/// Words of the language that carry no meaning, and small helpers for wording replies.
enum Lexicon {
  static let fillers: Set<String> = [
    "please", "pls", "the", "a", "an", "of", "for", "to", "on", "with", "me", "my", "some", "at", "and",
    "is", "are", "just", "ok", "okay", "then", "now", "them", "their", "our",
  ]
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
