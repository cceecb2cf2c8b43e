import DealdeskCore
import Foundation

/// The entertainment budget: expenses and the budget they are spent against.
enum ExpenseGrammar {
  static let family = CompetitorGrammar.family

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "expense", family: family, verbs: ["expense", "add expense", "spent", "i spent"] + occasions,
      summary: "Record money spent from the entertainment budget (a client named in the words is noted).",
      usage: "expense AMOUNT WHAT FOR   dinner|lunch|coffee with CLIENT AMOUNT",
      examples: ["expense 45 lunch with Acme", "spent 18.50 on coffee with Bora", "dinner with Acme 80 eur", "coffee with the Bora buyers 12"],
      parse: expense),
    CommandSpec(
      name: "expenses", family: family,
      verbs: ["expenses", "budget", "list expenses", "my expenses", "how much budget is left", "how much budget",
              "how much have i spent", "what have i spent", "what's left in budget", "what is left in budget", "budget left"],
      summary: "This period's expenses: spent, budget, what is left, and the list.",
      usage: "expenses", examples: ["expenses", "budget", "how much budget do I have left"],
      parse: { c, _ throws(ParseError) in
        // The listing is the budget's own period: "this month" is read only when that is a
        // month ("expenses this quarter" on a monthly budget is refused, not shown a month).
        let period = c.context.desk.settings.expenseBudgetPeriod.rawValue
        while true {
          c.skipWords(["do", "i", "have", "left", "is", "so", "far", "budget", "this", "spent", "remaining"])
          guard let word = c.word(), ["month", "quarter"].contains(word) else { break }
          guard word == period else {
            throw c.error("Expenses are shown for the budget's period, a \(period).", suggestion: "Type expenses for this \(period)'s.")
          }
          c.roles[c.index] = "word"
          c.index += 1
        }
        return .question(.expenses)
      }),
    CommandSpec(
      name: "set budget", family: family,
      verbs: ["set entertainment budget", "set expense budget", "set budget", "entertainment budget", "expense budget"],
      summary: "Set the entertainment budget per month or quarter (over it, expenses are warned, not refused).",
      usage: "set entertainment budget AMOUNT a month|a quarter   set entertainment budget none",
      examples: ["set entertainment budget 500 a month", "set expense budget 1,200 per quarter"],
      parse: budget),
  ]

  /// What the budget is spent on, opening a line as its verb: "dinner with drini 80 eur". The
  /// word is the start of what the expense was for, so it stays in the text.
  static let occasions = [
    "dinner", "lunch", "breakfast", "coffee", "coffees", "drinks", "beers", "taxi", "cab", "gift", "gifts", "flowers",
    "fuel", "petrol", "parking", "courier", "hotel",
    "business lunch", "business dinner", "team dinner", "client dinner", "client lunch",
  ]

  static func expense(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let afterVerb = c.index
    if let verb = c.index > 0 ? c.tokens[c.index - 1].folded : nil, occasions.contains(where: { $0.hasSuffix(verb) }) {
      // Back to the first word of the occasion ("business lunch" is two).
      while c.index > 0, occasions.contains(where: { $0.split(separator: " ").contains(Substring(c.tokens[c.index - 1].folded)) }) {
        c.index -= 1
      }
    }
    c.skipFiller()
    // The amount first ("expense 45 lunch with Acme"), or last ("expense: lunch with Acme 45").
    let text: String
    let from: Int
    let money: MoneyMatch
    // An amount that ends the line is the amount ("hotel 2 nights 240 eur"): only without one
    // is an amount right after the occasion read as it.
    if afterVerb > c.index, trailingAmount(c) == nil, let (first, n) = MoneyScanner.scan(c.tokens, at: afterVerb, requireMarker: false) {
      // "fuel 60 eur trip to shkoder": the occasion, the amount, then what it was for; the
      // occasion stays the start of the text.
      money = first
      let occasionStart = c.index
      let occasion = c.text(from: c.index, to: afterVerb)
      c.markText(from: c.index, to: afterVerb)
      c.index = afterVerb
      try checkCurrency(money, &c)
      c.index += n
      c.skipPunctuation()
      if let day = (c.index..<c.tokens.count).first(where: {
        DateScanner.scan(c.tokens, at: $0, now: c.context.now, calendar: DeskDate.calendar) != nil
      }) {
        throw ParseError("I read `\(c.text(from: occasionStart, to: day))` but not `\(c.text(from: day, to: c.tokens.count))`: an expense is recorded on the day it is typed.",
                         suggestion: "Type it without the day, on the day it was spent.", offset: c.tokens[day].offset)
      }
      _ = c.takeAny(["on", "for"])
      from = c.index
      let rest = c.takeRest()
      text = rest.isEmpty ? occasion : occasion + " " + rest
    } else if let (first, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) {
      money = first
      try checkCurrency(money, &c)
      c.index += n
      c.skipPunctuation()
      _ = c.takeAny(["on", "for"])
      from = c.index
      text = c.takeRest()
    } else if let (last, at) = trailingAmount(c) {
      money = last
      from = c.index
      var end = at
      while end > from, ["for", "at", "of", "-", ","].contains(c.tokens[end - 1].folded) { end -= 1 }
      text = c.text(from: from, to: end)
      c.markText(from: from, to: end)
      c.index = at
      try checkCurrency(money, &c)
      c.index = c.tokens.count
    } else if let (last, at, n) = amountThenAside(c) {
      // "gift for acme owner 75 eur, xmas", "hotel 2 nights €240 - celik visit": the words
      // after the amount are kept in the text, after what came before it.
      money = last
      from = c.index
      var end = at
      while end > from, ["for", "at", "of", "-", ","].contains(c.tokens[end - 1].folded) { end -= 1 }
      let before = c.text(from: from, to: end)
      c.markText(from: from, to: end)
      c.index = at
      try checkCurrency(money, &c)
      c.index = at + n + 1  // past the comma or dash
      let aside = c.text(from: c.index, to: c.tokens.count)
      c.markText(from: c.index, to: c.tokens.count)
      c.index = c.tokens.count
      text = before.isEmpty ? aside : before + ", " + aside
    } else if let day = amountThenDay(c) {
      // "parking 6 eur yesterday": an expense is recorded on the day it is typed; the day
      // is refused, never dropped.
      throw ParseError("I read `\(c.text(from: c.index, to: day))` but not `\(c.text(from: day, to: c.tokens.count))`: an expense is recorded on the day it is typed.",
                       suggestion: "Type it without the day, on the day it was spent.", offset: c.tokens[day].offset)
    } else {
      throw c.error("How much was spent?", suggestion: "e.g. expense 45 lunch with Acme")
    }
    guard !text.isEmpty else { throw ParseError("What was it for?", suggestion: "e.g. expense \(Money.trimmed(money.amount)) lunch with Acme") }
    let client = clientNamed(in: c, from: from)
    c.fill("amount", Money.plain(money.amount))
    c.fill("text", text)
    if let client { c.fill("client", c.context.desk.clients[client]?.name ?? client) }
    return .command(.recordExpense(amount: money.amount, text: text, client: client))
  }

  /// An amount followed by a comma or dash and words with no amount or day in them: "75 eur,
  /// xmas". The amount, where it starts and how many tokens it took.
  private static func amountThenAside(_ c: Cursor) -> (MoneyMatch, Int, Int)? {
    let calendar = DeskDate.calendar
    for at in stride(from: c.tokens.count - 2, to: c.index, by: -1) {
      guard let (money, n) = MoneyScanner.scan(c.tokens, at: at, requireMarker: false), at + n < c.tokens.count - 1,
        [",", "-", "–", "—", ";"].contains(c.tokens[at + n].text)
      else { continue }
      let rest = (at + n + 1)..<c.tokens.count
      guard rest.allSatisfy({ c.tokens[$0].kind == .word }),
        !rest.contains(where: {
          MoneyScanner.scan(c.tokens, at: $0, requireMarker: false) != nil
            || DateScanner.scan(c.tokens, at: $0, now: c.context.now, calendar: calendar) != nil
        })
      else { return nil }
      return (money, at, n)
    }
    return nil
  }

  /// Where a day starts that ends the line right after an amount ("6 eur yesterday").
  private static func amountThenDay(_ c: Cursor) -> Int? {
    for at in c.index..<c.tokens.count {
      guard let (_, n) = MoneyScanner.scan(c.tokens, at: at, requireMarker: false) else { continue }
      var day = at + n
      while day < c.tokens.count, [",", "-", "–", "—", ";"].contains(c.tokens[day].text) { day += 1 }
      guard day < c.tokens.count,
        let (_, days) = DateScanner.scan(c.tokens, at: day, now: c.context.now, calendar: DeskDate.calendar),
        day + days == c.tokens.count
      else { continue }
      return day
    }
    return nil
  }

  /// An amount that ends the line, and where it starts.
  private static func trailingAmount(_ c: Cursor) -> (MoneyMatch, Int)? {
    for at in stride(from: c.tokens.count - 1, to: c.index, by: -1) {
      if let (money, n) = MoneyScanner.scan(c.tokens, at: at, requireMarker: false), at + n == c.tokens.count { return (money, at) }
    }
    return nil
  }

  /// The first client named in the words (exactly or by the start of its name, one client only).
  private static func clientNamed(in c: Cursor, from: Int) -> String? {
    for i in from..<c.tokens.count {
      let token = c.tokens[i]
      guard token.kind != .punctuation, !Lexicon.isFiller(token), !Grammar.reserved.contains(token.folded),
        let found = c.context.names.match(c.tokens, at: i, kinds: .clients), found.quality != .typo, found.refs.count == 1,
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
