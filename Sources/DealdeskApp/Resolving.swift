import DealdeskLanguage

public typealias ParseErrorAmbiguity = DealdeskLanguage.ParseError.Ambiguity

extension Session {
  /// Replaces the ambiguous span of `line` with the chosen name in quotes, to run it again.
  public static func resolving(_ line: String, ambiguity: ParseErrorAmbiguity, choice: String) -> String {
    var chars = Array(line)
    let start = max(0, min(ambiguity.offset, chars.count))
    let end = max(start, min(ambiguity.offset + ambiguity.length, chars.count))
    chars.replaceSubrange(start..<end, with: Array("\"\(choice)\""))
    return String(chars)
  }
}
