import DealdeskApp
import Foundation
import Testing

/// The new phrasings answered end to end: a past day is called past, not unknown; questions
/// in passing answer with the view the desk already has.
@Suite struct BreadthSessionTests {
  @Test func phrasingsAnswerEndToEnd() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    for line in ["load sample data", "Acme orders 300m poplin", "log call with Bora: wants net 60"] {
      #expect(!session.handle(line).isError, "\(line)")
    }
    let past = session.handle("follow up Acme yesterday: send swatches")
    #expect(past.isError)
    #expect(past.text.contains("already past"), "\(past.text)")
    #expect(session.handle("when did I last talk to Bora").text.hasPrefix("Last contact with Bora Fabrics today: N-1"))
    #expect(session.handle("when did I last talk to Acme").text.hasPrefix("No contact with Acme Textiles on record yet."))
    #expect(session.handle("what did Acme buy last").text.contains("S-1"))
    #expect(!session.handle("Acme's credit limit is 20k").isError)
    #expect(session.handle("is linen 220 in stock").text.contains("LIN-220"))
  }
}
