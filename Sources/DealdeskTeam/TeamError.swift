import PostgresNIO

/// Why the team desk refused or failed, in words a manager can act on: what happened and
/// what to do. `kind` lets a caller react without reading the words.
public struct TeamError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// The URL cannot be read.
    case address
    /// The server cannot be reached, or the connection broke.
    case unreachable
    /// The server refused the login or its password.
    case login
    /// The login may not do this (SQLSTATE 42501 and friends).
    case permission
    /// The database's team desk was set up by a newer Dealdesk.
    case newerSchema
    /// The database's team desk needs `dealdesk team init` to be migrated forward, or has none.
    case needsInit
    /// Something in the database is not what Dealdesk made (a foreign `desk` schema, say).
    case foreign
    /// Anything else the server answered.
    case server
  }

  public var message: String
  public var kind: Kind
  /// The server's SQLSTATE when it was the server that answered.
  public var sqlState: String?
  public var description: String { message }

  public init(_ message: String, kind: Kind, sqlState: String? = nil) {
    self.message = message
    self.kind = kind
    self.sqlState = sqlState
  }

  static func address(_ message: String) -> TeamError { TeamError(message, kind: .address) }
}

extension TeamError {
  /// The team desk's words for what PostgresNIO threw while `doing` something at `address`.
  static func from(_ error: any Error, doing: String, at address: TeamAddress) -> TeamError {
    if let team = error as? TeamError { return team }
    guard let psql = error as? PSQLError else {
      return TeamError(
        "Could not reach PostgreSQL at \(address.place) while \(doing): \(error). Check that the server is running and the address is right.",
        kind: .unreachable)
    }
    if let state = psql.serverInfo?[.sqlState] {
      let said = psql.serverInfo?[.message] ?? "no reason given"
      let database = "\"\(address.database)\""
      switch state {
      case "28P01":
        return TeamError(
          "PostgreSQL at \(address.place) refused the password for \(address.user). Check the password in the address, PGPASSWORD or ~/.pgpass.",
          kind: .login, sqlState: state)
      case "28000":
        return TeamError(
          "PostgreSQL at \(address.place) does not let \(address.user) log in to \(database) (\(said)). Ask whoever runs the server to allow it.",
          kind: .login, sqlState: state)
      case "3D000":
        return TeamError(
          "There is no database \(database) at \(address.place). Create it first (createdb \(address.database)), or name one that is there.",
          kind: .login, sqlState: state)
      case "42501" where said.hasPrefix("only a director may "):
        // SchemaV2's refusal: the manager's words, not the database's.
        return TeamError(
          "Not saved: \(said.prefix(1).uppercased())\(said.dropFirst()), and \(address.user) is a manager's login. Ask a director of the branch to make this change.",
          kind: .permission, sqlState: state)
      case "42501" where said.hasPrefix("not within your own limits: "):
        // SchemaV4's refusal: terms beyond the login's own limits, and how to ask for them.
        let hint = psql.serverInfo?[.hint].map { " \($0)" } ?? ""
        return TeamError(
          "Not saved: \(said.prefix(1).uppercased())\(said.dropFirst()).\(hint)", kind: .permission, sqlState: state)
      case "42501":
        return TeamError(
          "\(address.user) may not do this while \(doing) in \(database): \(said). Nothing was changed.",
          kind: .permission, sqlState: state)
      case "57P01", "57P02", "57P03":
        return TeamError(
          "PostgreSQL at \(address.place) is shutting down or starting up (\(said)) while \(doing). Try again in a moment.",
          kind: .unreachable, sqlState: state)
      default:
        return TeamError(
          "PostgreSQL at \(address.place) refused while \(doing): \(said) (SQLSTATE \(state)).", kind: .server, sqlState: state)
      }
    }
    switch psql.code {
    case .authMechanismRequiresPassword:
      return TeamError(
        "PostgreSQL at \(address.place) asks \(address.user) for a password and none was given. Put it in the address (postgres://\(address.user):PASSWORD@…), in PGPASSWORD, or in ~/.pgpass.",
        kind: .login)
    case .sslUnsupported:
      return TeamError(
        "PostgreSQL at \(address.place) does not offer TLS, and the address asks for it (sslmode=\(address.sslMode.rawValue)). Use sslmode=prefer, or turn TLS on at the server.",
        kind: .unreachable)
    case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
      return TeamError(
        "The connection to PostgreSQL at \(address.place) broke while \(doing). Check that the server is running, and try again.",
        kind: .unreachable)
    default:
      let cause = psql.underlying.map { "\($0)" } ?? "\(psql.code)"
      return TeamError(
        "Could not reach PostgreSQL at \(address.place) while \(doing) (\(cause)). Check that the server is running and the address is right.",
        kind: .unreachable)
    }
  }
}
