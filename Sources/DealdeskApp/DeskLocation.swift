import Foundation

/// Where the desk lives: --data, else $DEALDESK_DATA, else $XDG_DATA_HOME/dealdesk, else
/// ~/.local/share/dealdesk.
public enum DeskLocation {
  public static func resolve(explicit: String?, environment: [String: String]) -> URL {
    if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
    if let path = environment["DEALDESK_DATA"], !path.isEmpty { return URL(fileURLWithPath: path) }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
      return URL(fileURLWithPath: xdg).appendingPathComponent("dealdesk")
    }
    let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
    return home.appendingPathComponent(".local/share/dealdesk")
  }
}
