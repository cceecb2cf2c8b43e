import DealdeskCore

/// "Acme's credit limit is 20k", "Acme's balance", "Acme's open offers": a client named
/// with a possessive, then the thing of theirs the line is about.
enum PossessiveGrammar {
  /// Words that ask about what follows: "what is Acme's balance", "show me Acme's offers".
  private static let asking = ["what is", "what's", "whats", "what are", "show", "list", "tell me", "give me", "how much is"]

  static func line(_ c: inout Cursor) throws(ParseError) -> Understood? {
    let start = c.index
    let asked = c.takeAny(asking) != nil
    c.skipFiller()
    // "drini balance?", "vlora notes": the name and the noun with no possessive, as typed
    // in a hurry; then the noun must end the line (a question), so "drini credit limit 20k"
    // is left to the subject reading ("Acme credit limit 20k" sets it there).
    var found = possessor(c)
    if found == nil, let (id, end) = bareSubject(c) { found = (id, end) }
    guard let (client, end) = found else {
      c.index = start
      return nil
    }
    c.index = end
    c.skipFiller()
    let shown = c.context.desk.clients[client]?.name ?? client
    let intent: Intent
    let action: String
    if c.takeAny(["credit limit", "limit"]) != nil {
      // "Acme's credit limit is 20k" sets it; "what is Acme's credit limit" asks: the card has
      // it. Cut off after "is", the line was setting it, and asks for the figure.
      if asked || c.isAtEnd {
        c.fill("client", shown)
        (intent, action) = (.question(.client(id: client)), "show")
      } else {
        (intent, action) = (try ClientTermsGrammar.creditLimit(&c, client: client), "credit limit")
      }
    } else if c.takeAny(["rating", "reliability", "reliability rating"]) != nil {
      if asked || c.isAtEnd {
        c.fill("client", shown)
        (intent, action) = (.question(.client(id: client)), "show")
      } else {
        (intent, action) = (try ClientTermsGrammar.rate(&c, client: client), "rate")
      }
    } else if let words = c.takeAny(["unpaid orders", "open orders", "orders"] + unpaidInvoices) {
      // "celik invoices not paid yet": their orders invoiced with money outstanding.
      c.fill("client", shown)
      let unpaid = words == "unpaid orders" || unpaidInvoices.contains(words)
      (intent, action) = (.question(.orders(client: client, unpaidOnly: unpaid)), "orders")
    } else if c.takeAny(["reservations", "holds", "reserved stock"]) != nil {
      c.fill("client", shown)
      (intent, action) = (.question(.reservations(client: client)), "reservations")
    } else if let words = c.takeAny(["open complaints", "complaints", "complaint", "claims", "claim", "open claims"]) {
      c.fill("client", shown)
      (intent, action) = (.question(.complaints(client: client, openOnly: words.hasPrefix("open"))), "complaints")
    } else if c.takeAny(["follow-ups", "follow ups", "followups", "follow up", "reminders"]) != nil {
      c.fill("client", shown)
      (intent, action) = (.question(.followUps(client: client)), "follow-ups")
    } else if c.takeAny(["notes", "history", "contact history", "calls"]) != nil {
      c.fill("client", shown)
      (intent, action) = (.question(.notes(client: client)), "notes")
    } else if c.takeAny(["payment terms", "terms"]) != nil {
      // "Acme's terms are 30 days" sets them; "Acme's terms?" asks, and the card shows them.
      if asked || c.isAtEnd {
        c.fill("client", shown)
        (intent, action) = (.question(.client(id: client)), "show")
      } else {
        (intent, action) = (try ClientTermsGrammar.terms(&c, client: client), "terms")
      }
    } else if c.takeAny(["balance", "account"]) != nil {
      c.fill("client", shown)
      (intent, action) = (.question(.balance(client: client)), "balance")
    } else if let words = c.takeAny(["open offers", "offers", "pipeline"]) {
      c.fill("client", shown)
      (intent, action) = (.question(.offers(client: client, openOnly: words != "offers")), "offers")
    } else if c.takeAny(["statement", "statement of account"]) != nil {
      c.fill("client", shown)
      (intent, action) = (.question(.statement(client: client)), "statement")
    } else if c.takeAny(["last order", "latest order"]) != nil {
      c.fill("client", shown)
      (intent, action) = (try QuestionGrammar.latestOrder(of: client, &c), "last order")
    } else {
      c.index = start
      return nil
    }
    c.skipFiller()
    guard c.isAtEnd else { throw c.unexpected() }
    return Understood(intent: intent, action: action, client: client, slots: c.slots, ignored: c.ignored, roles: c.roles)
  }

  /// A client's invoices still to be paid: their unpaid orders (an order is invoiced when shipped).
  static let unpaidInvoices = [
    "unpaid invoices", "invoices not paid yet", "invoices not paid", "invoices unpaid", "invoices still unpaid", "open invoices",
    "invoices still open", "invoices outstanding", "outstanding invoices",
  ]

  /// The nouns a bare client name may be followed by to ask about them.
  private static let bareNouns = unpaidInvoices + [
    "balance", "account", "unpaid orders", "open orders", "orders", "reservations", "holds", "reserved stock",
    "open complaints", "complaints", "complaint", "claims", "claim", "open claims", "follow-ups", "follow ups", "followups", "follow up",
    "reminders", "notes", "history", "contact history", "calls", "payment terms", "terms", "open offers", "offers", "pipeline",
    "last order", "latest order", "credit limit", "limit", "rating", "reliability", "statement",
  ]

  private static let bareHeads: Set<String> = Set(bareNouns.map { String($0.split(separator: " ").last ?? "") })

  /// A client named with no possessive, then one of `bareNouns` and nothing but filler or a
  /// question mark after it: the client and the token after the name.
  private static func bareSubject(_ line: Cursor) -> (String, Int)? {
    // Short lines with one of the nouns in them only: most lines are passed over unread.
    // The noun comes after a name, never first ("offers" is the listing, not a client).
    guard line.tokens.count - line.index <= 6, line.tokens.count > line.index + 1,
      line.tokens[(line.index + 1)...].contains(where: { bareHeads.contains($0.folded) })
    else { return nil }
    var c = line
    guard c.current?.kind == .word, let id = try? c.client() else { return nil }
    while [":", "-", "–", "—"].contains(c.current?.text ?? "") { c.index += 1 }  // "drini: balance", "vlora - notes"
    let end = c.index
    guard c.takeAny(bareNouns) != nil else { return nil }
    c.skipFiller()
    return c.isAtEnd ? (id, end) : nil
  }

  /// The client a possessive names ("Acme's", "Acme Textiles’s") and the token after it.
  static func possessor(_ c: Cursor) -> (String, Int)? {
    let limit = min(c.tokens.count, c.index + 4)
    for i in c.index..<limit {
      let token = c.tokens[i]
      guard token.kind == .word else { return nil }
      // Either ending's last character is a plain "s", so its last byte is one: most words
      // are passed over on that, before counting their characters.
      guard token.text.utf8.last == UInt8(ascii: "s"), token.text.count > 2,
        token.text.hasSuffix("'s") || token.text.hasSuffix("’s")
      else { continue }
      let stem = Token(kind: .word, text: String(token.text.dropLast(2)), offset: token.offset, length: token.length - 2)
      let words = Array(c.tokens[c.index..<i]) + [stem]
      guard let found = c.context.names.match(words, at: 0, kinds: .clients), found.consumed == words.count,
        found.refs.count == 1, case .client(let id)? = found.refs.first
      else { return nil }
      return (id, i + 1)
    }
    return nil
  }
}
