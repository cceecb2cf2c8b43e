import Foundation

/// Exact conversions between digit strings, `Decimal` and `Int`: never through `Double`,
/// which cannot hold 12.40 exactly.
enum DecimalText {
  static let posix = Locale(identifier: "en_US_POSIX")

  /// The value of `integer` digits with optional `fraction` digits, both ASCII only.
  static func decimal(integer: String, fraction: String?) -> Decimal? {
    let text = fraction.map { "\(integer).\($0)" } ?? integer
    return Decimal(string: text, locale: posix)
  }
}

extension Decimal {
  /// The value as an `Int` when it is a whole number within `range`, else nil.
  func wholeNumber(in range: ClosedRange<Int>) -> Int? {
    guard self >= Decimal(range.lowerBound), self <= Decimal(range.upperBound) else {
      return nil
    }
    var value = self
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 0, .plain)
    guard rounded == self else { return nil }
    return NSDecimalNumber(decimal: rounded).intValue
  }
}
