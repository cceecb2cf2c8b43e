import Testing

@testable import DealdeskLanguage

@Test(
  arguments: [
    ("500m", "500", .meters, 1), ("500 m", "500", .meters, 2), ("500 metres", "500", .meters, 2),
    ("500 meters", "500", .meters, 2), ("500 metre", "500", .meters, 2),
    ("500 METRES", "500", .meters, 2), ("500 mtr", "500", .meters, 2),
    ("300 yd", "300", .yards, 2), ("300 yds", "300", .yards, 2), ("300 yards", "300", .yards, 2),
    ("300yd", "300", .yards, 1), ("1 yard", "1", .yards, 2), ("20 rolls", "20", .rolls, 2),
    ("1 roll", "1", .rolls, 2), ("1,000m", "1000", .meters, 1), ("5k m", "5000", .meters, 2),
    ("1.5k metres", "1500", .meters, 2), ("5 000m", "5000", .meters, 2),
    ("5 000 m", "5000", .meters, 3), ("12.5m", "12.5", .meters, 1),
    ("twenty rolls", "20", .rolls, 2), ("two hundred metres", "200", .meters, 3),
    ("500m of linen 220", "500", .meters, 1), ("1 250,50 m", "1250.50", .meters, 3),
  ] as [(String, String, QuantityUnit, Int)])
func quantitiesRead(input: String, amount: String, unit: QuantityUnit, consumed: Int) throws {
  let scanned = try #require(QuantityScanner.scan(lex(input), at: 0))
  #expect(scanned.value.amount == decimal(amount))
  #expect(scanned.value.unit == unit)
  #expect(scanned.consumed == consumed)
}

@Test(arguments: [
  "500", "m", "500 km", "500km", "12.40/m", "500 kg", "a roll", "roll 50", "metres", "500 \"m\"",
  "€500m", "5,0000m",
])
func notQuantities(input: String) {
  #expect(QuantityScanner.scan(lex(input), at: 0) == nil)
}
