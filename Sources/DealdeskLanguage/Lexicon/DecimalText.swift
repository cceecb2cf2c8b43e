import Foundation

/// Exact conversions between digit strings, `Decimal` and `Int`: never through `Double`,
/// which cannot hold 12.40 exactly.
enum DecimalText {
  static let posix = Locale(identifier: "en_US_POSIX")

  /// The value of `integer` digits with optional `fraction` digits, both ASCII only.
  static func decimal(integer: String, fraction: String?) -> Decimal? {
    // Up to 18 digits fit a UInt64: the value is those digits scaled by a power of ten,
    // built exactly and without Foundation's string parsing (most of a number's cost).
    let digits = integer + (fraction ?? "")
    if !digits.isEmpty, digits.utf8.count <= 18, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
      let whole = UInt64(digits) {
      return Decimal(sign: .plus, exponent: -(fraction?.utf8.count ?? 0), significand: Decimal(whole))
    }
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
