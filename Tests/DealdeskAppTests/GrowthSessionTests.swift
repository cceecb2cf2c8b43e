import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Issue 15, item 6, as the manager reads it: growth in a running month compares the same
/// days of the month before, and says so.
@Suite struct GrowthSessionTests {
  @Test func growthInARunningMonthComparesTheSameDaysAndSaysSo() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: [
      "@now 2026-11-02 10:00", "load sample data", "Acme orders 100m linen 220", "ship S-1",  // 1,240.00
      "@now 2026-11-20 10:00", "Acme orders 200m linen 220", "ship S-2",  // outside 1–3 Nov
      "@now 2026-12-02 10:00", "Acme orders 50m linen 220", "ship S-3",  // 620.00
      "@now 2026-12-03 11:00",
    ])
    defer { _ = s.close() }
    #expect(s.handle("growth this month").text == "Turnover 1–3 Dec 2026: 620.00 against 1,240.00 in 1–3 Nov 2026, month to date: -50%.")
    #expect(s.handle("sales this month").text.hasPrefix("Sales Dec 2026 (invoiced less credit notes, VAT excluded): 620.00 EUR on 1 invoice · -50% on 1–3 Nov 2026 (month to date)\n"))
    #expect(s.handle("growth last month").text == "Turnover Nov 2026: 3,720.00; Oct 2026 sold nothing to compare with (whole months).")
  }
}
