import Foundation

/// An amount of fabric: "500m", "500 m", "500 metres", "300 yd", "20 rolls", "1.5k metres".
public enum QuantityScanner {
  /// The amount and unit at `index` and how many tokens they took, or nil.
  public static func scan(_ tokens: [Token], at index: Int) -> (
    value: (amount: Decimal, unit: QuantityUnit), consumed: Int
  )? {
    guard tokens.canScan(at: index), let numeral = NumeralReader.read(tokens, at: index) else {
      return nil
    }
    if !numeral.suffix.isEmpty {
      guard let unit = QuantityUnit.named(numeral.suffix) else { return nil }
      return ((numeral.value, unit), numeral.consumed)
    }
    guard let word = tokens.word(at: index + numeral.consumed),
      let unit = QuantityUnit.named(word)
    else { return nil }
    return ((numeral.value, unit), numeral.consumed + 1)
  }
}
