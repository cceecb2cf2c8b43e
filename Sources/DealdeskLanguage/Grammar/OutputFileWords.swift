/// The file an export or a recording writes, and whether the manager said that a file already
/// there may go: "export json to backup.json, replace it". The words are read from the end of
/// the line, so the file's name is everything before them, spaces and all; a name that holds
/// those words itself is written in quotes.
enum OutputFileWords {
  private static let verbs: Set<String> = ["replace", "overwrite"]

  /// The rest of the line as a file name (empty when there is none), and whether it ends in
  /// "replace it" or "overwrite it" (after a comma or "and", or neither).
  /// `example` shows the whole command when the words come with no file before them.
  static func take(_ c: inout Cursor, example: String) throws(ParseError) -> (path: String, replace: Bool) {
    let end = c.tokens.count
    guard end - c.index >= 2, c.tokens[end - 1].kind == .word, c.tokens[end - 1].folded == "it",
      c.tokens[end - 2].kind == .word, verbs.contains(c.tokens[end - 2].folded)
    else { return (c.takeRest(), false) }
    var start = end - 2
    if start > c.index, c.tokens[start - 1].text == "," || (c.tokens[start - 1].kind == .word && c.tokens[start - 1].folded == "and") {
      start -= 1
    }
    let path = c.text(from: c.index, to: start)
    guard !path.isEmpty else {
      throw ParseError("Replace which file?", suggestion: "e.g. \(example)", offset: c.tokens[end - 2].offset)
    }
    c.markText(from: c.index, to: start)
    for i in start..<end where c.tokens[i].kind == .word { c.roles[i] = "command" }
    c.index = end
    return (path, true)
  }
}
