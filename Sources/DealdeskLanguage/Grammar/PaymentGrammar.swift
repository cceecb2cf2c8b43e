import DealdeskCore
import Foundation

/// Payments, balances and credit: what a client paid, owes, and may still buy on credit.
enum PaymentGrammar {
  static let family = "Orders and payments"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "payment", family: family, verbs: ["payment", "paid", "record payment", "receipt of"],
      subjectVerbs: ["paid", "pays", "has paid", "transferred", "sent", "wired"],
      summary: "Record money received, against an order or on account.",
      usage: "CLIENT paid AMOUNT [for S-7]   payment AMOUNT from CLIENT [for S-7]   S-7 paid (what it still owes)",
      examples: ["Acme paid 5,000", "payment 1,200 from Acme for S-1", "paid 300 for S-1", "S-1 paid", "received 500 from Acme"],
      parse: payment),
    CommandSpec(
      name: "balance", family: family, verbs: ["balance", "how much does", "what does", "how much do", "what do", "account"],
      // "Acme owes", "is Acme overdue" ("is" is skipped): questions about one client's money.
      // Not "late": an order is as often late in coming as in being paid.
      subjectVerbs: ["owes", "owe", "overdue", "still owes", "still owe",
                     // Late with money, said so: "is bora late with payment", "celik paying late".
                     "late with payment", "late with payments", "late with the payment", "late paying", "paying late", "late on payment",
                     "late on payments", "how many days late"],
      summary: "What a client owes, order by order, and their credit headroom.",
      usage: "balance CLIENT   how much does CLIENT owe", examples: ["balance Acme", "how much does Acme owe", "how much do they owe"],
      parse: balance),
    CommandSpec(
      name: "who owes us", family: family,
      verbs: ["who owes us", "who owes", "debtors", "receivables", "who hasn't paid", "who hasnt paid", "who has not paid",
              "who still owes", "who didn't pay", "who didnt pay"],
      summary: "Every client with money outstanding, largest first.", usage: "who owes us", examples: ["who owes us", "who hasn't paid yet"],
      parse: { c, _ throws(ParseError) in
        c.skipWords(["us", "yet", "money", "anything", "still"])
        return .question(.whoOwesUs)
      }),
    CommandSpec(
      name: "overdue", family: family,
      verbs: ["overdue", "what is overdue", "late payments", "overdue payments", "who is overdue", "who's overdue", "who is late",
              "who's late", "who pays late", "late payers", "anyone overdue", "anybody overdue", "any overdue", "anything overdue",
              // "whats late": the desk keeps no delivery promise to be late on, so late is late paying.
              "whats late", "what's late", "what is late", "anything late", "whats overdue", "what's overdue", "who is late paying",
              // The reply opens with the total overdue.
              "total overdue", "overdue total", "overdue amount", "how much is overdue", "total overdue amount"],
      summary: "Orders past their due date with money outstanding.", usage: "overdue", examples: ["overdue", "who is late paying"],
      parse: { c, _ throws(ParseError) in
        c.skipWords(["paying", "payments", "payment", "invoices", "orders", "yet", "now", "with", "in", "amount", "total"])
        return .question(.overdue)
      }),
    CommandSpec(
      name: "credit limit", family: family, verbs: ["credit limit"],
      subjectVerbs: ["credit limit", "limit"],
      summary: "Set a client's credit limit; orders beyond it wait for approval.",
      usage: "set CLIENT credit limit AMOUNT   credit limit CLIENT AMOUNT   CLIENT credit limit AMOUNT   (also: set CLIENT terms net N)",
      examples: ["credit limit Acme 20,000", "credit limit Bora none", "Acme credit limit 20k"],
      parse: { c, subject throws(ParseError) in try ClientTermsGrammar.creditLimit(&c, client: subject.flatMap { c.context.desk.clients[$0]?.id }) }),
    CommandSpec(
      name: "terms", family: family, verbs: ["terms", "payment terms"],
      summary: "Set the payment terms a client buys on (orders at standing terms use them).",
      usage: "terms CLIENT net N|N days|prepayment   CLIENT pays in N days   CLIENT's terms are net N   CLIENT gets N days to pay",
      examples: ["terms Acme net 45", "Acme pays in 45 days", "Acme pays net 45", "Acme's terms are 30 days",
                 "Acme gets 60 days to pay", "Bora pays upfront"],
      parse: { c, _ throws(ParseError) in try ClientTermsGrammar.termsLine(&c) }),
    CommandSpec(
      name: "rate", family: family, verbs: ["rate"],
      // "Acme is unreliable" (D), "Acme is reliable" (A), "Acme is rated B".
      subjectVerbs: ["unreliable", "not reliable", "reliable", "rated", "reliability", "rating"],
      summary: "Rate a client's reliability, A (best) to D; reliable is A, unreliable D.",
      usage: "rate CLIENT reliability A–D   CLIENT is rated A–D   CLIENT is reliable|unreliable",
      examples: ["rate Acme reliability B", "rate Bora C", "Bora is unreliable", "Acme is rated B"],
      parse: { c, subject throws(ParseError) in try ClientTermsGrammar.rate(&c, client: subject) }),
  ]

  /// Words that say money came only when an amount is typed with them: "Acme sent 500" is a
  /// payment, "S-7 sent" a shipment, and neither moves money by itself.
  private static let sendingWords: Set<String> = ["sent", "transferred", "wired"]

  static func payment(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    let verb = c.tokens[..<c.index].last { $0.kind == .word }?.folded ?? ""
    if sendingWords.contains(verb) { return try sending(&c, subject, verb: verb) }
    return try paid(&c, subject)
  }

  /// "S-7 sent", "mark S-7 as sent": the order went out; "Acme sent 500 for S-7": a
  /// payment of the amount typed. Never the order's total on a word that is not "paid".
  private static func sending(_ c: inout Cursor, _ subject: String?, verb: String) throws(ParseError) -> Intent {
    let desk = c.context.desk
    if let subject, desk.orders[subject] != nil {
      guard verb == "sent" else {
        throw ParseError("\(subject) \(verb)? An order is shipped or paid, not \(verb).", suggestion: "Say \(subject) shipped, or \(subject) paid.")
      }
      _ = c.take("out")
      return .command(.ship(order: try OrderGrammar.target(&c, subject, move: .ship)))
    }
    let start = c.index
    var probe = c
    while !probe.isAtEnd, MoneyScanner.scan(probe.tokens, at: probe.index, requireMarker: false) == nil { probe.index += 1 }
    guard !probe.isAtEnd else {
      c.index = start
      throw c.error("\(verb.prefix(1).uppercased() + verb.dropFirst()) what? Only an amount makes it a payment.",
                    suggestion: "e.g. Acme \(verb) 500 for S-7; an order that went out: S-7 shipped")
    }
    return try paid(&c, subject)
  }

  private static func paid(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    var client = subject.flatMap { c.context.desk.clients[$0] != nil ? $0 : nil }
    // "S-7 paid 500", "order 7 was paid": the order came first, as the subject.
    var order = subject.flatMap { c.context.desk.orders[$0] != nil ? $0 : nil }
    var amount: Decimal?
    var onAccount = false
    while !c.isAtEnd {
      if order == nil, let ref = c.orderReference(allowWord: true) {
        order = ref
      } else if amount == nil, let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) {
        try checkCurrency(money, &c)
        c.index += n
        amount = money.amount
      } else if c.takeAny(["on account", "to account"]) != nil {
        onAccount = true
      } else if c.takeAny(["in full", "fully", "in total", "all of it", "everything", "the lot", "up"]) != nil {
        continue  // with no amount, an order's payment is for what it still owes anyway
      } else if let token = c.current, Lexicon.isFiller(token) || ["from", "by", "against", "of", "received", "towards", "toward"].contains(token.folded) {
        c.index += 1
      } else if client == nil, let id = try c.client() {
        client = id
      } else {
        throw c.unexpected(kinds: .clients)
      }
    }
    if amount == nil, let order { amount = try outstanding(on: order, &c) }
    guard let amount else { throw ParseError("How much was paid?", suggestion: "e.g. Acme paid 5,000") }
    if client == nil, order == nil { client = try c.clientOrContext(nil, example: "Acme paid 5,000") }
    c.fill("amount", Money.plain(amount))
    if let client { c.fill("client", c.context.desk.clients[client]?.name ?? client) }
    if let order { c.fill("order", order) }
    if onAccount { c.fill("on account", "yes") }
    return .command(.pay(client: client, order: order, amount: amount, onAccount: onAccount))
  }

  /// "S-7 paid", "Acme paid S-7 in full": an order named with no amount was paid off, so
  /// the amount is what it still owes.
  private static func outstanding(on order: String, _ c: inout Cursor) throws(ParseError) -> Decimal {
    let desk = c.context.desk
    guard let placed = desk.orders[order] else { throw ParseError("There is no order \(order).", suggestion: "`orders` lists them.") }
    let example = "Give the amount to record it anyway, e.g. paid 500 for \(order)"
    guard placed.isBillable else { throw ParseError("\(order) was cancelled: nothing is owed on it.", suggestion: example) }
    let owed = desk.stillToPay(order: order)
    guard owed > 0 else { throw ParseError("\(order) has nothing left to pay.", suggestion: example) }
    c.fill("paid in full", "\(Money.plain(owed)) outstanding on \(order)")
    return owed
  }

  static func balance(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    // "how much do they owe": the client in context.
    // The subject may be the client, or an order or offer of theirs ("S-7 is late").
    let desk = c.context.desk
    var named = subject.flatMap { desk.clients[$0]?.id ?? desk.orders[$0]?.clientId ?? desk.offers[$0]?.clientId }
    if subject == nil, c.takeAny(Parser.pronouns) == nil { named = try c.client() }
    c.skipFiller()
    _ = c.takeAny(["owe us", "owe", "owes", "still owe", "still owes", "have to pay", "balance"])
    let id = try c.clientOrContext(named, example: "balance Acme")
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    return .question(.balance(client: id))
  }
}
