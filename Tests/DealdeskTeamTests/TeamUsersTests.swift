import DealdeskCore
import Foundation
import PostgresNIO
import Testing

@testable import DealdeskTeam

/// People on the team desk (issue 19): a director adds a person with `team add-user` — their
/// login, made with a password only its SCRAM verifier of reaches the server, and their
/// record with their own limits and quota — and `team users` lists them. A manager cannot,
/// from the desk or from psql: not add a login, not write a person, a limit or an account.
@Suite struct TeamUsersTests {
  private let cli = TeamCommandTests()

  private func passwordFile(_ password: String) throws -> URL {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-password-\(UUID().uuidString)")
    try (password + "\n").write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  private func piped(_ lines: String) throws -> URL {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-lines-\(UUID().uuidString)")
    try (lines + "\n").write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  @Test func aDirectorAddsAPersonWhoLogsInWithTheirPasswordUnderTheirOwnLimits() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let sofia = try await database.director()
    let director = database.url(user: sofia, password: "s3cret:pw")
    let ilir = "ilir_\(UUID().uuidString.prefix(6).lowercased())"
    let password = try passwordFile("Lin3n-220:net 60")
    defer { try? FileManager.default.removeItem(at: password) }

    let added = try await cli.dealdesk([
      "--team", director, "team", "add-user", ilir, "--name", "Ilir  Gashi", "--role", "manager", "--discount-limit", "12",
      "--quota", "30000/month", "--password-file", password.path,
    ])
    #expect(added.status == 0, "\(added.errors)")
    #expect(added.output.contains("Created the login \(ilir) on the server, in the managers' group.\n"), "\(added.output)")
    #expect(
      added.output.contains("Added Ilir Gashi (\(ilir)) as a manager: discount up to 12%, payment terms up to net 60, quota 30,000.00 EUR a month."),
      "\(added.output)")

    // Ilir logs in with that password (the verifier was right) and works under his own limit.
    let his = database.url(user: ilir, password: "Lin3n-220:net 60")
    let lines = try piped("limits")
    defer { try? FileManager.default.removeItem(at: lines) }
    let limits = try await cli.dealdesk(["--team", his], input: lines.path)
    #expect(limits.status == 0, "\(limits.errors)")
    #expect(limits.output.contains("Ilir Gashi's authority (manager;"), "\(limits.output)")
    #expect(limits.output.contains("discount: up to 12% (raised by \(sofia) from 10%"), "\(limits.output)")
    #expect(limits.output.contains("quota: 30,000.00 EUR a month"), "\(limits.output)")

    let users = try await cli.dealdesk(["--team", director, "team", "users"])
    #expect(users.status == 0, "\(users.errors)")
    #expect(users.output.contains("Ilir Gashi"), "\(users.output)")
    #expect(users.output.contains("12%"), "\(users.output)")

    // Ilir cannot add anyone; and he is not added twice.
    let byManager = try await cli.dealdesk(["--team", his, "team", "add-user", "ana", "--name", "Ana", "--password-file", password.path])
    #expect(byManager.status == 1)
    #expect(byManager.errors.hasPrefix("Only a director adds people, and \(ilir) is a manager's login."), "\(byManager.errors)")
    let twice = try await cli.dealdesk(["--team", director, "team", "add-user", ilir, "--name", "Ilir Gashi", "--password-file", password.path])
    #expect(twice.status == 1)
    #expect(twice.errors.hasPrefix("\(ilir) is already on the desk, as Ilir Gashi (manager); nothing was changed."), "\(twice.errors)")
    // A bad login, role or quota is refused before anything is asked or changed.
    for (arguments, words) in [
      (["Ana-B", "--name", "Ana"], "Ana-B cannot be a login"),
      (["ana", "--name", "Ana", "--role", "boss"], "A role is manager or director, not boss."),
      (["ana", "--name", "Ana", "--quota", "lots"], "A quota is an amount a month, quarter or year"),
      (["ana", "--name", "Ana", "--discount-limit", "120"], "A discount limit is a percent from 0 to below 100"),
    ] {
      let refused = try await cli.dealdesk(["--team", director, "team", "add-user"] + arguments + ["--password-file", password.path])
      #expect(refused.status == 1 && refused.errors.contains(words), "\(refused.errors)")
    }
    let roles = try await database.admin()
    let made = try await roles.rows("SELECT count(*) FROM pg_roles WHERE rolname IN ('ana', 'ana-b')", doing: "a test") { try $0.decode(Int.self) }
    await roles.close()
    #expect(made == [0])
  }

  @Test func aManagerInPsqlCannotAddALoginNorWriteAPersonALimitAnAccountATaskOrAnothersAbsence() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let arben = try await database.manager()
    let sofia = try await database.director()
    let verifier = try ScramVerifier.make(password: "whatever")

    let login = try await DirectorRightsTests.psql(database, as: arben, "SELECT desk.add_user('mallory', '\(verifier)', true)")
    #expect(login.status != 0)
    // Only the directors' group may call it at all (and it checks the caller again itself).
    #expect(login.output.contains("ERROR:  permission denied for function add_user"), "\(login.output)")
    for (events, what) in [
      (#"[{"personSet":{"_0":{"login":"\#(arben)","name":"A","role":"director","discountLimit":40}}}]"#, "add people or change their limits or quota"),
      (#"[{"limitChanged":{"_0":{"kind":"discount","to":40,"by":"x","at":0}}}]"#, "change a limit of authority"),
      (#"[{"accountAssigned":{"client":"CL-1","to":"\#(arben)"}}]"#, "give a client's account to a manager"),
      (#"[{"taskAssigned":{"_0":{"id":"F-9","client":"CL-1","assignee":"\#(arben)","from":"\#(sofia)"}}}]"#, "give a person a task"),
      (#"[{"bonusApproved":{"at":"2026-12-07T12:00:00Z","bonus":"B-1","by":"\#(sofia)"}}]"#, "approve a trade bonus"),
      (#"[{"contractApproved":{"approval":{"at":"2026-12-07T12:00:00Z","by":"\#(sofia)"},"contract":"CT-1"}}]"#, "approve a contract"),
      (#"[{"absenceSet":{"_0":{"person":"\#(sofia)","cover":"\#(arben)","by":"\#(arben)"}}}]"#, "set someone else's absence"),
      (#"[{"absenceSet":{"_0":{"person":"\#(arben)","cover":"\#(sofia)","by":"\#(sofia)"}}}]"#, "set someone else's absence"),
      (#"[{"doneInCover":{"_0":{"client":"CL-1","covering":"\#(sofia)","by":"\#(sofia)"}}}]"#, "mark work in cover as someone else's"),
    ] {
      let refused = try await DirectorRightsTests.psql(database, as: arben, DirectorRightsTests.append(events))
      #expect(refused.status != 0, "\(refused.output)")
      #expect(refused.output.contains("ERROR:  only a director may \(what)"), "\(refused.output)")
    }
    // One's own absence, and one's own work in cover, a manager may record.
    let own = try await DirectorRightsTests.psql(database, as: arben, DirectorRightsTests.append(
      #"[{"absenceSet":{"_0":{"person":"\#(arben)","cover":"\#(sofia)","by":"\#(arben)"}}},{"doneInCover":{"_0":{"client":"CL-1","covering":"\#(sofia)","by":"\#(arben)"}}}]"#))
    #expect(own.status == 0, "\(own.output)")
    // A director may; what add_user makes is only a login in the groups, never a superuser's.
    let made = try await DirectorRightsTests.psql(database, as: sofia, "SELECT created FROM desk.add_user('mallory_\(arben)', '\(verifier)', false)")
    #expect(made.status == 0 && made.output.contains(" t\n"), "\(made.output)")
    let again = try await DirectorRightsTests.psql(database, as: sofia, "SELECT created FROM desk.add_user('mallory_\(arben)', '\(verifier)', false)")
    #expect(again.status == 0 && again.output.contains(" f\n"), "an existing login keeps its password: \(again.output)")
    let superuser = try await DirectorRightsTests.psql(database, as: sofia, "SELECT desk.add_user('\(Cluster.admin)', '\(verifier)', true)")
    #expect(superuser.status != 0 && superuser.output.contains("is a role on the server that is not a person's login"), "\(superuser.output)")
    let badName = try await DirectorRightsTests.psql(database, as: sofia, "SELECT desk.add_user('Robert\"); DROP', '\(verifier)', false)")
    #expect(badName.status != 0 && badName.output.contains("a login is lower-case letters"), "\(badName.output)")
    let plain = try await DirectorRightsTests.psql(database, as: sofia, "SELECT desk.add_user('plain_\(arben)', 'hunter2', false)")
    #expect(plain.status != 0 && plain.output.contains("SCRAM-SHA-256 verifier"), "\(plain.output)")

    let admin = try await database.admin()
    let rows = try await admin.rows(
      "SELECT rolsuper, rolcreaterole, pg_has_role(oid, 'managers', 'MEMBER'), pg_has_role(oid, 'directors', 'MEMBER') FROM pg_roles WHERE rolname = \("mallory_\(arben)")",
      doing: "a test"
    ) { try $0.decode((Bool, Bool, Bool, Bool).self) }
    await admin.close()
    #expect(rows.count == 1)
    if let (isSuper, createsRoles, manager, director) = rows.first {
      #expect(!isSuper && !createsRoles && manager && !director)
    }
  }

  @Test func theVerifierIsPostgresqlsOwn() throws {
    // RFC 7677's example password and salt; the keys as Python's hashlib.pbkdf2_hmac and hmac
    // make them. That PostgreSQL accepts what this makes, the login in the test above shows.
    let salt: [UInt8] = Array(Data(base64Encoded: "W22ZaJ0SNY7soEsUEjb6gQ==") ?? Data())
    let verifier = try ScramVerifier.make(password: "pencil", salt: salt)
    #expect(verifier == "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=")
  }
}
