import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Issue 16, the trade part, as a manager sees it on the sample data: several lines with
/// their own terms, conditions kept as terms, a client's first ask, approvers named first, and
/// the verbs of the trade.
@Suite struct TradeLanguageSessionTests {
  // Part 1: a second value of one term was dropped unread, the last one winning.

  @Test func twoPaymentTermsInOneLineAreRefusedNotTheLastOneTaken() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "offer Acme 500m linen 220 at 11.50"])
    defer { _ = s.close() }
    // Before: the counter was recorded at prepayment and "net 60" vanished.
    let counter = s.handle("counter 10% net 60 prepaid")
    #expect(counter.isError)
    #expect(counter.text.contains("Two payment terms in one move, net 60 and prepayment."))
    #expect(s.desk.offers["O-1"]?.rounds.count == 1)
    // Before: the offer was made at net 60, the prepayment typed first dropped.
    let offer = s.handle("offer Bora 8% on linen prepayment net 60")
    #expect(offer.isError)
    #expect(offer.text.contains("Two payment terms, prepayment and net 60."))
    #expect(s.desk.offers["O-2"] == nil)
  }

  @Test func eachLineKeepsItsOwnTermsFromExplainToTheInvoice() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data"])
    defer { _ = s.close() }
    let line = "offer Acme 500m linen 220 10% off, 200m poplin 5% off"
    let explained = s.handle("explain \(line)").text
    #expect(explained.contains("line: 500 m Linen 220 10% off"))
    #expect(explained.contains("line: 200 m Poplin White 5% off"))
    #expect(s.handle(line).text.contains("10% off 500 m Linen 220, 5% off 200 m Poplin White"))
    #expect(!s.handle("Acme accepts").isError)
    #expect(!s.handle("order O-1").isError)
    let invoice = s.handle("invoice S-1").text
    #expect(invoice.contains("Linen 220: −10% offer O-1: 10%"))
    #expect(invoice.contains("Poplin White: −5% offer O-1: 5%"))
    #expect(s.desk.orders["S-1"]?.total == 6892)
  }

  // Part 2: conditions and packages.

  @Test func aConditionalAskIsStoredShownAndCarriedToTheOrder() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "offer Acme 10% on linen 220"])
    defer { _ = s.close() }
    let ask = s.handle("acme wants 12% off the linen 220 if they take 500m")
    #expect(!ask.isError, "\(ask.text)")
    #expect(ask.text.contains("Acme Textiles asks on O-1 (round 2): 12% off 500 m Linen 220"))
    let offer = try #require(s.desk.offers["O-1"])
    #expect(offer.current.lines == [OfferLine(scope: .product(sku: "LIN-220"), meters: 500, discountPercent: 12)])
    // Our answer keeps their quantity: terms not named carry over.
    let answer = s.handle("we can do 11% but net 60")
    #expect(!answer.isError, "\(answer.text)")
    #expect(s.desk.offers["O-1"]?.current.lines.first?.meters == 500)
    #expect(s.desk.offers["O-1"]?.current.paymentTerms == .net(days: 60))
    #expect(!s.handle("acme accepts").isError)
    #expect(!s.handle("order O-1").isError)
    #expect(s.desk.orders["S-1"]?.lines.map(\.meters) == [500])
  }

  @Test func aMoveLineByLineChangesEachLineItNamesAndNoOther() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "offer Acme 500m linen 220 10% off, 200m poplin 5% off, 100m denim 12oz 3% off"])
    defer { _ = s.close() }
    let ask = s.handle("acme wants 12% on linen 220 and 8% on poplin white")
    #expect(!ask.isError, "\(ask.text)")
    #expect(ask.text.contains("Acme Textiles asks on O-1 (round 2)"))
    #expect(s.desk.offers["O-1"]?.current.lines.map(\.discountPercent) == [12, 8, 3])
    let stranger = s.handle("acme wants 12% on linen 220 and 8% on silk habotai 90")
    #expect(stranger.isError)
    #expect(stranger.text.contains("O-1 has no line for Silk Habotai 90."))
    #expect(s.desk.offers["O-1"]?.rounds.count == 2)
  }

  @Test func aClientsAskWithNothingOpenOpensAnOfferFromTheirSide() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data"])
    defer { _ = s.close() }
    let ask = s.handle("bora wants 8% on linen 220 and 5% on poplin white, net 60")
    #expect(!ask.isError, "\(ask.text)")
    #expect(ask.text.hasPrefix("Bora Fabrics asks, O-1 opened from their side: 8% on Linen 220, 5% on Poplin White · net 60"))
    let offer = try #require(s.desk.offers["O-1"])
    #expect(offer.rounds.map(\.by) == [.client])
    #expect(offer.status == .open)
    // Our turn: we accept their terms.
    let accepted = s.handle("accept O-1")
    #expect(!accepted.isError, "\(accepted.text)")
    #expect(accepted.text.hasPrefix("You accepted Bora Fabrics's terms on O-1") || accepted.text.contains("terms on O-1"))
    #expect(s.handle("bora wants 8%").text.contains("Bora Fabrics has no open offer."))
  }

  @Test func anApproverNamedFirstIsKeptAsTypedAndNeverAClient() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "offer Acme 15% on linen 220"])
    defer { _ = s.close() }
    #expect(s.desk.offers["O-1"]?.status == .pendingApproval)
    let reply = s.handle("Ilir approved the acme offer")
    #expect(!reply.isError, "\(reply.text)")
    #expect(reply.text.hasPrefix("Approved O-1 by Ilir"))
    #expect(s.desk.offers["O-1"]?.approval?.by == "Ilir")
    #expect(s.desk.clients.values.allSatisfy { $0.name != "Ilir" })
  }

  // Part 2: the verbs of the trade.

  @Test func swatchesGivenAreLoansAndAnInvoiceEmailedIsShownReadyToSend() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "add samples 3 linen 220", "Acme orders 300m poplin white", "ship S-1"])
    defer { _ = s.close() }
    let given = s.handle("gave acme 2 linen 220 swatches")
    #expect(!given.isError, "\(given.text)")
    #expect(s.desk.sampleLoans.count == 2)
    #expect(given.text.contains("(L-1), due back 14 Dec 2026. 2 left in the showroom."))
    #expect(given.text.contains("(L-2), due back 14 Dec 2026. 1 left in the showroom."))
    #expect(s.handle("email bora the invoice").text.contains("Bora Fabrics has no order to send an invoice for."))
    let tooMany = s.handle("gave bora 2 linen 220 swatches")
    #expect(tooMany.isError)
    #expect(tooMany.text.contains("Only 1 swatch of Linen 220 in the showroom, not 2."))
    #expect(s.desk.sampleLoans.count == 2)
    let sent = s.handle("email acme the invoice")
    #expect(!sent.isError, "\(sent.text)")
    #expect(sent.text.contains("S-1"))
    #expect(sent.text.contains("Ready to send to Acme Textiles"))
    #expect(sent.text.contains("the desk does not send documents yet"))
  }

  @Test func severalHoldsInOneLineAreAllOrNone() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data"])
    defer { _ = s.close() }
    let held = s.handle("reserve 100m linen 220 + 80m poplin white for bora")
    #expect(!held.isError, "\(held.text)")
    #expect(s.desk.reservations.count == 2)
    let refused = s.handle("reserve 100m linen 220 + 900000m poplin white for bora")
    #expect(refused.isError)
    #expect(s.desk.reservations.count == 2)
  }

  @Test func aMealIsAnExpenseAndGoodsThatCameInAreAReceipt() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data"])
    defer { _ = s.close() }
    let before = s.desk.products["LIN-220"]?.metersInStock ?? 0
    let came = s.handle("3 rolls linen 220 came in, lot 25-002")
    #expect(!came.isError, "\(came.text)")
    #expect(came.text.contains("Received 150 m of Linen 220 into lot 25-002"))
    #expect(s.desk.products["LIN-220"]?.metersInStock == before + 150)
    let dinner = s.handle("dinner with acme 80 eur")
    #expect(!dinner.isError, "\(dinner.text)")
    #expect(s.desk.expenses.values.contains { $0.amount == 80 && $0.clientId == "CL-1" && $0.text == "dinner with acme" })
  }
}
