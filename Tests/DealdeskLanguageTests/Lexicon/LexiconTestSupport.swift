import Foundation

@testable import DealdeskLanguage

/// The tokens of a line that is known to lex; an unexpected error yields no tokens, which
/// every table row then reports as a mismatch.
func lex(_ line: String) -> [Token] {
  (try? Tokenizer.tokenize(line)) ?? []
}

/// An exact decimal from its digits, the way the scanners build them.
func decimal(_ text: String) -> Decimal? {
  Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
}

/// Gregorian in UTC, as callers pass it.
let utcCalendar: Calendar = {
  var calendar = Calendar(identifier: .gregorian)
  calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
  return calendar
}()

/// "2026-11-28 10:00" in UTC.
func utc(_ text: String) -> Date? {
  let numbers = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" })
    .compactMap { Int($0) }
  guard numbers.count == 5 else { return nil }
  let parts = DateComponents(
    year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3], minute: numbers[4])
  return utcCalendar.date(from: parts)
}

/// Saturday 28 November 2026, 10:00 UTC: the desk's pinned clock in date tests.
let fixedNow = utc("2026-11-28 10:00") ?? Date(timeIntervalSince1970: 0)

/// A deterministic generator (SplitMix64), so a failing random case replays exactly.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// An integer in 0..<n (n > 0), for picking from a table.
  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
