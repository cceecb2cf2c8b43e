import DealdeskCore
import Foundation

/// Showroom swatches (duty 3): what is in, what is lent and due back, what to reorder.
enum SampleGrammar {
  static let family = "Stock and samples"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "samples", family: family,
      verbs: ["samples", "swatches", "samples low", "swatches low", "low samples", "which swatches", "which samples", "what samples",
              "what swatches", "who has swatches", "who has samples"],
      summary: "Swatches in the showroom, lent out and due back; `samples low` for what to reorder.",
      usage: "samples   samples low", examples: ["samples", "samples low", "which swatches are out"],
      parse: { c, _ throws(ParseError) in
        // "which swatches are out", "samples running low".
        c.skipWords(["out", "lent", "running", "getting", "we", "have", "do", "left", "still"])
        let low = c.tokens.prefix(c.index).contains { $0.folded == "low" } || c.take("low")
        return .question(.samples(lowOnly: low))
      }),
    CommandSpec(
      name: "add samples", family: family, verbs: ["add samples", "add swatches", "new samples", "new swatches"],
      summary: "Swatches arrived for the showroom.", usage: "add samples N PRODUCT",
      examples: ["add samples 10 linen 220"],
      parse: addSamples),
    CommandSpec(
      name: "sample reorder", family: family, verbs: ["sample reorder", "samples reorder", "reorder samples", "swatch reorder"],
      summary: "When a fabric's swatches count as low.", usage: "sample reorder PRODUCT at N",
      examples: ["sample reorder linen 220 at 2"],
      parse: { c, _ throws(ParseError) in
        var sku: String?
        var none: String?
        var below: Int?
        while !c.isAtEnd {
          if below == nil, let (n, consumed) = NumberScanner.scan(c.tokens, at: c.index), let whole = Int("\(n)"), whole >= 0 {
            c.index += consumed
            below = whole
          } else if try !c.fillNames(product: &sku, client: &none, wantsClient: false, skipping: ["below", "under", "of"]) {
            throw c.unexpected(kinds: .products)
          }
        }
        guard let sku, let below else { throw ParseError("Which fabric, at how many?", suggestion: "e.g. sample reorder linen 220 at 2") }
        c.fill("product", sku)
        c.fill("low at", "\(below)")
        return .command(.setSwatchReorder(sku: sku, below: below))
      }),
    CommandSpec(
      name: "lend sample", family: family, verbs: ["lend sample", "lend swatch", "lend", "send sample", "send swatch"],
      summary: "Lend a swatch to a client, due back in the desk's loan days (or `for N days`).",
      usage: "lend sample PRODUCT to CLIENT [for N days]", examples: ["lend sample linen 220 to Acme", "lend swatch silk habotai to Atelier for 7 days"],
      parse: lend),
    CommandSpec(
      name: "sample returned", family: family, verbs: ["return sample", "sample returned", "swatch returned", "returned"],
      subjectVerbs: ["returned", "brought back", "sent back", "gave back", "gives back", "give back", "has returned", "is back",
                     "came back", "back"],
      summary: "A lent swatch came back (two out that fit are asked back).", usage: "sample PRODUCT returned [by CLIENT]   return sample L-2   CLIENT returned the PRODUCT swatch",
      examples: ["return sample L-1", "sample returned linen 220"],
      parse: returned),
  ]

  static let swatchWords: Set<String> = ["swatches", "samples", "swatch", "sample"]

  /// "add 20 swatches habotai", "+10 poplin swatches in": swatches counted in, the number
  /// first, a swatch word somewhere after it. Only such a line is read here; the words after
  /// the number are read as `add samples` reads them (one fabric, nothing left over).
  static func countLine(_ c: inout Cursor) throws(ParseError) -> Understood? {
    guard let first = c.current, first.folded == "add" || first.text.hasPrefix("+"),
      c.tokens[c.index...].prefix(6).contains(where: { swatchWords.contains($0.folded) })
    else { return nil }
    var p = c
    let count: Int
    if first.folded == "add" {
      p.index += 1
      guard let (n, consumed) = NumberScanner.scan(p.tokens, at: p.index), let whole = Int("\(n)"), whole > 0 else { return nil }
      p.index += consumed
      count = whole
    } else if first.text.hasPrefix("+"), let whole = Int(first.text.dropFirst()), whole > 0 {
      p.index += 1
      count = whole
    } else {
      return nil
    }
    for i in c.index..<p.index { p.roles[i] = "command" }
    var sku: String?
    var none: String?
    var sawSwatch = false
    while !p.isAtEnd {
      if let word = p.word(), swatchWords.contains(word) { sawSwatch = true }
      // "+10 poplin swatches in": "in" (or "came in", "arrived") closes the line.
      if sku != nil, sawSwatch, p.takeAny(["in", "came in", "arrived", "are in"]) != nil { break }
      if try !p.fillNames(product: &sku, client: &none, wantsClient: false, skipping: swatchWords.union(["of", "more", "new"])) {
        throw p.readButNot()
      }
    }
    guard sawSwatch else { return nil }
    guard let sku else { throw ParseError("Swatches of which fabric?", suggestion: "e.g. add samples 10 linen 220") }
    p.skipFiller()
    guard p.isAtEnd else { throw p.readButNot() }
    p.fill("product", sku)
    p.fill("swatches", "\(count)")
    c = p
    return Understood(intent: .command(.addSwatches(sku: sku, count: count)), action: "add samples", client: nil,
                      slots: c.slots, ignored: c.ignored, roles: c.roles)
  }

  static func addSamples(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    var count: Int?
    var sku: String?
    var none: String?
    while !c.isAtEnd {
      if count == nil, let (n, consumed) = NumberScanner.scan(c.tokens, at: c.index), let whole = Int("\(n)"), whole > 0 {
        c.index += consumed
        count = whole
      } else if try !c.fillNames(product: &sku, client: &none, wantsClient: false, skipping: ["swatches", "samples", "of"]) {
        throw c.unexpected(kinds: .products)
      }
    }
    guard let sku, let count else { throw ParseError("How many swatches of which fabric?", suggestion: "e.g. add samples 10 linen 220") }
    c.fill("product", sku)
    c.fill("swatches", "\(count)")
    return .command(.addSwatches(sku: sku, count: count))
  }

  static func lend(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    var sku: String?
    var client: String?
    var days: Int?
    while !c.isAtEnd {
      if days == nil, let n = Terms.returnIn(&c) {
        days = n
      } else if let until = try Terms.untilDay(&c, example: "lend sample linen 220 to Acme till friday") {
        // Due back on that day: the loan counts whole days from today.
        days = Terms.daysBetween(c.context.now, until)
      } else if c.take("for"), let (n, consumed) = Terms.days(c) {
        c.index += consumed
        days = n
      } else if try !c.fillNames(product: &sku, client: &client, wantsClient: true, skipping: ["sample", "swatch", "of"]) {
        throw c.unexpected(kinds: .clientsAndProducts)
      }
    }
    guard let sku else { throw ParseError("A swatch of which fabric?", suggestion: "e.g. lend sample linen 220 to Acme") }
    let id = try c.clientOrContext(client, example: "lend sample linen 220 to Acme")
    c.fill("product", sku)
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    if let days { c.fill("for", "\(days) days") }
    return .command(.lendSample(sku: sku, client: id, days: days))
  }

  /// By loan id, or by fabric (and client): the oldest loan still out that fits.
  static func returned(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    var sku: String?
    var client = subject.flatMap { c.context.desk.clients[$0] != nil ? $0 : nil }
    // "L-2 came back": the loan is the subject. A client who "came back" answered, and is no
    // swatch returned: only a loan comes back by those words alone.
    var loan = subject.flatMap { c.context.desk.sampleLoans[$0] != nil ? $0 : nil }
    if let subject, client == nil, loan == nil {
      throw ParseError("\(subject) is no swatch on loan.", suggestion: "`samples` lists the swatches out, e.g. L-2 came back.")
    }
    if let client, loan == nil, c.index > 0, ["back"].contains(c.tokens[c.index - 1].folded),
      c.index < 2 || !["brought", "sent", "gave", "gives", "give"].contains(c.tokens[c.index - 2].folded) {
      let name = c.context.desk.clients[client]?.name ?? client
      throw ParseError("What about \(name)?", suggestion: "e.g. \(name) accepts, \(name) wants 12%, show \(name). Type help for more.")
    }
    while !c.isAtEnd {
      if loan == nil, let id = c.prefixedReference("l-") {
        loan = id
      } else if try !c.fillNames(product: &sku, client: &client, wantsClient: true, skipping: ["sample", "swatch", "samples", "swatches", "of", "by", "from", "returned"]) {
        throw c.unexpected(kinds: .clientsAndProducts)
      }
    }
    if let loan {
      guard c.context.desk.sampleLoans[loan] != nil else { throw ParseError("There is no loan \(loan).", suggestion: "`samples` lists the swatches out.") }
      c.fill("loan", loan)
      return .command(.returnSample(loan: loan))
    }
    let out = c.context.desk.sampleLoansInOrder.filter {
      $0.isOut && (sku == nil || $0.sku == sku) && (client == nil || $0.client == client)
    }
    guard let first = out.first else {
      throw ParseError("No swatch like that is out on loan.", suggestion: "`samples` lists the swatches out.")
    }
    // "the tweed swatch" with two out: asked back, not the oldest guessed.
    guard out.count == 1 else {
      let ids = out.prefix(4).map(\.id)
      throw ParseError("\(out.count) swatches like that are out: \(Lexicon.orList(ids)).", suggestion: "Name one, e.g. return sample \(first.id)")
    }
    c.fill("loan", first.id)
    return .command(.returnSample(loan: first.id))
  }
}
