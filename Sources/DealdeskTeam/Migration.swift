import PostgresNIO

/// One step of the team desk's schema: what brings a database from `version - 1` to
/// `version`. Steps are only ever added at the end, never changed once released: a later
/// build migrates an older desk forward by running the steps it lacks, in order, in one
/// transaction, and only when a manager runs `dealdesk team init`.
struct Migration: Sendable {
  struct Step: Sendable {
    /// What the step makes, for init's report (e.g. "table desk.events").
    var made: String
    var statements: [PostgresQuery]
  }

  var version: Int
  var steps: [Step]
}

/// The roles the team desk's schema names. Cluster-wide in PostgreSQL, so every team desk on
/// one server shares them (docs/team-desk.md).
enum DeskRoles {
  /// Owns the schema, its tables and functions; nobody logs in as it.
  static let owner = "desk_owner"
  /// The group every manager's login belongs to: may read, and append only through desk.append.
  static let managers = "managers"
  /// The group of the branch's directors, who are managers too: only they may append a
  /// director's change (SchemaV2).
  static let directors = "directors"
}

extension Migration {
  /// Every schema version this build knows, oldest first; the last is the one it runs.
  static let all: [Migration] = [SchemaV1.migration, SchemaV2.migration, SchemaV3.migration, SchemaV4.migration]
}
