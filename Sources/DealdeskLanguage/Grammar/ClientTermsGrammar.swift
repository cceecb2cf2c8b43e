import DealdeskCore
import Foundation

/// A client's own terms: credit limit, payment terms, reliability.
enum ClientTermsGrammar {
  /// "credit limit 20,000" after the client was named (or before: "credit limit Acme 20k").
  static func creditLimit(_ c: inout Cursor, client named: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    var client = named
    if client == nil { client = try c.client() }
    c.skipFiller()
    _ = c.takeAny(["credit limit", "limit"])
    c.skipFiller()
    _ = c.takeAny(["is", "to", "of"])
    var limit: Decimal?
    if c.takeAny(["none", "no limit", "off", "unlimited"]) == nil {
      guard let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else {
        throw c.error("What limit?", suggestion: "e.g. set Acme credit limit 20,000")
      }
      try checkCurrency(money, &c)
      c.index += n
      limit = money.amount
    }
    let id = try c.clientOrContext(client, example: "set Acme credit limit 20,000")
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    c.fill("credit limit", limit.map { Money.plain($0) } ?? "none")
    return .command(.setCreditLimit(client: id, limit: limit))
  }

  /// "set Acme terms net 45", "Acme's terms are 30 days": the terms after the client.
  static func terms(_ c: inout Cursor, client: String) throws(ParseError) -> Intent {
    c.skipFiller()
    _ = c.takeAny(["payment terms", "terms", "payment"])
    c.skipFiller()
    // "change drini's terms to net 60": "to" says what they become.
    _ = c.takeAny(["to", "are", "is", "become", "now"])
    c.skipFiller()
    guard let terms = try when(&c) else {
      throw c.error("Which terms?", suggestion: "e.g. set Acme terms net 45, or prepayment")
    }
    c.fill("client", c.context.desk.clients[client]?.name ?? client)
    return .command(.setClientTerms(client: client, terms: terms))
  }

  /// "terms Acme net 45", "payment terms net 60 for Bora", "terms prepayment" (the client in context).
  static func termsLine(_ c: inout Cursor) throws(ParseError) -> Intent {
    c.skipFiller()
    var named = try c.client()
    c.skipFiller()
    guard let terms = try when(&c) else {
      throw c.isAtEnd ? c.error("Which terms?", suggestion: "e.g. terms Acme net 45, or terms Acme prepayment") : c.unexpected(kinds: .clients)
    }
    c.skipFiller()
    if named == nil { named = try c.client() }
    let id = try c.clientOrContext(named, example: "terms Acme net 45")
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    return .command(.setClientTerms(client: id, terms: terms))
  }

  /// Verbs that say how a client pays, before terms: "Acme pays in 45 days", "Acme gets 60
  /// days to pay", "they are on net 30", "Acme buys on prepayment"; "on" alone after "they're".
  private static let payVerbs = [
    "pays", "pay", "will pay", "can pay", "gets", "get", "has", "have", "is on", "are on", "buys on", "buy on", "is", "are",
    "on", "terms are", "terms", "payment terms are", "payment terms",
  ]

  private static let payVerbWords = WordSet(payVerbs.flatMap { $0.split(separator: " ").map(String.init) })

  /// A sentence about when a client pays: the client (or "they"), a verb of paying, then
  /// terms. Only when terms follow the verb: "Acme pays 500" is a payment, and "Acme has a
  /// complaint" some other line; nil for those.
  static func sentence(_ c: inout Cursor) throws(ParseError) -> Understood? {
    let start = c.index
    // "from now on celik pays net 60": terms change from now, as every change on the desk does.
    let roles = c.roles
    if c.takeAny(["from now on", "from now", "going forward", "from today on", "from today"]) != nil {
      for i in start..<c.index { c.roles[i] = "filler" }
      c.skipPunctuation()
    }
    defer { if c.index == start { c.roles = roles } }
    // A line with no word of paying after its first is no terms sentence: no name looked up.
    guard c.tokens[c.index...].dropFirst().contains(where: { payVerbWords.contains($0.folded) }) else {
      c.index = start
      return nil
    }
    // A command's word opens that command ("note Acme …"), unless it is a client's name exactly.
    if let word = c.word(), Grammar.verbOpenings.contains(firstWord: word), !c.context.names.hasExactName(c.tokens, at: c.index, kinds: .clients) {
      c.index = start
      return nil
    }
    var client: String?
    if c.takeAny(Parser.pronouns) != nil {
      client = c.context.contextClient.flatMap { c.context.desk.clients[$0] != nil ? $0 : nil }
    } else if c.current?.kind == .word || c.current?.kind == .quoted {
      // A name that fits several clients is asked about by the line's own command, if it is not terms.
      client = try? c.client()
    }
    guard let client, c.takeAny(payVerbs) != nil, let terms = try when(&c) else {
      c.index = start
      return nil
    }
    _ = c.takeAny(["to pay", "to settle", "for payment", "from now on", "from now"])
    c.skipFiller()
    guard c.isAtEnd else { throw c.unexpected() }
    c.fill("client", c.context.desk.clients[client]?.name ?? client)
    return Understood(
      intent: .command(.setClientTerms(client: client, terms: terms)), action: "terms", client: client, slots: c.slots,
      ignored: c.ignored, roles: c.roles)
  }

  /// Terms as a manager says them after a verb: "net 45", "in 45 days", "within 30 days",
  /// "prepayment", "upfront", "in advance", "on delivery", "cash on delivery".
  private static func when(_ c: inout Cursor) throws(ParseError) -> PaymentTerms? {
    let start = c.index
    var found: PaymentTerms?
    if c.takeAny(["upfront", "up front", "in advance", "before delivery", "before shipping", "before shipment"]) != nil {
      found = .prepayment
    } else if c.takeAny(["on delivery", "cash on delivery", "when delivered", "on receipt"]) != nil {
      found = .cashOnDelivery
    }
    if let found {
      c.fill("payment", found.label)
      return found
    }
    _ = c.takeAny(["in", "within", "after", "at", "on"])
    if let terms = try Terms.payment(&c) { return terms }
    c.index = start
    return nil
  }

  private static let asideOpeners: Set<String> = ["-", "–", "—", "because", "since", "as", "bc", "cause"]

  /// "rate Acme reliability B", and after a client: "Acme is rated B", "Acme is unreliable".
  static func rate(_ c: inout Cursor, client subject: String?) throws(ParseError) -> Intent {
    let verb = c.index > 0 ? c.tokens[c.index - 1].folded : ""
    var named = subject.flatMap { c.context.desk.clients[$0]?.id }
    if subject == nil {
      c.skipFiller()
      named = try c.client()
    }
    let grade: String
    if subject != nil, verb == "reliable" || verb == "unreliable" {
      // The words for the ends of the scale: reliable is the best grade, unreliable the worst.
      let negated = c.index >= 2 && c.tokens[c.index - 2].folded == "not"
      grade = verb == "reliable" && !negated ? "A" : "D"
    } else {
      // "A" is a grade here, not the filler word.
      skipFillerBeforeGrade(&c)
      _ = c.takeAny(["reliability", "as", "rating"])
      skipFillerBeforeGrade(&c)
      guard let token = c.current, token.kind == .word else {
        throw c.error("What rating, A (best) to D?", suggestion: "e.g. rate Acme reliability B")
      }
      c.index += 1
      grade = token.text.uppercased()
    }
    let note = Aside.take(&c)
    let id = try c.clientOrContext(named, example: "rate Acme reliability B")
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    c.fill("reliability", grade)
    if let note { c.fill("note", note) }
    return .command(.rateReliability(client: id, grade: grade, note: note))
  }

  /// Filler up to the grade; "a" counts as filler only before another word ("rated a B"),
  /// not before the end, punctuation or an aside ("rate Vlora A - never missed a payment").
  private static func skipFillerBeforeGrade(_ c: inout Cursor) {
    while let token = c.current, c.isFiller(token) {
      if token.folded == "a", c.index + 1 == c.tokens.count || c.isPunctuation(1) || asideOpeners.contains(c.word(1) ?? "") { return }
      c.index += 1
    }
  }
}
