import Foundation
import PostgresNIO
import Synchronization

/// Listens on its own connection for the team desk's "something was committed" hint
/// (`pg_notify('desk', head)` in desk.append), and keeps trying to reconnect while the
/// server is away, so the desk can tell its manager of others' changes as they happen and
/// that the server is back. The hint is only a hint: the desk reads `desk.events` for the
/// truth, so a lost or forged notification costs at most a needless read.
public final class TeamListener: Sendable {
  /// What the desk polls between keys.
  public struct State: Sendable, Equatable {
    /// The highest head a notification named (or -1 when a reconnect means "read again").
    public var heard: Int64 = 0
    /// Whether the listening connection is up.
    public var connected = false
    /// Bumped at every reconnect, so the desk reads what it may have missed meanwhile.
    public var reconnects = 0
  }

  private let state = Mutex(State())
  private let stopped = Atomic<Bool>(false)
  private let login: TeamLogin
  /// How long to wait between attempts to reach a server that is away.
  let retryDelay: Duration

  public var current: State { state.withLock { $0 } }

  private init(login: TeamLogin, retryDelay: Duration) {
    self.login = login
    self.retryDelay = retryDelay
  }

  /// Starts listening at once, in the background; `stop` ends it.
  public static func start(_ login: TeamLogin, retryDelay: Duration = .seconds(1)) -> TeamListener {
    let listener = TeamListener(login: login, retryDelay: retryDelay)
    Task.detached { await listener.run() }
    return listener
  }

  public func stop() { stopped.store(true, ordering: .relaxed) }

  private func run() async {
    var first = true
    while !stopped.load(ordering: .relaxed) {
      do {
        let connection = try await TeamConnection.open(login)
        defer { Task { await connection.close() } }
        try await connection.connection.listen(on: "desk") { notifications in
          state.withLock {
            $0.connected = true
            if !first { $0.reconnects += 1 }
          }
          first = false
          for try await notification in notifications {
            if stopped.load(ordering: .relaxed) { return }
            if let head = Int64(notification.payload) {
              state.withLock { $0.heard = max($0.heard, head) }
            }
          }
        }
      } catch {
        // Away, or the connection broke: said by `connected`, tried again below.
      }
      state.withLock { $0.connected = false }
      first = false
      try? await Task.sleep(for: retryDelay)
    }
  }
}
