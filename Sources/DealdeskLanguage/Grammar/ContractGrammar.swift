import DealdeskCore
import Foundation

/// Supply contracts: `contract Acme: 12 months from 1 Jan, linen 220 at 10.90/m, poplin 8%
/// off, at least 5,000 m a year, net 45` drafts one; `send contract CT-1`, `sign contract
/// CT-1 by Sofia Marku and Ilir Gashi`, `terminate CT-1: reason`; `contracts [CLIENT]` and
/// `contract CT-1` show them. Every clause of a draft is read or the line is refused naming
/// it: a contract is never drafted with part of what was typed left out.
enum ContractGrammar {
  static let family = "Contracts"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "contract", family: family,
      verbs: ["contract", "new contract", "draft contract", "draft a contract", "supply contract", "framework agreement"],
      summary: "Draft a supply contract for a client (numbered CT-n): its period, prices per fabric or percent off a category, yearly commitment and payment terms; or show one.",
      usage: "contract CLIENT: 12 months from DATE | from DATE to DATE, FABRIC at PRICE/m, CATEGORY N% off, at least N m [and VALUE] a year, net N   contract CT-1",
      examples: [
        "contract Acme: 12 months from 1 Jan, linen 220 at 10.90/m, poplin 8% off, at least 5,000 m a year, net 45",
        "contract Acme: from 1 Jan 2027 to 31 Dec 2027, poplin 5% off",
        "contract CT-1",
      ],
      parse: contract),
    CommandSpec(
      name: "contracts", family: family, verbs: ["contracts", "list contracts", "supply contracts", "show contracts"],
      summary: "Contracts, all or one client's: state, period and fulfilment against the commitment.",
      usage: "contracts [CLIENT]", examples: ["contracts", "contracts Acme"],
      parse: { c, subject throws(ParseError) in
        c.skipWords(["for", "of", "with"])
        var named = subject
        if named == nil, !c.isAtEnd { named = try c.client() }
        if let named { c.fill("client", c.context.desk.clients[named]?.name ?? named) }
        guard c.isAtEnd else { throw c.unexpected(kinds: .clients) }
        return .question(.contracts(client: named))
      }),
    CommandSpec(
      name: "send contract", family: family, verbs: ["send contract", "sent contract", "send the contract"],
      summary: "Mark a drafted contract as sent to the client (approved first when beyond your authority).",
      usage: "send contract CT-1", examples: ["send contract CT-1"],
      parse: { c, _ throws(ParseError) in
        let id = try reference(&c, example: "send contract CT-1")
        guard c.isAtEnd else { throw c.unexpected(kinds: []) }
        return .command(.sendContract(contract: id))
      }),
    CommandSpec(
      name: "sign contract", family: family, verbs: ["sign contract", "signed contract", "sign the contract"],
      summary: "Record a sent contract as signed: our signatory, then the client's, dated today. From then its prices are the client's.",
      usage: "sign contract CT-1 by OUR SIGNATORY and THEIR SIGNATORY",
      examples: ["sign contract CT-1 by Sofia Marku and Ilir Gashi"],
      parse: sign),
    CommandSpec(
      name: "terminate", family: family, verbs: ["terminate", "terminate contract", "end contract", "cancel contract"],
      summary: "End a contract before its term, saying why.",
      usage: "terminate CT-1: REASON", examples: ["terminate CT-1: client closed the plant"],
      parse: { c, _ throws(ParseError) in
        let id = try reference(&c, example: "terminate CT-1: client closed the plant")
        c.skipPunctuation()
        _ = c.takeAny(["because", "reason", "as", "since"])
        c.skipPunctuation()
        let reason = c.isAtEnd ? nil : c.takeRest()
        if let reason { c.fill("reason", reason) }
        return .command(.terminateContract(contract: id, reason: reason))
      }),
  ]

  /// "CT-1", "ct1", "contract 1" at the cursor.
  static func contractReference(_ c: inout Cursor) -> String? {
    guard let w = c.word() else { return nil }
    for prefix in ["ct-", "ct"] where w.hasPrefix(prefix) {
      if let n = Int(w.dropFirst(prefix.count)), n > 0 {
        c.roles[c.index] = "record"
        c.index += 1
        return Ids.contract(n)
      }
    }
    if w == "contract", let next = c.word(1), let n = Int(next), n > 0 {
      c.index += 2
      return Ids.contract(n)
    }
    return nil
  }

  /// The contract a line names, else the one contract of the client in context that is
  /// not yet signed; asked back otherwise, never guessed.
  private static func reference(_ c: inout Cursor, example: String) throws(ParseError) -> String {
    c.skipWords(["contract", "the"])
    guard let id = contractReference(&c) else {
      throw c.error("Which contract?", suggestion: "Name it by its number, e.g. \(example) (`contracts` lists them)")
    }
    guard c.context.desk.contracts[id] != nil else { throw ParseError("There is no contract \(id).", suggestion: "`contracts` lists them.") }
    c.fill("contract", id)
    return id
  }

  static func sign(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let example = "sign contract CT-1 by Sofia Marku and Ilir Gashi"
    let id = try reference(&c, example: example)
    c.skipPunctuation()
    guard c.takeAny(["by", "between"]) != nil else {
      throw c.error("Who signed? Our signatory, then theirs.", suggestion: "e.g. \(example)")
    }
    let start = c.index
    var and = c.index
    while and < c.tokens.count, c.tokens[and].folded != "and", c.tokens[and].text != "&" { and += 1 }
    guard and > start, and + 1 < c.tokens.count else {
      throw c.error("A contract is signed by two people: ours, then theirs.", suggestion: "e.g. \(example)")
    }
    let ours = c.text(from: start, to: and)
    c.mark(from: start, to: and, as: "our signatory")
    c.index = and + 1
    c.mark(from: c.index, to: c.tokens.count, as: "their signatory")
    let theirs = c.takeRest()
    c.fill("our signatory", ours)
    c.fill("their signatory", theirs)
    return .command(.signContract(contract: id, ours: ours, theirs: theirs))
  }

  /// What a draft has read so far.
  private struct Draft {
    var start: Date?
    var end: Date?
    var months: Int?
    var lines: [ContractLine] = []
    var commitment = Commitment()
    var payment: PaymentTerms?
  }

  static func contract(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    let example = "contract Acme: 12 months from 1 Jan, linen 220 at 10.90/m, poplin 8% off, at least 5,000 m a year, net 45"
    c.skipWords(["for", "with", "the"])
    if let id = contractReference(&c) {
      guard c.isAtEnd else { throw c.unexpected(kinds: []) }
      c.fill("contract", id)
      return .question(.contract(id: id))
    }
    var named = subject
    if named == nil { named = try c.client() }
    guard let client = named else {
      if c.isAtEnd { return .question(.contracts(client: nil)) }
      throw c.unexpected(kinds: .clients)
    }
    let name = c.context.desk.clients[client]?.name ?? client
    c.fill("client", name)
    if c.isAtEnd { return .question(.contracts(client: client)) }
    _ = c.takeAny([":", "-", "–", "—"])
    var d = Draft()
    while !c.isAtEnd {
      if c.isPunctuation() || c.take("and") || c.take("+") {
        if c.isPunctuation() { c.index += 1 }
        continue
      }
      let clauseStart = c.index
      if try period(&c, into: &d) { continue }
      if try commitment(&c, into: &d) { continue }
      if try payment(&c, into: &d) { continue }
      if try line(&c, into: &d) { continue }
      c.index = clauseStart
      var end = c.index
      while end < c.tokens.count, c.tokens[end].text != "," , c.tokens[end].text != ";" { end += 1 }
      let clause = c.text(from: clauseStart, to: end)
      throw c.error(
        "I could not read `\(clause)` in this contract, so nothing was drafted.",
        suggestion: "Each clause is a period, a fabric's price, a percent off, a commitment or payment terms, e.g. \(example)")
    }
    guard let start = d.start else {
      throw c.error("From when does the contract run?", suggestion: "e.g. 12 months from 1 Jan, or from 1 Jan 2027 to 31 Dec 2027")
    }
    var end = d.end
    if end == nil, let months = d.months {
      end = DeskDate.calendar.date(byAdding: .month, value: months, to: start).flatMap { DeskDate.calendar.date(byAdding: .day, value: -1, to: $0) }
    }
    guard let end else {
      throw c.error("Until when does the contract run?", suggestion: "e.g. 12 months from 1 Jan, or from 1 Jan 2027 to 31 Dec 2027")
    }
    c.fill("period", "\(DeskDate.day(start)) to \(DeskDate.day(end))")
    for line in d.lines { c.fill("line", describe(line, desk: c.context.desk)) }
    let commitment = d.commitment.meters == nil && d.commitment.value == nil ? nil : d.commitment
    if let meters = commitment?.meters { c.fill("commitment", "\(Money.displayQuantity(meters)) m a year") }
    if let value = commitment?.value { c.fill("commitment", "\(Money.display(value)) a year") }
    let new = NewContract(client: client, start: start, end: end, lines: d.lines, commitment: commitment, paymentTerms: d.payment)
    return .command(.draftContract(new))
  }

  static func describe(_ line: ContractLine, desk: Desk) -> String {
    let target: String
    switch line.scope {
    case .all: target = "everything"
    case .category(let name): target = name
    case .product(let sku): target = desk.products[sku]?.name ?? sku
    }
    if let price = line.unitPrice { return "\(target) at \(Money.plain(price))/m" }
    return "\(target) \(Money.trimmed(line.discountPercent ?? 0))% off"
  }

  /// "12 months from 1 Jan", "a year from 1 Mar", "from 1 Jan 2027 to 31 Dec 2027",
  /// "from 1 Jan for 2 years", "until 31 Dec".
  private static func period(_ c: inout Cursor, into d: inout Draft) throws(ParseError) -> Bool {
    let start = c.index
    if let months = length(&c) {
      try setOnce(&d.months, months, c, start, what: "length")
      return true
    }
    if c.takeAny(["from", "starting", "starting on", "starts", "beginning", "effective"]) != nil {
      _ = c.takeAny(["on", "from"])
      let (date, _) = try date(&c, example: "from 1 Jan 2027 to 31 Dec 2027")
      try setOnce(&d.start, date, c, start, what: "start")
      return true
    }
    if c.takeAny(["to", "until", "till", "through", "ending", "ends", "ending on", "ends on"]) != nil {
      let (date, hasYear) = try date(&c, example: "from 1 Jan 2027 to 31 Dec 2027")
      var end = date
      // "from 1 Jan to 31 Dec": a day without its year is the first such day on or after the start.
      if !hasYear, let from = d.start {
        while end < from, let next = DeskDate.calendar.date(byAdding: .year, value: 1, to: end) { end = next }
      }
      try setOnce(&d.end, end, c, start, what: "end")
      return true
    }
    if c.take("for") {
      if let months = length(&c) {
        try setOnce(&d.months, months, c, start, what: "length")
        return true
      }
      c.index = start
    }
    return false
  }

  /// "12 months", "a year", "2 years", "one year": months.
  private static func length(_ c: inout Cursor) -> Int? {
    let start = c.index
    var n: Decimal = 1
    if let (value, consumed) = NumberScanner.scan(c.tokens, at: c.index) {
      n = value
      c.index += consumed
    } else if !c.take("a") && !c.take("one") {
      return nil
    }
    let unit = c.word()
    let perUnit: Int
    switch unit {
    case "month", "months": perUnit = 1
    case "year", "years", "yr", "yrs": perUnit = 12
    default:
      c.index = start
      return nil
    }
    // "a year" after a commitment is the commitment's, read there; here it opens the period.
    let months = NSDecimalNumber(decimal: n).intValue * perUnit
    guard Decimal(months) == n * Decimal(perUnit), months > 0, months <= 120 else {
      c.index = start
      return nil
    }
    c.index += 1
    return months
  }

  private static func date(_ c: inout Cursor, example: String) throws(ParseError) -> (Date, hasYear: Bool) {
    guard let (result, n) = DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar) else {
      throw c.error("Which date?", suggestion: "e.g. \(example)")
    }
    switch result {
    case .failure(let error): throw c.error(Lexicon.sentence(error.message), suggestion: "e.g. \(example)")
    case .success(let match):
      let written = c.tokens[c.index..<(c.index + n)]
      let hasYear = written.contains { token in
        let digits = token.text.filter(\.isNumber)
        return (digits.count == 4 && token.text.allSatisfy(\.isNumber)) || token.text.filter { $0 == "/" || $0 == "." }.count == 2
      }
      c.index += n
      return (DeskDate.calendar.startOfDay(for: match.date), hasYear)
    }
  }

  /// "at least 5,000 m a year", "minimum 50,000 a year", "commitment 5,000 m and 60,000 a year".
  private static func commitment(_ c: inout Cursor, into d: inout Draft) throws(ParseError) -> Bool {
    let start = c.index
    guard c.takeAny(["at least", "minimum", "min", "min.", "commitment", "commits to", "committed", "no less than", "buys at least", "buying at least"]) != nil else {
      return false
    }
    _ = c.takeAny(["of", "to buy", "to"])
    var read = false
    while true {
      if let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
        guard q.unit == .meters else {
          throw c.error("Give a commitment in metres.", suggestion: "e.g. at least 5,000 m a year")
        }
        c.index += n
        try setOnce(&d.commitment.meters, q.amount, c, start, what: "commitment in metres")
        read = true
      } else if let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) {
        try checkCurrency(money, &c)
        c.index += n
        try setOnce(&d.commitment.value, money.amount, c, start, what: "commitment in value")
        read = true
      } else {
        break
      }
      guard c.take("and") || c.take("or") else { break }
    }
    guard read else { throw c.error("At least how much?", suggestion: "e.g. at least 5,000 m a year, or at least 50,000 a year") }
    guard c.takeAny(["a year", "per year", "yearly", "annually", "each year", "every year", "per annum", "a yr", "/year", "/yr"]) != nil else {
      throw c.error("A commitment is per year.", suggestion: "e.g. at least 5,000 m a year")
    }
    return true
  }

  private static func payment(_ c: inout Cursor, into d: inout Draft) throws(ParseError) -> Bool {
    let start = c.index
    _ = c.takeAny(["payment", "payment terms", "terms", "paying"])
    guard let terms = try Terms.payment(&c) else {
      c.index = start
      return false
    }
    try setOnce(&d.payment, terms, c, start, what: "payment terms")
    return true
  }

  /// "linen 220 at 10.90/m", "poplin 8% off", "8% off poplin", "poplin at 8% off".
  private static func line(_ c: inout Cursor, into d: inout Draft) throws(ParseError) -> Bool {
    let start = c.index
    var percent = Terms.percent(&c)
    if percent != nil { _ = c.takeAny(["off", "on", "off list on", "for"]) }
    guard let ref = try c.name(.fabrics) else {
      c.index = start
      return false
    }
    let scope: OfferScope
    switch ref {
    case .product(let sku): scope = .product(sku: sku)
    case .category(let name): scope = .category(name)
    default:
      c.index = start
      return false
    }
    var price: Decimal?
    if percent == nil {
      _ = c.take("at")
      if let p = Terms.percent(&c) {
        percent = p
        _ = c.takeAny(["off", "off list", "discount"])
      } else if let p = try Terms.price(&c) ?? Terms.bareCents(&c) {
        price = p
      }
    }
    guard percent != nil || price != nil else {
      throw c.error("At what price? \(c.text(from: start, to: c.index)) has neither a price per metre nor a percent off.",
                    suggestion: "e.g. linen 220 at 10.90/m, or poplin 8% off")
    }
    if let percent, percent >= 100 {
      throw c.error("A discount must be below 100%; \(Money.trimmed(percent))% is not.")
    }
    d.lines.append(ContractLine(scope: scope, unitPrice: price, discountPercent: price == nil ? percent : nil))
    return true
  }

  /// A clause said twice would silently replace the first: refused, naming it.
  private static func setOnce<T: Equatable>(_ slot: inout T?, _ value: T, _ c: Cursor, _ start: Int, what: String) throws(ParseError) {
    if let earlier = slot, earlier != value {
      throw c.error("Two \(what)s in one contract (at `\(c.text(from: start, to: c.index))`).", suggestion: "Give one.")
    }
    slot = value
  }
}
