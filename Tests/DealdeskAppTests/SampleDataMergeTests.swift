import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Issue 22, item 6: `load sample data` on a desk that already holds the manager's own
/// clients or policy asks first, and never changes the policy without saying so.
@Suite struct SampleDataMergeTests {
  func withDesk(_ lines: [String], _ body: (Session) throws -> Void) throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: lines)
    defer { _ = session.close() }
    try body(session)
  }

  /// It merged the catalog into the manager's clients and set their 10% limit to 12%, saying
  /// only "your discount limit 12%". Now nothing happens until the manager says merge.
  @Test func onADeskWithClientsItAsksFirstAndChangesNothing() throws {
    try withDesk(["add client Zeta Moda"]) { session in
      let before = session.desk
      let reply = session.handle("load sample data")
      #expect(reply.isError, "a pipe or a script must not merge on its own")
      #expect(reply.text.contains("This desk already holds 1 client"), "\(reply.text)")
      #expect(reply.text.contains("load sample data, merge"), "\(reply.text)")
      #expect(session.desk == before)
      #expect(session.desk.settings.discountLimit == 10)
      // At a terminal the same reply is a yes/no whose yes is the merge.
      #expect(reply.question?.line == "load sample data, merge")
      #expect(reply.question?.text.hasSuffix("Load it into this desk?") == true)
      #expect(reply.question?.declined == "Nothing was loaded.")
    }
  }

  /// Merged on the manager's word: the sample's records come in, the manager's policy stays,
  /// and the reply names each setting kept where the sample's differs.
  @Test func mergedTheManagersPolicyIsKeptAndSaid() throws {
    try withDesk(["add client Zeta Moda", "set offer validity 30 days"]) { session in
      let settings = session.desk.settings
      let reply = session.handle("load sample data, merge")
      #expect(!reply.isError, "\(reply.text)")
      #expect(session.desk.clients.count == 6)
      #expect(session.desk.products.count == 15)
      #expect(session.desk.settings == settings, "the policy did not change")
      #expect(reply.text.contains("Your policy is as it was"), "\(reply.text)")
      #expect(reply.text.contains("discount limit 10% (the sample's 12%)"), "\(reply.text)")
      #expect(reply.text.contains("offers valid 30 days (the sample's 14 days)"), "\(reply.text)")
      #expect(!reply.text.contains("Its policy is now yours"), "\(reply.text)")
      // One step, as before: undo takes it all back.
      _ = session.handle("undo")
      #expect(session.desk.clients.count == 1)
      #expect(session.desk.products.isEmpty)
    }
  }

  /// A desk with no records but a policy of the manager's own is not empty either.
  @Test func aPolicyOfTheManagersOwnIsAskedAboutToo() throws {
    try withDesk(["set my discount limit 8%"]) { session in
      let reply = session.handle("load sample data")
      #expect(reply.isError)
      #expect(reply.text.contains("your own policy"), "\(reply.text)")
      #expect(session.desk.products.isEmpty)
      #expect(session.desk.settings.discountLimit == 8)
    }
  }

  /// An empty desk loads at once, policy and all, as before; now every setting the sample
  /// sets is said (it named only the discount limit, and set a 20% margin floor unsaid).
  @Test func anEmptyDeskLoadsAtOnceSayingThePolicyItSets() throws {
    try withDesk([]) { session in
      let reply = session.handle("load sample data")
      #expect(!reply.isError, "\(reply.text)")
      #expect(session.desk.settings.discountLimit == 12)
      #expect(
        reply.text.contains(
          "Its policy is now yours: discount limit 12%; margin floor 20%; volume tiers 500 m 2%, 1,000 m 4%; client tiers silver from 10,000.00 1%, gold from 25,000.00 2%."
        ), "\(reply.text)")
    }
  }

  /// Merging where a sample name is already taken loads nothing and says which line.
  @Test func aNameAlreadyOnTheDeskStopsTheMergeWhole() throws {
    try withDesk(["add client Acme Textiles"]) { session in
      let before = session.desk
      let reply = session.handle("load sample data, merge")
      #expect(reply.isError)
      #expect(reply.text.contains("Nothing was loaded"), "\(reply.text)")
      #expect(session.desk == before)
    }
  }
}
