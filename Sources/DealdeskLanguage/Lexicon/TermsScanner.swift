import Foundation

/// When a client pays.
public enum PaymentTermsMatch: Equatable, Sendable {
  case net(days: Int)
  case prepayment
  case cashOnDelivery
}

/// Payment terms: "net 30", "net30", "net 60 days", "30 days net", "prepayment", "prepaid",
/// "pre-payment", "cash on delivery", "cod".
public enum TermsScanner {
  /// The terms at `index` and how many tokens they took, or nil.
  ///
  /// "30 days" alone is not read as terms here: "valid 7 days" and "in 3 days" say the same
  /// words. Where a grammar expects terms, it can ask `scan(_:at:acceptingBareDays:)`.
  public static func scan(_ tokens: [Token], at index: Int) -> (
    value: PaymentTermsMatch, consumed: Int
  )? {
    scan(tokens, at: index, acceptingBareDays: false)
  }

  /// As `scan(_:at:)`, and with `acceptingBareDays` also "30 days" alone as net 30.
  public static func scan(_ tokens: [Token], at index: Int, acceptingBareDays: Bool) -> (
    value: PaymentTermsMatch, consumed: Int
  )? {
    guard tokens.canScan(at: index), let word = tokens.word(at: index) else { return nil }
    if let phrase = fixedPhrase(tokens, at: index) { return phrase }
    if word == "net" {
      guard let days = days(tokens, at: index + 1) else { return nil }
      return (.net(days: days.count), 1 + days.consumed)
    }
    if let glued = gluedNet(word) {
      let unit = dayWords.contains(tokens.word(at: index + 1) ?? "") ? 1 : 0
      return (.net(days: glued), 1 + unit)
    }
    guard let days = days(tokens, at: index), days.sawDayWord else { return nil }
    if tokens.word(at: index + days.consumed) == "net" {
      return (.net(days: days.count), days.consumed + 1)
    }
    return acceptingBareDays ? (.net(days: days.count), days.consumed) : nil
  }

  /// An early-payment discount with its net days: "2/10 net 30" (2% off if paid within 10
  /// days, else net 30), "2/10 n30", "2/10 net30". Read so that it is refused whole.
  public static func earlyPaymentDiscount(_ tokens: [Token], at index: Int) -> (
    percent: Decimal, withinDays: Int, netDays: Int, typed: String, consumed: Int
  )? {
    // Asked of most words of most lines (names ask it too): a word with no slash is passed over in bytes.
    guard tokens.canScan(at: index), tokens[index].text.utf8.contains(UInt8(ascii: "/")), let word = tokens.word(at: index)
    else { return nil }
    let parts = word.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let percent = Decimal(string: String(parts[0]), locale: Locale(identifier: "en_US_POSIX")),
      parts[0].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), !parts[0].isEmpty,
      let within = Int(parts[1]), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), (1...365).contains(within)
    else { return nil }
    let net: (days: Int, consumed: Int)
    if let next = tokens.word(at: index + 1), next == "net" || next == "n",
      let days = days(tokens, at: index + 2)
    {
      net = (days.count, 1 + days.consumed)
    } else if let next = tokens.word(at: index + 1), let glued = gluedNet(next.hasPrefix("n") && !next.hasPrefix("net") ? "net" + next.dropFirst() : next) {
      net = (glued, 1)
    } else {
      return nil
    }
    return (percent, within, net.days, tokens[index].text, 1 + net.consumed)
  }

  /// A count of days, 1…365, with an optional "days" after it.
  private static func days(_ tokens: [Token], at index: Int) -> (
    count: Int, consumed: Int, sawDayWord: Bool
  )? {
    guard let numeral = NumeralReader.read(tokens, at: index),
      numeral.suffix.isEmpty || numeral.suffix == "d",
      let count = numeral.value.wholeNumber(in: 1...365)
    else { return nil }
    if numeral.suffix == "d" { return (count, numeral.consumed, true) }
    let unit = dayWords.contains(tokens.word(at: index + numeral.consumed) ?? "")
    return (count, numeral.consumed + (unit ? 1 : 0), unit)
  }

  /// "net30", "net-30".
  private static func gluedNet(_ word: String) -> Int? {
    guard word.hasPrefix("net") else { return nil }
    var digits = word.dropFirst(3)
    if digits.hasPrefix("-") { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCII),
      digits.allSatisfy(\.isNumber), let days = Int(digits), (1...365).contains(days)
    else { return nil }
    return days
  }

  private static func fixedPhrase(_ tokens: [Token], at index: Int) -> (
    value: PaymentTermsMatch, consumed: Int
  )? {
    for (words, terms) in phrases {
      let matches = words.indices.allSatisfy { tokens.word(at: index + $0) == words[$0] }
      if matches { return (terms, words.count) }
    }
    return nil
  }

  /// Longer phrases first, so that "pre payment" is not read as "pre" and a stray word.
  private static let phrases: [([String], PaymentTermsMatch)] = [
    (["cash", "on", "delivery"], .cashOnDelivery),
    (["payment", "in", "advance"], .prepayment),
    (["advance", "payment"], .prepayment),
    (["pre", "payment"], .prepayment),
    (["pre", "paid"], .prepayment),
    (["prepayment"], .prepayment), (["pre-payment"], .prepayment),
    (["prepaid"], .prepayment), (["pre-paid"], .prepayment),
    (["prepay"], .prepayment), (["pre-pay"], .prepayment),
    (["cod"], .cashOnDelivery), (["c.o.d"], .cashOnDelivery),
    (["cash-on-delivery"], .cashOnDelivery),
  ]

  private static let dayWords: Set<String> = ["days", "day"]
}
