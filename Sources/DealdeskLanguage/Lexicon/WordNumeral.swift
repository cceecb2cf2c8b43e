/// A number spelled in words, as said on the phone: "ten", "twenty-five", "two hundred",
/// "a thousand", "five thousand two hundred and fifty".
///
/// "a" counts only before "hundred" or "thousand": on its own it is an article, and
/// reading "a" as 1 would turn "offer Acme a discount" into a number.
enum WordNumeral {
  static func read(_ tokens: [Token], at index: Int) -> (value: Int, consumed: Int)? {
    // Every scanner asks here at every word; most words are no number: say so at once.
    guard let word = tokens.word(at: index),
      word == "a" || isHyphenated(word) || numberShapes.mayHave(word) && (units[word] != nil || tens[word] != nil)
    else {
      return nil
    }
    if word == "a", tokens.word(at: index + 1) == "thousand" {
      return withTail(1000, consumed: 2, tokens, at: index, below: 1000)
    }
    guard let hundreds = belowThousand(tokens, at: index) else { return nil }
    guard tokens.word(at: index + hundreds.consumed) == "thousand" else { return hundreds }
    return withTail(
      hundreds.value * 1000, consumed: hundreds.consumed + 1, tokens, at: index, below: 1000)
  }

  /// 1…999.
  private static func belowThousand(_ tokens: [Token], at index: Int) -> (
    value: Int, consumed: Int
  )? {
    if tokens.word(at: index) == "a", tokens.word(at: index + 1) == "hundred" {
      return withTail(100, consumed: 2, tokens, at: index, below: 100)
    }
    guard let small = belowHundred(tokens, at: index) else { return nil }
    // "twelve hundred" is how 1200 is often said; "fifty hundred" is not.
    guard tokens.word(at: index + small.consumed) == "hundred", small.value < 20 else {
      return small
    }
    return withTail(small.value * 100, consumed: small.consumed + 1, tokens, at: index, below: 100)
  }

  /// 1…99: "seven", "twenty", "twenty five", "twenty-five".
  private static func belowHundred(_ tokens: [Token], at index: Int) -> (
    value: Int, consumed: Int
  )? {
    guard let word = tokens.word(at: index) else { return nil }
    if let unit = units[word] { return (unit, 1) }
    let parts = word.contains("-" as Character) ? word.split(separator: "-", omittingEmptySubsequences: false) : []
    if parts.count == 2, let ten = tens[String(parts[0])], let unit = units[String(parts[1])],
      unit < 10
    {
      return (ten + unit, 1)
    }
    guard let ten = tens[word] else { return nil }
    if let next = tokens.word(at: index + 1), let unit = units[next], unit < 10 {
      return (ten + unit, 2)
    }
    return (ten, 1)
  }

  /// Adds what follows "hundred" or "thousand" ("… and fifty"), when something does.
  private static func withTail(
    _ value: Int, consumed: Int, _ tokens: [Token], at index: Int, below limit: Int
  ) -> (value: Int, consumed: Int) {
    var start = index + consumed
    var joiner = 0
    if tokens.word(at: start) == "and" {
      start += 1
      joiner = 1
    }
    let tail = limit == 100 ? belowHundred(tokens, at: start) : belowThousand(tokens, at: start)
    guard let tail, tail.value < limit else { return (value, consumed) }
    return (value + tail.value, consumed + joiner + tail.consumed)
  }

  /// "twenty-five": a tens word, a hyphen, a unit.
  private static func isHyphenated(_ word: String) -> Bool {
    guard let dash = word.utf8.firstIndex(of: UInt8(ascii: "-")) else { return false }
    return tens[String(Substring(word.utf8[..<dash]))] != nil
  }

  /// The shapes of the number words: most words are passed over on theirs, never hashed.
  private static let numberShapes = WordShapes(Array(units.keys) + Array(tens.keys))

  private static let units: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]

  private static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
  ]
}
