/// A mistyped command word with one clear reading: "countr 13%" is "counter 13%" when that
/// line reads and no other near word's line does. Tried only for a line already refused, so
/// it costs nothing on lines that are understood.
extension Parser {
  /// The line with `token` replaced by the one word of `words` whose line reads, else nil
  /// (none reads, or several do: the manager chooses, the desk does not).
  static func corrected(_ line: String, token: Token, to words: [String], context: ParseContext) -> String? {
    var seen: Set<String> = []
    var reads: [String] = []
    for word in words where seen.insert(word).inserted {
      let candidate = replacing(line, at: token.offset, length: token.text.count, with: word)
      if (try? parse(candidate, context: context, correcting: false)) != nil { reads.append(candidate) }
      if reads.count > 1 { return nil }
    }
    return reads.first
  }

  private static func replacing(_ line: String, at offset: Int, length: Int, with word: String) -> String {
    var characters = Array(line)
    let start = max(0, min(offset, characters.count))
    let end = max(start, min(offset + length, characters.count))
    characters.replaceSubrange(start..<end, with: Array(word))
    return String(characters)
  }
}
