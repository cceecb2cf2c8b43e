import DealdeskTeam
import Foundation
import Glibc

/// The PostgreSQL server the team bench measures: a throwaway cluster of its own (socket
/// only, in a folder of its own in /tmp, run as `postgres` when we are root, since the
/// server refuses root), or an existing server given with `--url`. Either way the bench
/// makes databases and logins of its own there and takes them away at the end.
///
/// Durability is the server's default (fsync on, synchronous_commit on, full page
/// writes): a team desk answers only once its change is on disk, and pgbench is measured
/// on the same settings, so both pay the same flush.
final class BenchServer: @unchecked Sendable {
  // @unchecked: `databases` is changed only from the main thread; the Ctrl-C handler reads
  // it once the main thread's work is abandoned.
  struct Failure: Error, CustomStringConvertible { let description: String }

  /// PostgreSQL's programs (initdb, pg_ctl, psql, pgbench).
  let bin: String
  let address: TeamAddress
  /// The throwaway cluster's folder; nil on a server given with --url.
  let folder: String?
  private let asPostgres: Bool
  private(set) var databases: [String] = []
  private(set) var roles: [String] = []

  private init(bin: String, address: TeamAddress, folder: String?, asPostgres: Bool) {
    self.bin = bin
    self.address = address
    self.folder = folder
    self.asPostgres = asPostgres
  }

  /// The newest PostgreSQL installed (Debian keeps each in /usr/lib/postgresql/N/bin), or $PG_BINDIR.
  static func binFolder() throws(Failure) -> String {
    if let given = ProcessInfo.processInfo.environment["PG_BINDIR"] { return given }
    let root = "/usr/lib/postgresql"
    let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
    guard let newest = versions.last, FileManager.default.isExecutableFile(atPath: "\(root)/\(newest)/bin/initdb") else {
      throw Failure(description: "PostgreSQL is not installed (no \(root)/N/bin/initdb): apt-get install postgresql")
    }
    return "\(root)/\(newest)/bin"
  }

  /// A server given by the URL of a login that may create databases and roles.
  static func existing(_ url: String) throws(Failure) -> BenchServer {
    let address: TeamAddress
    do {
      address = try TeamAddress.parse(url, environment: ProcessInfo.processInfo.environment)
    } catch {
      throw Failure(description: error.message)
    }
    return BenchServer(bin: try binFolder(), address: address, folder: nil, asPostgres: false)
  }

  /// Starts a cluster of our own; stopped and removed by `stop()`, by the Ctrl-C handler,
  /// or by a watchdog shell once this process is gone (a kill -9 included).
  static func start() throws(Failure) -> BenchServer {
    let bin = try binFolder()
    let asPostgres = geteuid() == 0
    // /tmp, not $TMPDIR: the postgres user must be able to reach it.
    var template = Array("/tmp/dealdesk-bench-pg-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw Failure(description: "Could not make a folder for the cluster in /tmp.") }
    let folder = String(cString: made)
    let port = 5432
    let address: TeamAddress
    do {
      address = try TeamAddress.parse("postgres://\(admin)@/postgres?host=\(folder)&port=\(port)", environment: [:])
    } catch {
      try? FileManager.default.removeItem(atPath: folder)
      throw Failure(description: error.message)
    }
    let server = BenchServer(bin: bin, address: address, folder: folder, asPostgres: asPostgres)
    do throws(Failure) {
      if asPostgres { try server.shell(["/bin/chown", "postgres:postgres", folder]) }
      try server.tool("initdb", ["-D", "\(folder)/data", "-U", admin, "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8"])
      try Self.write("local all all trust\n", to: "\(folder)/data/pg_hba.conf")
      try server.tool("pg_ctl", [
        "-D", "\(folder)/data", "-l", "\(folder)/server.log", "-w", "-o",
        "-k \(folder) -p \(port) -c listen_addresses='' -c max_connections=100", "start",
      ])
      server.watch(parent: getpid())
      return server
    } catch {
      server.stop()
      throw error
    }
  }

  static let admin = "bench_admin"

  /// Takes away what the bench made: the whole cluster, or on a given server the
  /// databases and logins it created. Safe to call twice.
  func stop() {
    if let folder {
      _ = try? tool("pg_ctl", ["-D", "\(folder)/data", "-m", "fast", "-w", "stop"])
      try? FileManager.default.removeItem(atPath: folder)
      return
    }
    for database in databases { _ = try? psql("DROP DATABASE IF EXISTS \(database)", database: address.database) }
    for role in roles { _ = try? psql("DROP ROLE IF EXISTS \(role)", database: address.database) }
    databases = []
    roles = []
  }

  // MARK: Databases and logins

  /// A new, empty database of the bench's own.
  func createDatabase(_ name: String) throws(Failure) {
    try psql("CREATE DATABASE \(name)", database: address.database)
    databases.append(name)
  }

  /// A manager's login in the team desk's managers group (made by team init), with a password
  /// in case the server asks for one.
  func createManager(_ name: String) throws(Failure) {
    if !roles.contains(name) {
      try psql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(name)') THEN "
          + "CREATE ROLE \(name) LOGIN PASSWORD '\(Self.managerPassword)'; END IF; END $$", database: address.database)
      roles.append(name)
    }
    try psql("GRANT managers TO \(name)", database: address.database)
  }

  static let managerPassword = "bench-pw"

  /// The URL libpq would take for `user` on `database` (the admin's password, if the
  /// --url had one, for the admin).
  func url(database: String, user: String? = nil) -> String {
    let login = user ?? address.user
    let password = user == nil ? address.password : Self.managerPassword
    let secret = password.map { ":" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? ""
    switch address.host {
    case .socket(let folder):
      return "postgres://\(login)\(secret)@/\(database)?host=\(folder)&port=\(address.port)"
    case .tcp(let host):
      let name = host.contains(":") ? "[\(host)]" : host
      return "postgres://\(login)\(secret)@\(name):\(address.port)/\(database)?sslmode=\(address.sslMode.rawValue)"
    }
  }

  /// libpq's connection options for psql and pgbench, as the admin.
  var connectionArguments: [String] {
    let host: String
    switch address.host {
    case .socket(let folder): host = folder
    case .tcp(let name): host = name
    }
    return ["-h", host, "-p", "\(address.port)", "-U", address.user]
  }

  /// The environment for psql and pgbench: the admin's password when the URL had one.
  var clientEnvironment: [String] {
    var environment = Spawn.inherited.filter { !$0.hasPrefix("PGPASSWORD=") }
    if let password = address.password { environment.append("PGPASSWORD=\(password)") }
    environment.append("PGSSLMODE=\(address.sslMode.rawValue)")
    return environment
  }

  /// Runs one SQL statement as the admin; its output.
  @discardableResult
  func psql(_ sql: String, database: String) throws(Failure) -> String {
    let log = scratchLog("psql")
    defer { try? FileManager.default.removeItem(atPath: log) }
    let status: Int32
    do {
      status = try Spawn.run(
        ["\(bin)/psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", database] + connectionArguments + ["-c", sql],
        environment: clientEnvironment, log: log)
    } catch {
      throw Failure(description: error.description)
    }
    let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    guard status == 0 else { throw Failure(description: "psql failed on \(sql.prefix(80)): \(output)") }
    return output
  }

  // MARK: Running the server's tools

  private func tool(_ name: String, _ arguments: [String]) throws(Failure) {
    let path = "\(bin)/\(name)"
    try shell(asPostgres ? ["/usr/sbin/runuser", "-u", "postgres", "--", path] + arguments : [path] + arguments)
  }

  private func shell(_ command: [String]) throws(Failure) {
    let log = scratchLog("tool")
    defer { try? FileManager.default.removeItem(atPath: log) }
    let status: Int32
    do {
      status = try Spawn.run(command, environment: ["PATH=/usr/bin:/bin", "HOME=\(folder ?? "/tmp")", "LANG=C.UTF-8"], log: log)
    } catch {
      throw Failure(description: error.description)
    }
    guard status == 0 else {
      let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
      let server = folder.flatMap { try? String(contentsOfFile: "\($0)/server.log", encoding: .utf8) } ?? ""
      throw Failure(description: "\(command.joined(separator: " ")) failed (\(status)):\n\(text)\n\(server)")
    }
  }

  private func scratchLog(_ name: String) -> String {
    "/tmp/dealdesk-bench-\(name)-\(getpid())-\(UUID().uuidString.prefix(8)).log"
  }

  /// Should this process be killed before it can clean up, a detached shell stops the
  /// server and removes its folder once the process is gone.
  private func watch(parent: pid_t) {
    guard let folder else { return }
    let pgctl = "\(bin)/pg_ctl -D \(folder)/data -m immediate -w stop"
    let stop = asPostgres ? "/usr/sbin/runuser -u postgres -- \(pgctl)" : pgctl
    let script = "while kill -0 \(parent) 2>/dev/null; do sleep 1; done; [ -d \(folder) ] && { \(stop); rm -rf \(folder); }"
    _ = try? Spawn.start(["/usr/bin/setsid", "/bin/sh", "-c", script], environment: ["PATH=/usr/bin:/bin"], output: "/dev/null")
  }

  private static func write(_ text: String, to path: String) throws(Failure) {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    } catch {
      throw Failure(description: "Could not write \(path): \(error.localizedDescription)")
    }
  }
}
