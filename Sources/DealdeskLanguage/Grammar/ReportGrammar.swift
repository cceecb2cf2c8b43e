import DealdeskCore
import Foundation

/// The manager's numbers: quota and attainment, sales, top clients, growth, the weighted
/// forecast, and a handover digest for a colleague.
enum ReportGrammar {
  static let family = "Reports"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "quota", family: family,
      verbs: ["quota", "how am i doing", "attainment", "my quota", "plan", "how close am i to quota", "how close am i to target",
              "how far am i from quota", "how far am i from target", "what's quota", "what is quota", "am i on target",
              "am i on track", "how am i tracking", "where am i against quota", "where am i against target", "where am i against plan",
              "where am i vs quota", "where am i on quota", "how am i against quota", "how am i against target", "where do i stand",
              "where am i", "wheres my quota", "where's my quota", "how far am i", "quota status"],
      summary: "Sales against quota for a period, with what is left to sell; `set quota 120,000 for Q1` sets one. A month or quarter without a year is the coming one (Q1 in November is next year's).",
      usage: "quota [PERIOD]   how am I doing   set quota AMOUNT for PERIOD",
      examples: ["quota", "how am I doing", "quota this quarter"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        let period = PeriodReader.read(&c, for: .target)
        if let period { c.fill("period", period.label) }
        return .question(.quota(period: period))
      }),
    CommandSpec(
      name: "sales", family: family,
      verbs: ["sales", "turnover", "revenue", "sold", "what did i sell", "what did we sell", "how much did i sell",
              "how much did we sell", "how are sales", "how much we sold", "how much i sold", "how much have we sold",
              "how much have i sold", "what we sold", "what i sold", "what have we sold", "what have i sold", "monthly sales"],
      summary: "Sales in a period, in total or by client, product or category. Sales are invoiced value net of credit notes, dated by invoice (shipping): an order is a sale when it ships, never while on credit hold; quota, growth and client tiers read the same figure. A month or quarter without a year is the latest that has begun (Dec in January is last December).",
      usage: "sales [of CLIENT|PRODUCT|CATEGORY] [by client|product|category|month] [PERIOD]",
      examples: ["sales this month", "sales by client this quarter", "sales by category 2026", "sales of linen 220 last month",
                 "sales this year by month"],
      parse: sales),
    CommandSpec(
      name: "top clients", family: family,
      verbs: ["top clients", "best clients", "biggest clients", "top customers", "best customers", "biggest customers",
              "who are top clients", "who are best clients", "who are biggest clients", "who buys most", "who bought most",
              "top", "best", "biggest", "who are my top", "who are the top"],
      summary: "The clients who bought most in a period (this year unless said); `top 5 clients` for five.",
      usage: "top [N] clients [PERIOD]",
      examples: ["top clients", "top clients last quarter", "top 5 clients"],
      parse: topClients),
    CommandSpec(
      name: "growth", family: family, verbs: ["growth", "turnover growth", "how are we growing", "sales growth"],
      summary: "Turnover against the period before, like with like: a period still running to date against the same days before it, an ended one whole (this quarter unless said).",
      usage: "growth [PERIOD]",
      examples: ["growth", "growth this month", "growth this quarter vs last"],
      parse: growth),
    CommandSpec(
      name: "scorecard", family: family, verbs: ["scorecard", "how am i judged", "my criteria", "kpis", "kpi"],
      summary: "The criteria you are judged by: plan, growth, sales registered on time, justified claims, missed follow-ups.",
      usage: "scorecard [PERIOD]", examples: ["scorecard", "scorecard last quarter"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        let period = PeriodReader.read(&c, for: .report) ?? Period.quarter(of: c.context.now)
        c.fill("period", period.label)
        return .question(.scorecard(period: period))
      }),
    CommandSpec(
      name: "forecast", family: family, verbs: ["forecast", "weighted pipeline", "expected sales"],
      summary: "Open deals weighted by how close they are.", usage: "forecast", examples: ["forecast"],
      parse: { _, _ throws(ParseError) in .question(.forecast) }),
    CommandSpec(
      name: "handover", family: family, verbs: ["handover", "hand over", "digest"],
      summary: "A digest for a colleague covering for you: what expires, ships, waits for approval, is overdue or due back.",
      usage: "handover", examples: ["handover"],
      parse: { _, _ throws(ParseError) in .question(.handover) }),
  ]

  static func sales(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent { try sales(&c, named: nil) }

  private static let salesWords: Set<String> = ["sales", "turnover", "revenue"]

  /// "linen sales last quarter", "acme turnover this year": a name, then the sales word.
  static func namedSalesLine(_ c: inout Cursor) throws(ParseError) -> Understood? {
    let start = c.index
    let words = salesWords
    guard c.tokens.count - c.index <= 8, let at = c.tokens[c.index...].prefix(5).firstIndex(where: { words.contains($0.folded) }),
      at > c.index, c.current?.kind == .word
    else { return nil }
    guard let ref = try c.name(.anyName), c.index == at else {
      c.index = start
      return nil
    }
    c.index = at + 1
    let intent = try sales(&c, named: ref)
    let client: String? = if case .client(let id) = ref { id } else { nil }
    return Understood(intent: intent, action: "sales", client: client, slots: c.slots, ignored: c.ignored, roles: c.roles)
  }

  static func sales(_ c: inout Cursor, named first: EntityRef?) throws(ParseError) -> Intent {
    var grouping: SalesGrouping?
    var period: Period?
    var byMonth = c.tokens[..<c.index].contains { $0.folded == "monthly" }
    var named = first
    while !c.isAtEnd {
      if c.takeAny(["month by month", "monthly", "by month", "per month", "each month", "by months"]) != nil {
        byMonth = true
      } else if c.take("by") || c.take("per") {
        switch c.word() {
        case "client", "clients", "customer", "customers": grouping = .client
        case "product", "products", "fabric", "fabrics": grouping = .product
        case "category", "categories": grouping = .category
        default: throw c.error("Sales by what?", suggestion: "by client, by product, by category or by month")
        }
        c.index += 1
      } else if period == nil, let found = PeriodReader.read(&c, for: .report) {
        period = found
      } else if named == nil, c.current?.kind != .punctuation, !(c.current.map(Lexicon.isFiller) ?? false), let ref = try c.name(.anyName) {
        // "sales of tweed last month", "sales to drini this year".
        named = ref
      } else if let token = c.current, Lexicon.isFiller(token) {
        c.skipFiller()
      } else {
        throw c.error("I don't know \"\(c.current?.text ?? "")\" in a sales report.", suggestion: "e.g. sales by client this quarter")
      }
    }
    let chosen = period ?? (byMonth ? Period.year(of: c.context.now) : Period.month(of: c.context.now))
    c.fill("period", chosen.label)
    if let grouping { c.fill("by", grouping.rawValue) }
    guard named != nil || byMonth else { return .question(.sales(period: chosen, by: grouping)) }
    // One client's or fabric's sales, or month by month: no grouping is read with them.
    if let grouping {
      throw ParseError("I can show sales \(byMonth ? "by month" : "of one name") or by \(grouping.rawValue), not both at once.",
                       suggestion: "e.g. sales by \(grouping.rawValue) \(chosen.label.lowercased()), or sales this year by month")
    }
    if byMonth { c.fill("by", "month") }
    var (client, sku, category): (String?, String?, String?) = (nil, nil, nil)
    switch named {
    case .client(let id)?: client = id; c.fill("client", c.context.desk.clients[id]?.name ?? id)
    case .product(let id)?: sku = id; c.fill("product", id)
    case .category(let name)?: category = name; c.fill("category", name)
    case nil: break
    }
    return .question(.salesOf(period: chosen, client: client, sku: sku, category: category, byMonth: byMonth))
  }

  /// "top 5 clients last quarter", "top clients", "best 10 customers".
  static func topClients(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    var count: Int?
    if let word = c.word(), let n = Int(word) {
      guard (1...100).contains(n) else { throw c.error("Top how many? \(n) is not a count I can list.", suggestion: "e.g. top 5 clients") }
      count = n
      c.index += 1
    }
    // After "top" alone the line must say it is clients: "top 5 linen" is no question of clients.
    let opened = c.tokens[..<c.index].map(\.folded)
    let saidClients = opened.contains { ["clients", "customers", "buyers", "most"].contains($0) }
    if c.takeAny(["clients", "customers", "buyers", "accounts"]) == nil, !saidClients {
      throw c.isAtEnd ? c.error("Top what?", suggestion: "e.g. top 5 clients") : c.unexpected(kinds: [])
    }
    c.skipFiller()
    let period = PeriodReader.read(&c, for: .report) ?? Period.year(of: c.context.now)
    c.fill("period", period.label)
    if let count { c.fill("count", "\(count)") }
    return .question(.topClients(period: period, count: count))
  }

  /// "growth this quarter", "growth this quarter vs last": growth is always against the
  /// period just before, so "vs last" says nothing new; any other period to compare with is
  /// refused rather than answered against the one before.
  static func growth(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    let named = PeriodReader.read(&c, for: .report)
    var period = named ?? Period.quarter(of: c.context.now)
    c.skipFiller()
    if c.takeAny(["vs", "versus", "compared to", "compared with", "against", "over", "vs.", "v"]) != nil {
      c.skipFiller()
      let unit = ["month": Period.Kind.month, "quarter": .quarter, "year": .year]
      guard c.takeAny(["last", "previous", "the last", "the previous", "prior", "the one before", "before"]) != nil else {
        throw c.error("Growth is always against the \(period.kind.rawValue) before \(period.label).",
                      suggestion: "e.g. growth this quarter vs last")
      }
      if let word = c.word(), let kind = unit[word] ?? unit[String(word.dropLast())] {
        // "growth vs last year": with no period named, the one of that kind running now.
        if named == nil {
          let now = c.context.now
          period = kind == .month ? Period.month(of: now) : kind == .quarter ? Period.quarter(of: now) : Period.year(of: now)
        }
        guard kind == period.kind else {
          throw c.error("Growth compares a \(period.kind.rawValue) with the \(period.kind.rawValue) before it.",
                        suggestion: "e.g. growth this \(kind.rawValue) vs last")
        }
        c.index += 1
      }
      c.fill("against", period.previous.label)
    }
    c.fill("period", period.label)
    return .question(.growth(period: period))
  }
}
