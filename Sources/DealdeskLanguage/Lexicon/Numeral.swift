import Foundation

/// A number read from one or more tokens, digits or words, with whatever was glued to
/// the end of its last token: the shared first step of every scanner that reads amounts.
///
/// Handing the glued `suffix` back ("m" of "500m", "%" of "10%", "€/m" of "12.40€/m")
/// lets each scanner decide what it accepts, so "500m" is a quantity and never a bare
/// number by accident.
struct Numeral: Equatable {
  var value: Decimal
  var suffix: String
  var consumed: Int
}

enum NumeralReader {
  /// Reads a numeral at `index`. `head` stands in for that token's folded text when a
  /// caller has already taken something off its front (the "€" of "€12.40").
  static func read(_ tokens: [Token], at index: Int, head: String? = nil) -> Numeral? {
    guard let text = head ?? tokens.word(at: index) else { return nil }
    if let digits = DigitNumeral.parse(text) {
      return digitNumeral(digits, tokens, at: index)
    }
    guard head == nil, let words = WordNumeral.read(tokens, at: index) else { return nil }
    return Numeral(value: Decimal(words.value), suffix: "", consumed: words.consumed)
  }

  private static func digitNumeral(
    _ first: DigitNumeral, _ tokens: [Token], at index: Int
  ) -> Numeral? {
    var number = first
    var consumed = 1
    // "5 000": the next tokens are groups of exactly three digits, the last of which may
    // carry a fraction or a suffix ("5 000.50", "5 000m").
    if first.opensDigitGroups {
      while let next = tokens.word(at: index + consumed), let group = DigitNumeral.parse(next),
        group.integerDigits.count == 3, !group.hasThousandsCommas, !group.isThousands,
        number.integerDigits.count + 3 <= DigitNumeral.maximumIntegerDigits
      {
        number.integerDigits += group.integerDigits
        number.fractionDigits = group.fractionDigits
        number.rest = group.rest
        consumed += 1
        if group.fractionDigits != nil || !group.rest.isEmpty { break }
      }
    }
    guard var value = number.value else { return nil }
    if number.rest.isEmpty, !number.isThousands,
      let multiplier = multipliers[tokens.word(at: index + consumed) ?? ""]
    {
      value *= multiplier
      consumed += 1
    }
    return Numeral(value: value, suffix: number.rest, consumed: consumed)
  }

  /// "5 thousand", "2 hundred".
  private static let multipliers: [String: Decimal] = ["hundred": 100, "thousand": 1000]
}
