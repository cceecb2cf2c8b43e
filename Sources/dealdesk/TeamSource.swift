import DealdeskApp
import DealdeskCore
import DealdeskStore
import DealdeskTeam
import Foundation

/// The team desk as the journal a session opens (`--team URL`, or $DEALDESK_TEAM).
enum TeamSource {
  static func open(_ url: String, mode: StoreMode, environment: [String: String]) throws(StoreError)
    -> TeamDeskJournal<Desk, JournalRecord>
  {
    let login: TeamLogin
    do {
      login = try TeamLogin.resolve(url, environment: environment)
    } catch {
      throw StoreError(message: error.message, kind: .io)
    }
    for warning in login.warnings { Output.err("warning: \(warning)") }
    return try TeamDeskJournal<Desk, JournalRecord>.open(
      login: login, cache: cacheFolder(for: login.address, environment: environment), mode: mode,
      formatVersion: Session.formatVersion)
  }

  /// Where the team desk's local copy and side files are kept on this machine: one folder
  /// per login, server and database, under $DEALDESK_CACHE, else $XDG_CACHE_HOME/dealdesk,
  /// else ~/.cache/dealdesk.
  static func cacheFolder(for address: TeamAddress, environment: [String: String]) -> URL {
    let root: URL
    if let path = environment["DEALDESK_CACHE"], !path.isEmpty {
      root = URL(fileURLWithPath: path)
    } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
      root = URL(fileURLWithPath: xdg).appendingPathComponent("dealdesk")
    } else {
      let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
      root = home.appendingPathComponent(".cache/dealdesk")
    }
    let place: String
    switch address.host {
    case .tcp(let host): place = host
    case .socket(let folder): place = "socket" + folder
    }
    let name = "\(address.user)@\(place):\(address.port)/\(address.database)"
    let safe = String(name.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || "-_.@".unicodeScalars.contains($0) ? Character($0) : "_" })
    return root.appendingPathComponent("team").appendingPathComponent(safe)
  }
}
