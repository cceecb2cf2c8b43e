import DealdeskApp
import Testing

/// The ASCII form of what the desk draws (issue 22, item 4): symbols change, letters never.
@Suite struct AsciiDrawingTests {
  @Test func symbolsBecomeAsciiAndNamesKeepTheirLetters() {
    let drawn = ChartStyle.ascii.draw("Çelik Tekstil · 10% → 12% — Durrës… ─┼─│ ██▍ ▁▅█ 220 g/m² €6.90")
    #expect(drawn == "Çelik Tekstil | 10% -> 12% -- Durrës... -+-| ### ### 220 g/m2 EUR 6.90")
  }

  @Test func aUtf8LocaleDrawsAsBefore() {
    let text = "10% off · 3,000 m → net 0 ─── ██"
    #expect(ChartStyle.unicode.draw(text) == text)
    #expect(ChartStyle.from(environment: ["LANG": "C"]) == .ascii)
    #expect(ChartStyle.from(environment: ["LANG": "C", "LC_ALL": "en_US.UTF-8"]) == .unicode)
  }
}
