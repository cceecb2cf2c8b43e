import Testing

@testable import DealdeskLanguage

@Test(
  arguments: [
    ("net 30", .net(days: 30), 2), ("net30", .net(days: 30), 1), ("NET 30", .net(days: 30), 2),
    ("Net 45", .net(days: 45), 2), ("net 60 days", .net(days: 60), 3),
    ("net-45", .net(days: 45), 1), ("net 30d", .net(days: 30), 2),
    ("net thirty", .net(days: 30), 2), ("30 days net", .net(days: 30), 3),
    ("30 day net", .net(days: 30), 3), ("30d net", .net(days: 30), 2),
    ("net30 days", .net(days: 30), 2), ("net 30, valid 7 days", .net(days: 30), 2),
    ("prepayment", .prepayment, 1), ("prepaid", .prepayment, 1), ("pre-payment", .prepayment, 1),
    ("Pre-Paid", .prepayment, 1), ("pre payment", .prepayment, 2), ("prepay", .prepayment, 1),
    ("payment in advance", .prepayment, 3), ("advance payment", .prepayment, 2),
    ("cash on delivery", .cashOnDelivery, 3), ("Cash On Delivery", .cashOnDelivery, 3),
    ("cod", .cashOnDelivery, 1), ("COD", .cashOnDelivery, 1), ("c.o.d.", .cashOnDelivery, 1),
    ("cash-on-delivery", .cashOnDelivery, 1),
  ] as [(String, PaymentTermsMatch, Int)])
func termsRead(input: String, terms: PaymentTermsMatch, consumed: Int) throws {
  let scanned = try #require(TermsScanner.scan(lex(input), at: 0))
  #expect(scanned.value == terms)
  #expect(scanned.consumed == consumed)
}

@Test(arguments: [
  "net", "net 0", "net 400", "net 30.5", "30 days", "cash", "cash on", "netto", "network",
  "net abc", "30 net", "net-", "net 5k", "pre", "advance", "\"net 30\"", "30",
])
func notTerms(input: String) {
  #expect(TermsScanner.scan(lex(input), at: 0) == nil)
}

@Test func bareDaysAreTermsOnlyWhenAsked() throws {
  let tokens = lex("30 days")
  #expect(TermsScanner.scan(tokens, at: 0) == nil)
  let scanned = try #require(TermsScanner.scan(tokens, at: 0, acceptingBareDays: true))
  #expect(scanned.value == .net(days: 30))
  #expect(scanned.consumed == 2)
  #expect(TermsScanner.scan(lex("30"), at: 0, acceptingBareDays: true) == nil)
}
