import PostgresNIO

extension TeamDesk {
  /// Adds a person's login to the server through `desk.add_user` (SchemaV3), as `director`
  /// (a director's login): a new login with this password, or an existing one joining the
  /// groups with its password unchanged. Returns whether the login was created.
  public static func addLogin(
    _ newLogin: String, password: String?, asDirector: Bool, by director: TeamLogin
  ) async throws(TeamError) -> Bool {
    let verifier: String
    do {
      verifier = try ScramVerifier.make(password: password ?? "")
    } catch {
      throw TeamError("The password could not be prepared for the server (\(error)); nothing was changed.", kind: .login)
    }
    let connection = try await TeamConnection.open(director)
    do throws(TeamError) {
      let created = try await connection.rows(
        "SELECT created FROM desk.add_user(\(newLogin), \(verifier), \(asDirector))", doing: "adding the login \(newLogin)"
      ) { try $0.decode(Bool.self) }
      await connection.close()
      return created.first ?? false
    } catch {
      await connection.close()
      throw error
    }
  }

  /// Whether `login` is already a role on the server (an existing login keeps its password).
  public static func loginExists(_ login: String, by director: TeamLogin) async throws(TeamError) -> Bool {
    let connection = try await TeamConnection.open(director)
    do throws(TeamError) {
      let found = try await connection.rows("SELECT count(*) FROM pg_roles WHERE rolname = \(login)", doing: "looking up \(login)") {
        try $0.decode(Int.self)
      }
      await connection.close()
      return (found.first ?? 0) > 0
    } catch {
      await connection.close()
      throw error
    }
  }
}
