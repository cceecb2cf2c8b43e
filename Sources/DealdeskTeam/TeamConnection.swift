import PostgresNIO

/// One connection to the team desk's database, with every failure already in the desk's
/// words (TeamError) and PostgresNIO's own logging kept quiet: a manager reads our
/// messages, not the driver's.
struct TeamConnection: Sendable {
  let connection: PostgresConnection
  let address: TeamAddress
  static let logger: Logger = {
    var logger = Logger(label: "dealdesk.team")
    logger.logLevel = .critical
    return logger
  }()

  static func open(_ login: TeamLogin) async throws(TeamError) -> TeamConnection {
    let configuration = try login.configuration()
    do {
      let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
      return TeamConnection(connection: connection, address: login.address)
    } catch {
      throw TeamError.from(error, doing: "logging in", at: login.address)
    }
  }

  func close() async {
    try? await connection.close()
  }

  /// Runs a statement whose rows, if any, are not wanted.
  func run(_ query: PostgresQuery, doing: String) async throws(TeamError) {
    do {
      _ = try await connection.query(query, logger: Self.logger).collect()
    } catch {
      throw TeamError.from(error, doing: doing, at: address)
    }
  }

  /// The rows of a query, each decoded with `decode`.
  func rows<Row>(_ query: PostgresQuery, doing: String, _ decode: (PostgresRow) throws -> Row) async throws(TeamError) -> [Row] {
    do {
      return try await connection.query(query, logger: Self.logger).collect().map(decode)
    } catch {
      throw TeamError.from(error, doing: doing, at: address)
    }
  }

  /// Sends `queries` one after another without coming back between them, and answers with
  /// each one's rows, or the first failure once all have ended. PostgresNIO runs a
  /// connection's queries in the order given; the next goes as soon as the server has
  /// answered the one before, on the connection's own thread, instead of after a return trip
  /// through the caller (a few tenths of a millisecond on a busy machine: while the desk's
  /// turn is held, everyone waits for them).
  func pipeline(_ queries: [PostgresQuery], doing: String) -> EventLoopFuture<[[PostgresRow]]> {
    let answers = queries.map { query -> EventLoopFuture<PostgresQueryResult> in connection.query(query, logger: Self.logger) }
    let address = self.address
    return EventLoopFuture.whenAllComplete(answers, on: connection.eventLoop).flatMapThrowing { results in
      try results.map { result in
        switch result {
        case .success(let answer): return answer.rows
        case .failure(let error): throw TeamError.from(error, doing: doing, at: address)
        }
      }
    }
  }

  /// Sends `query` and does not wait for its answer: the next query on this connection
  /// goes after it all the same. For a `ROLLBACK` whose outcome changes nothing (a failed
  /// one means the connection, and its transaction with it, is gone).
  func send(_ query: PostgresQuery) {
    let _: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: Self.logger)
  }

  /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
  func transaction<T>(doing: String, _ body: () async throws(TeamError) -> T) async throws(TeamError) -> T {
    try await run("BEGIN", doing: doing)
    let value: T
    do throws(TeamError) {
      value = try await body()
    } catch {
      // The connection may be gone; the server rolls back an open transaction on its own then.
      try? await run("ROLLBACK", doing: doing)
      throw error
    }
    try await run("COMMIT", doing: doing)
    return value
  }
}
