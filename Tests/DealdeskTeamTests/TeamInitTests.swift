import Foundation
import PostgresNIO
import Testing
@testable import DealdeskTeam

/// `TeamDesk.initialise` against a real throwaway cluster: what it creates, that a second
/// run changes nothing, and how it treats older, newer and foreign schemas.
@Suite struct TeamInitTests {
  @Test func initCreatesTheDeskAndASecondRunChangesNothing() async throws {
    let database = try await Cluster.get().database()
    let login = try database.login()

    let first = try await TeamDesk.initialise(login)
    #expect(first.outcome == .created)
    #expect(first.version == 4)
    for made in ["schema desk", "table desk.meta (the schema version)", "table desk.events (every change, by position)",
                 "function desk.append (the only way to add events)",
                 "function desk.append, version 2 (refuses a director's change from a manager's login)",
                 "function desk.add_user (a director adds a person's login)",
                 "function desk.append, version 4 (refuses a manager's terms beyond their own limits)"] {
      #expect(first.made.contains(made), "\(first.made)")
    }
    // The roles are the server's: made by the first init on it, used as they are after that.
    for role in ["desk_owner", "managers", "directors"] {
      #expect((first.made + first.reused).contains { $0.hasPrefix("role \(role) ") })
    }
    #expect(first.text.hasPrefix("Set up the team desk in database \"\(database.name)\" at the socket in \(database.cluster.folder) (port 5432), schema version \(TeamDesk.schemaVersion):\n  "))
    #expect(first.text.contains("\n  CREATE ROLE arben LOGIN PASSWORD 'choose-one' IN ROLE managers;\n"))
    #expect(first.text.hasSuffix("CREATE ROLE sofia LOGIN PASSWORD 'choose-another' IN ROLE directors;"))

    let catalog = try await database.admin()
    let owners = try await catalog.rows(
      "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'desk' ORDER BY tablename", doing: "test"
    ) { try $0.decode((String, String).self) }
    #expect(owners.map(\.0) == ["director_only", "events", "head", "meta", "snapshots", "terms_facts", "undo_steps"])
    #expect(owners.allSatisfy { $0.1 == "desk_owner" })
    let rights = try await catalog.rows(
      """
      SELECT has_table_privilege('managers', 'desk.events', 'SELECT'), has_table_privilege('managers', 'desk.events', 'INSERT'),
        has_table_privilege('managers', 'desk.head', 'UPDATE'),
        has_function_privilege('managers', 'desk.append(bigint, text[], text[])', 'EXECUTE'),
        has_function_privilege('public', 'desk.append(bigint, text[], text[])', 'EXECUTE'),
        (SELECT prosecdef FROM pg_proc WHERE oid = 'desk.append(bigint, text[], text[])'::regprocedure)
      """, doing: "test"
    ) { try $0.decode((Bool, Bool, Bool, Bool, Bool, Bool).self) }
    #expect(rights.first.map { [$0.0, $0.1, $0.2, $0.3, $0.4, $0.5] } == [true, false, false, true, false, true])
    await catalog.close()

    let second = try await TeamDesk.initialise(login)
    #expect(second.outcome == .unchanged)
    #expect(second.made.isEmpty)
    #expect(second.text == "The team desk in database \"\(database.name)\" at the socket in \(database.cluster.folder) (port 5432) is already set up at schema version \(TeamDesk.schemaVersion); nothing was changed.")
  }

  /// A branch's admin need not be a superuser: CREATEROLE and CREATE on the database do,
  /// and the objects still belong to desk_owner. A manager's login may not set a desk up.
  @Test func anAdminWithCreateroleSetsItUpAndAManagerMayNot() async throws {
    let database = try await Cluster.get().database()
    let admin = "a_\(UUID().uuidString.prefix(8).lowercased())"
    try await database.exec("CREATE ROLE \(unescaped: admin) LOGIN CREATEROLE PASSWORD 'admin-pw'")
    try await database.exec("GRANT CREATE ON DATABASE \(unescaped: database.name) TO \(unescaped: admin)")
    let report = try await TeamDesk.initialise(database.login(user: admin, password: "admin-pw"))
    #expect(report.outcome == .created)
    let catalog = try await database.admin()
    let owners = try await catalog.rows(
      "SELECT DISTINCT tableowner::text FROM pg_tables WHERE schemaname = 'desk'", doing: "test") { try $0.decode(String.self) }
    await catalog.close()
    #expect(owners == ["desk_owner"])

    let other = try await database.cluster.database()
    _ = try await TeamDesk.initialise(other.login())  // the roles exist on the server from here on
    let fresh = try await database.cluster.database()
    let manager = try await fresh.manager()
    let refusal = await #expect(throws: TeamError.self) { try await TeamDesk.initialise(fresh.login(user: manager, password: "s3cret:pw")) }
    #expect(refusal?.kind == .permission)
    #expect(refusal?.message.hasSuffix("team init needs a login that may create roles and schemas: a superuser, or one with CREATEROLE and CREATE on the database.") == true, "\(refusal?.message ?? "")")
  }

  @Test func aDeskFromANewerDealdeskIsRefusedAndLeftAsItWas() async throws {
    let database = try await Cluster.get().database()
    let login = try database.login()
    _ = try await TeamDesk.initialise(login)
    try await database.exec("UPDATE desk.meta SET version = 7")

    let refusal = await #expect(throws: TeamError.self) { try await TeamDesk.initialise(login) }
    #expect(refusal?.kind == .newerSchema)
    #expect(refusal?.message == "The team desk in database \"\(database.name)\" is at schema version 7, newer than this dealdesk knows (4). Nothing was changed; use a dealdesk at least as new as the one that set it up.")
    let opening = await #expect(throws: TeamError.self) { try await TeamJournal.open(login) }
    #expect(opening?.kind == .newerSchema)
    #expect(try await version(of: database) == 7)
  }

  /// A desk made by a build of version 1 is migrated forward explicitly by init, 1 → 2 → 3 → 4,
  /// its history kept and, at 4, taken in by the limits check; a later build's desk is
  /// refused, as any newer one.
  @Test func anOlderDeskIsMigratedForwardOnlyByInit() async throws {
    let database = try await Cluster.get().database()
    let login = try database.login()
    _ = try await TeamDesk.initialise(login, migrations: [SchemaV1.migration])
    #expect(try await version(of: database) == 1)
    let journal = try await TeamJournal.open(login, schemaVersion: 1)
    #expect(try await journal.append(expected: 0, events: [.init(kind: "note", body: "{\"n\":1}")]) == .appended(head: 1))
    await journal.close()

    let migrated = try await TeamDesk.initialise(login, migrations: [SchemaV1.migration, SchemaV2.migration])
    #expect(migrated.outcome == .migrated(from: 1))
    #expect(migrated.made == SchemaV2.migration.steps.map(\.made))
    #expect(migrated.text.hasPrefix("Migrated the team desk in database \"\(database.name)\" at the socket in \(database.cluster.folder) (port 5432) from schema version 1 to 2:\n  table desk.director_only"))
    #expect(try await version(of: database) == 2)
    // And on to 3: the owner may add people's logins (once per server), then the steps.
    let three = try await TeamDesk.initialise(login, migrations: [SchemaV1.migration, SchemaV2.migration, SchemaV3.migration])
    #expect(three.outcome == .migrated(from: 2))
    #expect(Array(three.made.suffix(SchemaV3.migration.steps.count)) == SchemaV3.migration.steps.map(\.made))
    #expect(try await version(of: database) == 3)
    let kept = try await database.admin()
    let owner = try await kept.rows("SELECT tableowner FROM pg_tables WHERE tablename = 'director_only'", doing: "test") { try $0.decode(String.self) }
    let events = try await kept.rows("SELECT count(*) FROM desk.events", doing: "test") { try $0.decode(Int64.self) }
    await kept.close()
    #expect(owner == ["desk_owner"])
    #expect(events == [1], "migrating keeps the history")

    // And on to 4 with a branch's history at version 3: a policy, a manager's offers beyond
    // his limit, a director's approval of one; a director's contract the manager signed, and
    // the manager's own contract beyond his limit that he approved himself (version 3 let
    // him). Migrating takes them in, so the database holds the manager to his limits from
    // the first append after it.
    let arben = try await database.manager()
    let sofia = try await database.director()
    let approved = TeamLimitsTests.terms(TeamLimitsTests.cotton("16"))
    for (login, events) in [
      (sofia, TeamLimitsTests.policy), (arben, TeamLimitsTests.offer("O-1", approved)),
      (arben, TeamLimitsTests.offer("O-2", TeamLimitsTests.terms(TeamLimitsTests.cotton("16")))), (sofia, TeamLimitsTests.approve("O-1", approved)),
      (sofia, TeamLimitsTests.contract("CT-1", client: "CL-4", #"{"scope":{"product":{"sku":"POP-WHT"}},"unitPrice":5.5}"#)),
      (arben, TeamLimitsTests.sign("CT-1")),
      (arben, TeamLimitsTests.contract("CT-2", client: "CL-5", #"{"scope":{"product":{"sku":"POP-WHT"}},"unitPrice":4}"#)),
      (arben, TeamLimitsTests.approveContract("CT-2")), (arben, TeamLimitsTests.sign("CT-2")),
    ] {
      let said = try await DirectorRightsTests.psql(database, as: login, DirectorRightsTests.append(events))
      #expect(said.status == 0, "\(said.output)")
    }
    let four = try await TeamDesk.initialise(login)
    #expect(four.outcome == .migrated(from: 3))
    #expect(four.made == SchemaV4.migration.steps.map(\.made))
    #expect(try await version(of: database) == 4)
    let beyond = try await DirectorRightsTests.psql(database, as: arben, DirectorRightsTests.append(TeamLimitsTests.accept("O-2")))
    #expect(beyond.status != 0 && beyond.output.contains("not within your own limits: accepting O-2, 16% off is over your 12%"), "\(beyond.output)")
    let cleared = try await DirectorRightsTests.psql(database, as: arben, DirectorRightsTests.append(TeamLimitsTests.accept("O-1")))
    #expect(cleared.status == 0, "the approval kept before version 4 counts: \(cleared.output)")
    let contracted = try await DirectorRightsTests.psql(database, as: arben, DirectorRightsTests.append(TeamLimitsTests.order(client: "CL-4", net: "5.5")))
    #expect(contracted.status == 0, "the contract signed before version 4 counts: \(contracted.output)")
    let ownApproval = try await DirectorRightsTests.psql(database, as: arben, DirectorRightsTests.append(TeamLimitsTests.order(client: "CL-5", net: "4")))
    #expect(ownApproval.status != 0 && ownApproval.output.contains("POP-WHT at 4 is 42% off"), "a manager's own approval does not clear: \(ownApproval.output)")
    #expect(try await TeamDesk.initialise(login).outcome == .unchanged)

    // A later build's version 5: this build meets it refused, as any newer one.
    let v5 = Migration(version: 5, steps: [
      .init(made: "table desk.notices (who has seen what)", statements: ["CREATE TABLE desk.notices (login text PRIMARY KEY, seen bigint NOT NULL)"])
    ])
    #expect(try await TeamDesk.initialise(login, migrations: Migration.all + [v5]).outcome == .migrated(from: 4))
    let refusal = await #expect(throws: TeamError.self) { try await TeamDesk.initialise(login) }
    #expect(refusal?.kind == .newerSchema)
  }

  @Test func aDeskAtAnOlderVersionOrNoneIsNotOpened() async throws {
    let database = try await Cluster.get().database()
    let login = try database.login()
    _ = try await TeamDesk.initialise(login, migrations: [SchemaV1.migration])
    let older = await #expect(throws: TeamError.self) { try await TeamJournal.open(login, schemaVersion: 3) }
    #expect(older?.kind == .needsInit)
    #expect(older?.message == "The team desk in database \"\(database.name)\" is at schema version 1; this dealdesk needs 3. Nothing was changed. Migrate it with dealdesk team init \(login.address.redacted), as a login that may change the schema.")

    let empty = try await database.cluster.database()
    let missing = await #expect(throws: TeamError.self) { try await TeamJournal.open(empty.login()) }
    #expect(missing?.kind == .needsInit)
    #expect(missing?.message == "There is no team desk in database \"\(empty.name)\" at the socket in \(empty.cluster.folder) (port 5432). Set one up first: dealdesk team init \(try empty.login().address.redacted)")
  }

  @Test func aSchemaNamedDeskThatIsNotOursIsRefused() async throws {
    let database = try await Cluster.get().database()
    try await database.exec("CREATE SCHEMA desk")
    try await database.exec("CREATE TABLE desk.orders (id int)")
    let refusal = await #expect(throws: TeamError.self) { try await TeamDesk.initialise(database.login()) }
    #expect(refusal?.kind == .foreign)
    #expect(refusal?.message.contains("already has a schema named desk that is not a Dealdesk team desk") == true)
    let kept = try await database.admin()
    let tables = try await kept.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'desk'", doing: "test") { try $0.decode(String.self) }
    await kept.close()
    #expect(tables == ["orders"])
  }

  private func version(of database: TestDatabase) async throws -> Int {
    let connection = try await database.admin()
    let rows = try await connection.rows("SELECT version FROM desk.meta", doing: "test") { try $0.decode(Int.self) }
    await connection.close()
    return rows.first ?? 0
  }
}
