import Foundation

/// Exact money and quantity arithmetic. Every amount is a `Decimal`; rounding to the
/// currency's minor unit happens at the documented steps only (see docs/export-format.md):
/// a net unit price is rounded to the cent when it is derived from a discount, and a line
/// total is rounded to the cent once, after multiplying.
public enum Money {
  /// Rounds half away from zero ("commercial rounding") to `scale` decimal places.
  public static func round(_ value: Decimal, scale: Int = 2) -> Decimal {
    var input = value
    var result = Decimal()
    NSDecimalRound(&result, &input, scale, .plain)
    return result
  }

  /// A plain decimal string with exactly `scale` decimals: "12.40", "1234.50". No grouping,
  /// so the export and the journal read back exactly.
  public static func plain(_ value: Decimal, scale: Int = 2) -> String {
    if scale <= SmallDecimal.places, let small = SmallDecimal(value)?.rounded(scale: scale) { return small.plain(scale: scale) }
    return plainByDescription(value, scale: scale)
  }

  /// `plain` from Decimal's own description: for what small decimals cannot hold, and the
  /// reference the tests hold the small-decimal path to.
  static func plainByDescription(_ value: Decimal, scale: Int) -> String {
    let rounded = round(value, scale: scale)
    var text = "\(rounded)"
    guard scale > 0 else { return text }
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      if decimals < scale { text += String(repeating: "0", count: scale - decimals) }
    } else {
      text += "." + String(repeating: "0", count: scale)
    }
    return text
  }

  /// A decimal string with no trailing zeros: "500", "274.32", "12.5".
  public static func trimmed(_ value: Decimal) -> String { SmallDecimal.text(of: value) ?? "\(value)" }

  /// A plain decimal string ("-1234567.50", as `plain` writes it) with its whole part
  /// grouped by thousands: "-1,234,567.50". Locale-free, so every reply and debrief reads
  /// the same on every machine.
  public static func grouped(_ plain: String) -> String {
    let bytes = Array(plain.utf8)
    let sign = bytes.first == UInt8(ascii: "-") ? 1 : 0
    let dot = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
    let whole = dot - sign
    guard whole > 3 else { return plain }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + whole / 3)
    out += bytes[..<sign]
    for (i, digit) in bytes[sign..<dot].enumerated() {
      if i > 0, (whole - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
      out.append(digit)
    }
    out += bytes[dot...]
    return String(decoding: out, as: UTF8.self)
  }

  /// An amount as every reply shows it: two decimals, thousands grouped ("10,578.00").
  /// `plain` is for files and input; anything a manager reads goes through this.
  public static func display(_ value: Decimal) -> String { grouped(plain(value)) }

  /// A quantity as every reply shows it: no trailing zeros, thousands grouped ("1,274.32").
  public static func displayQuantity(_ value: Decimal) -> String { grouped(trimmed(value)) }

  /// The price after a percentage discount, rounded to the cent.
  public static func discounted(_ listPrice: Decimal, percent: Decimal) -> Decimal {
    round(hundredth(of: listPrice * (100 - percent)))
  }

  /// `value / 100`, exactly: Decimal is base ten, so this only moves the exponent, where
  /// Foundation's general division is long arithmetic (most of pricing a category's hundred
  /// products for every command on a large desk). Falls back to division at the exponent's limit.
  static func hundredth(of value: Decimal) -> Decimal {
    guard value.exponent > Int(Int8.min) + 2 else { return value / 100 }
    return Decimal(sign: value.sign, exponent: value.exponent - 2, significand: value.significand)
  }

  /// The discount a net price represents against a list price, to one decimal place.
  public static func discountPercent(list: Decimal, net: Decimal) -> Decimal {
    guard list > 0 else { return 0 }
    return round((list - net) * 100 / list, scale: 1)
  }
}
