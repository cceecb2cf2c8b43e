import Foundation

/// pgbench's TPC-B-like transaction (five statements in BEGIN…END: three UPDATEs, a SELECT
/// and an INSERT), simple query protocol, on the same server in the same run: what
/// PostgreSQL itself takes for a small durable write transaction at N clients.
enum PgBench {
  struct Figure {
    /// pgbench's "latency average", in seconds.
    var latency: Double
    var tps: Double
  }

  /// `pgbench -i -s 1` into `database` (one branch: every transaction updates the same
  /// branch row, as every team-desk append takes the same head row).
  static func initialise(_ server: BenchServer, database: String) throws(BenchServer.Failure) {
    let log = "/tmp/dealdesk-bench-pgbench-init-\(getpid()).log"
    defer { try? FileManager.default.removeItem(atPath: log) }
    let status: Int32
    do {
      status = try Spawn.run(
        ["\(server.bin)/pgbench", "-i", "-s", "1", "-q"] + server.connectionArguments + [database],
        environment: server.clientEnvironment, log: log)
    } catch {
      throw BenchServer.Failure(description: error.description)
    }
    guard status == 0 else {
      throw BenchServer.Failure(description: "pgbench -i failed: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
    }
  }

  /// `pgbench -M simple -c N -j N -T seconds`; nil (with its output logged) when it failed.
  static func run(_ server: BenchServer, database: String, clients: Int, seconds: Int) -> Figure? {
    let log = "/tmp/dealdesk-bench-pgbench-\(getpid()).log"
    defer { try? FileManager.default.removeItem(atPath: log) }
    let command = ["\(server.bin)/pgbench", "-M", "simple", "-c", "\(clients)", "-j", "\(clients)", "-T", "\(seconds)"]
      + server.connectionArguments + [database]
    guard let pid = try? Spawn.start(command, environment: server.clientEnvironment, output: log) else { return nil }
    Cleanup.shared.started(pid)
    let status = Spawn.wait(pid)
    Cleanup.shared.ended(pid)
    let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    guard status == 0, let figure = parse(output) else {
      FileHandle.standardError.write(Data("pgbench -c \(clients) failed (\(status)):\n\(output)\n".utf8))
      return nil
    }
    return figure
  }

  /// Reads "latency average = 1.234 ms" and "tps = 812.3 (without initial connection time)".
  static func parse(_ output: String) -> Figure? {
    var latency: Double?, tps: Double?
    for line in output.split(separator: "\n") {
      let words = line.split(separator: " ")
      if line.hasPrefix("latency average"), let at = words.firstIndex(of: "="), at + 1 < words.count, let ms = Double(words[at + 1]) {
        latency = ms / 1000
      }
      if line.hasPrefix("tps ="), words.count > 2, let value = Double(words[2]) { tps = value }
    }
    guard let latency, let tps else { return nil }
    return Figure(latency: latency, tps: tps)
  }
}
