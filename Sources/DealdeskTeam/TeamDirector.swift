import PostgresNIO

extension TeamDesk {
  /// Makes `director`, an existing login on the server, one of the branch's directors (the
  /// `directors` group): `dealdesk team init URL --director LOGIN`. Run as the login that set
  /// the desk up, which may grant the group. Says what it did; changes nothing when the
  /// login is missing, or already a director.
  public static func appoint(director: String, by login: TeamLogin) async throws(TeamError) -> String {
    let connection = try await TeamConnection.open(login)
    do throws(TeamError) {
      let said = try await appoint(director: director, on: connection, at: login.address)
      await connection.close()
      return said
    } catch {
      await connection.close()
      throw error
    }
  }

  private static func appoint(director: String, on connection: TeamConnection, at address: TeamAddress) async throws(TeamError) -> String {
    let doing = "naming \(director) a director"
    let found = try await connection.rows(
      "SELECT rolcanlogin, pg_has_role(oid, \(DeskRoles.directors), 'MEMBER') FROM pg_roles WHERE rolname = \(director)", doing: doing
    ) { try $0.decode((Bool, Bool).self) }
    guard let (canLogIn, already) = found.first else {
      throw TeamError(
        "There is no login \(director) on the server at \(address.place); nothing was changed. Create it first, e.g. in psql: "
          + "CREATE ROLE \(director) LOGIN PASSWORD 'choose-one';",
        kind: .login)
    }
    guard canLogIn else {
      throw TeamError("\(director) is a role nobody logs in as, not a person's login; nothing was changed.", kind: .login)
    }
    if already { return "\(director) is already a director of the branch (in the \(DeskRoles.directors) group); nothing was changed." }
    // A role's name cannot be a bind: it was checked above against the catalog, and is quoted.
    let quoted = "\"" + director.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    try await connection.run("GRANT \(unescaped: DeskRoles.directors) TO \(unescaped: quoted)", doing: doing)
    return "\(director) is now a director of the branch (in the \(DeskRoles.directors) group): the policy, approvals, credit limits, "
      + "minimum orders and the entertainment budget are theirs to change, and no manager's login can."
  }
}
