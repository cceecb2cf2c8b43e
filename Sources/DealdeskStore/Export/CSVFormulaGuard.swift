/// CSV injection: a cell a spreadsheet would read as a formula is written with an apostrophe
/// before it, which spreadsheets take as "this is text" and do not show. Which cells: those
/// starting (after any spaces, which some spreadsheets trim on import) with one of OWASP's
/// formula characters, or their full-width forms that Excel reads alike in East Asian
/// locales, unless the whole cell is a plain number ("-12.50", a credit note's amount).
/// Deciding by the whole cell matters: a number parser that reads a prefix takes
/// "-1+cmd" for -1.
///
/// `unguarded` is the exact inverse: it takes an apostrophe off only where `guarded` would
/// have put one, so any text, even one starting with an apostrophe, survives an export and
/// an import unchanged.
public enum CSVFormulaGuard {
  /// = + - @, tab and carriage return (OWASP's list: a spreadsheet may drop the last two and
  /// read on), and the full-width ＝ ＋ － ＠.
  private static let starters: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
  ]

  /// The cell as written: the value, with an apostrophe before it when it needs one.
  public static func guarded(_ value: String) -> String {
    needsGuard(value) ? "'" + value : value
  }

  /// The value a cell stands for: the apostrophe `guarded` added is taken off; an
  /// apostrophe the value itself starts with is kept.
  public static func unguarded(_ cell: String) -> String {
    guard cell.unicodeScalars.first == "'" else { return cell }
    let rest = String(cell.unicodeScalars.dropFirst())
    return needsGuard(rest) ? rest : cell
  }

  /// Whether a spreadsheet could read `value` as a formula, or `unguarded` would take an
  /// apostrophe off it (so that one is added to keep it).
  static func needsGuard(_ value: String) -> Bool {
    var scalars = Substring(value).unicodeScalars
    while scalars.first == " " { scalars = scalars.dropFirst() }
    guard let first = scalars.first else { return false }
    if first == "'" { return needsGuard(String(scalars.dropFirst())) }
    return starters.contains(first) && !isPlainNumber(value)
  }

  /// An optional sign, digits, and optionally a point and more digits: nothing else, so
  /// nothing a spreadsheet could run.
  static func isPlainNumber(_ value: String) -> Bool {
    var scalars = Substring(value).unicodeScalars
    if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
    let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) } }
  }
}
