import Testing

@testable import DealdeskLanguage

private struct MoneyRow: Sendable, CustomTestStringConvertible {
  var input: String
  var amount: String
  var code: String?
  var per: QuantityUnit?
  var consumed: Int
  var testDescription: String { input }

  init(_ input: String, _ amount: String, _ code: String?, _ per: QuantityUnit?, _ consumed: Int) {
    (self.input, self.amount, self.code, self.per, self.consumed) =
      (input, amount, code, per, consumed)
  }
}

@Test(arguments: [
  MoneyRow("€12.40", "12.40", "EUR", nil, 1), MoneyRow("12.40€", "12.40", "EUR", nil, 1),
  MoneyRow("12.40 eur", "12.40", "EUR", nil, 2), MoneyRow("EUR 12.40", "12.40", "EUR", nil, 2),
  MoneyRow("eur 12.40", "12.40", "EUR", nil, 2), MoneyRow("12.40/m", "12.40", nil, .meters, 1),
  MoneyRow("12.40 per metre", "12.40", nil, .meters, 3),
  MoneyRow("12.40 per meter", "12.40", nil, .meters, 3),
  MoneyRow("12.40 per m", "12.40", nil, .meters, 3),
  MoneyRow("12.40 a metre", "12.40", nil, .meters, 3),
  MoneyRow("12.40/yd", "12.40", nil, .yards, 1), MoneyRow("$5", "5", "USD", nil, 1),
  MoneyRow("£7.50", "7.50", "GBP", nil, 1), MoneyRow("€ 12.40", "12.40", "EUR", nil, 2),
  MoneyRow("12.40 €", "12.40", "EUR", nil, 2), MoneyRow("12,40 €", "12.40", "EUR", nil, 2),
  MoneyRow("€12.40/m", "12.40", "EUR", .meters, 1),
  MoneyRow("12.40€/m", "12.40", "EUR", .meters, 1),
  MoneyRow("12.40 eur/m", "12.40", "EUR", .meters, 2),
  MoneyRow("12.40 eur per metre", "12.40", "EUR", .meters, 4),
  MoneyRow("€12.40 per metre", "12.40", "EUR", .meters, 3),
  MoneyRow("1,200 ALL", "1200", "ALL", nil, 2), MoneyRow("1200 try", "1200", "TRY", nil, 2),
  MoneyRow("CHF 30", "30", "CHF", nil, 2), MoneyRow("USD 5", "5", "USD", nil, 2),
  MoneyRow("gbp 3", "3", "GBP", nil, 2), MoneyRow("€1 000", "1000", "EUR", nil, 2),
  MoneyRow("€5k", "5000", "EUR", nil, 1), MoneyRow("11.50 / m", "11.50", nil, .meters, 3),
  MoneyRow("12.40 per roll", "12.40", nil, .rolls, 3),
  MoneyRow("twelve eur", "12", "EUR", nil, 2), MoneyRow("€12.40 eur", "12.40", "EUR", nil, 1),
  MoneyRow("12.40 eur usd", "12.40", "EUR", nil, 2),
  MoneyRow("11.50 €/m, net 30", "11.50", "EUR", .meters, 2),
])
private func pricesWithAMarker(row: MoneyRow) throws {
  for requireMarker in [true, false] {
    let scanned = try #require(
      MoneyScanner.scan(lex(row.input), at: 0, requireMarker: requireMarker))
    #expect(scanned.value.amount == decimal(row.amount))
    #expect(scanned.value.currencyCode == row.code)
    #expect(scanned.value.perUnit == row.per)
    #expect(scanned.consumed == row.consumed)
  }
}

@Test(
  arguments: [
    ("12.40", "12.40", 1), ("11.50", "11.50", 1), ("5,000", "5000", 1), ("12.40 per", "12.40", 1),
    ("7.90 width", "7.90", 1), ("twelve", "12", 1),
  ] as [(String, String, Int)])
func bareNumbersArePricesOnlyWithoutAMarkerRequired(input: String, amount: String, consumed: Int)
  throws
{
  #expect(MoneyScanner.scan(lex(input), at: 0, requireMarker: true) == nil)
  let scanned = try #require(MoneyScanner.scan(lex(input), at: 0, requireMarker: false))
  #expect(scanned.value == MoneyMatch(amount: decimal(amount) ?? -1))
  #expect(scanned.consumed == consumed)
}

@Test(arguments: [
  "all 12", "try 12", "12.40xyz", "10%", "500m", "500 m", "10 percent", "€", "eur", "€abc",
  "a", "12.40/km", "$€5", "€10%", "¥12", "\"12.40\"",
])
func notPrices(input: String) {
  #expect(MoneyScanner.scan(lex(input), at: 0, requireMarker: false) == nil)
}
