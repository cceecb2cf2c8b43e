/// The currency marks a price may carry: the symbols € $ £ and a few ISO codes.
///
/// "ALL" (Albanian lek) and "TRY" (Turkish lira) are also everyday English words
/// ("all fabrics", "try 12"), so they count only after an amount ("1200 ALL"), never in
/// front of one.
enum Currency {
  /// The ISO code a folded word stands for, in front of an amount ("€", "EUR").
  static func prefix(_ word: String) -> String? {
    // A symbol or a code is three bytes at most ("€" is three): a longer word is neither.
    guard word.utf8.count <= 3 else { return nil }
    return symbols[word] ?? (prefixCodes.contains(word) ? word.uppercased() : nil)
  }

  /// The ISO code a folded word stands for, after an amount ("€", "eur", "all").
  static func suffix(_ word: String) -> String? {
    symbols[word] ?? names[word] ?? (suffixCodes.contains(word) ? word.uppercased() : nil)
  }

  /// The leading symbol of a word such as "€12.40": its code and the text after it.
  static func leadingSymbol(_ word: String) -> (code: String, rest: String)? {
    // Every symbol is "$" or starts with a byte past ASCII: a word starting otherwise has none.
    guard let byte = word.utf8.first, byte == UInt8(ascii: "$") || byte >= 0x80,
      let first = word.first, let code = symbols[String(first)] else { return nil }
    return (code, String(word.dropFirst()))
  }

  private static let symbols: [String: String] = ["€": "EUR", "$": "USD", "£": "GBP"]
  /// Names of a currency as people write them after an amount: "750 euros", "12 euro".
  private static let names: [String: String] = ["euro": "EUR", "euros": "EUR", "dollars": "USD"]
  private static let prefixCodes: Set<String> = ["eur", "usd", "gbp", "chf"]
  private static let suffixCodes: Set<String> = ["eur", "usd", "gbp", "chf", "all", "try"]
}
