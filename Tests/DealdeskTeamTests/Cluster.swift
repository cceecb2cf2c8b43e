import Foundation
import Glibc
import PostgresNIO
@testable import DealdeskTeam

/// A throwaway PostgreSQL cluster for this test process: started on first use, shared by
/// every test, stopped and removed when the process exits (and by a watchdog if it dies).
/// Socket only (`listen_addresses=''`), in a folder of its own, so it clashes with nothing.
/// As root, PostgreSQL's tools run as the `postgres` user (initdb refuses root).
///
/// Logins: `desk_admin`, the superuser, by trust over the socket; everyone else by password
/// (SCRAM), so tests exercise the password path for real.
final class Cluster: Sendable {
  struct Failure: Error, CustomStringConvertible { let description: String }

  static let admin = "desk_admin"
  static let port = 5432

  let folder: String
  let bin: String
  private let asPostgres: Bool

  /// The cluster, started once; every test that needs it waits for the same start.
  static let shared: Result<Cluster, Failure> = {
    do {
      let cluster = try Cluster.start()
      atexit { Cluster.stopShared() }
      return .success(cluster)
    } catch let failure as Failure {
      return .failure(failure)
    } catch {
      return .failure(Failure(description: "\(error)"))
    }
  }()

  static func get() throws -> Cluster { try shared.get() }

  private static func stopShared() {
    if case .success(let cluster) = shared { cluster.stop() }
  }

  private init(folder: String, bin: String, asPostgres: Bool) {
    self.folder = folder
    self.bin = bin
    self.asPostgres = asPostgres
  }

  private static func start() throws -> Cluster {
    let bin = try binFolder()
    let asPostgres = geteuid() == 0
    // /tmp, not $TMPDIR: the postgres user must be able to reach the folder.
    var template = Array("/tmp/dealdesk-pg-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw Failure(description: "Could not make a folder for the test cluster in /tmp.") }
    let folder = String(cString: made)
    let cluster = Cluster(folder: folder, bin: bin, asPostgres: asPostgres)
    do {
      if asPostgres { try cluster.shell(["/bin/chown", "postgres:postgres", folder]) }
      try cluster.tool("initdb", [
        "-D", "\(folder)/data", "-U", admin, "--auth-local=trust", "--auth-host=scram-sha-256",
        "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
      ])
      // The admin by trust; every other login by password, as a branch's server would ask.
      let hba = "local all \(admin) trust\nlocal all all scram-sha-256\n"
      try Data(hba.utf8).write(to: URL(fileURLWithPath: "\(folder)/data/pg_hba.conf"))
      try cluster.startServer()
      cluster.watch(parent: getpid())
      return cluster
    } catch {
      cluster.stop()
      throw error
    }
  }

  /// The newest PostgreSQL installed (Debian keeps each in /usr/lib/postgresql/N/bin), or $PG_BINDIR.
  private static func binFolder() throws -> String {
    if let given = ProcessInfo.processInfo.environment["PG_BINDIR"] { return given }
    let root = "/usr/lib/postgresql"
    let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
      .compactMap(Int.init).sorted()
    guard let newest = versions.last, FileManager.default.isExecutableFile(atPath: "\(root)/\(newest)/bin/initdb") else {
      throw Failure(description: "PostgreSQL's server is not installed (no \(root)/N/bin/initdb). Install it: apt-get install postgresql")
    }
    return "\(root)/\(newest)/bin"
  }

  /// A cluster for one test alone, which it may stop and start (the fault tests) without
  /// disturbing the tests on `shared`; the test calls `stop()` when done (a watchdog does if
  /// the process dies first).
  static func startPrivate() throws -> Cluster { try start() }

  /// Starts the server on the cluster's folder, and waits until it takes connections (after
  /// an immediate stop, once it has recovered).
  func startServer() throws {
    try tool("pg_ctl", [
      "-D", "\(folder)/data", "-l", "\(folder)/server.log", "-w", "-o",
      "-k \(folder) -p \(Cluster.port) -c listen_addresses='' -c fsync=off -c max_connections=400", "start",
    ])
  }

  /// Stops the server as a crash would (`-m immediate`: no checkpoint, every backend killed),
  /// keeping its folder; `startServer` brings it back.
  func stopServer() throws {
    try tool("pg_ctl", ["-D", "\(folder)/data", "-m", "immediate", "-w", "stop"])
  }

  /// Stops the server and removes its folder; quick, nothing here is worth a checkpoint.
  func stop() {
    try? tool("pg_ctl", ["-D", "\(folder)/data", "-m", "immediate", "-w", "stop"])
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Should this process be killed before its atexit runs, a detached shell stops the server
  /// and removes the folder once the process is gone.
  private func watch(parent: pid_t) {
    let stop = asPostgres
      ? "/usr/sbin/runuser -u postgres -- \(bin)/pg_ctl -D \(folder)/data -m immediate -w stop"
      : "\(bin)/pg_ctl -D \(folder)/data -m immediate -w stop"
    let script = "while kill -0 \(parent) 2>/dev/null; do sleep 1; done; [ -d \(folder) ] && { \(stop); rm -rf \(folder); }"
    _ = try? Spawn.start(["/usr/bin/setsid", "/bin/sh", "-c", script], environment: environment, output: "/dev/null")
  }

  /// The socket address for `user` on `database`.
  func url(database: String, user: String = admin, password: String? = nil) -> String {
    let secret = password.map { ":\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0)" } ?? ""
    return "postgres://\(user)\(secret)@/\(database)?host=\(folder)&port=\(Cluster.port)"
  }

  /// A fresh, empty database for one test.
  func database() async throws -> TestDatabase {
    let name = "test_\(UUID().uuidString.prefix(8).lowercased())"
    let admin = try await connect(database: "postgres")
    do {
      try await admin.run("CREATE DATABASE \(unescaped: name)", doing: "making a test database")
    } catch {
      await admin.close()
      throw error
    }
    await admin.close()
    return TestDatabase(cluster: self, name: name)
  }

  func connect(database: String, user: String = admin, password: String? = nil) async throws -> TeamConnection {
    try await TeamConnection.open(TeamLogin.resolve(url(database: database, user: user, password: password), environment: [:]))
  }

  // MARK: Running PostgreSQL's tools

  private func tool(_ name: String, _ arguments: [String]) throws {
    let path = "\(bin)/\(name)"
    try shell(asPostgres ? ["/usr/sbin/runuser", "-u", "postgres", "--", path] + arguments : [path] + arguments)
  }

  private func shell(_ command: [String]) throws {
    // posix_spawn and waitpid, not Foundation's Process: its waitUntilExit never saw runuser
    // end when called while the test runner's tasks waited on this start (seen here).
    let log = "\(folder)/tool.log"
    let pid = try Spawn.start(command, environment: environment, output: log)
    let status = Spawn.wait(pid)
    guard status == 0 else {
      let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
      let server = (try? String(contentsOfFile: "\(folder)/server.log", encoding: .utf8)) ?? ""
      throw Failure(description: "\(command.joined(separator: " ")) failed (\(status)):\n\(text)\n\(server)")
    }
  }

  /// A home of the cluster's own: nothing of the tests touches $HOME.
  private var environment: [String] { ["PATH=/usr/bin:/bin", "HOME=\(folder)", "LANG=C.UTF-8"] }
}

/// Starting a program with posix_spawn: standard input from a file (/dev/null), standard output and
/// error to files. Not Foundation's Process: two tests in waitUntilExit at once took both of
/// the runner's threads here and never saw their children end.
enum Spawn {
  static func start(
    _ command: [String], environment: [String], input: String = "/dev/null", output: String, errors: String? = nil
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o666)
    if let errors {
      posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_APPEND, 0o666)
    } else {
      posix_spawn_file_actions_adddup2(&actions, 1, 2)
    }
    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
    guard result == 0 else {
      throw Cluster.Failure(description: "Could not start \(command[0]): \(String(cString: strerror(result)))")
    }
    return pid
  }

  /// The exit status, waited for on a thread of its own: a test's child may need a
  /// transaction of another test to finish, which needs the runner's few threads free.
  static func exit(of pid: pid_t) async -> Int32 {
    await withCheckedContinuation { continuation in
      Thread { continuation.resume(returning: wait(pid)) }.start()
    }
  }

  /// The exit status, or 128 + the signal that ended it.
  static func wait(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }
}

/// One test's database in the shared cluster.
struct TestDatabase: Sendable {
  let cluster: Cluster
  let name: String

  func url(user: String = Cluster.admin, password: String? = nil) -> String {
    cluster.url(database: name, user: user, password: password)
  }

  func login(user: String = Cluster.admin, password: String? = nil) throws -> TeamLogin {
    try TeamLogin.resolve(url(user: user, password: password), environment: [:])
  }

  func admin() async throws -> TeamConnection { try await cluster.connect(database: name) }

  /// Runs one statement as the superuser.
  func exec(_ query: PostgresQuery) async throws {
    let connection = try await admin()
    do {
      try await connection.run(query, doing: "a test's setup")
    } catch {
      await connection.close()
      throw error
    }
    await connection.close()
  }

  /// A new manager's login in the managers group, with a password; its name.
  func manager(password: String = "s3cret:pw") async throws -> String {
    try await login(in: "managers", prefix: "m", password: password)
  }

  /// A new director's login in the directors group (a manager too), with a password; its name.
  func director(password: String = "s3cret:pw") async throws -> String {
    try await login(in: "directors", prefix: "d", password: password)
  }

  private func login(in group: String, prefix: String, password: String) async throws -> String {
    let name = "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
    try await exec("CREATE ROLE \(unescaped: name) LOGIN PASSWORD '\(unescaped: password)' IN ROLE \(unescaped: group)")
    return name
  }
}
