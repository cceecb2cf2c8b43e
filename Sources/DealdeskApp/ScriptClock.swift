import DealdeskCore
import DealdeskLanguage
import Foundation

/// Reads the date of an `@now` line: "2026-11-28 10:00", "28 nov 2026 10:00", or a relative
/// date such as "tomorrow 9:00" (relative to the clock as it stands).
enum ScriptClock {
  /// Dates a script may pin: wide enough for any real desk, narrow enough to keep every
  /// date the desk prints meaningful.
  static let range: ClosedRange<Date> = Date(timeIntervalSince1970: 946_684_800)...Date(timeIntervalSince1970: 4_102_444_800)

  static func parse(_ text: String, relativeTo now: Date) -> Date? {
    guard let tokens = try? Tokenizer.tokenize(text), !tokens.isEmpty,
      let (result, consumed) = DateScanner.scan(tokens, at: 0, now: now, calendar: DeskDate.calendar),
      consumed == tokens.count, case .success(let match) = result
    else { return nil }
    return match.date
  }
}
