import DealdeskCore
import DealdeskLanguage
import Foundation

/// Why one row of an import file cannot be taken.
struct ImportProblem: Error, Sendable {
  let message: String
  init(_ message: String) { self.message = message }
}

/// Numbers, amounts and terms in import cells, read by the command language's own scanners:
/// "12.40", "12,40" (decimal comma), "1,234.50", "€12.40", "net 30". Exact: never `Double`.
enum ImportCells {
  /// Units a quantity cell may carry after its number ("150 cm", "50 m", "220 gsm").
  private static let units: Set<String> = ["cm", "m", "mt", "meters", "metres", "gsm", "g", "g/m2", "g/m²", "gm2"]

  static func number(_ text: String, _ field: String) throws(ImportProblem) -> Decimal {
    let tokens = Self.tokens(text)
    if let (value, consumed) = NumberScanner.scan(tokens, at: 0),
      consumed == tokens.count || (consumed == tokens.count - 1 && units.contains(tokens[consumed].folded)) {
      return value
    }
    throw ImportProblem("\(field) \"\(text)\" is not a number; write it like 150 or 12.5.")
  }

  static func money(_ text: String, _ field: String, currency: String) throws(ImportProblem) -> Decimal {
    let tokens = Self.tokens(text)
    guard let (match, consumed) = MoneyScanner.scan(tokens, at: 0, requireMarker: false), consumed == tokens.count else {
      throw ImportProblem("\(field) \"\(text)\" is not an amount; write it like 12.40 or 1234.50.")
    }
    if let code = match.currencyCode, code != currency {
      throw ImportProblem("\(field) \"\(text)\" is in \(code); the desk works in \(currency).")
    }
    return match.amount
  }

  /// "ACT; Acmetex": aliases `;`-separated, as the clients export writes them, each one a name
  /// a line can read (the desk's rules against clashes come after, in decide).
  static func aliases(_ text: String, client: String) throws(ImportProblem) -> [String] {
    let aliases = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    for alias in aliases {
      // Only whether a word reads as a date matters here, not which date, so any clock will do.
      if let problem = AliasWords.problem(alias, now: Date(timeIntervalSince1970: 0)) {
        throw ImportProblem("Alias \"\(alias)\" \(problem), so it can't stand for \(client).")
      }
    }
    return aliases
  }

  /// "net 30", "30 days", "30", "prepayment", "cash on delivery", "COD".
  static func terms(_ text: String, _ field: String) throws(ImportProblem) -> PaymentTerms {
    let tokens = Self.tokens(text)
    if let (match, consumed) = TermsScanner.scan(tokens, at: 0, acceptingBareDays: true), consumed == tokens.count {
      switch match {
      case .net(let days): return .net(days: days)
      case .prepayment: return .prepayment
      case .cashOnDelivery: return .cashOnDelivery
      }
    }
    if let (days, consumed) = NumberScanner.scan(tokens, at: 0), consumed == tokens.count,
      let whole = days.wholeDays {
      return .net(days: whole)
    }
    throw ImportProblem("\(field) \"\(text)\" are not payment terms; write net 30, prepayment or cash on delivery.")
  }

  private static func tokens(_ text: String) -> [Token] {
    (try? Tokenizer.tokenize(text)) ?? []
  }
}

extension Decimal {
  /// A whole number of days, 0 through 365.
  fileprivate var wholeDays: Int? {
    guard self >= 0, self <= 365 else { return nil }
    let rounded = Money.round(self, scale: 0)
    guard rounded == self else { return nil }
    return Int(Money.trimmed(rounded))
  }
}
