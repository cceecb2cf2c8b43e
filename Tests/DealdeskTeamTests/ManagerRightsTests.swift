import Foundation
import PostgresNIO
import Testing
@testable import DealdeskTeam

/// What a manager's login may do, decided by the database itself: read, and append through
/// desk.append stamped with their own login; never write a table directly.
@Suite struct ManagerRightsTests {
  @Test func aManagerCannotWriteTheTablesButAppendsThroughTheFunctionAsThemselves() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let arben = try await database.manager(password: "arben:pw@1")

    let direct = try await database.cluster.connect(database: database.name, user: arben, password: "arben:pw@1")
    for (statement, table) in [
      ("INSERT INTO desk.events VALUES (1, 'someone_else', 'note', '{}', now())", "desk.events"),
      ("UPDATE desk.head SET position = 99", "desk.head"),
      ("DELETE FROM desk.events", "desk.events"),
      ("INSERT INTO desk.snapshots VALUES (0, 'x', '{}', now())", "desk.snapshots"),
    ] as [(PostgresQuery, String)] {
      let refusal = await #expect(throws: TeamError.self, "\(table)") { try await direct.run(statement, doing: "writing \(table)") }
      #expect(refusal?.sqlState == "42501")
      #expect(refusal?.kind == .permission)
      #expect(refusal?.message.hasPrefix("\(arben) may not do this while writing \(table) in \"\(database.name)\": permission denied for table") == true)
    }
    await direct.close()

    let journal = try await TeamJournal.open(database.login(user: arben, password: "arben:pw@1"))
    #expect(try await journal.append(expected: 0, events: [.init(kind: "hold", body: #"{"lot":"24-117","m":300}"#)]) == .appended(head: 1))
    #expect(try await journal.append(expected: 0, events: [.init(kind: "hold", body: "{}")]) == .behind(head: 1))
    let events = try await journal.events(after: 0)
    #expect(events.map(\.author) == [arben], "the database stamps the login, not what the client says")
    #expect(events.map(\.body) == [#"{"lot":"24-117","m":300}"#], "the body is kept exactly as written")
    #expect(events.map(\.position) == [1])
    #expect(try await journal.putSnapshot(at: 1, body: #"{"desk":1}"#))
    #expect(try await journal.putSnapshot(at: 1, body: #"{"desk":"other"}"#) == false, "the first snapshot at a position stays")
    let beyond = await #expect(throws: TeamError.self) { try await journal.putSnapshot(at: 5, body: "{}") }
    #expect(beyond?.sqlState == "22023")
    let snapshot = try await journal.latestSnapshot()
    #expect(snapshot?.position == 1 && snapshot?.author == arben && snapshot?.body == #"{"desk":1}"#)
    await journal.close()
  }

  @Test func thePasswordComesFromThePassfileAndAWrongOneIsRefusedInPlainWords() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let sara = try await database.manager(password: "from-the-file")
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let passfile = home.appendingPathComponent(".pgpass")
    try Data("\(database.cluster.folder):5432:\(database.name):\(sara):from-the-file\n".utf8).write(to: passfile)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passfile.path)

    let login = try TeamLogin.resolve(database.url(user: sara), environment: ["HOME": home.path])
    let journal = try await TeamJournal.open(login)
    #expect(try await journal.head() == 0)
    await journal.close()

    let wrong = try TeamLogin.resolve(database.url(user: sara, password: "guess"), environment: [:])
    let refused = await #expect(throws: TeamError.self) { try await TeamJournal.open(wrong) }
    #expect(refused?.kind == .login)
    #expect(refused?.message == "PostgreSQL at the socket in \(database.cluster.folder) (port 5432) refused the password for \(sara). Check the password in the address, PGPASSWORD or ~/.pgpass.")

    let none = try TeamLogin.resolve(database.url(user: sara), environment: [:])
    let asked = await #expect(throws: TeamError.self) { try await TeamJournal.open(none) }
    #expect(asked?.kind == .login)
    #expect(asked?.message.contains("asks \(sara) for a password and none was given") == true, "\(asked?.message ?? "")")
  }

  @Test func aLoginOutsideTheManagersGroupIsToldWhy() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let guest = "g_\(UUID().uuidString.prefix(8).lowercased())"
    try await database.exec("CREATE ROLE \(unescaped: guest) LOGIN PASSWORD 'pw'")
    let refusal = await #expect(throws: TeamError.self) { try await TeamJournal.open(database.login(user: guest, password: "pw")) }
    #expect(refusal?.kind == .permission)
    #expect(refusal?.message == "\(guest) may not read the team desk in \"\(database.name)\": the login is not in the managers group. Ask whoever runs the server: GRANT managers TO \(guest);")
  }

  @Test func aServerThatIsNotThereIsSaidInOneLine() async throws {
    let login = try TeamLogin.resolve("postgres://arben@/desk?host=/tmp/no-such-dealdesk-socket&port=5999", environment: [:])
    let refusal = await #expect(throws: TeamError.self) { try await TeamJournal.open(login) }
    #expect(refusal?.kind == .unreachable)
    #expect(refusal?.message.hasPrefix("Could not reach PostgreSQL at the socket in /tmp/no-such-dealdesk-socket (port 5999) while logging in") == true)
    #expect(refusal?.message.hasSuffix("Check that the server is running and the address is right.") == true)
    #expect(refusal?.message.contains("\n") == false)
  }
}
