import DealdeskCore
import Foundation

/// Pieces of a deal's terms that several commands read: payment, validity, lead time, price.
enum Terms {
  enum Validity { case days(Int), until(Date) }

  /// "net 30", "prepayment", "cash on delivery", and a bare "30 days" (payment days).
  static func payment(_ c: inout Cursor) throws(ParseError) -> PaymentTerms? {
    if let early = TermsScanner.earlyPaymentDiscount(c.tokens, at: c.index) {
      // A real term a client would hold us to: refused whole, never read as its net part.
      throw c.error(
        "I read net \(early.netDays) but not the early-payment discount `\(early.typed)` (\(Money.trimmed(early.percent))% off if paid within \(early.withinDays) days): the desk does not keep early-payment discounts.",
        suggestion: "Offer net \(early.netDays) alone, or a discount on the price.")
    }
    if let (match, n) = TermsScanner.scan(c.tokens, at: c.index) {
      c.index += n
      let terms: PaymentTerms
      switch match {
      case .net(let days): terms = .net(days: days)
      case .prepayment: terms = .prepayment
      case .cashOnDelivery: terms = .cashOnDelivery
      }
      c.fill("payment", terms.label)
      return terms
    }
    if let (days, n) = days(c) {
      c.index += n
      c.fill("payment", "net \(days)")
      return .net(days: days)
    }
    return nil
  }

  /// "valid 7 days", "valid for 2 weeks", "valid until 12 dec", "good for 10 days".
  static func validity(_ c: inout Cursor) throws(ParseError) -> Validity? {
    let start = c.index
    // "until friday" says the same as "valid until friday".
    if c.takeAny(["until", "till"]) == nil {
      guard c.takeAny(["valid", "good", "validity", "expires", "open"]) != nil else { return nil }
      _ = c.takeAny(["for", "until", "till", "through", "by", "on"])
    }
    if let (days, n) = days(c) {
      c.index += n
      c.fill("valid", "\(days) days")
      return .days(days)
    }
    if let (result, n) = DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar) {
      switch result {
      case .success(let match):
        // Valid until a day means to the end of that day.
        let end = match.hasTime ? match.date : DeskDate.calendar.date(byAdding: .second, value: 86_399, to: match.date) ?? match.date
        // A day already past is a slip to ask about, never moved on a year to make it fit.
        guard end > c.context.now else {
          throw c.error("\(DeskDate.day(match.date)) is past. Did you mean a later date?", suggestion: "e.g. valid 7 days, valid until 15 dec")
        }
        c.index += n
        c.fill("valid until", DeskDate.day(match.date))
        return .until(end)
      case .failure(let error):
        throw c.error(Lexicon.sentence(error.message), suggestion: "e.g. valid 7 days, valid until 15 dec")
      }
    }
    c.index = start
    throw c.error("Valid for how long?", suggestion: "e.g. valid 7 days, valid until 15 dec")
  }

  /// "till thursday", "until 20/1", "back by friday": a future day, for commands that count
  /// days (a swatch due back, a hold). Nil when no such phrase starts here; a past day or one
  /// that does not exist is refused.
  /// `alsoTo`: "to friday" and a bare "friday" too, where nothing else can follow ("extend
  /// hold R-1 to friday"; not "lend sample linen 220 to Sunday Textiles", a client).
  static func untilDay(_ c: inout Cursor, example: String, alsoTo: Bool = false) throws(ParseError) -> Date? {
    let start = c.index
    let words = ["until", "till", "til", "back by", "due back", "due", "back on", "by"] + (alsoTo ? ["to"] : [])
    guard c.takeAny(words) != nil || alsoTo else { return nil }
    guard let (result, n) = DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar) else {
      c.index = start
      return nil
    }
    switch result {
    case .failure(let error): throw c.error(Lexicon.sentence(error.message), suggestion: "e.g. \(example)")
    case .success(let match):
      guard DeskDate.dayNumber(match.date) > DeskDate.dayNumber(c.context.now) else {
        throw c.error("\(DeskDate.day(match.date)) is past. Did you mean a later date?", suggestion: "e.g. \(example)")
      }
      c.index += n
      return match.date
    }
  }

  /// When a lent swatch comes back, said after the loan: "they return in 2 weeks", "back in
  /// 10 days", "due back in a week": the loan's days. Nil (cursor unmoved) when not said so.
  static func returnIn(_ c: inout Cursor) -> Int? {
    let start = c.index
    c.skipPunctuation()
    _ = c.takeAny(["they", "she", "he", "it", "they'll", "they will", "will"])
    guard c.takeAny(["return it", "return them", "return", "returns", "bring it back", "bring them back", "due back", "back"]) != nil,
      c.takeAny(["in", "within", "after"]) != nil, let (n, consumed) = days(c), n > 0
    else {
      c.index = start
      return nil
    }
    c.index += consumed
    return n
  }

  /// Whole days from `from`'s day to `day`.
  static func daysBetween(_ from: Date, _ day: Date) -> Int {
    DeskDate.dayNumber(day) - DeskDate.dayNumber(from)
  }

  /// "lead time 14 days", "delivery in 2 weeks", "ships in 10 days".
  static func leadTime(_ c: inout Cursor) throws(ParseError) -> Int? {
    guard c.takeAny(["lead time", "delivery", "deliver", "ships", "ship", "shipping"]) != nil else { return nil }
    _ = c.takeAny(["in", "within", "of"])
    guard let (days, n) = days(c) else { throw c.error("How many days of lead time?", suggestion: "e.g. lead time 14 days") }
    c.index += n
    c.fill("lead time", "\(days) days")
    return days
  }

  /// "at 11.50", "@ 11.50", "for 11.50/m", "€11.50": a price per metre.
  static func price(_ c: inout Cursor) throws(ParseError) -> Decimal? {
    let start = c.index
    let marked = c.takeAny(["at", "@", "price", "for"]) != nil
    guard let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: !marked) else {
      c.index = start
      return nil
    }
    try checkCurrency(money, &c)
    try perMetre(money, &c)
    c.index += n
    c.fill("price", Money.plain(money.amount))
    return money.amount
  }

  /// Prices are per metre; a price per yard or per roll is refused with the conversion, so
  /// a manager never quotes 500/m meaning 500 a roll.
  static func perMetre(_ money: MoneyMatch, _ c: inout Cursor) throws(ParseError) {
    switch money.perUnit {
    case .yards?:
      let perMetre = Money.round(money.amount / LengthUnit.metersPerYard)
      throw c.error("Prices are per metre.", suggestion: "\(Money.plain(money.amount)) per yard is \(Money.plain(perMetre)) per metre (1 yd = 0.9144 m).")
    case .rolls?:
      throw c.error("Prices are per metre.", suggestion: "Divide the roll price by the roll length (`show` a fabric gives it).")
    default:
      return
    }
  }

  /// A discount: "10%", "10% off", "a 10% discount", "a discount of 10%".
  static func percent(_ c: inout Cursor) -> Decimal? {
    let start = c.index
    if c.take("discount") {
      c.skipFiller()
    }
    guard let (percent, n) = PercentScanner.scan(c.tokens, at: c.index) else {
      c.index = start
      return nil
    }
    c.index += n
    _ = c.takeAny(["discount", "disc"])
    return percent
  }

  /// A bare amount with cents, "11.20" or "11,20": only a price per metre is written so.
  /// A whole number stays unread, for the grammar to ask what it is.
  static func bareCents(_ c: inout Cursor) -> Decimal? {
    guard let token = c.current, token.kind == .word, let (value, n) = NumberScanner.scan(c.tokens, at: c.index), n == 1
    else { return nil }
    let digits = Array(token.text)
    guard digits.count >= 4, digits[digits.count - 3] == "." || digits[digits.count - 3] == ",",
      digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
    c.index += 1
    c.fill("price", Money.plain(value))
    return value
  }

  /// "30 days", "2 weeks", "a week".
  static func days(_ c: Cursor) -> (Int, Int)? {
    var n = 0
    var value: Decimal = 1
    if let (number, consumed) = NumberScanner.scan(c.tokens, at: c.index) {
      value = number
      n = consumed
    } else if c.word() == "a" || c.word() == "one" {
      n = 1
    } else {
      return nil
    }
    guard let unit = c.tokens.indices.contains(c.index + n) ? c.tokens[c.index + n].folded : nil else { return nil }
    let multiplier: Decimal
    switch unit {
    case "day", "days", "d": multiplier = 1
    case "week", "weeks", "wk", "wks": multiplier = 7
    default: return nil
    }
    let days = NSDecimalNumber(decimal: value * multiplier).intValue
    guard value * multiplier == Decimal(days), days >= 0, days <= 3650 else { return nil }
    return (days, n + 1)
  }
}
