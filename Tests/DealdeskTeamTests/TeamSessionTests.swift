import DealdeskCore
import DealdeskStore
import Foundation
import PostgresNIO
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// Sessions of several managers on one team desk, in this process, against the test
/// cluster: the same Session a terminal uses, on TeamDeskJournal.
@Suite struct TeamSessionTests {
  static let monday = Date(timeIntervalSince1970: 1_797_238_800)  // 2026-12-14 09:00 UTC

  /// A team desk set up in a fresh database, and two managers' logins.
  struct Branch {
    let database: TestDatabase
    let arben: String
    let bora: String
    /// The branch's director: the policy, and so the sample data, is theirs to load.
    let sofia: String
    let cache: URL

    static func make() async throws -> Branch {
      let database = try await Cluster.get().database()
      _ = try await TeamDesk.initialise(database.login())
      // Inside the cluster's folder, so it goes when the cluster is stopped and removed.
      let cache = URL(fileURLWithPath: database.cluster.folder).appendingPathComponent("cache-\(UUID().uuidString)")
      return Branch(
        database: database, arben: try await database.manager(), bora: try await database.manager(),
        sofia: try await database.director(), cache: cache)
    }

    /// The sample data loaded by the director, and taken in by each session given.
    func loadSampleData(into sessions: Session...) throws {
      let sofia = try session(self.sofia)
      defer { _ = sofia.close() }
      let loaded = sofia.handle("load sample data")
      #expect(!loaded.isError, "\(loaded.text)")
      for session in sessions { _ = session.catchUp() }
    }

    func session(_ user: String, mode: StoreMode = .readWrite, cache: URL? = nil) throws -> Session {
      let login = try database.login(user: user, password: "s3cret:pw")
      let journal = try TeamDeskJournal<Desk, JournalRecord>.open(
        login: login, cache: (cache ?? self.cache).appendingPathComponent(user), mode: mode,
        formatVersion: Session.formatVersion)
      let session = try Session.open(journal: journal, clock: .fixed(TeamSessionTests.monday))
      session.isAtPrompt = true
      return session
    }
  }

  @Test func theSecondManagerIsToldTheLastMetresAreHeldAndNoNumberIsGivenTwice() async throws {
    let branch = try await Branch.make()
    let arben = try branch.session(branch.arben)
    let bora = try branch.session(branch.bora)
    defer { _ = arben.close(); _ = bora.close() }
    try branch.loadSampleData(into: arben)

    // Bora's desk has not seen the sample: deciding on it alone would refuse "linen 220".
    let held = arben.handle("reserve 800m linen 220 for Acme")
    #expect(!held.isError, "\(held.text)")
    let second = bora.handle("reserve 800m linen 220 for Bora")
    #expect(second.isError)
    #expect(second.text.hasPrefix("Only 350 m of Linen 220 is free"), "\(second.text)")
    // Held for whom, by whom: the login the database stamped on Arben's change.
    #expect(second.text.contains("800 m more held for Acme Textiles by \(branch.arben)"), "\(second.text)")
    #expect(bora.desk.reservations.values.map(\.by) == [branch.arben])

    // Both make offers, each on a desk the other has just changed: the numbers differ.
    let one = arben.handle("offer Acme 10% on linen 180")
    let two = bora.handle("offer Bora 5% on linen 180")
    let three = arben.handle("offer Çelik 5% on linen 180")
    #expect(one.text.hasPrefix("O-1 "), "\(one.text)")
    #expect(two.text.hasPrefix("O-2 "), "\(two.text)")
    #expect(three.text.hasPrefix("O-3 "), "\(three.text)")
    _ = bora.catchUp()
    #expect(arben.desk == bora.desk)
    #expect(arben.desk.offers.count == 3)
  }

  @Test func theDatabaseStampsTheAuthorAndTheBodyCannotClaimAnother() async throws {
    let branch = try await Branch.make()
    let arben = try branch.session(branch.arben)
    defer { _ = arben.close() }
    #expect(!arben.handle("add client Acme Textiles").isError)

    // Bora appends with psql's powers (the function any manager may call), claiming to be Arben.
    let forged = JournalRecord(
      seq: arben.position + 1, at: Self.monday, line: "add client Forged", kind: .command,
      events: [], author: branch.arben)
    let body = String(decoding: try DeskJSONWriter.encode(forged), as: UTF8.self)
    #expect(body.contains("\"author\":\"\(branch.arben)\""))
    let journal = try await reader(branch)
    let appended = try await journal.append(expected: Int64(arben.position), events: [.init(kind: "record", body: body)])
    let events = try await journal.events(after: 0)
    await journal.close()
    #expect(appended == .appended(head: Int64(arben.position + 1)))

    _ = arben.catchUp()
    #expect(events.map(\.author) == [branch.arben, branch.bora])
    #expect(arben.tail.last?.author == branch.bora)
    let reopened = try branch.session(branch.arben, mode: .readOnly)
    defer { _ = reopened.close() }
    #expect(reopened.tail.map(\.author) == [branch.arben, branch.bora])
  }

  /// The journal as `user` reads it (a manager loads only their own snapshots and directors').
  private func reader(_ branch: Branch, as user: String? = nil) async throws -> TeamJournal {
    try await TeamJournal.open(branch.database.login(user: user ?? branch.bora, password: "s3cret:pw"))
  }

  @Test func undoTakesBackOnlyYourOwnLastChangeAndNamesWhoseStandsInTheWay() async throws {
    let branch = try await Branch.make()
    let arben = try branch.session(branch.arben)
    let bora = try branch.session(branch.bora)
    defer { _ = arben.close(); _ = bora.close() }
    try branch.loadSampleData(into: arben, bora)
    _ = arben.handle("note Acme: wants faster delivery")
    _ = bora.handle("note Bora: called back")

    let refused = arben.handle("undo")
    #expect(refused.isError)
    #expect(refused.text == "Your last change, `note Acme: wants faster delivery`, has 1 change by others after it: \(branch.bora)'s `note Bora: called back`. Undo takes back only the desk's last change, so nothing was undone; put yours right with a new line instead.")
    #expect(arben.desk.notes.count == 2)

    // Bora undoes her own; then Arben's is the last change again, and his to undo.
    #expect(bora.handle("undo").text == "Undone: note Bora: called back")
    #expect(arben.handle("redo").text == "The last change undone, \(branch.bora)'s `note Bora: called back`, is not yours to redo; nothing was redone.")
    #expect(arben.handle("undo").text == "Undone: note Acme: wants faster delivery")
    _ = bora.catchUp()
    #expect(bora.desk.notes.isEmpty)
    #expect(bora.desk == arben.desk)
    #expect(bora.handle("undo").text == "Nothing of yours to undo: the desk's last change is \(branch.sofia)'s `load sample data`.")
  }

  @Test func othersChangesToYourClientsAreNoticedAndTheRestAreNot() async throws {
    let branch = try await Branch.make()
    let arben = try branch.session(branch.arben)
    let bora = try branch.session(branch.bora)
    defer { _ = arben.close(); _ = bora.close() }
    try branch.loadSampleData(into: bora)
    #expect(arben.catchUp().notices.isEmpty, "a change to nobody's client yet concerns nobody")
    _ = arben.handle("offer Acme 10% on linen 220")
    _ = bora.handle("note Nordic: sent the catalog")
    _ = bora.handle("note Acme: samples sent")
    _ = bora.handle("reserve 100m linen 220 for Bora")
    let news = arben.catchUp()
    #expect(news.problem == nil)
    #expect(news.notices == [
      "\(branch.bora) · 09:00: note Acme: samples sent",
      "\(branch.bora) · 09:00: reserve 100m linen 220 for Bora",
    ])
    #expect(arben.desk == bora.desk)
    #expect(arben.catchUp().notices.isEmpty)
  }

  @Test func aNewSessionStartsFromTheLatestSnapshotAndItsLocalCopy() async throws {
    let branch = try await Branch.make()
    let arben = try branch.session(branch.arben)
    try branch.loadSampleData(into: arben)
    for n in 1...120 { _ = arben.handle("note Acme: call \(n)") }
    let desk = arben.desk
    #expect(arben.close() == nil)

    let journal = try await reader(branch, as: branch.arben)
    let snapshot = try await journal.latestSnapshot()
    await journal.close()
    // Undo keeps the last 100 steps, so the snapshot is the desk before them.
    #expect(snapshot?.position == 21)
    let copy = branch.cache.appendingPathComponent(branch.arben).appendingPathComponent("snapshot.json")
    #expect(FileManager.default.fileExists(atPath: copy.path))

    let again = try branch.session(branch.arben)
    #expect(again.desk == desk)
    #expect(again.handle("undo").text == "Undone: note Acme: call 120")
    _ = again.close()

    // A damaged local copy costs only a read from the server.
    try Data("{\"format\":\"dealdesk\"".utf8).write(to: copy)
    let third = try branch.session(branch.arben, mode: .readOnly)
    #expect(third.desk.notes.count == 119)
    _ = third.close()
  }

  @Test func aBrokenConnectionIsMadeAgainByTheNextLine() async throws {
    let branch = try await Branch.make()
    let arben = try branch.session(branch.arben)
    defer { _ = arben.close() }
    try branch.loadSampleData(into: arben)
    try await branch.database.exec(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = \(branch.arben)")
    let next = arben.handle("note Acme: after the break")
    #expect(!next.isError, "\(next.text)")
    #expect(arben.desk.notes.values.map(\.text) == ["after the break"])
  }

  @Test func whileTheServerIsAwayChangesAreRefusedInOneLineAndQuestionsAnswered() async throws {
    let branch = try await Branch.make()
    let arben = try branch.session(branch.arben)
    defer { _ = arben.close() }
    try branch.loadSampleData(into: arben)
    let name = branch.database.name
    try await onServer(branch, "ALTER DATABASE \(unescaped: name) ALLOW_CONNECTIONS false")
    try await onServer(branch, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = \(branch.arben)")

    #expect(!arben.handle("clients").isError, "questions are answered from the desk this session has")
    let refused = arben.handle("note Acme: while away")
    #expect(refused.isError)
    #expect(!refused.text.contains("\n"), "\(refused.text)")
    #expect(refused.text.contains("is not currently accepting connections"), "\(refused.text)")
    #expect(arben.desk.notes.isEmpty, "nothing is queued or shown as done")

    try await onServer(branch, "ALTER DATABASE \(unescaped: name) ALLOW_CONNECTIONS true")
    let saved = arben.handle("note Acme: back again")
    #expect(!saved.isError, "\(saved.text)")
    #expect(arben.desk.notes.values.map(\.text) == ["back again"])
  }

  /// Runs a statement about the test's database from outside it.
  private func onServer(_ branch: Branch, _ query: PostgresQuery) async throws {
    let admin = try await branch.database.cluster.connect(database: "postgres")
    do {
      try await admin.run(query, doing: "a test's setup")
    } catch {
      await admin.close()
      throw error
    }
    await admin.close()
  }
}
