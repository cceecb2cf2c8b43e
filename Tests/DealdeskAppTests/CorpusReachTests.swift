import DealdeskApp
import Foundation
import Testing

/// The development corpus (Tests/Fixtures/corpus/phrasings-dev.tsv: lines as managers type
/// them, family by family) read on the desk its lines name. Its reach may only grow: the
/// floor below is what the desk understood when it was last raised, so a change that stops
/// the desk understanding lines it understood fails here, naming them.
@Suite struct CorpusReachTests {
  static let corpus = TestDesk.repository.appendingPathComponent("Tests/Fixtures/corpus")
  /// Raise it when the desk understands more; never lower it without saying why.
  static let floor = 157

  @Test func theDevelopmentCorpusUnderstoodAtLeastAsWellAsBefore() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    let setup = ScriptRunner.runFile(Self.corpus.appendingPathComponent("corpus-desk.desk").path, in: session, keepGoing: true)
    #expect(setup.failures == 0, "the corpus desk script was refused somewhere: \(setup.output.joined(separator: "\n"))")
    let tsv = try String(contentsOf: Self.corpus.appendingPathComponent("phrasings-dev.tsv"), encoding: .utf8)
    let views = ["offers", "orders", "follow ups", "open complaints", "who owes us"]
    let before = views.map { session.handle($0).text }
    let reach = CorpusReach.measure(tsv: tsv, on: session)
    #expect(reach.total == 300)
    #expect(reach.understood >= Self.floor,
            "understood \(reach.understood) of \(reach.total); refused: \(reach.refusals.map(\.line).joined(separator: " | "))")
    // Reading a corpus changes nothing on the desk: every line was only explained.
    #expect(views.map { session.handle($0).text } == before)
  }
}
