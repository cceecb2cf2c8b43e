import DealdeskCore

/// A director setting one person's own limits or quota on a team desk: "set Arben's discount
/// limit to 12%", "set Arben's payment terms limit net 60", "set Arben's quota 30,000 a month",
/// "set Arben's discount limit back to the branch's".
enum PersonGrammar {
  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "people", family: ApprovalRequestGrammar.family,
      verbs: ["people", "team users", "users", "who is on the team", "the team", "team members"],
      summary: "The people of a team desk: each one's role, discount and payment terms limits (their own or the branch's) and quota. A director sets them: set Arben's discount limit to 12%.",
      usage: "people", examples: ["people", "team users"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        guard c.isAtEnd else { throw c.unexpected() }
        return .question(.people)
      }),
  ]

  /// The person named with a possessive at the cursor ("Arben's", "Arben Hoxha's", "arben's"),
  /// and where their words end. nil when the desk has no people or none answers to it.
  static func possessor(_ c: Cursor) -> (Person, Int)? {
    guard !c.context.desk.people.isEmpty else { return nil }
    let limit = min(c.tokens.count, c.index + 3)
    for i in c.index..<limit {
      let token = c.tokens[i]
      guard token.kind == .word else { return nil }
      guard token.text.hasSuffix("'s") || token.text.hasSuffix("’s"), token.text.count > 2 else { continue }
      let words = c.tokens[c.index..<i].map(\.text) + [String(token.text.dropLast(2))]
      guard let person = c.context.desk.person(named: words.joined(separator: " ")) else { return nil }
      return (person, i + 1)
    }
    return nil
  }

  enum Owner { case person, client }

  /// Whose thing the words after a possessive name: a person's own limit or quota, or a
  /// client's credit limit or terms; nil for words either may have ("limit").
  static func whose(_ c: Cursor, after index: Int) -> Owner? {
    var probe = c
    probe.index = index
    probe.skipFiller()
    if probe.takeAny(["credit limit", "credit", "terms", "payment terms", "net"]) != nil {
      // "payment terms limit" is a person's: the longest terms they may grant.
      return probe.takeAny(["limit", "authority"]) != nil ? .person : .client
    }
    if probe.takeAny(["discount limit", "discount authority", "quota", "target", "sales target", "max discount", "maximum discount",
                      "payment limit", "terms limit", "term limit", "longest payment terms", "longest terms", "authority"]) != nil {
      return .person
    }
    return nil
  }

  /// "set Ilir's discount limit …" naming nobody: who the desk knows instead, or that people
  /// are a team desk's. nil when the line does not start with a possessive and a limit.
  static func unknownPossessor(_ c: Cursor) -> ParseError? {
    guard let token = c.current, token.kind == .word, token.text.hasSuffix("'s") || token.text.hasSuffix("’s"), token.text.count > 2,
      let next = c.word(1), ["discount", "payment", "terms", "quota", "limit", "authority", "max", "maximum", "longest", "target"].contains(next)
    else { return nil }
    let name = String(token.text.dropLast(2))
    let people = c.context.desk.peopleInOrder
    guard !people.isEmpty else {
      return c.error(
        "There is nobody called \(name) on this desk: people and their own limits are a team desk's.",
        suggestion: "On your own desk your limits are yours: set my discount limit 12%")
    }
    return c.error(
      "There is no one called \(name) on this desk.", suggestion: "The people here: " + people.map { "\($0.name) (\($0.login))" }.joined(separator: ", "))
  }

  /// What follows the person: which of their limits, or their quota, and its new value.
  static func change(_ c: inout Cursor, person: Person) throws(ParseError) -> Intent {
    c.skipFiller()
    var change = PersonChange(person: person.login)
    c.fill("person", person.name)
    if c.takeAny(SettingsGrammar.paymentLimitWords) != nil {
      c.skipFiller()
      _ = c.takeAny(["to", "is", "at"])
      if takeBranchDefault(&c) {
        change.paymentTermsLimitDays = .some(nil)
        c.fill("payment terms limit", "the branch's")
      } else {
        guard let terms = try Terms.payment(&c) ?? SettingsGrammar.plainDays(&c) else {
          throw c.error("What is the longest payment term \(person.firstName) may grant?", suggestion: "e.g. set \(person.firstName)'s payment terms limit net 60")
        }
        change.paymentTermsLimitDays = .some(terms.days)
        c.fill("payment terms limit", "net \(terms.days)")
      }
    } else if c.takeAny(["discount limit", "discount authority", "limit", "authority", "max discount", "maximum discount"]) != nil {
      c.skipFiller()
      _ = c.takeAny(["to", "is", "at"])
      if takeBranchDefault(&c) {
        change.discountLimit = .some(nil)
        c.fill("discount limit", "the branch's")
      } else {
        guard let (percent, n) = PercentScanner.scan(c.tokens, at: c.index) ?? NumberScanner.scan(c.tokens, at: c.index) else {
          throw c.error("What limit?", suggestion: "e.g. set \(person.firstName)'s discount limit to 12%")
        }
        c.index += n
        change.discountLimit = .some(percent)
        c.fill("discount limit", "\(Money.trimmed(percent))%")
      }
    } else if c.takeAny(["quota", "target", "sales target"]) != nil {
      c.skipFiller()
      _ = c.takeAny(["to", "is", "of", "at"])
      if c.takeAny(["none", "nothing", "no quota"]) != nil {
        change.quota = .some(nil)
        c.fill("quota", "none")
      } else {
        guard let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else {
          throw c.error("What quota?", suggestion: "e.g. set \(person.firstName)'s quota 30,000 a month")
        }
        c.index += n
        c.skipFiller()
        _ = c.takeAny(["a", "per", "each", "every", "/"])
        guard let word = c.word(), let per = PersonQuota.Per(rawValue: period(word)) else {
          throw c.error("A quota of \(Money.display(money.amount)) a month, a quarter or a year?", suggestion: "e.g. set \(person.firstName)'s quota 30,000 a month")
        }
        c.index += 1
        change.quota = .some(PersonQuota(amount: money.amount, per: per))
        c.fill("quota", "\(Money.plain(money.amount)) a \(per.rawValue)")
      }
    } else {
      throw c.error(
        "Set what of \(person.name)'s?", suggestion: "their discount limit, payment terms limit or quota, e.g. set \(person.firstName)'s discount limit to 12%")
    }
    return .command(.setPerson(change))
  }

  private static func period(_ word: String) -> String {
    switch word {
    case "month", "monthly", "mo": return "month"
    case "quarter", "quarterly", "q": return "quarter"
    case "year", "yearly", "annual", "annually", "yr": return "year"
    default: return word
    }
  }

  /// "back to the branch's", "the branch's", "default": their own limit given up.
  private static func takeBranchDefault(_ c: inout Cursor) -> Bool {
    var probe = c
    _ = probe.take("back")
    _ = probe.takeAny(["to the", "to"])
    guard probe.takeAny(["branch's", "branch’s", "branch", "default", "the default", "the branch's", "the branch"]) != nil else { return false }
    _ = probe.takeAny(["limit", "one"])
    c = probe
    return true
  }
}
