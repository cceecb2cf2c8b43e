import DealdeskCore

/// The desk's policy: discount authority, currency, offer validity, default payment terms.
enum SettingsGrammar {
  static let family = "The desk itself"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "set", family: family, verbs: ["set", "change"],
      summary: "Change a setting: the company's details (name, address, tax number, iban) and the VAT rate, a client's tax number, address and VAT (export: zero-rated), your discount limit, your payment terms limit, the currency, offer validity, default payment terms. A change to your own limits is recorded and shown on every offer's meter.",
      usage: TaxGrammar.usage + "   set my discount limit N%   set NAME's discount limit N% | payment terms limit net N | quota N a month (a team desk's director)   set my payment terms limit net N   set currency EUR   set offer validity N days   set default terms net N   set floor margin N%   set volume tiers 500m 2%, 1000m 4% [on the whole quantity|above the break]   set client tier NAME from SALES N%   set bonus limit N%",
      examples: ["set my discount limit 12%", "set my payment terms limit net 60", "set currency EUR", "set offer validity 14 days", "set default terms net 30",
                 "set Acme credit limit 20,000", "set Acme terms net 45", "set floor margin 20%", "set volume tiers 500m 2%, 1000m 4% on the whole quantity", "set client tier gold from 50,000 3%", "set bonus limit 3%"] + TaxGrammar.examples,
      parse: set),
  ]

  /// Settings a manager names without "set": "my discount limit is 12%", "default terms net
  /// 30", "offers are valid for 14 days". Only these openings, so no other line is read as one.
  private static let namedFirst = [
    "discount limit", "discount authority", "max discount", "maximum discount", "default terms", "default payment terms",
    "payment terms limit", "terms limit",
    "offer validity", "offers valid", "offers are valid", "default validity", "floor margin", "margin floor", "minimum margin",
    // "holds should be 10 days by default": the phrase whole, so "holds" alone stays the list.
    "holds should be", "holds should last", "holds last", "hold days", "holds by default", "sample loans should be",
    "sample loans should last", "sample loan days",
  ]

  private static let namedFirstWords = Set(namedFirst.compactMap { $0.split(separator: " ").first.map(String.init) })

  /// The first two words of each phrase: "offer Acme …" shares "offer" with "offer validity", not its second word.
  private static let namedFirstPairs = Set(namedFirst.map { $0.split(separator: " ").prefix(2).joined(separator: " ") })

  static func sentence(_ c: inout Cursor) throws(ParseError) -> Understood? {
    guard let word = c.word(), namedFirstWords.contains(word), let second = c.word(1),
      namedFirstPairs.contains(word + " " + second)
    else { return nil }
    var probe = c
    guard probe.takeAny(namedFirst) != nil else { return nil }
    let intent = try set(&c, nil)
    c.skipFiller()
    guard c.isAtEnd else { throw c.unexpected() }
    return Understood(intent: intent, action: "set", client: nil, slots: c.slots, ignored: c.ignored, roles: c.roles)
  }

  static func set(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    // "set credit limit for Acme to 20k": the client after the words.
    if c.takeAny(["credit limit"]) != nil { return try ClientTermsGrammar.creditLimit(&c, client: nil) }
    // VAT: the company's details and the standard rate, before a client's name is looked for.
    if c.takeAny(["company", "our company", "company's"]) != nil { return try TaxGrammar.company(&c) }
    if c.takeAny(["vat", "standard vat", "vat rate", "standard vat rate"]) != nil { return try TaxGrammar.rate(&c) }
    // "set vlora's credit limit to 12k", "change drini's terms to net 60": the client's own.
    var owner: String?
    let client = PossessiveGrammar.possessor(c)
    // "set Arben's discount limit to 12%": a person of a team desk, set by a director.
    if let (person, next) = PersonGrammar.possessor(c) {
      // "Bora's" may be Bora Leka and the client Bora Fabrics: what follows says whose.
      let whose = PersonGrammar.whose(c, after: next)
      if let (id, _) = client, whose != .person {
        guard whose == .client else {
          let name = c.context.desk.clients[id]?.name ?? id
          throw c.error(
            "\(person.firstName) is both \(person.name), on the team, and the client \(name).",
            suggestion: "Name them whole: set \(person.name)'s discount limit to 12%, or set \(name)'s credit limit 20,000")
        }
      } else {
        c.index = next
        return try PersonGrammar.change(&c, person: person)
      }
    }
    if client == nil, let refusal = PersonGrammar.unknownPossessor(c) { throw refusal }
    if let (id, next) = client, next == c.index + 1 {
      owner = id
      c.index = next
    }
    // "set Acme credit limit 20,000", "set Acme terms net 45": a client's own terms.
    if owner == nil { owner = try c.client() }
    if let client = owner {
      c.skipFiller()
      if c.takeAny(["credit limit", "credit", "limit"]) != nil { return try ClientTermsGrammar.creditLimit(&c, client: client) }
      if ["terms", "payment", "payment terms", "net"].contains(c.word() ?? "") { return try ClientTermsGrammar.terms(&c, client: client) }
      if let tax = try TaxGrammar.client(&c, client: client) { return tax }
      throw c.error("Set what for \(c.context.desk.clients[client]?.name ?? client)?", suggestion: "its credit limit, terms, tax number, address or vat, e.g. set Acme credit limit 20,000")
    }
    var change = SettingsChange()
    if c.takeAny(paymentLimitWords) != nil {
      // Before "payment terms" (the default terms) and "limit" (the discount limit), which
      // these phrases start with or hold.
      c.skipFiller()
      _ = c.takeAny(["to", "is", "at"])
      guard let terms = try Terms.payment(&c) ?? plainDays(&c) else {
        throw c.error("What is the longest payment term you may grant?", suggestion: "e.g. set my payment terms limit net 60")
      }
      change.paymentTermsLimitDays = terms.days
      c.fill("payment terms limit", "net \(terms.days)")
    } else if c.takeAny(["discount limit", "discount authority", "limit", "authority", "max discount", "maximum discount"]) != nil {
      c.skipFiller()
      _ = c.take("to")
      guard let (percent, n) = PercentScanner.scan(c.tokens, at: c.index) ?? NumberScanner.scan(c.tokens, at: c.index) else {
        throw c.error("What limit?", suggestion: "e.g. set my discount limit 12%")
      }
      c.index += n
      change.discountLimit = percent
      c.fill("discount limit", "\(Money.trimmed(percent))%")
    } else if c.take("currency") {
      c.skipFiller()
      guard let token = c.current, token.kind == .word, let code = currencyCode(token.folded) else {
        throw c.error("Which currency?", suggestion: "e.g. set currency EUR")
      }
      c.index += 1
      change.currency = code
      c.fill("currency", code)
    } else if c.takeAny(["offer validity", "validity", "offers valid", "offers are valid", "offer valid", "default validity", "default offer validity"]) != nil {
      c.skipFiller()
      _ = c.takeAny(["for", "to"])
      guard let (days, n) = Terms.days(c) else { throw c.error("How many days?", suggestion: "e.g. set offer validity 14 days") }
      c.index += n
      change.offerValidityDays = days
      c.fill("offer validity", "\(days) days")
    } else if c.takeAny(["default terms", "default payment terms", "payment terms", "terms"]) != nil {
      c.skipFiller()
      guard let terms = try Terms.payment(&c) else { throw c.error("Which terms?", suggestion: "e.g. set default terms net 30") }
      change.defaultPaymentTerms = terms
    } else if let policy = try PolicyGrammar.setting(&c) {
      change = policy
    } else if let first = c.current, first.kind == .word || first.kind == .quoted, !TaxGrammar.detailWords.contains(first.folded),
      c.tokens[c.index...].contains(where: { TaxGrammar.detailWords.contains($0.folded) })
    {
      // "set Zorba tax number …": a client the desk does not know, named as one ("set
      // address …", naming no one, is asked what it sets).
      throw c.unexpected(kinds: .clients)
    } else {
      throw c.error("Set what?", suggestion: "You can set: my discount limit, my payment terms limit, currency, offer validity, default terms, floor margin, volume tiers, client tier, bonus limit, vat, company details (name, address, tax number, iban).")
    }
    return .command(.changeSettings(change))
  }

  /// The longest payment terms granted without approval, named as managers name it.
  static let paymentLimitWords = [
    "payment terms limit", "payment term limit", "payment terms authority", "payment limit", "terms limit", "term limit",
    "longest payment terms", "longest terms", "max payment terms", "maximum payment terms", "credit days limit",
  ]

  /// "set my terms limit 60": a bare number is days.
  static func plainDays(_ c: inout Cursor) -> PaymentTerms? {
    guard let (number, n) = NumberScanner.scan(c.tokens, at: c.index), let days = Int("\(number)") else { return nil }
    c.index += n
    return .net(days: days)
  }

  /// A currency as the desk keeps it, an upper-case code: "eur", "€" and "euro" are EUR.
  /// Anything not made of letters is no currency ("set currency 12").
  private static func currencyCode(_ word: String) -> String? {
    if let code = Currency.suffix(word) { return code }
    if word == "euro" || word == "euros" { return "EUR" }
    return word.allSatisfy(\.isLetter) ? word.uppercased() : nil
  }
}
