import Testing

@testable import DealdeskLanguage

@Test(
  arguments: [
    ("10%", "10", 1), ("10 %", "10", 2), ("10 percent", "10", 2), ("10 pct", "10", 2),
    ("ten percent", "10", 2), ("12.5%", "12.5", 1), ("10% off", "10", 2),
    ("10 % off", "10", 3), ("10 percent off", "10", 3), ("twenty five percent", "25", 3),
    ("10 per cent", "10", 3), ("%10", "10", 1), ("0.5%", "0.5", 1), ("12,50%", "12.50", 1),
    ("100%", "100", 1), ("10 PERCENT", "10", 2), ("10% on linen", "10", 1), ("10%,", "10", 1),
    ("8% off, net 30", "8", 2),
  ] as [(String, String, Int)])
func percentagesRead(input: String, value: String, consumed: Int) throws {
  let scanned = try #require(PercentScanner.scan(lex(input), at: 0))
  #expect(scanned.value == decimal(value))
  #expect(scanned.consumed == consumed)
}

@Test(arguments: [
  "10", "percent", "%", "10 off", "a percent", "10m", "%abc", "€10%", "12,5%", "off", "10 per",
])
func notPercentages(input: String) {
  #expect(PercentScanner.scan(lex(input), at: 0) == nil)
}
