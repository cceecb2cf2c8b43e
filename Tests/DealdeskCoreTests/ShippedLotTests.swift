import DealdeskCore
import Foundation
import Testing

/// Issue 15, item 13: picks of one lot (one per hold they consume) read as one lot.
@Suite struct ShippedLotTests {
  @Test func picksOfOneLotAreSummedInTheOrderFirstPicked() {
    let picks = [
      StockPick(sku: "POP-WHT", lot: "24-207", meters: 200, reservation: "R-1"),
      StockPick(sku: "LIN-220", lot: "24-117", meters: 50, reservation: nil),
      StockPick(sku: "POP-WHT", lot: "24-207", meters: 100, reservation: "R-2"),
      StockPick(sku: "POP-WHT", lot: "24-201", meters: 30, reservation: nil),
    ]
    let lots = Invoice.shippedLines(picks)
    #expect(lots.map(\.sku) == ["POP-WHT", "LIN-220", "POP-WHT"])
    #expect(lots.map(\.lot) == ["24-207", "24-117", "24-201"])
    #expect(lots.map(\.meters) == [300, 50, 30])
  }
}
