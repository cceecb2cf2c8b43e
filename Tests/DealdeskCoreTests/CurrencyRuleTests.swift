import DealdeskCore
import Foundation
import Testing

/// Issue 15, item 12: the currency is a label on bare numbers, so it may change only while
/// the desk holds no amounts; once it does, a change would relabel them, never convert.
@Suite struct CurrencyRuleTests {
  private func setCurrency(_ code: String, on desk: inout Desk) throws(DeskError) -> [Event] {
    try Fixtures.run(.changeSettings(SettingsChange(currency: code)), on: &desk)
  }

  @Test func aDeskWithAmountsRefusesAnotherCurrencyAndSaysWhy() throws {
    var desk = Fixtures.desk()  // two priced fabrics
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 100)]), on: &desk)
    let error = #expect(throws: DeskError.self) { try setCurrency("USD", on: &desk) }
    #expect(error?.message == "The desk's amounts are in EUR (2 priced products, 1 order); setting the currency to USD would relabel them as USD without converting them.")
    #expect(error?.suggestion?.hasPrefix("Keep EUR on this desk.") == true)
    #expect(desk.settings.currency == "EUR")
  }

  @Test func eachKindOfAmountCounts() throws {
    var quota = Desk()
    quota.settings.quotas["2027-Q1"] = 120_000
    #expect(quota.amountsInCurrency == ["1 quota"])
    var limit = Desk()
    limit.apply(.clientAdded(Client(id: "CL-1", name: "Acme", addedAt: Fixtures.now)))
    #expect(limit.canChangeCurrency, "a client alone holds no amount")
    limit.apply(.creditLimitSet(client: "CL-1", limit: 20_000))
    #expect(limit.amountsInCurrency == ["1 credit limit"])
    var budget = Desk()
    budget.settings.expenseBudget = 300
    #expect(!budget.canChangeCurrency)
  }

  @Test func anEmptyDeskMayChangeItsCurrencyAndTheSameCurrencyIsNoChange() throws {
    var empty = Desk()
    empty.apply(.clientAdded(Client(id: "CL-1", name: "Acme", addedAt: Fixtures.now)))
    #expect(try setCurrency("usd", on: &empty).count == 1)
    #expect(empty.settings.currency == "USD")
    var priced = Fixtures.desk()
    #expect(try setCurrency("EUR", on: &priced).isEmpty, "setting what is already set changes nothing")
  }
}
