import DealdeskCore
import Foundation

/// Competitors' prices for our fabrics: "Tekstil Plus sells linen 220 at 11.00". The subject
/// is a competitor, whose name is free text, so the parser tries this form only when a line
/// opens with no command and no client it knows.
enum CompetitorGrammar {
  static let family = "Competitors and expenses"
  static let sellWords = ["sells", "is selling", "selling", "sold", "sell", "offers", "is offering", "charges", "is charging", "quotes", "is quoting"]

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "sells", family: family, verbs: [],
      summary: "Note a competitor's price per metre for one of our fabrics; offers on it then show it.",
      usage: "COMPETITOR sells PRODUCT at PRICE [, NOTE]",
      examples: ["Tekstil Plus sells linen 220 at 11.00", "Tessuti Roma sells poplin white at 6.20, net 60"],
      parse: { c, _ throws(ParseError) in try sells(&c, competitorEnd: nil) }),
    CommandSpec(
      name: "competitors", family: family,
      verbs: ["competitors", "competitor prices", "competition", "what do competitors charge", "what does the competition charge",
              "what are competitors charging", "competitor price"],
      summary: "The competitor prices on record, all or for one fabric.",
      usage: "competitors [for PRODUCT]", examples: ["competitors", "competitors for linen 220"],
      parse: competitors),
  ]

  /// The understood line when it reads "<words> sells <product> at <price>", else nil.
  static func sellsLine(_ c: inout Cursor) throws(ParseError) -> Understood? {
    let start = c.index
    var sell: Int?
    for i in (start + 1)..<max(start + 1, c.tokens.count) where c.tokens[i].kind == .word {
      var probe = c
      probe.index = i
      if probe.takeAny(sellWords) != nil {
        sell = i
        break
      }
    }
    guard let sell else { return nil }
    let intent = try sells(&c, competitorEnd: sell)
    c.skipFiller()
    guard c.isAtEnd else { throw c.unexpected() }
    return Understood(intent: intent, action: "sells", client: nil, slots: c.slots, ignored: c.ignored, roles: c.roles)
  }

  /// From the start of the competitor's name: its words up to the verb, the product, the price, a note.
  static func sells(_ c: inout Cursor, competitorEnd: Int?) throws(ParseError) -> Intent {
    let start = c.index
    var end = competitorEnd
    if end == nil {
      for i in start..<c.tokens.count where c.tokens[i].kind == .word {
        var probe = c
        probe.index = i
        if probe.takeAny(sellWords) != nil { end = i; break }
      }
    }
    guard let end, end > start else {
      throw ParseError("Who sells it?", suggestion: "e.g. Tekstil Plus sells linen 220 at 11.00")
    }
    let competitor = c.text(from: start, to: end).trimmingCharacters(in: CharacterSet(charactersIn: ":,;.").union(.whitespaces))
    guard competitor.contains(where: \.isLetter) else {
      throw ParseError("Who sells it?", suggestion: "Name the competitor, e.g. Tekstil Plus sells linen 220 at 11.00")
    }
    c.index = end
    _ = c.takeAny(sellWords)
    c.skipFiller()
    if c.isAtEnd {
      throw ParseError("Which of our fabrics does \(competitor) sell, and at what price?", suggestion: "e.g. \(competitor) sells linen 220 at 11.00")
    }
    // "charges 11.00 for linen 220": the price may come before the fabric.
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
    let money: MoneyMatch
    if let (first, at) = priceFirst {
      let after = c.index
      c.index = at  // any error about the price points at it
      try checkPrice(first, &c, competitor: competitor, sku: sku)
      c.index = after
      money = first
    } else {
      _ = c.takeAny(["for", "at", "for only", "only", "from"])
      guard let (found, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else {
        throw c.error("At what price per metre?", suggestion: "e.g. \(competitor) sells \(c.context.desk.products[sku]?.name ?? sku) at 11.00")
      }
      try checkPrice(found, &c, competitor: competitor, sku: sku)
      c.index += n
      _ = c.takeAny(perMetre)
      money = found
    }
    c.skipPunctuation()
    let note = c.isAtEnd ? nil : c.takeRest()
    c.fill("competitor", competitor)
    c.fill("product", c.context.desk.products[sku]?.name ?? sku)
    c.fill("price", Money.plain(money.amount))
    if let note { c.fill("note", note) }
    return .command(.noteCompetitorPrice(competitor: competitor, sku: sku, price: money.amount, note: note))
  }

  private static let perMetre = ["per metre", "per meter", "a metre", "a meter", "per m", "/m"]

  /// A competitor's price is in the desk's currency and per metre.
  private static func checkPrice(_ money: MoneyMatch, _ c: inout Cursor, competitor: String, sku: String) throws(ParseError) {
    try checkCurrency(money, &c)
    if let unit = money.perUnit, unit.rawValue != LengthUnit.meters.rawValue {
      throw c.error("Give the competitor's price per metre.", suggestion: "e.g. \(competitor) sells \(c.context.desk.products[sku]?.name ?? sku) at 11.00")
    }
  }

  static func competitors(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    guard !c.isAtEnd else { return .question(.competitors(sku: nil)) }
    guard case .product(let sku)? = try c.name(.products) else { throw c.unexpected(kinds: .products) }
    c.fill("product", c.context.desk.products[sku]?.name ?? sku)
    return .question(.competitors(sku: sku))
  }
}
