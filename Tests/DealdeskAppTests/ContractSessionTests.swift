import DealdeskApp
import DealdeskCore
import DealdeskStore
import Foundation
import Testing

/// Issue 20, item 1, as a manager meets it: a contract drafted beyond authority, approved,
/// sent and signed; an order at contract prices; fulfilment on the card and in `contracts`;
/// the agenda a month before it ends; refusals that change nothing; the export.
@Suite struct ContractSessionTests {
  private let draft = "contract Acme: 12 months from 1 Jan, linen 220 at 10.90/m, poplin 8% off, at least 5,000 m a year, net 45"

  // The sample data brings CT-1 (Atelier Lumière's), so the contract drafted here is CT-2.
  @Test func fromDraftToAnOrderAtContractPrices() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["@now 2026-12-07 09:00", "load sample data"])
    defer { _ = s.close() }
    let drafted = s.handle(draft).text
    #expect(drafted.hasPrefix("Drafted CT-2 Acme Textiles · draft, needs approval · 1 Jan 2027 to 31 Dec 2027 · net 45."), "\(drafted)")
    #expect(drafted.contains("  Linen 220 at 10.90/m (list 12.40, 12.1% off)"), "\(drafted)")
    #expect(drafted.contains("  Poplin White 8% off list"), "\(drafted)")
    #expect(drafted.contains("  commitment: at least 5,000 m a year"), "\(drafted)")
    #expect(drafted.contains("needs approval: Linen 220 at 12.1% off is over your 12%"), "\(drafted)")
    let early = s.handle("send contract CT-2")
    #expect(early.isError && early.text.contains("CT-2 needs approval first"), "\(early.text)")
    #expect(s.handle("approve contract CT-2 by Maria Director").text == "Approved contract CT-2 by Maria Director. Next: send contract CT-2")
    #expect(s.handle("send contract CT-2").text.hasPrefix("Contract CT-2 sent to Acme Textiles."))
    let signed = s.handle("sign contract CT-2 by Sofia Marku and Ilir Gashi").text
    #expect(signed == "Contract CT-2 signed 7 Dec 2026 by Sofia Marku and Ilir Gashi (Acme Textiles). Its prices and terms are Acme Textiles' from 1 Jan 2027 to 31 Dec 2027.", "\(signed)")
    // In force: an order at the contract price and terms, the meter of an offer says so.
    #expect(!s.handle("@now 2027-01-15 09:00").isError)
    let ordered = s.handle("Acme orders 1000m linen 220")
    #expect(!ordered.isError, "\(ordered.text)")
    let order = try #require(s.desk.ordersInOrder.last)
    #expect(order.lines.map(\.unitPrice) == [Decimal(string: "10.90")!])
    #expect(order.paymentTerms == .net(days: 45))
    #expect(ordered.text.hasPrefix("S-1 for Acme Textiles at contract CT-2's prices: 10,900.00 EUR · net 45"), "\(ordered.text)")
    let offered = s.handle("offer Acme 300m linen 220").text
    #expect(offered.contains("contract price CT-2"), "\(offered)")
    #expect(!offered.contains("needs approval"), "\(offered)")
    // Fulfilment: 1,000 m of 5,000 m by 15 Jan, ahead of the pace (15 days of 365).
    let list = s.handle("contracts").text
    #expect(list.contains("CT-2 Acme Textiles · in force · 1 Jan 2027 to 31 Dec 2027 · net 45"), "\(list)")
    #expect(list.contains("bought 1,000 m of 5,000 m, 10,900.00 · today's pace asks 205.48 m · on track"), "\(list)")
    let card = s.handle("show Acme").text
    #expect(card.contains("  contract CT-2 · in force · 1 Jan 2027 to 31 Dec 2027 · net 45"), "\(card)")
    #expect(card.contains("bought 1,000 m of 5,000 m"), "\(card)")
    let shown = s.handle("contract CT-2").text
    #expect(shown.contains("signed 7 Dec 2026 by Sofia Marku (for us) and Ilir Gashi (for the client)"), "\(shown)")
    #expect(shown.contains("approved by Maria Director on 7 Dec 2026"), "\(shown)")
    // A month before its end it shows in the agenda.
    #expect(!s.handle("@now 2027-12-10 09:00").isError)
    let agenda = s.handle("agenda").text
    #expect(agenda.contains("CT-2 Acme Textiles ends in 21 days, 31 Dec 2027: renew or let it lapse"), "\(agenda)")
    // The export carries it.
    let json = ExportDocument(desk: s.desk, now: s.now).json()
    #expect(json.contains("\"id\": \"CT-2\""), "export")
    #expect(json.contains("\"signedByClient\": \"Ilir Gashi\""), "export")
  }

  @Test func badInputIsRefusedByNameAndChangesNothing() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["@now 2026-12-07 09:00", "load sample data", draft])
    defer { _ = s.close() }
    let before = s.desk
    let refusals: [(String, String)] = [
      ("contract Acme: from 1 Jun 2027 to 1 Jan 2027, linen 5% off", "before it starts"),
      ("contract Acme: 12 months from 1 Jan, linen 220 at 5.00/m", "below its cost"),
      ("contract Zorba: 12 months from 1 Jan, linen 5% off", "Zorba"),
      ("contract Acme: 12 months from 1 Jan, velvet 5% off", "velvet"),
      ("contract Acme: 12 months from 1 Jan, linen 5% off, free delivery", "I could not read `free delivery`"),
      ("sign contract CT-2 by Sofia Marku and Ilir Gashi", "never sent"),
      ("terminate CT-2", "Say why CT-2 ends."),
    ]
    for (line, message) in refusals {
      let reply = s.handle(line)
      #expect(reply.isError, "\(line) → \(reply.text)")
      #expect(reply.text.contains(message), "\(line) → \(reply.text)")
    }
    #expect(s.desk.contracts == before.contracts)
    #expect(s.handle("terminate CT-2: they chose another supplier").text.hasPrefix("Contract CT-2 with Acme Textiles terminated 7 Dec 2026"))
    let again = s.handle("terminate CT-2: again")
    #expect(again.isError && again.text.contains("already terminated"), "\(again.text)")
    // Undo puts the contract back as it was.
    #expect(!s.handle("undo").isError)
    #expect(s.desk.contracts["CT-2"]?.status == .draft)
  }
}
