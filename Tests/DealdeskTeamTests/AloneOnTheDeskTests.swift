import DealdeskCore
import DealdeskStore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// A manager alone on the team desk for a while skips the look before each change (one
/// round trip); the first change of someone else's they meet ends that, and every answer
/// is still right for the desk as it stands.
@Suite struct AloneOnTheDeskTests {
  /// The team journal, counting the looks (`entries(after:)`) a session makes.
  final class Looks: DeskJournal, @unchecked Sendable {
    let inner: TeamDeskJournal<Desk, JournalRecord>
    var count = 0
    init(_ inner: TeamDeskJournal<Desk, JournalRecord>) { self.inner = inner }
    var mode: StoreMode { inner.mode }
    var folder: URL { inner.folder }
    var location: String { inner.location }
    var author: String? { inner.author }
    func load() throws(StoreError) -> Loaded<Desk, JournalRecord> { try inner.load() }
    func commit(_ entries: [JournalRecord], at expected: Int) throws(StoreError) -> JournalCommit<JournalRecord> {
      try inner.commit(entries, at: expected)
    }
    func compact(snapshot: Desk, seq: Int, tail: [JournalRecord]) throws(StoreError) {
      try inner.compact(snapshot: snapshot, seq: seq, tail: tail)
    }
    func close() { inner.close() }
    func entries(after position: Int) throws(StoreError) -> [JournalRecord] {
      count += 1
      return try inner.entries(after: position)
    }
  }

  private func counted(_ branch: TeamSessionTests.Branch, _ user: String) throws -> (Session, Looks) {
    let login = try branch.database.login(user: user, password: "s3cret:pw")
    let journal = Looks(try TeamDeskJournal<Desk, JournalRecord>.open(
      login: login, cache: branch.cache.appendingPathComponent(user), mode: .readWrite, formatVersion: Session.formatVersion))
    let session = try Session.open(journal: journal, clock: .fixed(TeamSessionTests.monday))
    session.isAtPrompt = true
    return (session, journal)
  }

  @Test func changesAloneSkipTheLookAndTheFirstChangeOfAnothersIsStillTakenIn() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let (arben, looks) = try counted(branch, branch.arben)
    let bora = try branch.session(branch.bora)
    defer { _ = arben.close(); _ = bora.close() }
    try branch.loadSampleData(into: arben)
    for n in 1...12 { #expect(!arben.handle("note Acme: call \(n)").isError) }
    // Alone: the last few notes were made without a look first.
    let before = looks.count
    for n in 13...16 { #expect(!arben.handle("note Acme: call \(n)").isError) }
    #expect(looks.count == before, "four changes alone, no look before them")

    // Bora holds the last of linen 220 meanwhile; Arben's next change, decided on the desk
    // as Arben had it, is refused at the commit, taken in, and decided again: held for Bora.
    #expect(!bora.handle("reserve 800m linen 220 for Bora").isError)
    let asked = arben.handle("reserve 800m linen 220 for Acme")
    #expect(asked.isError, "\(asked.text)")
    #expect(asked.text.contains("held for Bora Fabrics by \(branch.bora)"), "\(asked.text)")
    _ = bora.catchUp()
    #expect(arben.desk == bora.desk)

    // The quiet is over: the next lines look first again.
    let after = looks.count
    #expect(!arben.handle("note Acme: after").isError)
    #expect(looks.count == after + 1)
  }

  @Test func aNameAnotherManagerJustAddedReadsAndAQuestionSeesTheirChange() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let (arben, _) = try counted(branch, branch.arben)
    let bora = try branch.session(branch.bora)
    defer { _ = arben.close(); _ = bora.close() }
    try branch.loadSampleData(into: arben)
    for n in 1...12 { #expect(!arben.handle("note Acme: call \(n)").isError) }

    #expect(!bora.handle("add client Zeta Mode").isError)
    let noted = arben.handle("note Zeta: first call")
    #expect(!noted.isError, "\(noted.text)")
    #expect(noted.text.contains("Zeta Mode"))

    for n in 1...12 { #expect(!arben.handle("note Acme: more \(n)").isError) }
    #expect(!bora.handle("add client Omega Textiles").isError)
    let clients = arben.handle("clients")
    #expect(clients.text.contains("Omega Textiles"), "a question looks first: \(clients.text)")
  }
}
