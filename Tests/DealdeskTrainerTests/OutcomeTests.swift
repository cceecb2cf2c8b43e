import DealdeskTrainer
import Testing

@Suite struct OutcomeTests {
  @Test func theIssuesHaveTheirExactValues() {
    #expect(Issue.discount.values == Array(0...20))
    #expect(Issue.quantity.values == [1000, 1500, 2000, 2500, 3000])
    #expect(Issue.payment.values == [0, 30, 45, 60, 90])
    #expect(Issue.lead.values == [7, 14, 21, 30, 45])
  }

  @Test func thereAre2625OutcomesInOutcomeOrder() {
    #expect(Outcome.count == 2625)
    #expect(Outcome.all.count == 2625)
    #expect(Outcome.all.enumerated().allSatisfy { $0.offset == $0.element.index })
    #expect(Outcome.all == Outcome.all.sorted())
    #expect(Outcome.all.first?.description == "0% 1000m 0d 7d")
    #expect(Outcome.all.last?.description == "20% 3000m 90d 45d")
    // Lead varies fastest, discount slowest.
    #expect(Outcome.all[1].description == "0% 1000m 0d 14d")
    #expect(Outcome.all[125].description == "1% 1000m 0d 7d")
  }

  @Test func indicesValuesAndPositionsRoundTrip() throws {
    let outcome = try Support.outcome(12, 2500, 45, 21)
    #expect([outcome.discount, outcome.quantity, outcome.payment, outcome.lead] == [12, 3, 2, 2])
    #expect(outcome.index == ((12 * 5 + 3) * 5 + 2) * 5 + 2)
    #expect(Outcome(index: outcome.index) == outcome)
    #expect(Outcome(discount: 12, quantity: 3, payment: 2, lead: 2) == outcome)
    #expect(outcome[.quantity] == 3)
  }

  @Test func outOfRangeIsNil() {
    #expect(Outcome(discountPercent: 21, meters: 1000, paymentDays: 0, leadDays: 7) == nil)
    #expect(Outcome(discountPercent: 5, meters: 1200, paymentDays: 0, leadDays: 7) == nil)
    #expect(Outcome(discountPercent: 5, meters: 1000, paymentDays: 15, leadDays: 7) == nil)
    #expect(Outcome(discountPercent: 5, meters: 1000, paymentDays: 0, leadDays: 10) == nil)
    #expect(Outcome(discount: 0, quantity: 5, payment: 0, lead: 0) == nil)
    #expect(Outcome(discount: -1, quantity: 0, payment: 0, lead: 0) == nil)
    #expect(Outcome(index: 2625) == nil)
    #expect(Outcome(index: -1) == nil)
  }

  @Test func distanceCountsSingleSteps() throws {
    let a = try Support.outcome(10, 1000, 30, 14)
    let b = try Support.outcome(7, 2000, 90, 14)
    #expect(a.distance(to: b) == 3 + 2 + 3 + 0)
    #expect(b.distance(to: a) == a.distance(to: b))
    #expect(a.distance(to: a) == 0)
  }
}
