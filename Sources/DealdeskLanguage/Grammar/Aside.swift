/// A reason or remark added after a command, set off by a comma, a dash, a colon or a word
/// that gives a reason: "rate Acme B, pays two weeks late", "Acme reliable - never missed a
/// payment". A command that keeps a note stores it; one that keeps none leaves the words
/// unread, and the line is refused naming them.
enum Aside {
  /// The aside at the cursor, as typed, taking the rest of the line; nil when none starts here.
  static func take(_ c: inout Cursor) -> String? {
    let start = c.index
    var opened = false
    while let token = c.current, token.kind == .punctuation, [",", ":", ";", "-"].contains(token.text) || token.text == "." {
      c.index += 1
      opened = true
    }
    if c.takeAny(["-", "–", "—", "because", "since", "as", "bc", "cause"]) != nil { opened = true }
    let text = opened ? c.takeRest() : ""
    guard !text.isEmpty else {
      c.index = start
      return nil
    }
    return text
  }
}
