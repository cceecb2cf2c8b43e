import DealdeskCore

/// Aliases, other names a client goes by: "alias Acme as ACT", "add alias ACT for Acme",
/// "Acme is also called ACT", "Acme aka ACT", "call Acme ACT"; "remove alias ACT",
/// "unalias ACT", "Acme is no longer called ACT". The commands are in ClientGrammar's table.
enum AliasGrammar {
  static let addingSubjectVerbs = [
    "is also called", "are also called", "is also known as", "are also known as", "known as", "aka", "a.k.a",
    "goes by", "go by",
  ]
  static let removingSubjectVerbs = [
    "is no longer called", "are no longer called", "is no longer known as", "no longer goes by", "no longer go by",
  ]

  static func add(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    // Filler is not skipped before the alias: it is the alias itself in "alias Acme as AT",
    // and AliasWords says why it cannot be one.
    if let subject {
      let id = try client(subject, c)
      c.skipPunctuation()  // "Acme a.k.a. ACT"
      return try adding(&c, upTo: c.tokens.count, client: id)
    }
    c.skipPunctuation()
    // "add alias ACT for Acme"; an "as" first means the client came first ("alias Acme as Made for Kids").
    if let (end, id) = try clientAfter(c, words: ["for", "to"], unless: "as") {
      return try adding(&c, upTo: end, client: id)
    }
    if let id = try c.client() {  // "alias Acme as ACT", "alias Acme ACT"
      c.skipPunctuation()
      _ = c.takeAny(["as", "="])
      c.skipPunctuation()
      return try adding(&c, upTo: c.tokens.count, client: id)
    }
    // "add alias ACT" during a call, or with the client just shown: the words are the new name.
    c.mark(from: c.index, to: c.tokens.count, as: "alias")
    let id = try c.clientOrContext(nil, example: "alias Acme as ACT")
    return try adding(&c, upTo: c.tokens.count, client: id)
  }

  static func remove(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    var named: String?
    if let subject { named = try client(subject, c) }
    c.skipPunctuation()
    var end = c.tokens.count
    if named == nil, let (at, id) = try clientAfter(c, words: ["from", "for", "of"]) {  // "remove alias ACT from Acme"
      end = at
      named = id
    }
    let alias = text(&c, upTo: end)
    guard !alias.isEmpty else { throw ParseError("Which alias?", suggestion: "e.g. remove alias ACT") }
    // The alias says whose it is; with no client owning it, the client named or in context
    // gets to say which aliases it does have.
    let desk = c.context.desk
    guard let id = named ?? desk.aliasOwner(alias)?.client.id ?? c.context.contextClient.flatMap({ desk.clients[$0]?.id }) else {
      throw ParseError("No client is called \(alias).", suggestion: "`show` a client to see the names it goes by.")
    }
    c.fill("client", desk.clients[id]?.name ?? id)
    c.fill("alias", alias)
    return .command(.removeAlias(client: id, alias: alias))
  }

  /// "call Acme ACT": a name after the client in a call line. Only a word written like a name
  /// (quoted, or with a capital: "ACT", "Acmetex") counts, and not one that reads as a date
  /// or a number, so "call Acme now" and "call Acme back" keep meaning what they did (a call,
  /// or an error; "call Acme Friday" is a follow-up, read before this). Nil when the words
  /// after the client are no name.
  static func naming(_ c: inout Cursor, client id: String) throws(ParseError) -> Intent? {
    guard let token = c.current, token.kind == .quoted || (token.kind == .word && token.text.contains(where: \.isUppercase))
    else { return nil }
    if AliasWords.reading(Array(c.tokens[c.index...]), now: c.context.now) != nil { return nil }
    return try adding(&c, upTo: c.tokens.count, client: id)
  }

  private static func adding(_ c: inout Cursor, upTo end: Int, client id: String) throws(ParseError) -> Intent {
    let name = c.context.desk.clients[id]?.name ?? id
    let offset = c.current?.offset
    let alias = text(&c, upTo: end)
    guard !alias.isEmpty else {
      throw ParseError("What else is \(name) called?", suggestion: "e.g. alias \(name) as ACT")
    }
    if let problem = AliasWords.problem(alias, now: c.context.now) {
      throw ParseError(
        "\"\(alias)\" \(problem), so it can't stand for \(name).", suggestion: "Choose a name that reads as nothing else.",
        offset: offset)
    }
    c.fill("client", name)
    c.fill("alias", alias)
    return .command(.addAlias(client: id, alias: alias))
  }

  /// The words from the cursor up to `end`, as typed, without a closing full stop; then the
  /// whole line counts as read (a "for Acme" after `end` was read by `clientAfter`).
  private static func text(_ c: inout Cursor, upTo end: Int) -> String {
    var last = end
    while last > c.index, c.tokens[last - 1].kind == .punctuation, Lexicon.fillerPunctuation.contains(c.tokens[last - 1].text) {
      last -= 1
    }
    let text = c.text(from: c.index, to: last)
    c.index = c.tokens.count
    return text
  }

  /// "ACT for Acme": where a "for" (or another of `words`) comes after at least one word and
  /// is followed by a client that ends the line, that word's position and the client. Nil
  /// when the word `unless` comes first.
  private static func clientAfter(_ c: Cursor, words: Set<String>, unless stop: String? = nil) throws(ParseError) -> (Int, String)? {
    var i = c.index + 1
    while i < c.tokens.count {
      if c.tokens[i].kind == .word, c.tokens[i].folded == stop { return nil }
      if c.tokens[i].kind == .word, words.contains(c.tokens[i].folded) {
        var probe = c
        probe.index = i + 1
        probe.skipFiller()
        if let id = try probe.client() {
          probe.skipFiller()
          if probe.isAtEnd { return (i, id) }
        }
      }
      i += 1
    }
    return nil
  }

  /// The subject of "Acme is also called ACT" must be a client, not an offer or an order.
  private static func client(_ subject: String, _ c: Cursor) throws(ParseError) -> String {
    guard c.context.desk.clients[subject] != nil else {
      throw ParseError("Only a client goes by other names.", suggestion: "e.g. Acme is also called ACT")
    }
    return subject
  }
}
