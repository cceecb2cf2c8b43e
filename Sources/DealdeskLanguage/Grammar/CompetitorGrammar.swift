import DealdeskCore
import Foundation

/// Competitors' prices for our fabrics, as a manager hears them: "Tekstil Plus sells linen 220
/// at 11.00", "competitor Drin Mills has linen 220 for 11.50/m", "tekstil plus jersey 6.95/m
/// and satin 4.80/m" (a competitor already on record needs no verb), "Lanificio Sella -
/// flannel 19.90/m", "turkish mill offered celik 12oz denim at 7.80", "acme got a quote from
/// Fabrika Ilir: canvas 8.90, min 500m". A competitor's name is free text, so these forms are
/// tried only when a line opens with no command and no client verb the desk knows.
enum CompetitorGrammar {
  static let family = "Competitors and expenses"
  static let sellWords = [
    "sells", "is selling", "selling", "sold", "sell", "offers", "is offering", "offered", "charges", "is charging", "quotes",
    "is quoting", "quoted", "has", "have", "gives", "gave",
  ]

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "sells", family: family, verbs: ["competitor"],
      summary: "Note a competitor's price per metre for our fabrics (several at once); offers on them then show it.",
      usage: "[competitor] COMPETITOR sells PRODUCT at PRICE [and PRODUCT PRICE …] [, NOTE]",
      examples: [
        "Tekstil Plus sells linen 220 at 11.00", "Tessuti Roma sells poplin white at 6.20, net 60",
        "competitor Drin Mills has linen 220 for 11.50/m", "Aegean Mills - poplin white 6.10/m and canvas 380 8.90/m",
      ],
      parse: { c, _ throws(ParseError) in try sells(&c, competitorEnd: nil) }),
    CommandSpec(
      name: "competitors", family: family,
      verbs: ["competitors", "competitor prices", "competition", "what do competitors charge", "what does the competition charge",
              "what are competitors charging", "competitor price", "which competitors do we have", "which competitors we have",
              "who is cheaper than us", "who is cheaper", "who's cheaper", "whos cheaper", "how far we are from",
              "how far are we from"],
      summary: "The competitor prices on record: all, for one fabric or category, or one competitor's.",
      usage: "competitors [COMPETITOR] [for PRODUCT|CATEGORY]",
      examples: ["competitors", "competitors for linen 220", "competitor prices linen", "who is cheaper than us on poplin white"],
      parse: { c, _ throws(ParseError) in try CompetitorQuestions.competitors(&c) }),
  ]

  /// The understood line when it reads as a competitor's price, else nil.
  static func sellsLine(_ c: inout Cursor) throws(ParseError) -> Understood? {
    if let understood = try CompetitorQuestions.knownCompetitorLine(&c) { return understood }
    let start = c.index
    var end: Int?
    for i in (start + 1)..<max(start + 1, c.tokens.count) {
      var probe = c
      probe.index = i
      if probe.takeAny(sellWords) != nil || (probe.current?.text == "-" && i > start) {
        end = i
        break
      }
    }
    guard let end else { return nil }
    let intent = try sells(&c, competitorEnd: end)
    return try understood(intent, &c)
  }

  static func understood(_ intent: Intent, _ c: inout Cursor) throws(ParseError) -> Understood {
    c.skipFiller()
    guard c.isAtEnd else { throw c.unexpected() }
    return Understood(intent: intent, action: "sells", client: nil, slots: c.slots, ignored: c.ignored, roles: c.roles)
  }

  /// From the start of the competitor's name: its words up to the verb (or a dash), then the
  /// prices, then a note.
  static func sells(_ c: inout Cursor, competitorEnd: Int?, reportedBy: String? = nil) throws(ParseError) -> Intent {
    let start = c.index
    var end = competitorEnd
    if end == nil {
      for i in start..<c.tokens.count {
        var probe = c
        probe.index = i
        if probe.takeAny(sellWords) != nil || (probe.current?.text == "-" && i > start) { end = i; break }
      }
    }
    guard let end, end > start else {
      throw ParseError("Who sells it?", suggestion: "e.g. Tekstil Plus sells linen 220 at 11.00")
    }
    let typed = c.text(from: start, to: end).trimmingCharacters(in: CharacterSet(charactersIn: ":,;.").union(.whitespaces))
    // A competitor already on record keeps the spelling it was first noted with.
    let competitor = c.context.desk.competitorNames.first { Fold.fold($0) == Fold.fold(typed) } ?? typed
    guard competitor.contains(where: \.isLetter) else {
      throw ParseError("Who sells it?", suggestion: "Name the competitor, e.g. Tekstil Plus sells linen 220 at 11.00")
    }
    c.index = end
    if c.current?.text == "-" { c.index += 1 } else { _ = c.takeAny(sellWords) }
    return try prices(&c, competitor: competitor, reportedBy: reportedBy)
  }

  /// "linen 220 at 11.00 and poplin 6.20/m, net 60" after the competitor and its verb. A client
  /// named first ("offered Çelik …") is who the competitor quoted; it goes in the note.
  static func prices(_ c: inout Cursor, competitor: String, reportedBy: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    if c.isAtEnd {
      throw ParseError("Which of our fabrics does \(competitor) sell, and at what price?", suggestion: "e.g. \(competitor) sells linen 220 at 11.00")
    }
    var notes: [String] = []
    if let reportedBy { notes.append("via \(c.context.desk.clients[reportedBy]?.name ?? reportedBy)") }
    // A fabric here is the price's ("linen 220 at 11", even with a client called Linen House).
    var probe = c
    if (try? probe.name(.products)) == nil, case .client(let id)? = (try? probe.name(.clients)) ?? nil {
      notes.append("offered to \(c.context.desk.clients[id]?.name ?? id)")
      c = probe
      c.skipFiller()
    }
    var quotes = [try quote(&c, competitor: competitor)]
    while c.takeAny(["and", "+", "&"]) != nil || (c.isPunctuation() && startsQuote(c)) {
      c.skipPunctuation()
      c.skipFiller()
      quotes.append(try quote(&c, competitor: competitor))
    }
    c.skipPunctuation()
    if !c.isAtEnd { notes.append(c.takeRest()) }
    let note = notes.isEmpty ? nil : notes.joined(separator: "; ")
    c.fill("competitor", competitor)
    for quote in quotes {
      c.fill("product", c.context.desk.products[quote.sku]?.name ?? quote.sku)
      c.fill("price", Money.plain(quote.price))
    }
    if let note { c.fill("note", note) }
    return .command(.noteCompetitorPrices(competitor: competitor, quotes: quotes, note: note))
  }

  /// Whether a fabric follows a comma: "jersey 6.95, satin 4.80" is two prices, "linen 220 at
  /// 11.00, net 60" is a price and a note.
  private static func startsQuote(_ c: Cursor) -> Bool {
    var probe = c
    probe.skipPunctuation()
    probe.skipFiller()
    return (try? probe.name(.products)).flatMap { $0 } != nil
  }

  /// One "PRODUCT [at|for] PRICE[/m]", or "PRICE for PRODUCT".
  private static func quote(_ c: inout Cursor, competitor: String) throws(ParseError) -> CompetitorQuote {
    var priceFirst: (money: MoneyMatch, at: Int)?
    if let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) {
      priceFirst = (money, c.index)
      c.index += n
      _ = c.takeAny(perMetre)
      c.skipFiller()
    }
    guard case .product(let sku)? = try c.name(.products) else {
      if case .category(let name)? = try? { () throws(ParseError) -> EntityRef? in var copy = c; return try copy.name(.categories) }() {
        throw c.error("Which \(name) exactly? Competitor prices are per fabric.", suggestion: "e.g. \(competitor) sells linen 220 at 11.00")
      }
      throw c.unexpected(kinds: .products)
    }
    c.skipFiller()
    if let (first, at) = priceFirst {
      let after = c.index
      c.index = at  // any error about the price points at it
      try checkPrice(first, &c, competitor: competitor, sku: sku)
      c.index = after
      return CompetitorQuote(sku: sku, price: first.amount)
    }
    _ = c.takeAny(["for", "at", "for only", "only", "from"])
    guard let (found, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else {
      throw c.error("At what price per metre?", suggestion: "e.g. \(competitor) sells \(c.context.desk.products[sku]?.name ?? sku) at 11.00")
    }
    try checkPrice(found, &c, competitor: competitor, sku: sku)
    c.index += n
    _ = c.takeAny(perMetre)
    return CompetitorQuote(sku: sku, price: found.amount)
  }

  private static let perMetre = ["per metre", "per meter", "a metre", "a meter", "per m", "/m"]

  /// A competitor's price is in the desk's currency and per metre.
  private static func checkPrice(_ money: MoneyMatch, _ c: inout Cursor, competitor: String, sku: String) throws(ParseError) {
    try checkCurrency(money, &c)
    if let unit = money.perUnit, unit.rawValue != LengthUnit.meters.rawValue {
      throw c.error("Give the competitor's price per metre.", suggestion: "e.g. \(competitor) sells \(c.context.desk.products[sku]?.name ?? sku) at 11.00")
    }
  }
}
