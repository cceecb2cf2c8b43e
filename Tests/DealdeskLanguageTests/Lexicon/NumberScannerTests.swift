import Testing

@testable import DealdeskLanguage

@Test(
  arguments: [
    ("5000", "5000", 1), ("5,000", "5000", 1), ("5 000", "5000", 2), ("5k", "5000", 1),
    ("5K", "5000", 1), ("1.5k", "1500", 1), ("12.40", "12.40", 1), ("12,40", "12.40", 1),
    ("12,400", "12400", 1), ("1,000,000", "1000000", 1), ("1,000.50", "1000.50", 1),
    ("1 250 000", "1250000", 3), ("5 000.50", "5000.50", 2), ("5 1000", "5", 1),
    ("12 dec", "12", 1), ("0.5", "0.5", 1), ("007", "7", 1), ("1234,50", "1234.50", 1),
    ("0.1", "0.1", 1), ("999999999999999", "999999999999999", 1),
    ("one", "1", 1), ("seven", "7", 1), ("TEN", "10", 1), ("twelve", "12", 1),
    ("nineteen", "19", 1), ("twenty", "20", 1), ("thirty", "30", 1), ("forty", "40", 1),
    ("fifty", "50", 1), ("twenty five", "25", 2), ("twenty-five", "25", 1),
    ("two hundred", "200", 2), ("a hundred", "100", 2), ("five thousand", "5000", 2),
    ("a thousand", "1000", 2), ("two hundred and fifty", "250", 4),
    ("five thousand two hundred", "5200", 4), ("twelve hundred", "1200", 2),
    ("two hundred and", "200", 2), ("5 thousand", "5000", 2), ("1.5 thousand", "1500", 2),
    ("12.40 m", "12.40", 1), ("5k metres", "5000", 1), ("fifty percent", "50", 1),
  ] as [(String, String, Int)])
func numbersRead(input: String, value: String, consumed: Int) throws {
  let scanned = try #require(NumberScanner.scan(lex(input), at: 0))
  #expect(scanned.value == decimal(value))
  #expect(scanned.consumed == consumed)
}

@Test(arguments: [
  "a", "a discount", "5,0000", "12,4", "1,000,50", "12.40.5", "12,40,5", "0,500", "1234,567",
  "500m", "10%", "LIN-220", "+355", "#12", "€12", "hundred", "\"500\"", "", "five5",
  "1234567890123456", "2026-12-12", "10:00", ".5", "12/12", "5km", "5k5", "the", ",",
])
func notNumbers(input: String) {
  #expect(NumberScanner.scan(lex(input), at: 0) == nil)
}

@Test func numbersAreReadFromTheGivenIndexOnly() {
  let tokens = lex("set limit 20,000 now")
  #expect(NumberScanner.scan(tokens, at: 2)?.value == 20000)
  #expect(NumberScanner.scan(tokens, at: 1) == nil)
  #expect(NumberScanner.scan(tokens, at: 4) == nil)
  #expect(NumberScanner.scan(tokens, at: -1) == nil)
  #expect(NumberScanner.scan(tokens, at: Int.max) == nil)
  #expect(NumberScanner.scan(tokens, at: Int.min) == nil)
}
