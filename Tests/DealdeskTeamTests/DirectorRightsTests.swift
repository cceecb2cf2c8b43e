import DealdeskCore
import DealdeskStore
import Foundation
import PostgresNIO
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// A director's change (the policy, approvals, credit limits, minimums, the budget, a whole
/// desk pushed in) is refused by the database itself to a manager's login, from the desk
/// and from psql alike; a director's login makes it. A snapshot another manager kept is
/// not loaded, so it cannot carry one either.
@Suite struct DirectorRightsTests {
  /// psql as `user`, running `sql`: its exit status and what it wrote.
  static func psql(_ database: TestDatabase, as user: String, _ sql: String) async throws -> (status: Int32, output: String) {
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("psql-\(UUID().uuidString).log").path
    defer { try? FileManager.default.removeItem(atPath: log) }
    let pid = try Spawn.start(
      ["\(database.cluster.bin)/psql", "-X", "-v", "ON_ERROR_STOP=1", "-d", database.url(user: user, password: "s3cret:pw"), "-c", sql],
      environment: ["PATH=/usr/bin:/bin", "LANG=C.UTF-8"], output: log)
    let status = await Spawn.exit(of: pid)
    return (status, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
  }

  /// An append of one record whose events are `events` (JSON), as psql would send it.
  static func append(_ events: String, kind: String = "command") -> String {
    "SELECT * FROM desk.append((SELECT position FROM desk.head), ARRAY['record'], ARRAY['{\"seq\":1,\"kind\":\"\(kind)\",\"events\":\(events)}'])"
  }

  @Test func aManagerInPsqlIsRefusedEveryDirectorsChangeAndADirectorMakesIt() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let arben = try await database.manager()
    let sofia = try await database.director()

    for (events, kind, what) in [
      (#"[{"settingsChanged":{"_0":{"discountLimit":40}}}]"#, "command", "change the policy"),
      (#"[{"noteAdded":{"_0":{}}},{"offerApproved":{"offer":"O-4","approval":{"by":"Bora"}}}]"#, "command", "approve an offer"),
      (#"[{"creditLimitSet":{"client":"CL-1","limit":900000}}]"#, "command", "set a client's credit limit"),
      ("[]", "start", "move a whole desk into the team desk"),
    ] {
      let refused = try await Self.psql(database, as: arben, Self.append(events, kind: kind))
      #expect(refused.status != 0, "\(refused.output)")
      #expect(refused.output.contains("ERROR:  only a director may \(what)"), "\(refused.output)")
      #expect(refused.output.contains("HINT:  Ask a director of the branch to make this change."), "\(refused.output)")
    }
    // The table is not theirs to change either, so the list cannot be shortened.
    let shortened = try await Self.psql(database, as: arben, "DELETE FROM desk.director_only")
    #expect(shortened.status != 0 && shortened.output.contains("permission denied for table director_only"), "\(shortened.output)")

    let note = try await Self.psql(database, as: arben, Self.append(#"[{"noteAdded":{"_0":{}}}]"#))
    #expect(note.status == 0, "a manager's own kind of change goes in: \(note.output)")
    let policy = try await Self.psql(database, as: sofia, Self.append(#"[{"settingsChanged":{"_0":{"discountLimit":12}}}]"#))
    #expect(policy.status == 0, "\(policy.output)")

    let admin = try await database.admin()
    let authors = try await admin.rows("SELECT author FROM desk.events ORDER BY position", doing: "a test") { try $0.decode(String.self) }
    await admin.close()
    #expect(authors == [arben, sofia], "nothing refused was kept")
  }

  /// The desk refuses a manager's policy change itself; a director's change the desk
  /// would make for them (a client's credit limit) is refused by the database, and the
  /// desk says so in the same words. Nothing of either is kept.
  @Test func theDeskAndTheDatabaseRefuseAManagerADirectorsChangeAndKeepNothing() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let arben = try branch.session(branch.arben)
    let sofia = try branch.session(branch.sofia)
    defer { _ = arben.close(); _ = sofia.close() }
    try branch.loadSampleData(into: arben, sofia)
    let before = arben.desk
    let position = arben.position

    let raised = arben.handle("set discount limit 40%")
    #expect(raised.isError)
    #expect(raised.text.hasPrefix("Your limits are set by a director."), "\(raised.text)")
    let validity = arben.handle("set offer validity 21 days")
    #expect(validity.isError)
    #expect(validity.text.hasPrefix("The desk's settings are the branch's policy, set by a director."), "\(validity.text)")
    let credit = arben.handle("set Acme credit limit 900,000")
    #expect(credit.isError)
    #expect(credit.text == "Not saved: Only a director may set a client's credit limit, and \(branch.arben) is a manager's login. Ask a director of the branch to make this change.", "\(credit.text)")
    #expect(arben.desk == before, "nothing of it is applied")
    #expect(arben.position == position)

    #expect(!sofia.handle("set discount limit 12%").isError)
    #expect(!sofia.handle("set Acme credit limit 900,000").isError)
    _ = arben.catchUp()
    #expect(arben.desk.settings.discountLimit == 12)
    #expect(!arben.handle("note Acme: limit is 12% now").isError, "the manager's own changes still go in")
  }

  @Test func aSnapshotAnotherManagerKeptIsNotLoaded() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let arben = try branch.session(branch.arben)
    try branch.loadSampleData(into: arben)
    #expect(!arben.handle("note Acme: a real note").isError)
    let real = arben.desk
    let head = Int64(arben.position)
    _ = arben.close()

    // Bora keeps a snapshot at the head whose policy she could never have appended.
    var forged = real
    forged.settings.discountLimit = 90
    let body = String(decoding: try StoredForm.snapshot(forged, seq: Int(head), version: Session.formatVersion), as: UTF8.self)
    let bora = try await TeamJournal.open(branch.database.login(user: branch.bora, password: "s3cret:pw"))
    #expect(try await bora.putSnapshot(at: head, body: body))
    #expect(try await bora.latestSnapshot()?.position == head, "her own snapshot is hers to load")
    await bora.close()

    let again = try branch.session(branch.arben, cache: branch.cache.appendingPathComponent("fresh"))
    defer { _ = again.close() }
    #expect(again.desk.settings.discountLimit == real.settings.discountLimit)
    #expect(again.desk == real)
  }
}
