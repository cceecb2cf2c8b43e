import PostgresNIO

/// Setting up a team desk in an existing database: `dealdesk team init URL`.
public enum TeamDesk {
  /// The schema version this build writes and reads.
  public static var schemaVersion: Int { Migration.all.last?.version ?? 0 }

  /// What `initialise` did, and the words that say so.
  public struct Report: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
      case created
      case migrated(from: Int)
      case unchanged
    }

    public var outcome: Outcome
    public var version: Int
    /// What was made, one line each ("table desk.events (every change, by position)").
    public var made: [String]
    /// What was found and used as it was (a role another desk on the server made).
    public var reused: [String]
    public var address: TeamAddress

    public var text: String {
      let desk = "the team desk in database \"\(address.database)\" at \(address.place)"
      let list = (made.map { "  \($0)" } + reused.map { "  \($0)" }).joined(separator: "\n")
      switch outcome {
      case .unchanged:
        return "\(desk.prefix(1).uppercased())\(desk.dropFirst()) is already set up at schema version \(version); nothing was changed."
      case .migrated(let from):
        return "Migrated \(desk) from schema version \(from) to \(version):\n\(list)"
      case .created:
        return """
          Set up \(desk), schema version \(version):
          \(list)
          Next, name the first director (team init URL --director LOGIN --name NAME); then a director adds
          each person: dealdesk --team URL team add-user LOGIN --name NAME --role manager. Or in psql, give
          each manager a login in the \(DeskRoles.managers) group and each director one in the \(DeskRoles.directors) group:
            CREATE ROLE arben LOGIN PASSWORD 'choose-one' IN ROLE \(DeskRoles.managers);
            CREATE ROLE sofia LOGIN PASSWORD 'choose-another' IN ROLE \(DeskRoles.directors);
          """
      }
    }
  }

  /// Creates the team desk's roles, schema, tables and functions in the login's database, or
  /// migrates an older one forward; changes nothing when it is already current, and refuses
  /// one a newer build set up. All in one transaction: it happens whole or not at all.
  public static func initialise(_ login: TeamLogin) async throws(TeamError) -> Report {
    try await initialise(login, migrations: Migration.all)
  }

  /// `migrations` lets a test play a later build with more steps.
  static func initialise(_ login: TeamLogin, migrations: [Migration]) async throws(TeamError) -> Report {
    // Another database's init on this server may create the same role first, or give the
    // owner its rights at the same moment (roles are the server's: "tuple concurrently
    // updated"). Its commit is visible to the next try, which uses what it made; with several
    // inits at once (a branch's databases set up together) one retry may meet the next one,
    // so a few are allowed, each after a short pause. Each try is one transaction.
    var attempt = 1
    while true {
      do throws(TeamError) {
        return try await initialiseOnce(login, migrations: migrations)
      } catch let error where ["23505", "42710", "XX000"].contains(error.sqlState) && attempt < 5 {
        attempt += 1
        try? await Task.sleep(nanoseconds: UInt64(attempt) * 50_000_000)
      }
    }
  }

  private static func initialiseOnce(_ login: TeamLogin, migrations: [Migration]) async throws(TeamError) -> Report {
    let connection = try await TeamConnection.open(login)
    do throws(TeamError) {
      let report = try await connection.transaction(doing: "setting up the team desk") { () async throws(TeamError) -> Report in
        try await setUp(on: connection, migrations: migrations)
      }
      await connection.close()
      return report
    } catch {
      await connection.close()
      guard error.kind == .permission else { throw error }
      throw TeamError(
        error.message + " team init needs a login that may create roles and schemas: a superuser, "
          + "or one with CREATEROLE and CREATE on the database.",
        kind: .permission, sqlState: error.sqlState)
    }
  }

  private static func setUp(on connection: TeamConnection, migrations: [Migration]) async throws(TeamError) -> Report {
    let doing = "setting up the team desk"
    let target = migrations.last?.version ?? 0
    // Two inits at once on one database wait for each other instead of both creating.
    try await connection.run("SELECT pg_advisory_xact_lock(\(lockKey))", doing: doing)
    let found = try await installedVersion(on: connection, doing: doing)
    var report = Report(outcome: .unchanged, version: found, made: [], reused: [], address: connection.address)
    if found > target {
      throw newer(found, than: target, at: connection.address)
    }
    if found == target {
      for role in [DeskRoles.owner, DeskRoles.managers, DeskRoles.directors] {
        if try await roleExists(role, on: connection) { continue }
        throw TeamError(
          "The team desk in \"\(connection.address.database)\" is set up, but its role \(role) is gone from the server. "
            + "Ask whoever runs the server to create it again (CREATE ROLE \(role) NOLOGIN) and run dealdesk team init once more.",
          kind: .foreign)
      }
      return report
    }

    let roles = [
      (DeskRoles.owner, "owns the desk; nobody logs in as it"), (DeskRoles.managers, "each manager's login joins it"),
      (DeskRoles.directors, "each director's login joins it; a director is a manager too"),
    ]
    for (role, purpose) in roles {
      if try await roleExists(role, on: connection) {
        if found == 0 { report.reused.append("role \(role) was already on the server (every team desk there shares it); used it") }
      } else {
        try await connection.run("CREATE ROLE \(unescaped: role) NOLOGIN", doing: doing)
        if role == DeskRoles.directors {
          try await connection.run("GRANT \(unescaped: DeskRoles.managers) TO \(unescaped: DeskRoles.directors)", doing: doing)
        }
        report.made.append("role \(role) (\(purpose))")
      }
    }
    // The owner's objects are made as the owner, so the login running init must be able to
    // act as it; a superuser always can.
    let canActAsOwner = try await connection.rows(
      "SELECT rolsuper OR pg_has_role(current_user, \(DeskRoles.owner), 'MEMBER') FROM pg_roles WHERE rolname = current_user",
      doing: doing
    ) { try $0.decode(Bool.self) }
    if canActAsOwner.first != true {
      try await connection.run("GRANT \(unescaped: DeskRoles.owner) TO CURRENT_USER", doing: doing)
    }
    if found < 3, target >= 3 { try await preparesOwner(on: connection, report: &report) }
    if found == 0 {
      try await connection.run("CREATE SCHEMA desk AUTHORIZATION \(unescaped: DeskRoles.owner)", doing: doing)
      report.made.append("schema desk")
    }
    try await connection.run("SET LOCAL ROLE \(unescaped: DeskRoles.owner)", doing: doing)
    for migration in migrations where migration.version > found {
      for step in migration.steps {
        for statement in step.statements { try await connection.run(statement, doing: doing) }
        report.made.append(step.made)
      }
    }
    try await connection.run(
      """
      INSERT INTO desk.meta (version) VALUES (\(target))
        ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version, migrated_at = now()
      """,
      doing: doing)
    try await connection.run("RESET ROLE", doing: doing)
    report.outcome = found == 0 ? .created : .migrated(from: found)
    report.version = target
    return report
  }

  /// Lets the owner create a person's login and put it in the groups (SchemaV3's
  /// `desk.add_user`, which only a director may call): done as the login running init, before
  /// the steps that run as the owner.
  private static func preparesOwner(on connection: TeamConnection, report: inout Report) async throws(TeamError) {
    let doing = "letting the team desk add people's logins"
    // Roles are the server's: another team desk on it may have done this already.
    let state = try await connection.rows(
      """
      SELECT o.rolcreaterole,
        (SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
          WHERE m.member = o.oid AND m.admin_option AND g.rolname IN (\(DeskRoles.managers), \(DeskRoles.directors)))
      FROM pg_roles o WHERE o.rolname = \(DeskRoles.owner)
      """, doing: doing
    ) { try $0.decode((Bool, Int).self) }
    if let (creates, groups) = state.first, creates, groups == 2 { return }
    try await connection.run("ALTER ROLE \(unescaped: DeskRoles.owner) CREATEROLE", doing: doing)
    for group in [DeskRoles.managers, DeskRoles.directors] {
      try await connection.run("GRANT \(unescaped: group) TO \(unescaped: DeskRoles.owner) WITH ADMIN OPTION", doing: doing)
    }
    report.made.append("role \(DeskRoles.owner) may create people's logins in \(DeskRoles.managers) and \(DeskRoles.directors) (for team add-user)")
  }

  /// An arbitrary fixed key ("DDsk") for the advisory lock that serialises inits.
  private static let lockKey: Int64 = 0x4444_736B

  /// 0 when the database has no team desk; refuses a `desk` schema Dealdesk did not make.
  static func installedVersion(on connection: TeamConnection, doing: String) async throws(TeamError) -> Int {
    let state = try await connection.rows(
      "SELECT to_regnamespace('desk') IS NOT NULL, to_regclass('desk.meta') IS NOT NULL", doing: doing
    ) { try $0.decode((Bool, Bool).self) }
    guard let (schema, meta) = state.first, schema else { return 0 }
    let versions = meta
      ? try await connection.rows("SELECT version FROM desk.meta", doing: doing) { try $0.decode(Int.self) } : []
    guard let version = versions.first else {
      throw TeamError(
        "The database \"\(connection.address.database)\" already has a schema named desk that is not a Dealdesk team desk "
          + "(it has no schema version). Nothing was changed; use another database for the team desk.",
        kind: .foreign)
    }
    return version
  }

  static func newer(_ found: Int, than known: Int, at address: TeamAddress) -> TeamError {
    TeamError(
      "The team desk in database \"\(address.database)\" is at schema version \(found), newer than this dealdesk knows (\(known)). "
        + "Nothing was changed; use a dealdesk at least as new as the one that set it up.",
      kind: .newerSchema)
  }

  private static func roleExists(_ role: String, on connection: TeamConnection) async throws(TeamError) -> Bool {
    let rows = try await connection.rows("SELECT 1 FROM pg_roles WHERE rolname = \(role)", doing: "looking up role \(role)") {
      try $0.decode(Int32.self)
    }
    return !rows.isEmpty
  }
}
