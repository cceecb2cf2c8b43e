import Foundation

/// A decimal of at most eight places held as a whole number of hundred-millionths, for
/// pricing's inner loops. Foundation's `Decimal` adds and multiplies in about 0.7 µs here,
/// and an offer on a category priced its hundred products with thousands of them a command.
///
/// Exact, like `Decimal`: a value with more places, or one that does not fit in 64 bits,
/// is not made (nil), and an operation whose result would not fit or would need more
/// places answers nil; the caller then keeps to `Decimal`.
struct SmallDecimal: Sendable, Equatable, Comparable {
  static let places = 8
  static let one: Int64 = 100_000_000
  /// The largest significand read: below 2^62, so it converts to Int64 exactly.
  private static let largestSignificand = Decimal(UInt64(1) << 62)

  /// The value × 10⁸.
  var units: Int64

  init(units: Int64) { self.units = units }

  static let zero = SmallDecimal(units: 0)
  static let hundred = SmallDecimal(units: 100 * one)

  init?(_ value: Decimal) {
    guard let (significand, exponent) = Self.parts(of: value) else { return nil }
    guard exponent >= -Self.places, exponent <= 18 else { return nil }
    var units = Int64(significand)
    for _ in 0..<(exponent + Self.places) {
      let (scaled, overflow) = units.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      units = scaled
    }
    self.units = value.sign == .minus ? -units : units
  }

  /// A finite decimal's significand, when below 2⁶², and its exponent.
  private static func parts(of value: Decimal) -> (significand: UInt64, exponent: Int)? {
    if DecimalStorage.isReadable { return DecimalStorage.parts(of: value) }
    guard value.isFinite else { return nil }
    let significand = value.significand
    guard significand < largestSignificand else { return nil }
    return (NSDecimalNumber(decimal: significand).uint64Value, value.exponent)
  }

  /// The same value as a `Decimal`, in the compact form Foundation's own arithmetic gives.
  var decimal: Decimal {
    Decimal(sign: units < 0 ? .minus : .plus, exponent: -Self.places, significand: Decimal(units.magnitude))
  }

  /// A decimal as its own description writes it ("12.5", "-0.05", "1000"), built from its
  /// parts: Foundation's description took a tenth of a reply's table. Nil when its stored
  /// digits end in a zero (never, as Foundation keeps them, but then the description decides).
  static func text(of value: Decimal) -> String? {
    guard let (significand, exponent) = parts(of: value), significand % 10 != 0 || significand == 0 else { return nil }
    // A zero keeps the exponent it was rounded to ("0.00"), which its description drops.
    guard significand != 0 else { return "0" }
    var digits = String(significand)
    if exponent >= 0 {
      digits += String(repeating: "0", count: exponent)
    } else if digits.count > -exponent {
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: exponent))
    } else {
      digits = "0." + String(repeating: "0", count: -exponent - digits.count) + digits
    }
    return value.sign == .minus ? "-" + digits : digits
  }

  /// `(revenue − cost) × 100 / revenue` rounded half away from zero to one place, worked
  /// exactly in 128 bits (what `Money.round` of Decimal's 38-digit quotient gives: a
  /// quotient of such numbers is never within 10⁻³⁷ of a rounding boundary without being on
  /// it). Nil when revenue is not positive or a step does not fit; Decimal then decides.
  static func percent(of revenue: SmallDecimal, less cost: SmallDecimal) -> Decimal? {
    guard revenue.units > 0, let margin = revenue - cost else { return nil }
    // Tenths of a percent: margin × 1000 / revenue, rounded.
    let wide = margin.units.magnitude.multipliedFullWidth(by: 1000)
    let divisor = UInt64(revenue.units)
    guard wide.high < divisor else { return nil }
    let (quotient, remainder) = divisor.dividingFullWidth(wide)
    let (tenths, overflow) = quotient.addingReportingOverflow(remainder >= divisor - remainder ? 1 : 0)
    guard !overflow else { return nil }
    return Decimal(sign: margin.units < 0 && tenths > 0 ? .minus : .plus, exponent: -1, significand: Decimal(tenths))
  }

  /// As `Money.plain` writes it: "-1234.50", exactly `scale` decimals, no grouping. The
  /// value must already be rounded to `scale` places.
  func plain(scale: Int) -> String {
    let places = min(max(scale, 0), Self.places)
    var divisor: UInt64 = 1
    for _ in 0..<(Self.places - places) { divisor *= 10 }
    let scaled = units.magnitude / divisor
    var fraction: UInt64 = 1
    for _ in 0..<places { fraction *= 10 }
    let (whole, part) = scaled.quotientAndRemainder(dividingBy: fraction)
    var text = units < 0 && scaled != 0 ? "-" : ""
    text += String(whole)
    if places > 0 {
      let digits = String(part)
      text += "." + String(repeating: "0", count: places - digits.count) + digits
    }
    return text
  }

  static func < (a: SmallDecimal, b: SmallDecimal) -> Bool { a.units < b.units }

  static func + (a: SmallDecimal, b: SmallDecimal) -> SmallDecimal? {
    let (sum, overflow) = a.units.addingReportingOverflow(b.units)
    return overflow ? nil : SmallDecimal(units: sum)
  }

  static func - (a: SmallDecimal, b: SmallDecimal) -> SmallDecimal? {
    let (difference, overflow) = a.units.subtractingReportingOverflow(b.units)
    return overflow ? nil : SmallDecimal(units: difference)
  }

  /// The exact product; nil when it needs more than eight places or does not fit.
  static func * (a: SmallDecimal, b: SmallDecimal) -> SmallDecimal? {
    // The product of the units is 10⁸ times too large: divided back in 128 bits, exactly.
    let wide = a.units.magnitude.multipliedFullWidth(by: b.units.magnitude)
    // Below 5·10⁷ · 2⁶⁴, the quotient is below 2⁶³ and so fits.
    guard wide.high < 50_000_000 else { return nil }
    let (quotient, remainder) = UInt64(one).dividingFullWidth(wide)
    guard remainder == 0 else { return nil }
    let magnitude = Int64(quotient)
    return SmallDecimal(units: (a.units < 0) != (b.units < 0) ? -magnitude : magnitude)
  }

  /// `self / 100`, exact when it stays within eight places.
  var hundredth: SmallDecimal? { units % 100 == 0 ? SmallDecimal(units: units / 100) : nil }

  /// Rounded half away from zero to `scale` places, as `Money.round` does; nil only at
  /// the edge of the range, where rounding up would not fit.
  func rounded(scale: Int) -> SmallDecimal? {
    guard scale < Self.places else { return self }
    var step: Int64 = 1
    for _ in 0..<(Self.places - max(0, scale)) { step *= 10 }
    let (quotient, remainder) = units.quotientAndRemainder(dividingBy: step)
    let away: Int64 = remainder.magnitude * 2 >= step.magnitude ? (units < 0 ? -1 : 1) : 0
    let (rounded, overflow) = (quotient + away).multipliedReportingOverflow(by: step)
    return overflow ? nil : SmallDecimal(units: rounded)
  }
}

extension Decimal {
  /// `self < other`, answered in small decimals when both are: a review compares each of a
  /// category's hundred products against its limit, and Decimal's comparison takes 0.1 µs.
  func isLess(than other: Decimal) -> Bool {
    if let a = SmallDecimal(self), let b = SmallDecimal(other) { return a < b }
    return self < other
  }
}
