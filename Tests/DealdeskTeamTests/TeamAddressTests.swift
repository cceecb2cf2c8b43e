import Foundation
import Testing
@testable import DealdeskTeam

/// The URL read as libpq reads it; the environment is always passed in, never this process's.
@Suite struct TeamAddressTests {
  @Test func aFullURLGivesEveryPart() throws {
    let address = try TeamAddress.parse("postgres://arben:pa%3Ass%40w@db.branch.local:6543/desk", environment: [:])
    #expect(address.host == .tcp("db.branch.local"))
    #expect(address.port == 6543)
    #expect(address.user == "arben")
    #expect(address.password == "pa:ss@w")
    #expect(address.database == "desk")
    #expect(address.sslMode == .prefer)
    #expect(address.redacted == "postgres://arben@db.branch.local:6543/desk")
  }

  @Test func postgresqlSchemeIPv6AndQueryParameters() throws {
    let address = try TeamAddress.parse(
      "postgresql://arben@[::1]:5433/desk?sslmode=disable&application_name=dealdesk&connect_timeout=1", environment: [:])
    #expect(address.host == .tcp("::1"))
    #expect(address.port == 5433)
    #expect(address.sslMode == .disable)
    #expect(address.applicationName == "dealdesk")
    #expect(address.connectTimeout == 2)  // libpq's floor
    #expect(address.place == "[::1]:5433")
  }

  @Test func aSocketFolderAsLibpqAllows() throws {
    let query = try TeamAddress.parse("postgres://arben@/desk?host=/tmp/pg%20sock&port=54329", environment: [:])
    #expect(query.host == .socket("/tmp/pg sock"))
    #expect(query.port == 54329)
    let encoded = try TeamAddress.parse("postgres://arben@%2Fvar%2Frun%2Fpostgresql/desk", environment: [:])
    #expect(encoded.host == .socket("/var/run/postgresql"))
    #expect(encoded.port == 5432)
  }

  @Test func whatTheURLLeavesOutComesFromTheEnvironmentThenLibpqsDefaults() throws {
    let environment = ["PGHOST": "db.env", "PGPORT": "7000", "PGUSER": "sara", "PGDATABASE": "branch", "PGSSLMODE": "require"]
    let filled = try TeamAddress.parse("postgres://", environment: environment)
    #expect(filled == TeamAddress(
      host: .tcp("db.env"), port: 7000, user: "sara", password: nil, database: "branch", sslMode: .require, passfile: nil,
      applicationName: nil, connectTimeout: nil))
    let urlWins = try TeamAddress.parse("postgres://arben@db.url:5432/desk", environment: environment)
    #expect(urlWins.host == .tcp("db.url") && urlWins.user == "arben" && urlWins.database == "desk" && urlWins.port == 5432)

    let bare = try TeamAddress.parse("postgres://arben@", environment: [:])
    #expect(bare.host == .socket("/var/run/postgresql"))
    #expect(bare.port == 5432)
    #expect(bare.database == "arben")  // libpq: the database defaults to the login's name
  }

  @Test func whatCannotBeReadIsRefusedInPlainWords() {
    func refusal(_ url: String) -> String {
      do {
        _ = try TeamAddress.parse(url, environment: [:])
        return "accepted"
      } catch {
        return error.message
      }
    }
    #expect(refusal("mysql://arben@db/desk").hasPrefix("\"mysql://arben@db/desk\" is not a PostgreSQL address"))
    #expect(refusal("postgres://arben@db:54x/desk") == "\"54x\" is not a port; a port is a number from 1 to 65535, e.g. 5432.")
    #expect(refusal("postgres://arben@db:70000/desk").hasPrefix("\"70000\" is not a port"))
    #expect(refusal("postgres://arben@db/desk?sslmod=disable").hasPrefix("The address names \"sslmod\", which the team desk does not understand"))
    #expect(refusal("postgres://arben@db/desk?sslmode=maybe").hasPrefix("sslmode \"maybe\" is not one PostgreSQL knows"))
    #expect(refusal("postgres://arben@db1,db2/desk").hasPrefix("The address names several servers"))
    #expect(refusal("postgres://arben:100%@db/desk").contains("write % itself as %25"))
    #expect(!refusal("postgres://arben:sekrit%@db/desk").contains("sekrit"), "a password never appears in a message")
    #expect(refusal("postgres://arben@[::1/desk").contains("never closes it with ]"))
  }
}

/// The password as psql finds it: URL, then PGPASSWORD, then the password file.
@Suite final class PasswordLookupTests {
  let home: URL

  init() throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-pgpass-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: home) }

  func passfile(_ text: String, mode: Int = 0o600, name: String = ".pgpass") throws -> String {
    let path = home.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    return path
  }

  @Test func theURLThenPGPASSWORDThenThePassfile() throws {
    _ = try passfile("*:*:*:*:from-file\n")
    let environment = ["HOME": home.path, "PGPASSWORD": "from-env"]
    #expect(try TeamLogin.resolve("postgres://arben:from-url@db/desk", environment: environment).password == "from-url")
    #expect(try TeamLogin.resolve("postgres://arben@db/desk", environment: environment).password == "from-env")
    #expect(try TeamLogin.resolve("postgres://arben@db/desk", environment: ["HOME": home.path]).password == "from-file")
    #expect(try TeamLogin.resolve("postgres://arben@db/desk", environment: [:]).password == nil, "no HOME: no ~/.pgpass")
  }

  @Test func theFirstMatchingLineWinsWithWildcardsAndEscapes() throws {
    let path = try passfile(
      """
      # comment:*:*:*:no
      db.other:5432:desk:arben:wrong-host
      db:5432:desk:sara:wrong-user
      db:5433:*:arben:wrong-port
      db:*:desk:arben:pa\\:ss\\\\word:tail
      *:*:*:*:fallback
      """, name: "named")
    let environment = ["PGPASSFILE": path, "HOME": "/nonexistent"]
    #expect(try TeamLogin.resolve("postgres://arben@db/desk", environment: environment).password == "pa:ss\\word:tail")
    #expect(try TeamLogin.resolve("postgres://arben@db/other", environment: environment).password == "fallback")
    let inURL = try TeamLogin.resolve("postgres://arben@db.other/desk?passfile=\(path)", environment: [:])
    #expect(inURL.password == "wrong-host")
  }

  @Test func localhostInTheFileMeansTheDefaultSocketFolderToo() throws {
    _ = try passfile("localhost:5432:desk:arben:local\n/tmp/sock:5432:desk:arben:own-folder\n")
    let environment = ["HOME": home.path]
    #expect(try TeamLogin.resolve("postgres://arben@/desk", environment: environment).password == "local")
    #expect(try TeamLogin.resolve("postgres://arben@localhost/desk", environment: environment).password == "local")
    #expect(try TeamLogin.resolve("postgres://arben@/desk?host=/tmp/sock", environment: environment).password == "own-folder")
  }

  @Test func aPassfileOthersMayReadIsIgnoredWithAWarning() throws {
    let path = try passfile("*:*:*:*:exposed\n", mode: 0o644)
    let login = try TeamLogin.resolve("postgres://arben@db/desk", environment: ["HOME": home.path])
    #expect(login.password == nil)
    #expect(login.warnings == ["The password file \(path) can be read by others, so it was not read; make it yours alone: chmod 600 \(path)"])
  }
}
