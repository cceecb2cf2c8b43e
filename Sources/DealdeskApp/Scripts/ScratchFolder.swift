import Foundation
import Glibc

/// Where scratch desks live (`run --sandbox`, `--empty`, `--demo`, `dealdesk check`): a
/// folder in the temporary folder named `dealdesk-scratch-pidPID-UUID`, removed when done
/// ("pid" keeps earlier builds' `dealdesk-scratch-UUID`, whose UUID may start with digits,
/// from ever being read as one of these). A
/// Dealdesk that is killed cannot remove its own, so each Dealdesk that starts removes those
/// whose process is gone: only folders named so, owned by this user, never a link.
public enum ScratchFolder {
  static let prefix = "dealdesk-scratch-pid"

  /// A new scratch folder's name for this process (the folder is not made here).
  static func make(in parent: URL = FileManager.default.temporaryDirectory) -> URL {
    parent.appendingPathComponent("\(prefix)\(getpid())-\(UUID().uuidString)", isDirectory: true)
  }

  /// Removes the scratch folders that Dealdesks no longer running left in `parent`; returns
  /// how many. A folder whose process is alive, or that another user owns, is kept.
  @discardableResult
  public static func removeAbandoned(in parent: URL = FileManager.default.temporaryDirectory) -> Int {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return 0 }
    var removed = 0
    for name in names {
      guard let pid = owner(name), !isAlive(pid) else { continue }
      let path = parent.appendingPathComponent(name).path
      var info = stat()
      guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { continue }
      if (try? FileManager.default.removeItem(atPath: path)) != nil { removed += 1 }
    }
    return removed
  }

  /// The process id in a scratch folder's name, or nil when the name is not one.
  static func owner(_ name: String) -> pid_t? {
    guard name.hasPrefix(prefix) else { return nil }
    let rest = name.dropFirst(prefix.count)
    guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else { return nil }
    return pid
  }

  /// Whether a process with this id runs (kill with signal 0 only asks; EPERM: it runs, as
  /// another user).
  private static func isAlive(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }
}
