import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Pricing and offer figures a controller would sign (issue 15, items 1, 9, 10 and 11), each
/// as a manager types it on the sample data.
@Suite struct PricingFixTests {
  // Item 1: each line keeps its own discount.

  @Test func eachOfferLineKeepsItsOwnDiscount() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data"])
    defer { _ = s.close() }
    let line = "offer Acme 500m linen 220 10% off, 200m poplin 5% off"
    let explained = s.handle("explain \(line)").text
    #expect(explained.contains("line: 500 m Linen 220 10% off"))
    #expect(explained.contains("line: 200 m Poplin White 5% off"))
    let reply = s.handle(line)
    #expect(!reply.isError)
    // 500 × 11.16 + 200 × 6.56, not both lines at 5% (7,202.00).
    #expect(reply.text.contains("total 6,892.00 EUR"))
    let offer = try #require(s.desk.offers["O-1"])
    #expect(offer.current.lines.map(\.discountPercent) == [10, 5])
    #expect(s.desk.total(of: offer.current) == 6892)
  }

  @Test func aDiscountNoLineTakesIsRefusedNotDropped() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data"])
    defer { _ = s.close() }
    let after = s.handle("offer Acme 500m linen 220 10% off, 200m poplin")
    #expect(after.isError)
    #expect(after.text.contains("200 m Poplin White has no discount or price of its own"))
    let spare = s.handle("offer Acme 500m linen 220 at 11.50 10% off")
    #expect(spare.isError)
    #expect(spare.text.contains("I read 10% but not which line it is for"))
    #expect(s.desk.offers.isEmpty)
  }

  @Test func aMoveNamingPartOfAnOfferOrTwoDiscountsIsRefused() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "offer Acme 500m linen 220 10% off, 200m poplin 5% off"])
    defer { _ = s.close() }
    // A move sets one discount on every line: naming linen would silently move poplin too.
    let part = s.handle("Acme wants 15% on linen 220")
    #expect(part.isError)
    #expect(part.text.contains("A move changes every line of O-1, and Linen 220 is not all of it"))
    #expect(s.desk.offers["O-1"]?.rounds.count == 1)
    // Two discounts, each on its fabric, are a move line by line (issue 16): each line its own.
    let two = s.handle("counter 11% on linen 220, 6% on poplin")
    #expect(!two.isError, "\(two.text)")
    #expect(s.desk.offers["O-1"]?.current.lines.map(\.discountPercent) == [11, 6])
    #expect(s.desk.offers["O-1"]?.current.lines.map(\.meters) == [500, 200])
    // Two discounts with no fabric between them are still refused.
    let bare = s.handle("counter 11% 6%")
    #expect(bare.isError)
    #expect(bare.text.contains("Two discounts, 11% and 6%, for the same lines."))
    #expect(s.desk.offers["O-1"]?.rounds.count == 2)
    #expect(!s.handle("Acme wants 15%").isError)
  }

  // Item 9: graduated volume tiers price each band.

  @Test func graduatedVolumeTiersPriceEachBandAsItsOwnLine() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: [
      "set volume tiers 500m 2%, 1000m 4% above each break",
      "add product Test Cotton sku TST-1 category cotton price 6.99/m cost 4",
      "receive 1500m TST-1 lot L1", "add client Zed", "Zed orders 1200m test cotton",
    ])
    defer { _ = s.close() }
    let order = try #require(s.desk.orders["S-1"])
    // 500 m at list, 500 m at 2% and 200 m at 4%, each net price to the cent: never one
    // blended 1.5% price (6.89 × 1,200 = 8,268.00).
    #expect(order.lines.map(\.meters) == [500, 500, 200])
    #expect(order.lines.map(\.unitPrice) == [Decimal(string: "6.99"), Decimal(string: "6.85"), Decimal(string: "6.71")])
    #expect(order.total == Decimal(string: "8262.00"))
    // The percent shown on each line is the percent its reason gives.
    for line in order.lines {
      #expect(line.discountPercent == line.discounts.reduce(0) { $0 + $1.percent })
    }
    let invoice = s.handle("invoice S-1").text
    #expect(invoice.contains("−2% volume 2% on the metres from 500 m to 1,000 m"))
    #expect(invoice.contains("−4% volume 4% on the metres above 1,000 m"))
    #expect(!invoice.contains("1.4%") && !invoice.contains("1.5%"))
    // One fabric, one hold and one shipment, however many bands it is priced in.
    #expect(s.desk.reservations.values.filter { $0.order == "S-1" }.map(\.meters) == [1200])
    #expect(!s.handle("ship S-1").isError)
    #expect(s.desk.products["TST-1"]?.metersInStock == 300)
  }

  // Item 10: the margin floor, line by line.

  @Test func theMarginFloorIsJudgedOnEachLineAndNamesIt() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "set floor margin 25%"])
    defer { _ = s.close() }
    // Linen 220 at 11.78 keeps 32.9%; Wool Flannel at 18.48 keeps 22.6%, under the floor,
    // though the package's margin (32.3%) is above it.
    let reply = s.handle("offer Acme 1000m linen 220 5% off, 40m wool flannel 12% off")
    #expect(!reply.isError)
    #expect(s.desk.offers["O-1"]?.status == .pendingApproval)
    #expect(reply.text.contains("(Wool Flannel at 18.48 keeps 22.6%, below the 25% floor)"))
    #expect(s.handle("Acme accepts").isError)
    let review = s.desk.review(try #require(s.desk.offers["O-1"]).current, client: "CL-1", now: s.now, by: nil)
    #expect(review.reasons == ["Wool Flannel at 18.48 keeps 22.6%, below the 25% margin floor"])
    #expect(review.marginPercent.map { $0 > 25 } == true, "the package's margin alone would have passed")
  }

  // Item 11: the minimum order, on the offer.

  @Test func anOfferQuantityKeepsToTheMinimumOrder() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "minimum order linen 220 300m"])
    defer { _ = s.close() }
    let made = s.handle("offer Acme 200m linen 220 5% off")
    #expect(made.isError)
    #expect(made.text.contains("Linen 220 has a minimum order of 300 m; 200 m is below it."))
    #expect(s.desk.offers.isEmpty)
    #expect(!s.handle("offer Acme 400m linen 220 5% off").isError)
    // Our counter below the minimum is refused; the client's ask is recorded, says so, and
    // cannot be accepted.
    #expect(s.handle("counter 250m").text.contains("minimum order of 300 m; 250 m is below it"))
    let ask = s.handle("Acme wants 250m")
    #expect(!ask.isError)
    #expect(ask.text.contains("Linen 220 has a minimum order of 300 m; 250 m is below it. It cannot be agreed as it stands."))
    let accept = s.handle("accept")
    #expect(accept.isError)
    #expect(accept.text.contains("minimum order of 300 m"))
    #expect(s.desk.offers["O-1"]?.status == .open)
  }
}
