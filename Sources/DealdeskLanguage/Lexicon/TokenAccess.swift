/// Safe reading of tokens at any index, so scanners can look ahead without bounds checks.
///
/// Quoted tokens are never offered as words: quotes force a literal name, so `"500m"`
/// must not read as a quantity.
extension Array where Element == Token {
  /// The folded text of the word at `index`, or nil when there is no word there.
  func word(at index: Int) -> String? {
    guard index >= 0, index < count, self[index].kind == .word else { return nil }
    return self[index].folded
  }

  /// Whether the token at `index` is the punctuation mark `mark`.
  func isPunctuation(_ mark: String, at index: Int) -> Bool {
    guard index >= 0, index < count, self[index].kind == .punctuation else { return false }
    return self[index].text == mark
  }

  /// Whether `index` is a place a scanner may start reading from.
  func canScan(at index: Int) -> Bool {
    index >= 0 && index < count
  }
}
