import Foundation

/// A percentage, as a number of percent: "10%", "10 %", "10 percent", "ten percent",
/// "12.5%", "7pct", "9percent", and the "off" that often follows a discount ("10% off").
public enum PercentScanner {
  /// The percentage at `index` (10 for "10%", not 0.10) and how many tokens it took.
  public static func scan(_ tokens: [Token], at index: Int) -> (value: Decimal, consumed: Int)? {
    guard tokens.canScan(at: index), let (value, consumed) = percent(tokens, at: index) else {
      return nil
    }
    let off = tokens.word(at: index + consumed) == "off" ? 1 : 0
    return (value, consumed + off)
  }

  private static func percent(_ tokens: [Token], at index: Int) -> (Decimal, Int)? {
    // "%10" is how a discount is written in Turkish.
    if let word = tokens.word(at: index), word.hasPrefix("%"), word.count > 1 {
      guard let numeral = NumeralReader.read(tokens, at: index, head: String(word.dropFirst())),
        numeral.suffix.isEmpty
      else { return nil }
      return (numeral.value, numeral.consumed)
    }
    guard let numeral = NumeralReader.read(tokens, at: index) else { return nil }
    if gluedSigns.contains(numeral.suffix) { return (numeral.value, numeral.consumed) }
    guard numeral.suffix.isEmpty else { return nil }
    let next = index + numeral.consumed
    switch tokens.word(at: next) {
    case "%", "percent", "pct": return (numeral.value, numeral.consumed + 1)
    case "per" where tokens.word(at: next + 1) == "cent":
      return (numeral.value, numeral.consumed + 2)
    default: return nil
    }
  }

  /// What may be glued to the number: "10%", "7pct", "9percent".
  private static let gluedSigns: Set<String> = ["%", "pct", "percent"]
}
