import Foundation

/// What the figures were measured on, printed with them: the same code gives other figures
/// on another machine, and this one is shared.
enum Machine {
  static func describe(_ server: BenchServer) -> [String] {
    var lines: [String] = []
    let cpu = firstValue(of: "model name", in: "/proc/cpuinfo") ?? "unknown CPU"
    let memory = firstValue(of: "MemTotal", in: "/proc/meminfo") ?? "?"
    let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    lines.append("machine: \(ProcessInfo.processInfo.activeProcessorCount) × \(cpu), \(memory) memory; load average at start \(load)")
    let settings =
      (try? server.psql(
        "SELECT version() || ' · fsync=' || current_setting('fsync') || ' · synchronous_commit=' || current_setting('synchronous_commit') "
          + "|| ' · wal_sync_method=' || current_setting('wal_sync_method') || ' · full_page_writes=' || current_setting('full_page_writes')",
        database: server.address.database))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    lines.append("server: \(settings)")
    if let folder = server.folder {
      lines.append("where: a throwaway cluster of the bench's own in \(folder) (Unix socket only), on \(filesystem(of: "/tmp"))")
    } else {
      lines.append("where: \(server.address.place), as \(server.address.user)")
    }
    return lines
  }

  private static func firstValue(of key: String, in file: String) -> String? {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(key) {
      return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
    }
    return nil
  }

  /// The file system and device of `path`, from /proc/mounts (the longest mount point above it).
  private static func filesystem(of path: String) -> String {
    guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return "an unknown file system" }
    var best: (point: String, text: String)?
    for line in mounts.split(separator: "\n") {
      let parts = line.split(separator: " ")
      guard parts.count >= 3 else { continue }
      let point = String(parts[1])
      guard path == point || path.hasPrefix(point == "/" ? "/" : point + "/") else { continue }
      if point.count >= (best?.point.count ?? -1) { best = (point, "\(parts[2]) on \(parts[0])") }
    }
    return best?.text ?? "an unknown file system"
  }
}
