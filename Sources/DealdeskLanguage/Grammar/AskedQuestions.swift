import DealdeskCore

/// Questions as people ask them, that no command word opens: "how much did drini buy this
/// year", "when is S-4 due". Each maps to a view the desk already has.
enum AskedQuestions {
  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "bought", family: ReportGrammar.family,
      verbs: ["how much did", "how much has", "how much have", "how much business did", "how much business has", "how much"],
      summary: "What one client bought in a period (this year unless said): their sales, as every report counts them.",
      usage: "how much did CLIENT buy [PERIOD]   what did CLIENT buy [PERIOD]",
      examples: ["how much did Acme buy this year", "how much has Acme bought"],
      parse: bought),
    CommandSpec(
      name: "due", family: OrderGrammar.family,
      verbs: ["when is", "when's", "whens", "when was", "when does", "due date", "due date of", "due date for", "when are"],
      summary: "When an order is due: its purchase document, with the due date.",
      usage: "when is S-7 due   due date of S-7", examples: ["when is S-1 due", "due date of S-1"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        guard c.orderReferenceAhead() else {
          throw c.isAtEnd ? c.error("When is what due?", suggestion: "e.g. when is S-7 due") : c.unexpected(kinds: [])
        }
        let order = try OrderGrammar.target(&c, nil, verb: "show") { _ in true }
        c.skipFiller()
        _ = c.takeAny(["due", "payable", "to be paid", "due for payment", "due to be paid", "paid", "to pay", "have to pay"])
        return .question(.invoice(order: order))
      }),
  ]

  /// "how much did drini buy this year", "how much has vlora bought", and (from QuestionGrammar)
  /// "what did they order last month": one client's sales in a period.
  static func bought(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    let pronoun = c.takeAny(["they", "he", "she", "the client"]) != nil
    let named = pronoun ? nil : try c.client()
    c.skipFiller()
    // "how much acme still owe": their balance, asked the way it is said.
    if c.takeAny(["still owe", "still owes", "owe", "owes", "owe us", "owes us", "still owe us", "still owes us"]) != nil {
      let id = try c.clientOrContext(named, example: "how much does Acme owe")
      c.fill("client", c.context.desk.clients[id]?.name ?? id)
      return .question(.balance(client: id))
    }
    guard c.takeAny(["buy", "bought", "order", "ordered", "purchase", "purchased", "spend", "spent", "take", "took", "get"]) != nil else {
      throw c.isAtEnd ? c.error("Bought what?", suggestion: "e.g. how much did Acme buy this year") : c.unexpected(kinds: [])
    }
    c.skipFiller()
    _ = c.takeAny(["from us", "with us", "in total", "so far", "in all", "altogether"])
    let period = PeriodReader.read(&c, for: .report)
    let id = try c.clientOrContext(named, example: "how much did Acme buy this year")
    let chosen = period ?? Period.year(of: c.context.now)
    _ = c.takeAny(["so far", "in total", "to date"])
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    c.fill("period", chosen.label)
    return .question(.salesOf(period: chosen, client: id))
  }
}

extension Cursor {
  /// Whether an order is named next, by id or without one ("drini's last order").
  func orderReferenceAhead() -> Bool {
    var probe = self
    if probe.orderReference(allowWord: true) != nil { return true }
    let any = RecordReference(kind: .order, fits: { _ in true }, verb: "show")
    return (try? probe.recordReference(any)) != nil
  }
}
