import Foundation

/// A price as written: its amount, the currency if one was written, and the unit it is
/// per if one was written.
public struct MoneyMatch: Equatable, Sendable {
  public var amount: Decimal
  public var currencyCode: String?
  public var perUnit: QuantityUnit?

  public init(amount: Decimal, currencyCode: String? = nil, perUnit: QuantityUnit? = nil) {
    self.amount = amount
    self.currencyCode = currencyCode
    self.perUnit = perUnit
  }
}

/// A price: "12.40", "€12.40", "12.40€", "12.40 eur", "EUR 12.40", "12.40/m",
/// "12.40 per metre", "12.40 a metre", "$5".
public enum MoneyScanner {
  /// The price at `index` and how many tokens it took, or nil.
  ///
  /// With `requireMarker`, a bare number is not a price: only one carrying a currency or a
  /// per-unit counts. A bare number followed by a unit or a percent sign is a quantity or a
  /// percentage, never a price.
  public static func scan(_ tokens: [Token], at index: Int, requireMarker: Bool) -> (
    value: MoneyMatch, consumed: Int
  )? {
    guard tokens.canScan(at: index), let first = tokens.word(at: index) else { return nil }
    var match = MoneyMatch(amount: 0)
    var start = index
    var head: String?
    if let code = Currency.prefix(first) {
      match.currencyCode = code
      start += 1
    } else if let (code, rest) = Currency.leadingSymbol(first) {
      match.currencyCode = code
      head = rest
    }
    guard let numeral = NumeralReader.read(tokens, at: start, head: head) else { return nil }
    match.amount = numeral.value
    if !numeral.suffix.isEmpty {
      guard let markers = PriceMarkers.parse(numeral.suffix),
        match.currencyCode == nil || markers.currencyCode == nil
      else { return nil }
      match.currencyCode = match.currencyCode ?? markers.currencyCode
      match.perUnit = markers.perUnit
    }
    var consumed = start - index + numeral.consumed
    consumed += trailingMarkers(tokens, at: index + consumed, into: &match)

    if match.currencyCode == nil && match.perUnit == nil {
      guard !requireMarker, QuantityScanner.scan(tokens, at: index) == nil,
        PercentScanner.scan(tokens, at: index) == nil
      else { return nil }
    }
    return (match, consumed)
  }

  /// Reads "eur", "€/m", "/m", "per metre", "a metre", "/ m" after the amount, in that
  /// order, each at most once. Returns how many tokens it took.
  private static func trailingMarkers(
    _ tokens: [Token], at index: Int, into match: inout MoneyMatch
  ) -> Int {
    var consumed = 0
    while match.perUnit == nil {
      let next = index + consumed
      if let word = tokens.word(at: next), let markers = PriceMarkers.parse(word),
        match.currencyCode == nil || markers.currencyCode == nil
      {
        match.currencyCode = match.currencyCode ?? markers.currencyCode
        match.perUnit = markers.perUnit
        consumed += 1
      } else if let word = tokens.word(at: next), perWords.contains(word),
        let unitWord = tokens.word(at: next + 1), let unit = QuantityUnit.named(unitWord)
      {
        match.perUnit = unit
        consumed += 2
      } else {
        break
      }
    }
    return consumed
  }

  private static let perWords: Set<String> = ["per", "a", "an", "/"]
}
