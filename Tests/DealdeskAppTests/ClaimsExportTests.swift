import DealdeskApp
import Foundation
import Testing

@Suite struct ClaimsExportTests {
  @Test func complaintsCompetitorPricesAndExpensesAreExported() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    for line in [
      "load sample data", "Acme orders 300m poplin white", "ship S-1", "complaint Acme: wrong shade on S-1", "Acme complains about late delivery",
      "resolve C-1 justified: credit 120.00", "Tekstil Plus sells linen 220 at 11.00", "set entertainment budget 500 a month",
      "expense 45 lunch with Acme",
    ] {
      #expect(!session.handle(line).isError, "\(line)")
    }
    let object = try JSONSerialization.jsonObject(with: Data(session.handle("export json").text.utf8))
    let root = try #require(object as? [String: Any])
    let complaints = try #require(root["complaints"] as? [[String: Any]])
    #expect(complaints.map { $0["id"] as? String } == ["C-1", "C-2"])
    let first = try #require(complaints.first)
    #expect(first["client"] as? String == "CL-1")
    #expect(first["order"] as? String == "S-1")
    #expect(first["reason"] as? String == "shade")
    #expect(first["status"] as? String == "resolved")
    #expect(first["verdict"] as? String == "justified")
    let resolution = try #require(first["resolution"] as? [String: Any])
    #expect(resolution["credit"] as? String == "120.00")
    #expect(resolution["replacementMeters"] is NSNull)
    let second = try #require(complaints.last)
    #expect(second["order"] is NSNull)
    #expect(second["verdict"] is NSNull)
    #expect(second["resolution"] is NSNull)
    #expect(second["resolvedAt"] is NSNull)
    #expect(second["reason"] as? String == "lateDelivery")
    let prices = try #require(root["competitorPrices"] as? [[String: Any]])
    #expect(prices.first?["price"] as? String == "11.00")
    #expect(prices.first?["sku"] as? String == "LIN-220")
    #expect(prices.first?["note"] is NSNull)
    let expenses = try #require(root["expenses"] as? [[String: Any]])
    #expect(expenses.first?["id"] as? String == "E-1")
    #expect(expenses.first?["amount"] as? String == "45.00")
    #expect(expenses.first?["client"] as? String == "CL-1")
    let settings = try #require(root["settings"] as? [String: Any])
    #expect(settings["expenseBudget"] as? String == "500.00")
    #expect(settings["expenseBudgetPeriod"] as? String == "month")
  }
}
