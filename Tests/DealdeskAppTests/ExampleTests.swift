import DealdeskApp
import DealdeskLanguage
import Foundation
import Testing

/// Every example that `help` shows is understood on the sample desk, so help cannot drift
/// from what works.
@Suite struct ExampleTests {
  static let examples = Grammar.commands.flatMap { spec in spec.examples.map { (spec.name, $0) } }

  @Test(arguments: examples)
  func helpExampleIsUnderstood(command: String, example: String) throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    let setUp = [
      "load sample data", "offer Acme 5% on cotton", "accept", "Acme orders 300m poplin", "request 300m linen 220 from warehouse",
      "add samples 5 linen 220", "lend sample linen 220 to Acme", "offer Acme 500m linen 220 at 11.50",
      // Day: F-1 for done and snooze; a call for end call.
      "follow up Acme tomorrow: send swatches", "call Acme",
      "complaint Acme: wrong shade on S-1",  // Claims: C-1 for the resolve examples
      "alias Acme as ACT",  // an alias for the remove alias examples
      "contract Acme: 12 months from 1 Jan, linen 5% off",  // Contracts: CT-1 for send, sign and terminate
    ]
    for line in setUp {
      #expect(!session.handle(line).isError, "set-up line \(line)")
    }
    let reply = session.handle("explain \(example)")
    #expect(!reply.isError, "help for \(command) shows \"\(example)\", which fails: \(reply.text)")
    #expect(reply.text.contains("action: \(command)"), "\(example) was read as another command:\n\(reply.text)")
  }

  @Test func helpListsEveryCommandAndHelpForOneShowsItsExamples() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    // The overview shows the families; each family's page lists all of its commands (HelpTests).
    let overview = session.handle("help").text
    #expect(overview.contains("  offers "))
    let offer = session.handle("help offer").text
    #expect(offer.contains("offer Acme 10% on linen"))
    #expect(session.handle("help ofer").text.contains("Did you mean help offer"))
  }
}
