import DealdeskCore

/// Questions a manager asks in passing during a call: what a client bought last, whether a
/// fabric is in stock, when they last spoke. Each answers with a view the desk already has.
enum QuestionGrammar {
  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "last order", family: OrderGrammar.family, verbs: ["what did", "last order", "latest order"],
      summary: "The purchase document of a client's most recent order.",
      usage: "what did CLIENT buy last   last order CLIENT",
      examples: ["what did Acme buy last", "last order Acme"],
      parse: { c, _ throws(ParseError) in try lastOrder(&c) }),
    CommandSpec(
      name: "in stock", family: CatalogGrammar.family, verbs: ["do we have", "have we got", "stock of"],
      summary: "A fabric's card, with its stock and dye lots.",
      usage: "is PRODUCT in stock   do we have PRODUCT",
      examples: ["is linen 220 in stock", "do we have linen 220"],
      parse: { c, _ throws(ParseError) in try inStock(&c) }),
    CommandSpec(
      name: "last contact", family: DayGrammar.family,
      verbs: ["when did i last talk to", "when did i last speak to", "when did i last talk with", "when did we last talk to",
              "when did i last call", "last contact", "last talked to", "when did i last speak", "when did i last see",
              "when did i last meet", "when did we last speak", "when did we last talk", "when did we last meet",
              "last time i spoke", "last time i talked", "last time we spoke", "last time we talked", "last time i saw"],
      summary: "The latest call, meeting or note with a client.",
      usage: "when did I last talk to CLIENT   last contact with CLIENT",
      examples: ["when did I last talk to Acme", "last contact with Acme"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        _ = c.takeAny(["with", "to"])
        let named = try c.client()
        let id = try c.clientOrContext(named, example: "when did I last talk to Acme")
        c.fill("client", c.context.desk.clients[id]?.name ?? id)
        return .question(.lastContact(client: id))
      }),
  ]

  /// "what did Acme buy last": the latest order that was not cancelled.
  static func lastOrder(_ c: inout Cursor) throws(ParseError) -> Intent {
    c.skipFiller()
    // "what did they buy last": the client in context.
    let pronoun = c.takeAny(["they", "he", "she", "the client"]) != nil
    let named = pronoun ? nil : try c.client()
    c.skipFiller()
    // "what did Acme buy this year": what they bought in the period, not their last order.
    var probe = c
    if probe.takeAny(["buy", "order", "get", "bought", "ordered"]) != nil {
      probe.skipFiller()
      if let period = PeriodReader.read(&probe, for: .report) {
        c = probe
        let id = try c.clientOrContext(named, example: "what did Acme buy this year")
        c.fill("client", c.context.desk.clients[id]?.name ?? id)
        c.fill("period", period.label)
        return .question(.salesOf(period: period, client: id))
      }
    }
    _ = c.takeAny(["buy last", "order last", "get last", "buy", "order", "get", "last"])
    let id = try c.clientOrContext(named, example: "what did Acme buy last")
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    return try latestOrder(of: id, &c)
  }

  /// The purchase document of the client's latest order that was not cancelled.
  static func latestOrder(of id: String, _ c: inout Cursor) throws(ParseError) -> Intent {
    let name = c.context.desk.clients[id]?.name ?? id
    let orders = c.context.desk.orders(for: id).filter { $0.status != .cancelled }
    guard let last = orders.max(by: { $0.number < $1.number }) else {
      throw c.error("\(name) has not bought anything yet.", suggestion: "`offers for \(name)` shows what is under way.")
    }
    c.fill("order", last.id)
    return .question(.invoice(order: last.id))
  }

  /// "do we have linen 220", "… in stock": the product's card.
  static func inStock(_ c: inout Cursor) throws(ParseError) -> Intent {
    c.skipFiller()
    guard case .product(let sku)? = try c.name(.products) else {
      throw c.isAtEnd ? c.error("Which fabric?", suggestion: "e.g. is linen 220 in stock") : c.unexpected(kinds: .products)
    }
    c.fill("product", sku)
    c.skipFiller()
    _ = c.takeAny(["in stock", "available", "on hand", "left"])
    return .question(.product(sku: sku))
  }

  /// "is linen 220 in stock", "poplin white available?": a sentence, not a command word, so
  /// "is" stays out of the command table (it would be suggested for every two-letter typo).
  /// The line has already skipped "is" as filler.
  static func isInStockLine(_ c: inout Cursor) throws(ParseError) -> Understood? {
    let start = c.index
    _ = c.takeAny(["is", "are"])
    guard let last = c.tokens.indices.last, c.tokens.count - c.index >= 2,
      ["stock", "available", "hand", "left"].contains(c.tokens[last].folded),
      c.match(.products) != nil
    else {
      c.index = start
      return nil
    }
    let saved = c
    let intent = try inStock(&c)
    c.skipFiller()
    // Anything else in the line makes it some other sentence about the fabric: leave it be.
    guard c.isAtEnd else {
      c = saved
      c.index = start
      return nil
    }
    return Understood(intent: intent, action: "in stock", client: nil, slots: c.slots, ignored: c.ignored, roles: c.roles)
  }
}
