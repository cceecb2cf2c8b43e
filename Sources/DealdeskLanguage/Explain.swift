import DealdeskCore

/// What `explain` prints: the action understood, its slots, each word's role, and the words
/// ignored (none on a line the desk would do: a line with words it cannot place is refused).
public enum Explain {
  public static func render(_ understood: Understood, line: String, context: ParseContext? = nil) -> String {
    var out = ["\(line)", "  action: \(understood.action)"]
    for slot in understood.slots { out.append("  \(slot.name): \(slot.value)") }
    if let context, let words = words(understood, line: line, context: context) { out.append("  words: \(words)") }
    out.append("  ignored: \(understood.ignored.isEmpty ? "nothing" : understood.ignored.joined(separator: ", "))")
    return out.joined(separator: "\n")
  }

  /// "`offer`=command, `Acme`=client, `10%`=percent, `on`=filler, `linen`=category": each
  /// run of words with its role. The grammar's own marks (filler, the command's words, free
  /// text) come first; names, amounts, dates and ids are told from the words; what is left
  /// is a word of the command ("until", "net", "valid"), read by its grammar.
  static func words(_ understood: Understood, line: String, context: ParseContext) -> String? {
    guard var tokens = try? Tokenizer.tokenize(line) else { return nil }
    if tokens.last?.kind == .punctuation, tokens.last?.text == "?" { tokens.removeLast() }
    var runs: [(text: String, role: String)] = []
    var i = 0
    while i < tokens.count {
      let (role, n) = role(at: i, tokens, understood.roles, context)
      let span = max(1, n)
      if tokens[i].kind != .punctuation {
        let text = tokens[i..<min(tokens.count, i + span)].filter { $0.kind != .punctuation }.map(\.text).joined(separator: " ")
        if role != "command", role != "filler", role != "word", let last = runs.last, last.role == role, ["text", "competitor", "approver", "new name", "city", "phone", "email", "alias", "verb"].contains(role) {
          runs[runs.count - 1].text += " " + text
        } else {
          runs.append((text, role))
        }
      }
      i += span
    }
    return runs.map { "`\($0.text)`=\($0.role)" }.joined(separator: ", ")
  }

  private static func role(at i: Int, _ tokens: [Token], _ marked: [Int: String], _ context: ParseContext) -> (String, Int) {
    if let mark = marked[i], mark != "command" { return (mark, 1) }
    if tokens[i].kind == .punctuation { return ("", 1) }
    // The command's own words are a name only when typed as one exactly ("offer" is no
    // "Offerta"); the subject before a subject verb is a name as typed ("acme sent 500").
    let folded = tokens[i].folded
    let isVerbWord = Grammar.verbOpenings.contains(firstWord: folded) || Grammar.subjectOpenings.contains(firstWord: folded)
      || folded == "mark" || folded == "as"
    if marked[i] == "command", isId(tokens[i]) { return ("id", 1) }
    if let found = context.names.match(tokens, at: i, kinds: .anyName, exactOnly: marked[i] == "command" && isVerbWord),
      !(tokens[i].isFiller && found.consumed == 1),
      let ref = found.refs.first {
      switch ref {
      case .client: return ("client", found.consumed)
      case .product: return ("product", found.consumed)
      case .category: return ("category", found.consumed)
      }
    }
    if let mark = marked[i] { return (mark, 1) }
    if let (_, n) = PercentScanner.scan(tokens, at: i) { return ("percent", n) }
    if let (_, n) = QuantityScanner.scan(tokens, at: i) { return ("quantity", n) }
    if let (_, n) = TermsScanner.scan(tokens, at: i) { return ("payment terms", n) }
    if let (_, n) = DateScanner.scan(tokens, at: i, now: context.now, calendar: DeskDate.calendar) { return ("date", n) }
    if let (_, n) = MoneyScanner.scan(tokens, at: i, requireMarker: false) { return ("amount", n) }
    if isId(tokens[i]) { return ("id", 1) }
    // Filler a grammar stepped over without marking it ("paid 500 for S-7").
    if tokens[i].isFiller { return ("filler", 1) }
    if ["everything", "anything", "fabric", "fabrics", "catalog"].contains(tokens[i].folded) { return ("all fabrics", 1) }
    return ("word", 1)
  }

  /// "O-12", "S-7", "K-1", "s7": letters then digits, with or without a dash.
  private static func isId(_ token: Token) -> Bool {
    let text = String(token.text.filter { $0 != "-" })
    guard let firstDigit = text.firstIndex(where: \.isNumber), firstDigit > text.startIndex else { return false }
    return text[..<firstDigit].allSatisfy(\.isLetter) && text[firstDigit...].allSatisfy(\.isNumber)
  }

  /// A parse error with the line and a caret under the word it is about.
  public static func caret(_ error: ParseError, line: String) -> String? {
    guard let offset = error.offset, offset <= line.count, line.count <= 200 else { return nil }
    return "  \(line)\n  \(String(repeating: " ", count: offset))^"
  }
}
