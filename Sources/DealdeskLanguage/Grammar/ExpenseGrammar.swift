import DealdeskCore
import Foundation

/// The entertainment budget: expenses and the budget they are spent against.
enum ExpenseGrammar {
  static let family = CompetitorGrammar.family

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "expense", family: family, verbs: ["expense", "add expense", "spent", "i spent"],
      summary: "Record money spent from the entertainment budget (a client named in the words is noted).",
      usage: "expense AMOUNT WHAT FOR", examples: ["expense 45 lunch with Acme", "spent 18.50 on coffee with Bora"],
      parse: expense),
    CommandSpec(
      name: "expenses", family: family, verbs: ["expenses", "budget", "list expenses", "my expenses", "how much budget is left"],
      summary: "This period's expenses: spent, budget, what is left, and the list.",
      usage: "expenses", examples: ["expenses", "budget"],
      parse: { _, _ throws(ParseError) in .question(.expenses) }),
    CommandSpec(
      name: "set budget", family: family,
      verbs: ["set entertainment budget", "set expense budget", "set budget", "entertainment budget", "expense budget"],
      summary: "Set the entertainment budget per month or quarter (over it, expenses are warned, not refused).",
      usage: "set entertainment budget AMOUNT a month|a quarter   set entertainment budget none",
      examples: ["set entertainment budget 500 a month", "set expense budget 1,200 per quarter"],
      parse: budget),
  ]

  static func expense(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    guard let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else {
      throw c.error("How much was spent?", suggestion: "e.g. expense 45 lunch with Acme")
    }
    try checkCurrency(money, &c)
    c.index += n
    c.skipPunctuation()
    _ = c.takeAny(["on", "for"])
    let from = c.index
    let text = c.takeRest()
    guard !text.isEmpty else { throw ParseError("What was it for?", suggestion: "e.g. expense \(Money.trimmed(money.amount)) lunch with Acme") }
    let client = clientNamed(in: c, from: from)
    c.fill("amount", Money.plain(money.amount))
    c.fill("text", text)
    if let client { c.fill("client", c.context.desk.clients[client]?.name ?? client) }
    return .command(.recordExpense(amount: money.amount, text: text, client: client))
  }

  /// The first client named in the words (exactly or by the start of its name, one client only).
  private static func clientNamed(in c: Cursor, from: Int) -> String? {
    for i in from..<c.tokens.count {
      let token = c.tokens[i]
      guard token.kind != .punctuation, !Lexicon.isFiller(token), !Grammar.reserved.contains(token.folded),
        let found = c.context.names.match(c.tokens, at: i, kinds: [.client]), found.quality != .typo, found.refs.count == 1,
        case .client(let id)? = found.refs.first
      else { continue }
      return id
    }
    return nil
  }

  static func budget(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    _ = c.takeAny(["is", "to", "of"])
    var amount: Decimal?
    if c.takeAny(["none", "off", "no budget", "nothing"]) == nil {
      guard let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else {
        throw c.error("What budget?", suggestion: "e.g. set entertainment budget 500 a month")
      }
      try checkCurrency(money, &c)
      c.index += n
      amount = money.amount
    }
    c.skipFiller()
    _ = c.takeAny(["per", "each", "every", "a", "/"])
    var period = c.context.desk.settings.expenseBudgetPeriod
    if c.takeAny(["month", "monthly", "months"]) != nil {
      period = .month
    } else if c.takeAny(["quarter", "quarterly", "quarters"]) != nil {
      period = .quarter
    } else if !c.isAtEnd {
      throw c.error("A budget is per month or per quarter.", suggestion: "e.g. set entertainment budget 500 a month")
    }
    c.fill("budget", amount.map { Money.plain($0) } ?? "none")
    c.fill("period", period.rawValue)
    return .command(.setExpenseBudget(amount: amount, period: period))
  }
}
