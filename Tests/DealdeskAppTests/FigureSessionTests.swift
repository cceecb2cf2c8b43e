import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Issue 15, item 13 (its first two parts): a shipment lists each lot once, and every figure
/// a reply prints has its thousands grouped.
@Suite struct FigureSessionTests {
  @Test func aShipmentListsEachLotOnce() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    // The hold and the order's own hold for the rest come from one lot: two picks, one lot.
    let s = try desk.open(running: ["load sample data", "reserve 200m poplin for Bora", "Bora orders 300m poplin"])
    defer { _ = s.close() }
    #expect(s.handle("ship S-1").text.hasPrefix("Shipped S-1: 300 m Poplin White from lot 24-207.\n  Invoice INV-1: 2,484.00 EUR with VAT"))
  }

  @Test func everyFigureInAReplyHasItsThousandsGrouped() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    // Bora's 12-month sales 10,578.00 reach the silver client tier.
    let s = try desk.open(running: ["load sample data", "Bora orders 300m denim 12oz and 200m poplin", "ship S-1", "Bora orders 600m linen 180", "ship S-2"])
    defer { _ = s.close() }
    let quote = s.handle("quote Bora 800m denim 12oz at 8.40").text
    #expect(quote.contains("client tier silver 1% (12-month sales 10,578.00)"), "\(quote)")
    #expect(!quote.contains("10578"))
    #expect(s.handle("set Bora credit limit 1,000").isError == false)
    #expect(s.handle("Bora orders 200m linen 220").isError == false)  // over the limit: waits for approval
    let refused = s.handle("ship S-3").text
    #expect(refused.contains("exposure 15,640.80, limit 1,000.00"), "\(refused)")  // VAT included
    #expect(refused.contains("at least 14,640.80"), "\(refused)")
    // Quantities too: 950 m of Linen 220 is free after S-3's hold, and 1,500 m is asked.
    let short = s.handle("reserve 1500m linen 220 for Acme").text
    #expect(short.hasPrefix("Only 950 m of Linen 220 is free") && short.contains("; 1,500 m asked."), "\(short)")
  }
}
