import DealdeskCore
import Foundation

/// Trade (retro) bonuses: `bonus Acme 2% on purchases over 50,000 a year`, the list, a
/// director's approval beyond the bonus limit, ending one, and settling it as a credit note.
enum BonusGrammar {
  static let family = ClientGrammar.family

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "bonus", family: family, verbs: ["bonus", "trade bonus", "retro bonus", "rebate", "agree bonus", "give bonus"],
      summary: "Agree a trade bonus: a percent of all the client's purchases in a calendar year (or quarter), owed once they reach the threshold and paid as a credit note after the period. Beyond the bonus limit a director approves it.",
      usage: "bonus CLIENT N% on purchases over AMOUNT a year|a quarter [for 2027|Q2|next year]   bonus CLIENT",
      examples: [
        "bonus Acme 2% on purchases over 50,000 a year", "trade bonus Acme 1.5% over 20,000 a quarter",
        "bonus Acme 2% over 50,000 for next year", "bonus Acme 1% on purchases above 10,000 in Q2", "bonus Acme",
      ],
      parse: agree),
    CommandSpec(
      name: "bonuses", family: family, verbs: ["bonuses", "trade bonuses", "list bonuses", "show bonuses", "rebates"],
      summary: "Every trade bonus (or one client's): purchases so far, what is accrued, what is left to reach the threshold, and the projection at today's pace.",
      usage: "bonuses [CLIENT]", examples: ["bonuses", "bonuses for Acme"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        let client = try c.client()
        c.skipFiller()
        guard c.isAtEnd else { throw c.unexpected(kinds: .clients) }
        if let client { c.fill("client", c.context.desk.clients[client]?.name ?? client) }
        return .question(.bonuses(client: client))
      }),
    CommandSpec(
      name: "approve bonus", family: family, verbs: ["approve bonus", "approve trade bonus", "approve the bonus"],
      summary: "A director approves a trade bonus beyond the bonus limit (on your own desk, say who).",
      usage: "approve bonus CLIENT|TB-N [by NAME]", examples: ["approve bonus Acme by Sofia Marku", "approve bonus TB-1 by Sofia Marku"],
      parse: { c, _ throws(ParseError) in
        let pick = try pick(&c, verb: "approve bonus")
        c.skipFiller()
        var approver: String?
        if c.takeAny(["by", "as", "from"]) != nil {
          c.mark(from: c.index, to: c.tokens.count, as: "approver")
          approver = c.takeRest()
          c.fill("approved by", approver ?? "")
        }
        guard c.isAtEnd else { throw c.readButNot() }
        return .command(.approveBonus(pick, by: approver))
      }),
    CommandSpec(
      name: "end bonus", family: family,
      verbs: ["end bonus", "end trade bonus", "stop bonus", "cancel bonus", "cancel trade bonus", "call off bonus", "end the bonus"],
      summary: "Call off a trade bonus before its period is over: it pays nothing.",
      usage: "end bonus CLIENT|TB-N", examples: ["end bonus Acme", "end bonus TB-1"],
      parse: { c, _ throws(ParseError) in
        let pick = try pick(&c, verb: "end bonus")
        guard c.isAtEnd else { throw c.readButNot() }
        return .command(.endBonus(pick))
      }),
    CommandSpec(
      name: "settle bonus", family: family,
      verbs: ["settle bonus", "settle trade bonus", "pay bonus", "pay out bonus", "pay the bonus", "settle the bonus"],
      summary: "Pay a trade bonus once its period is over and its threshold was reached: a credit note for the accrued amount.",
      usage: "settle bonus CLIENT|TB-N", examples: ["settle bonus Acme", "settle bonus TB-1"],
      parse: { c, _ throws(ParseError) in
        let pick = try pick(&c, verb: "settle bonus")
        guard c.isAtEnd else { throw c.readButNot() }
        return .command(.settleBonus(pick))
      }),
  ]

  private static let thresholdWords = [
    "over", "above", "beyond", "exceeding", "more than", "at least", "from", "once over", "once above", "threshold", "after",
  ]
  private static let yearWords = ["per year", "each year", "every year", "year", "yearly", "annual", "annually", "per annum", "a year"]
  private static let quarterWords = ["per quarter", "each quarter", "every quarter", "quarter", "quarterly", "a quarter"]
  /// Words that say what the percent is of: read, not meaningful.
  private static let baseWords = ["on purchases", "on sales", "on turnover", "purchases", "sales", "turnover", "bought", "in purchases"]

  /// Slot by slot, in any order: the client, the percent, the threshold (after "over"), the
  /// unit (a year or a quarter) and the period. The client alone shows their bonuses.
  static func agree(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    let now = c.context.now
    var client = subject.flatMap { c.context.desk.clients[$0]?.id }
    var percent: Decimal?
    var threshold: Decimal?
    var kind: Period.Kind?
    var period: Period?
    while true {
      c.skipFiller()
      guard !c.isAtEnd else { break }
      if percent == nil, let (p, n) = PercentScanner.scan(c.tokens, at: c.index) {
        c.index += n
        percent = p
      } else if threshold == nil, c.takeAny(thresholdWords) != nil {
        c.skipFiller()
        _ = c.takeAny(["of"])
        // "over -5,000": refused as what it is, not as a threshold left out.
        if c.current?.text.hasPrefix("-") == true || c.current?.text.hasPrefix("−") == true {
          throw c.error("A bonus threshold is zero or more.", suggestion: "e.g. bonus Acme 2% on purchases over 50,000 a year (over 0: on every purchase)")
        }
        guard let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else {
          throw c.error("Over what purchases is the bonus owed?", suggestion: "e.g. bonus Acme 2% on purchases over 50,000 a year")
        }
        try checkCurrency(money, &c)
        c.index += n
        threshold = money.amount
      } else if period == nil, let which = c.takeAny(["this year", "next year", "this quarter", "next quarter"]) {
        let year = which.hasSuffix("year")
        let current = year ? Period.year(of: now) : Period.quarter(of: now)
        period = which.hasPrefix("next") ? following(current) : current
      } else if kind == nil, let unit = c.takeAny(yearWords + quarterWords) {
        kind = quarterWords.contains(unit) ? .quarter : .year
      } else if c.takeAny(baseWords) != nil {
        continue
      } else if client == nil, let id = try c.client() {
        // Before a period: a client called "Marina" is not March.
        client = id
      } else if period == nil, let named = namedPeriod(&c) {
        period = named
      } else {
        throw c.readButNot()
      }
    }
    guard let percent else {
      guard threshold == nil, kind == nil, period == nil else {
        throw c.error("What percent of their purchases?", suggestion: "e.g. bonus Acme 2% on purchases over 50,000 a year")
      }
      // "bonus Acme": their bonuses.
      let id = try c.clientOrContext(client, example: "bonus Acme 2% on purchases over 50,000 a year")
      c.fill("client", c.context.desk.clients[id]?.name ?? id)
      return .question(.bonuses(client: id))
    }
    let id = try c.clientOrContext(client, example: "bonus Acme 2% on purchases over 50,000 a year")
    guard let threshold else {
      throw c.error(
        "Over what purchases is the bonus owed?",
        suggestion: "e.g. bonus \(c.context.desk.clients[id]?.name ?? "Acme") \(Money.trimmed(percent))% on purchases over 50,000 a year (over 0: on every purchase)")
    }
    // A year unless a quarter is said; a period named says which it is.
    let unit = kind ?? period?.kind ?? .year
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    c.fill("bonus", "\(Money.trimmed(percent))%")
    c.fill("threshold", Money.plain(threshold))
    c.fill("period", period?.label ?? (unit == .year ? "this calendar year" : "this calendar quarter"))
    return .command(.agreeBonus(NewBonus(client: id, percent: percent, threshold: threshold, kind: unit, period: period)))
  }

  /// The calendar year or quarter after this one.
  private static func following(_ period: Period) -> Period {
    switch period.kind {
    case .year: return Period(kind: .year, year: period.year + 1, index: 1)
    case .quarter: return period.index == 4 ? Period(kind: .quarter, year: period.year + 1, index: 1) : Period(kind: .quarter, year: period.year, index: period.index + 1)
    case .month: return period
    }
  }

  /// "for 2027", "in Q2", "Q1 2027": a period named; the cursor is left where it was when the
  /// words are not one.
  private static func namedPeriod(_ c: inout Cursor) -> Period? {
    let start = c.index
    if let period = PeriodReader.read(&c, for: .target) { return period }
    c.index = start
    return nil
  }

  /// The bonus a line names: TB-N, a client, or the client in context.
  private static func pick(_ c: inout Cursor, verb: String) throws(ParseError) -> BonusPick {
    c.skipFiller()
    if let id = c.prefixedReference("tb-") {
      c.fill("bonus", id)
      return .bonus(id)
    }
    let named = try c.client()
    let id = try c.clientOrContext(named, example: "\(verb) Acme")
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    c.skipFiller()
    _ = c.takeAny(["bonus", "trade bonus", "'s bonus"])
    return .client(id)
  }
}
