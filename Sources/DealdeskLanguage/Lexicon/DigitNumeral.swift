import Foundation

/// A number written with digits at the start of one word: "5,000", "12,40", "1.5k",
/// and the "500" of "500m" (whatever follows is handed back as `rest`).
///
/// A comma followed by exactly two digits is a decimal comma; groups of exactly three
/// are thousands. Anything else around a comma ("5,0000", "1,000,50") is not a clean
/// number, and reading a guess out of it would put a wrong price on an offer.
struct DigitNumeral: Equatable {
  var integerDigits: String
  var fractionDigits: String?
  var hasThousandsCommas: Bool
  var isThousands: Bool
  /// What follows the number in the same word: "m" in "500m", "%" in "10%".
  var rest: String

  /// Longer numbers are not quantities or prices; refusing them keeps `Decimal` exact.
  static let maximumIntegerDigits = 15
  static let maximumFractionDigits = 12

  var value: Decimal? {
    guard integerDigits.count <= Self.maximumIntegerDigits,
      (fractionDigits?.count ?? 0) <= Self.maximumFractionDigits,
      let plain = DecimalText.decimal(integer: integerDigits, fraction: fractionDigits)
    else { return nil }
    return isThousands ? plain * 1000 : plain
  }

  /// Plain 1–3 digits, the only start a space-separated "5 000" may have.
  var opensDigitGroups: Bool {
    (1...3).contains(integerDigits.count) && fractionDigits == nil && !hasThousandsCommas
      && !isThousands && rest.isEmpty
  }

  static func parse(_ text: String) -> DigitNumeral? {
    // Most words are not numbers: say so before copying anything.
    guard let first = text.utf8.first, (0x30...0x39).contains(first) else { return nil }
    let scalars = Array(text.unicodeScalars)
    var index = 0

    // Digits are ASCII: their text is written byte by byte, not assembled from scalars.
    func digits(from start: Int) -> String {
      var end = start
      while end < scalars.count, isASCIIDigit(scalars[end]) { end += 1 }
      return String(unsafeUninitializedCapacity: end - start) { buffer in
        for i in start..<end { buffer[i - start] = UInt8(truncatingIfNeeded: scalars[i].value) }
        return end - start
      }
    }
    func isDigit(at position: Int) -> Bool {
      position < scalars.count && isASCIIDigit(scalars[position])
    }

    var integer = digits(from: 0)
    guard !integer.isEmpty else { return nil }
    index = integer.count
    var fraction: String?
    var grouped = false

    while index < scalars.count, scalars[index] == ",", isDigit(at: index + 1) {
      let group = digits(from: index + 1)
      if group.count == 3, canOpenThousands(integer, grouped: grouped) {
        integer += group
        grouped = true
        index += 4
      } else if group.count == 2, !grouped {
        fraction = group
        index += 3
        break
      } else {
        return nil
      }
    }
    if fraction == nil, index < scalars.count, scalars[index] == ".", isDigit(at: index + 1) {
      let decimals = digits(from: index + 1)
      fraction = decimals
      index += 1 + decimals.count
    }
    if index < scalars.count, scalars[index] == "," || scalars[index] == ".",
      isDigit(at: index + 1)
    {
      return nil
    }
    var thousands = false
    if index < scalars.count, scalars[index] == "k",
      index + 1 == scalars.count || !scalars[index + 1].properties.isAlphabetic
    {
      thousands = true
      index += 1
    }
    return DigitNumeral(
      integerDigits: integer, fractionDigits: fraction, hasThousandsCommas: grouped,
      isThousands: thousands,
      rest: index == scalars.count ? "" : String(String.UnicodeScalarView(scalars[index...])))
  }

  /// "12,400" groups, but "1234,567" and "0,500" do not read as thousands.
  private static func canOpenThousands(_ integer: String, grouped: Bool) -> Bool {
    if grouped { return true }
    return (1...3).contains(integer.count) && !integer.hasPrefix("0")
  }

  private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 48 && scalar.value <= 57
  }
}
