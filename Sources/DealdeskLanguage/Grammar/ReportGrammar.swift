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
              "am i on track", "how am i tracking"],
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
              "how much did we sell", "how are sales"],
      summary: "Sales in a period, in total or by client, product or category. Sales are invoiced value net of credit notes, dated by invoice (shipping): an order is a sale when it ships, never while on credit hold; quota, growth and client tiers read the same figure. A month or quarter without a year is the latest that has begun (Dec in January is last December).",
      usage: "sales [by client|product|category] [PERIOD]",
      examples: ["sales this month", "sales by client this quarter", "sales by category 2026"],
      parse: sales),
    CommandSpec(
      name: "top clients", family: family,
      verbs: ["top clients", "best clients", "biggest clients", "top customers", "best customers", "biggest customers",
              "who are top clients", "who are best clients", "who are biggest clients", "who buys most", "who bought most"],
      summary: "The clients who bought most in a period (this year unless said).", usage: "top clients [PERIOD]",
      examples: ["top clients", "top clients last quarter"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        let period = PeriodReader.read(&c, for: .report) ?? Period.year(of: c.context.now)
        c.fill("period", period.label)
        return .question(.topClients(period: period))
      }),
    CommandSpec(
      name: "growth", family: family, verbs: ["growth", "turnover growth", "how are we growing", "sales growth"],
      summary: "Turnover against the period before, like with like: a period still running to date against the same days before it, an ended one whole (this quarter unless said).",
      usage: "growth [PERIOD]",
      examples: ["growth", "growth this month"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        let period = PeriodReader.read(&c, for: .report) ?? Period.quarter(of: c.context.now)
        c.fill("period", period.label)
        return .question(.growth(period: period))
      }),
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

  static func sales(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    var grouping: SalesGrouping?
    var period: Period?
    while !c.isAtEnd {
      if c.take("by") || c.take("per") {
        switch c.word() {
        case "client", "clients", "customer", "customers": grouping = .client
        case "product", "products", "fabric", "fabrics": grouping = .product
        case "category", "categories": grouping = .category
        default: throw c.error("Sales by what?", suggestion: "by client, by product or by category")
        }
        c.index += 1
      } else if period == nil, let found = PeriodReader.read(&c, for: .report) {
        period = found
      } else if let token = c.current, Lexicon.isFiller(token) {
        c.skipFiller()
      } else {
        throw c.error("I don't know \"\(c.current?.text ?? "")\" in a sales report.", suggestion: "e.g. sales by client this quarter")
      }
    }
    let chosen = period ?? Period.month(of: c.context.now)
    c.fill("period", chosen.label)
    if let grouping { c.fill("by", grouping.rawValue) }
    return .question(.sales(period: chosen, by: grouping))
  }
}
