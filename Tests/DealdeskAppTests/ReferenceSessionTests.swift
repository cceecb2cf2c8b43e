import DealdeskApp
import Foundation
import Testing

/// Records named without ids and questions as asked, end to end: "it" is the record the
/// session last talked about, and only while its client is still the one in context.
@Suite struct ReferenceSessionTests {
  @Test func itIsTheRecordLastTalkedAbout() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    #expect(!session.handle("load sample data").isError)
    #expect(session.handle("Acme orders 300m poplin").text.hasPrefix("S-1 for Acme Textiles"))
    #expect(session.handle("ship it").text.hasPrefix("Shipped S-1: 300 m Poplin White"))
    #expect(session.handle("invoice it").text.hasPrefix("S-1 · Acme Textiles"))
    // The hold S-1 used is gone with the shipment: "it" does not slide to another record.
    let release = session.handle("release it")
    #expect(release.isError)
    #expect(release.text == "Acme Textiles has no hold to release. Their holds: R-1 consumed.")
    // Another client in context: "it" is no longer Acme's order.
    #expect(!session.handle("Bora balance").isError)
    let ship = session.handle("ship it")
    #expect(ship.isError)
    #expect(ship.text == "Bora Fabrics has no order to ship.")
  }

  /// A hold made or let go puts its client in context, and "it" is that hold.
  @Test func aHoldIsTalkedAboutToo() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: ["load sample data"])
    defer { _ = session.close() }
    let made = session.handle("reserve 200m linen 220 for Bora")
    #expect(!made.isError, "\(made.text)")
    #expect(session.prompt == "dealdesk Bora Fabrics> ")
    let released = session.handle("release it")
    #expect(!released.isError, "\(released.text)")
    #expect(released.text.contains("R-1"), "\(released.text)")
    let again = session.handle("release it")
    #expect(again.isError, "\(again.text)")
  }

  @Test func questionsAsAskedAnswerWithTheirFigures() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: ["load sample data", "Acme orders 300m poplin", "ship S-1"])
    defer { _ = session.close() }
    #expect(session.handle("how much did acme buy this year").text
      == "Sales of Acme Textiles 2026 (invoiced less credit notes, VAT excluded): 2,070.00 EUR on 1 invoice")
    #expect(session.handle("what did acme buy this year").text
      == "Sales of Acme Textiles 2026 (invoiced less credit notes, VAT excluded): 2,070.00 EUR on 1 invoice")
    #expect(session.handle("sales of poplin this year").text.hasPrefix(
      "Sales of Poplin White 2026 (invoiced less credit notes, VAT excluded): 2,070.00 EUR on 1 invoice, 300 m"))
    #expect(session.handle("sales of bora this year").text.hasPrefix("Sales of Bora Fabrics 2026 (invoiced less credit notes, VAT excluded): 0.00 EUR on 0 invoices"))
    let byMonth = session.handle("sales this year by month").text
    #expect(byMonth.contains("Nov 2026  2,070.00   300 m         1"), "\(byMonth)")
    #expect(byMonth.contains("Jan 2026      0.00"), "\(byMonth)")
    #expect(!byMonth.contains("Dec 2026"), "\(byMonth)")
    let top = session.handle("top 1 clients").text
    #expect(top.hasPrefix("Top clients, 2026"))
    #expect(top.contains("Acme Textiles"))
    #expect(session.handle("when is S-1 due").text.hasPrefix("S-1 · Acme Textiles"))
    #expect(session.handle("whats late").text == session.handle("overdue").text)
  }
}
