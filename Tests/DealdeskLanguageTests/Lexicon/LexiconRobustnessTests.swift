import Foundation
import Testing

@testable import DealdeskLanguage

/// Pieces a line is built from: ordinary words the scanners look for, the separators they
/// split on, and what a terminal or a paste can throw at them.
private let fragments: [String] = [
  "a", "Acme", "ÇELIK", "Durrës", "net", "30", "days", "in", "a", "week", "end", "of", "month",
  "dec", "feb", "31", "12", "2026-02-30", "10:00", "25:00", "3", "pm", "at", "on", "monday",
  "next", "5", "000", "5,000", "12,40", "5,0000", "1.5k", "k", "%", "10%", "percent", "per",
  "cent", "off", "€", "$", "£", "eur", "all", "try", "12.40/m", "€12.40", "500m", "m", "yd",
  "rolls", "two", "hundred", "and", "thousand", "twenty-five", "cash", "delivery", "cod",
  "\"", "“", "”", "'", ",", ".", ":", ";", "?", "!", "(", ")", "-", "/", "#", "+", " ", "  ",
  "\t", "\r\n", "\n", "\u{0}", "\u{7}", "\u{1B}[A", "\u{301}", "\u{200D}", "\u{FE0F}", "👍🏽",
  "🇦🇱", "👩‍👩‍👧", "ß", "ı", "İ", "9999999999999999999", "0", "00", "999", "1234567",
]

private func randomLine(_ random: inout SplitMix64) -> String {
  var line = ""
  for _ in 0..<Int.random(in: 0...24, using: &random) {
    if Int.random(in: 0..<4, using: &random) == 0 {
      let scalar = Unicode.Scalar(UInt32.random(in: 0...0x1F_FFF, using: &random))
      line.unicodeScalars.append(scalar ?? "?")
    } else {
      line += fragments.randomElement(using: &random) ?? ""
    }
    if Bool.random(using: &random) { line += " " }
  }
  return line
}

/// Every scanner at every index (and beyond both ends) of `tokens`; returns how many
/// answers broke the scanner contract (nothing consumed, or more than there was).
private func scanEverywhere(_ tokens: [Token]) -> Int {
  var broken = 0
  func check(_ consumed: Int?, at index: Int) {
    guard let consumed else { return }
    if consumed < 1 || index + consumed > tokens.count { broken += 1 }
  }
  let indices = Array(-2...(tokens.count + 1)) + [Int.max, Int.min]
  for index in indices {
    check(NumberScanner.scan(tokens, at: index)?.consumed, at: index)
    check(PercentScanner.scan(tokens, at: index)?.consumed, at: index)
    check(QuantityScanner.scan(tokens, at: index)?.consumed, at: index)
    check(MoneyScanner.scan(tokens, at: index, requireMarker: true)?.consumed, at: index)
    check(MoneyScanner.scan(tokens, at: index, requireMarker: false)?.consumed, at: index)
    check(TermsScanner.scan(tokens, at: index, acceptingBareDays: true)?.consumed, at: index)
    check(
      DateScanner.scan(tokens, at: index, now: fixedNow, calendar: utcCalendar)?.consumed,
      at: index)
  }
  return broken
}

@Test func randomLinesNeverBreakTheLexer() {
  var random = SplitMix64(state: 0xDEA1_DE5C)
  var broken = 0
  var lexErrors = 0
  for _ in 0..<20_000 {
    let line = randomLine(&random)
    do {
      let tokens = try Tokenizer.tokenize(line)
      let characters = line.count
      if tokens.contains(where: {
        $0.offset < 0 || $0.length < 1 || $0.offset + $0.length > characters
      }) {
        broken += 1
      }
      broken += scanEverywhere(tokens)
      if let first = tokens.first?.folded, let last = tokens.last?.folded {
        _ = EditDistance.distance(
          first, last, limit: EditDistance.allowance(forLength: first.count))
      }
    } catch {
      lexErrors += 1
      if error.offset < 0 || error.offset >= line.count { broken += 1 }
    }
  }
  #expect(broken == 0)
  #expect(lexErrors > 0, "the generator should also produce unclosed quotes")
}

@Test func aHundredKilobyteLineIsCutInOnePass() throws {
  let words = String(
    repeating: "offer Acme 5 000 000 m, 12,40€/m; \"Acme Home\" 10:00 ", count: 2_000)
  let tokens = try Tokenizer.tokenize(words)
  #expect(tokens.count == 2_000 * 11)
  #expect(scanEverywhere(tokens) == 0)

  let quotes = String(repeating: "\"", count: 100_001)
  #expect(throws: LexError(message: "unclosed quote", offset: 100_000)) {
    try Tokenizer.tokenize(quotes)
  }
  let digits = String(repeating: "5 000 ", count: 20_000)
  #expect(scanEverywhere(try Tokenizer.tokenize(digits)) == 0)
}
