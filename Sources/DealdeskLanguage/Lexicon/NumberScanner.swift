import Foundation

/// A plain number: "5000", "5,000", "5 000", "5k", "1.5k", "12.40", "12,40", "twenty".
public enum NumberScanner {
  /// The number at `index` and how many tokens it took, or nil when there is none.
  ///
  /// A number with something glued to it ("500m", "10%", "12.40€") is not a plain number;
  /// the quantity, percent and money scanners read those.
  public static func scan(_ tokens: [Token], at index: Int) -> (value: Decimal, consumed: Int)? {
    guard tokens.canScan(at: index), let numeral = NumeralReader.read(tokens, at: index),
      numeral.suffix.isEmpty
    else { return nil }
    return (numeral.value, numeral.consumed)
  }
}
