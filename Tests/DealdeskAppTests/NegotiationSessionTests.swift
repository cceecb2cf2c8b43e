import DealdeskApp
import DealdeskCore
import Foundation
import Testing

@Suite struct NegotiationSessionTests {
  private func sampleSession(_ desk: TestDesk) throws -> Session {
    let session = try desk.open()
    _ = session.handle("load sample data")
    return session
  }

  @Test func whatIfChangesNothingNotEvenTheUndoHistory() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try sampleSession(desk)
    _ = session.handle("offer Acme 10% on linen")
    let journal = desk.directory.appendingPathComponent("journal.jsonl")
    let (before, state) = (try Data(contentsOf: journal), session.desk)
    let reply = session.handle("try counter 15%")
    #expect(reply.text.hasPrefix("What if — nothing was changed:\nYou countered O-1 (round 2): 15% on linen"))
    #expect(reply.text.contains("needs approval: approve O-1 by NAME"))
    #expect(session.handle("try offer Acme 5% on silk").text.contains("O-2 to Acme Textiles"))
    #expect(session.desk == state)
    #expect(try Data(contentsOf: journal) == before)
    #expect(session.handle("undo").text == "Undone: offer Acme 10% on linen")
    _ = session.close()
  }

  @Test func aRefusedWhatIfSaysItWouldBeRefused() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try sampleSession(desk)
    _ = session.handle("offer Acme 10% on linen")
    let reply = session.handle("try counter 70%")
    #expect(reply.text.hasPrefix("What if — that would be refused: Linen 180 at 3.27 is below its cost"))
    _ = session.close()
  }

  @Test func theOfferLastWorkedOnIsTheOneMeant() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try sampleSession(desk)
    _ = session.handle("offer Acme 5% on linen")
    _ = session.handle("offer Acme 5% on silk")
    _ = session.handle("show O-1")
    _ = session.handle("they want 8%")
    #expect(session.desk.offers["O-1"]?.rounds.count == 2)
    #expect(session.desk.offers["O-2"]?.rounds.count == 1)
    // Agreeing on the phone to their own ask closes the deal at it, within authority.
    _ = session.handle("they accept")
    #expect(session.desk.offers["O-1"]?.status == .accepted)
    #expect(session.desk.offers["O-1"]?.current.lines.first?.discountPercent == 8)
    // O-1 is closed: the latest open offer of Acme is meant now.
    _ = session.handle("counter 4%")
    #expect(session.desk.offers["O-2"]?.rounds.count == 2)
    _ = session.close()
  }

  @Test func theExportCarriesApprovalsAndLostDeals() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try sampleSession(desk)
    for line in ["offer Acme 15% on linen", "approve O-1 by Sofia", "offer Bora 5% on denim", "lost O-2 to Tekstil Plus: price"] {
      #expect(!session.handle(line).isError, "\(line)")
    }
    let root = try #require(try JSONSerialization.jsonObject(with: Data(session.handle("export json").text.utf8)) as? [String: Any])
    let offers = try #require(root["offers"] as? [[String: Any]])
    let approval = try #require(offers[0]["approval"] as? [String: Any])
    #expect(approval["by"] as? String == "Sofia")
    #expect(approval["at"] as? String == "2026-11-30T09:00:00Z")
    #expect(((approval["terms"] as? [String: Any])?["lines"] as? [[String: Any]])?.first?["discountPercent"] as? String == "15")
    #expect(offers[0]["status"] as? String == "open")
    #expect(offers[1]["status"] as? String == "lost")
    #expect(offers[1]["lostTo"] as? String == "Tekstil Plus")
    #expect(offers[1]["reason"] as? String == "price")
    let settings = try #require(root["settings"] as? [String: Any])
    #expect(settings["floorMarginPercent"] as? String == "20")
    #expect((settings["volumeTiers"] as? [[String: Any]])?.count == 2)
    _ = session.close()
  }

  @Test func anOfferPastItsValidityExportsAsExpired() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try sampleSession(desk)
    _ = session.handle("offer Acme 5% on linen valid 3 days")
    _ = session.handle("@now 2026-12-05 09:00")
    let export = session.handle("export json").text
    #expect(export.contains("\"status\": \"expired\""))
    #expect(session.handle("accept O-1").text == "O-1 expired on 3 Dec 2026. Extend it first: extend O-1 by 7 days")
    _ = session.close()
  }
}

@Suite struct FulfilmentExportTests {
  @Test func theExportCarriesOrdersReservationsAndPayments() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    for line in [
      "load sample data", "quote Bora 300 yd linen 220 at 11.00", "Bora accepts", "order O-1", "reserve 100m poplin for Bora",
      "Bora paid 1,000 for S-1",
    ] {
      #expect(!session.handle(line).isError, "\(line)")
    }
    let root = try #require(try JSONSerialization.jsonObject(with: Data(session.handle("export json").text.utf8)) as? [String: Any])
    let order = try #require((root["orders"] as? [[String: Any]])?.first)
    #expect(order["id"] as? String == "S-1")
    #expect(order["offer"] as? String == "O-1")
    #expect(order["total"] as? String == "3017.52")  // 274.32 m × 11.00
    // Not shipped, so not invoiced: the payment waits for the invoice, and nothing is owed yet.
    #expect(order["invoice"] is NSNull)
    #expect(order["paid"] is NSNull)
    #expect(order["outstanding"] is NSNull)
    #expect(order["dueDate"] is NSNull, "net terms run from shipping: not due before it ships")
    let line = try #require((order["lines"] as? [[String: Any]])?.first)
    #expect(line["meters"] as? String == "274.32")
    #expect(line["listPrice"] as? String == "12.40")
    #expect(line["unitPrice"] as? String == "11.00")
    #expect(line["lineTotal"] as? String == "3017.52")
    #expect(line["discountPercent"] as? String == "11.3")
    #expect((line["discounts"] as? [[String: Any]])?.first?["reason"] as? String == "offer O-1: net 11.00/m")
    let reservations = try #require(root["reservations"] as? [[String: Any]])
    #expect(reservations.map { $0["order"] as? String } == ["S-1", nil])
    #expect(reservations.map { $0["lot"] as? String } == ["24-121", "24-207"], "the 900 m poplin lot leaves the least remnant")
    #expect(reservations.map { $0["status"] as? String } == ["held", "held"])
    let payment = try #require((root["payments"] as? [[String: Any]])?.first)
    #expect(payment["amount"] as? String == "1000.00")
    #expect(payment["order"] as? String == "S-1")
    let bora = try #require((root["clients"] as? [[String: Any]])?.first { $0["id"] as? String == "CL-2" })
    #expect(bora["owes"] as? String == "-1000.00")
    // 3,017.52 net, 3,621.02 with its VAT: what the invoice will ask.
    #expect(bora["orderedNotInvoiced"] as? String == "3621.02")
    #expect(bora["creditExposure"] as? String == "2621.02")
    #expect(session.handle("show Bora").text.contains("account: has 1,000.00 EUR credit with us · ordered, not yet invoiced 3,621.02"))
    // Shipped, the order is invoiced and the payment is set against it.
    #expect(!session.handle("ship S-1").isError)
    #expect(session.handle("show Bora").text.contains("account: owes 2,621.02 EUR"))
  }
}

@Suite struct AdviceTests {
  @Test func adviceComesOnceWhenItMatters() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    _ = session.handle("load sample data")
    let first = session.handle("offer Acme 1000m linen 220 at 11.00").text
    #expect(first.hasSuffix("Note: no single dye lot of Linen 220 has 1,000 m (largest 800 m); it would ship from several lots."))
    let again = session.handle("offer Bora 1000m linen 220 at 11.00").text
    #expect(!again.contains("Note:"), "the same advice is not given twice")
    let small = session.handle("offer Acme 100m linen 220 at 11.00").text
    #expect(!small.contains("Note:"))
  }
}
