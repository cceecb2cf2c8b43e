import DealdeskApp
import DealdeskTeam
import Foundation

/// Keeps a session on a team desk in step with what others commit between keys at a
/// terminal, with notices above the prompt. Says once when the server goes away and once
/// when it is back.
final class TeamWatch {
  private let listener: TeamListener
  private var reconnects = 0
  private var wasConnected = false
  private var saidAway = false

  /// nil when the desk is not a team desk.
  init?(_ options: DeskOptions, environment: [String: String]) {
    guard let url = options.teamURL(environment), let login = try? TeamLogin.resolve(url, environment: environment) else {
      return nil
    }
    listener = TeamListener.start(login)
  }

  deinit { listener.stop() }

  /// What to tell the manager now: others' changes that concern them, and the server
  /// going away or coming back. The session has taken in every change it was told of.
  func news(_ session: Session) -> [String] {
    let state = listener.current
    var lines = session.takeNotices()
    if wasConnected, !state.connected, !saidAway {
      saidAway = true
      lines.append(Self.away)
    }
    wasConnected = wasConnected || state.connected
    let back = state.reconnects > reconnects
    reconnects = state.reconnects
    guard back || state.heard > Int64(session.position) else { return lines }
    let (notices, problem) = session.catchUp()
    if let problem {
      if !saidAway { lines.append(Self.away + " (\(problem))") }
      saidAway = true
      return lines
    }
    if back || saidAway {
      if saidAway { lines.append("The team desk's server is back, and this desk is up to date: changes are saved again.") }
      saidAway = false
    }
    return lines + notices
  }

  static let away =
    "The team desk's server cannot be reached: you can look at the desk as it was, but changes are refused until it is back (the desk reconnects by itself)."
}
