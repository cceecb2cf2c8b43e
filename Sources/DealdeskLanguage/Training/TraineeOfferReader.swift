import Foundation

/// Reads the terms of an offer: `offer 8% 2000m net 30 14 days`, `offer 90 days if 3000m`,
/// `how about 12% off with 60 days to pay`, `8%, 2,500 m, delivery in 21 days`.
///
/// Each term is read by the desk's own scanners (percent, quantity, payment terms), so a
/// trainee writes numbers the way the desk reads them everywhere else. "N days" alone is
/// settled after the whole line is read (`TraineeDays`), because which issue it means can
/// depend on what else the offer names.
enum TraineeOfferReader {
  static func read(_ tokens: [Token]) throws(ParseError) -> TraineeOffer {
    var reader = Reader(tokens: tokens)
    reader.skipHead()
    try reader.readTerms()
    var offer = reader.offer
    try TraineeDays.settle(reader.bareDays, into: &offer)
    guard !offer.isEmpty else {
      throw ParseError(
        "Offer what? Name at least one term: discount, metres, payment or delivery.",
        suggestion: "e.g. offer 8% 2000m net 30 14 days", offset: tokens.last.map { $0.offset + $0.length })
    }
    return offer
  }

  /// Where the offer's own terms end: the character offset of its first condition ("if
  /// 3000m") or reason ("because …"), or nil when the terms run to the end of the line.
  static func clauseStart(_ tokens: [Token]) -> Int? {
    var reader = Reader(tokens: tokens)
    reader.skipHead()
    try? reader.readTerms()
    return reader.clauseStart.map { tokens[$0].offset }
  }

  /// A bare "N days" waiting to be given to payment or delivery, with where it was typed.
  struct BareDays: Equatable {
    var days: Int
    var offset: Int
  }

  private struct Reader {
    let tokens: [Token]
    var index = 0
    var offer = TraineeOffer()
    var bareDays: [BareDays] = []
    /// The token where the first condition or reason begins.
    var clauseStart: Int?

    init(tokens: [Token]) { self.tokens = tokens }

    func word(_ ahead: Int = 0) -> String? { tokens.word(at: index + ahead) }

    /// "offer", "I can do", "how about", "counter with": words that announce an offer.
    mutating func skipHead() {
      for phrase in Self.heads {
        if phrase.enumerated().allSatisfy({ word($0.offset) == $0.element }) {
          index += phrase.count
          return
        }
      }
    }

    static let heads: [[String]] = [
      ["i", "can", "offer"], ["we", "can", "offer"], ["i", "can", "do"], ["we", "can", "do"],
      ["i", "offer"], ["we", "offer"], ["how", "about"], ["what", "about"], ["counter", "with"],
      ["let's", "say"], ["lets", "say"], ["make", "it"], ["new", "offer"], ["my", "offer"], ["our", "offer"],
      ["offer"], ["propose"], ["counter"], ["quote"], ["try"],
    ]

    mutating func readTerms() throws(ParseError) {
      while index < tokens.count {
        let token = tokens[index]
        if token.kind == .punctuation || Self.skipped.contains(token.folded) {
          index += 1
          continue
        }
        if Self.reasons.contains(token.folded) || (token.folded == "as" && word(1).map(Self.reasonAfterAs.contains) == true) {
          offer.labelled = true  // the rest of the line is the reason
          clauseStart = clauseStart ?? index
          return
        }
        if let words = Self.conditions.first(where: { phrase in phrase.enumerated().allSatisfy { word($0.offset) == $0.element } }) {
          offer.contingent = true
          clauseStart = clauseStart ?? index
          index += words.count
          skipConditionVerb()
          continue
        }
        try readTerm(token)
      }
    }

    /// "if you take 3000m", "provided you order 3000m": the verb says nothing about terms.
    mutating func skipConditionVerb() {
      while let w = word(), Self.conditionVerbs.contains(w) { index += 1 }
    }

    mutating func readTerm(_ token: Token) throws(ParseError) {
      if let (value, consumed) = PercentScanner.scan(tokens, at: index) {
        guard let percent = value.wholeInt else {
          throw ParseError("Discounts go in whole percents, 0–20%.", suggestion: "e.g. offer 8%", offset: token.offset)
        }
        try set(\.discountPercent, percent, "discount", at: token)
        index += consumed
        return
      }
      if let (value, consumed) = QuantityScanner.scan(tokens, at: index) {
        guard value.unit == .meters, let meters = value.amount.wholeInt else {
          throw ParseError(
            "The case is in whole metres: 1,000, 1,500, 2,000, 2,500 or 3,000 m.", suggestion: "e.g. offer 2000m",
            offset: token.offset)
        }
        try set(\.meters, meters, "quantity", at: token)
        index += consumed
        return
      }
      // "net 0": how the case itself words paying up front; the desk's terms start at net 1.
      if token.folded == "net" || token.folded == "net0", let zero = Self.netZero(tokens, at: index) {
        try set(\.paymentDays, 0, "payment terms", at: token)
        index += zero
        return
      }
      if let (terms, consumed) = TermsScanner.scan(tokens, at: index) {
        try set(\.paymentDays, terms.days, "payment terms", at: token)
        index += consumed
        return
      }
      if try readNamedDays(token) { return }
      if let (days, consumed) = Self.days(tokens, at: index) {
        index += consumed
        if let issue = Self.issueAfter(word(), word(1)) {
          index += issue.words
          try set(issue.isPayment ? \.paymentDays : \.leadDays, days, issue.isPayment ? "payment terms" : "delivery", at: token)
        } else {
          bareDays.append(BareDays(days: days, offset: token.offset))
        }
        return
      }
      if let number = NumberScanner.scan(tokens, at: index), let whole = number.value.wholeInt, whole >= 100 {
        // "offer 8% 2000 net 30": a large bare number in an offer is metres.
        try set(\.meters, whole, "quantity", at: token)
        index += number.consumed
        return
      }
      throw ParseError(
        "In an offer I read a discount, metres, payment and delivery, not “\(token.text)”.",
        suggestion: "e.g. offer 8% 2000m net 30 14 days", offset: token.offset)
    }

    /// "payment in 60 days", "delivery within 14 days", "lead time 21", "pay 45 days".
    mutating func readNamedDays(_ token: Token) throws(ParseError) -> Bool {
      guard let issue = Self.issueWords.first(where: { phrase in phrase.words.enumerated().allSatisfy { word($0.offset) == $0.element } })
      else { return false }
      var at = index + issue.words.count
      while let w = tokens.word(at: at), Self.daysLinks.contains(w) { at += 1 }
      guard let (days, consumed) = Self.days(tokens, at: at) else { return false }
      index = at + consumed
      try set(issue.isPayment ? \.paymentDays : \.leadDays, days, issue.isPayment ? "payment terms" : "delivery", at: token)
      return true
    }

    mutating func set(_ term: WritableKeyPath<TraineeOffer, Int?>, _ value: Int, _ name: String, at token: Token) throws(ParseError) {
      if let earlier = offer[keyPath: term], earlier != value {
        throw ParseError(
          "This offer names two \(name): \(earlier) and \(value). Say one.", suggestion: "e.g. offer 8% 2000m net 30 14 days",
          offset: token.offset)
      }
      offer[keyPath: term] = value
    }

    /// "net 0", "net 0 days", "net0": the tokens it takes, or nil.
    static func netZero(_ tokens: [Token], at index: Int) -> Int? {
      var at = index + 1
      if tokens.word(at: index) == "net" {
        guard tokens.word(at: at) == "0" else { return nil }
        at += 1
      }
      if let unit = tokens.word(at: at), ["days", "day", "d"].contains(unit) { at += 1 }
      return at - index
    }

    /// A count of days: "14 days", "14d", "14-day", "fourteen days".
    static func days(_ tokens: [Token], at index: Int) -> (Int, Int)? {
      if let word = tokens.word(at: index) {
        for suffix in ["-days", "-day", "days", "day", "d"] where word.hasSuffix(suffix) {
          if let count = Int(word.dropLast(suffix.count)), count >= 0 { return (count, 1) }
        }
      }
      guard let number = NumberScanner.scan(tokens, at: index), let count = number.value.wholeInt, count >= 0,
        let unit = tokens.word(at: index + number.consumed), ["days", "day", "d"].contains(unit)
      else { return nil }
      return (count, number.consumed + 1)
    }

    /// What a "N days" is about when the words after it say: "14 days delivery", "60 days to pay".
    static func issueAfter(_ word: String?, _ next: String?) -> (isPayment: Bool, words: Int)? {
      switch word {
      case "to" where next == "pay": (true, 2)
      case "to" where next == "deliver" || next == "ship": (false, 2)
      case "delivery", "lead", "shipping", "dispatch", "lead-time", "leadtime": (false, 1)
      case "payment", "credit", "terms", "net", "pay": (true, 1)
      default: nil
      }
    }

    static let issueWords: [(words: [String], isPayment: Bool)] = [
      (["lead", "time"], false), (["delivery", "time"], false), (["payment", "terms"], true),
      (["delivered"], false), (["delivery"], false), (["deliver"], false), (["lead"], false),
      (["ship"], false), (["ships"], false), (["shipping"], false), (["dispatch"], false),
      (["payment"], true), (["pay"], true), (["paying"], true), (["paid"], true), (["credit"], true),
      (["terms"], true),
    ]
    static let daysLinks: Set<String> = ["in", "within", "of", "at", "after", "is", "=", "to"]

    /// Words an offer may carry that name no term: "with", "and", "off", "discount".
    static let skipped: Set<String> = [
      "and", "with", "at", "on", "of", "the", "a", "for", "plus", "off", "discount", "you", "your", "to", "then",
      "also", "but", "please", "ok", "okay", "so", "say", "we", "i", "can", "do", "give", "metres", "meters",
      "linen", "fabric", "order", "an",
    ]
    static let reasons: Set<String> = ["because", "since", "cause", "'cause", "given"]
    static let reasonAfterAs: Set<String> = ["a", "an", "you", "you're", "youre", "thanks", "our", "we", "goodwill"]
    static let conditions: [[String]] = [
      ["as", "long", "as"], ["in", "exchange", "for"], ["in", "return", "for"], ["provided", "that"],
      ["on", "condition", "that"], ["if"], ["provided"], ["providing"], ["when"],
    ]
    static let conditionVerbs: Set<String> = [
      "you", "take", "takes", "order", "orders", "buy", "commit", "to", "go", "agree", "accept", "can", "will",
      "sign", "for",
    ]
  }
}

extension PaymentTermsMatch {
  /// Paying in advance or on delivery is 0 days of credit: the case's "0 days".
  var days: Int {
    switch self {
    case .net(let days): days
    case .prepayment, .cashOnDelivery: 0
    }
  }
}

extension Decimal {
  /// The value as an Int when it is a whole number that fits, else nil.
  var wholeInt: Int? {
    var value = self
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 0, .plain)
    guard rounded == self, rounded.magnitude < 1_000_000_000 else { return nil }
    return NSDecimalNumber(decimal: rounded).intValue
  }
}
