import DealdeskApp
import DealdeskCore
import DealdeskStore
import DealdeskTeam
import Foundation
import Glibc

/// One timed command, as a writer saw it.
struct CommandSample {
  var seconds: Double
  /// In the catch-up before the line (reading others' changes).
  var catchUp: Double
  /// In appends, the re-reads after an overtaken one included.
  var commit: Double
  var overtaken: Int
  var refused: Bool

  init(seconds: Double, catchUp: Double = 0, commit: Double = 0, overtaken: Int = 0, refused: Bool) {
    (self.seconds, self.catchUp, self.commit, self.overtaken, self.refused) = (seconds, catchUp, commit, overtaken, refused)
  }

  /// A line of a writer's results (TeamWorker.swift).
  init?(_ line: Substring) {
    let parts = line.split(separator: " ")
    guard parts.count == 5, let seconds = Double(parts[0]), let catchUp = Double(parts[1]), let commit = Double(parts[2]),
      let overtaken = Int(parts[3])
    else { return nil }
    (self.seconds, self.catchUp, self.commit, self.overtaken, refused) = (seconds, catchUp, commit, overtaken, parts[4] == "1")
  }
}

/// N writers, each a process of this program with its own login, committing their lines
/// into one fresh team desk at the same time.
struct TeamRun {
  let server: BenchServer
  let scratch: URL

  struct Figures {
    var samples: [CommandSample]
    /// From the go to the last writer's end.
    var wall: Double
    var p50: Double { Measure.quantile(0.5, samples.map(\.seconds)) }
    var p99: Double { Measure.quantile(0.99, samples.map(\.seconds)) }
    var mean: Double { samples.isEmpty ? .nan : samples.map(\.seconds).reduce(0, +) / Double(samples.count) }
    var overtaken: Int { samples.reduce(0) { $0 + $1.overtaken } }
    var refused: Int { samples.filter(\.refused).count }
    var perSecond: Double { Double(samples.count) / wall }
  }

  func run(_ lots: BenchScript.Lots, writers: Int, commands: Int, tag: String) throws(BenchServer.Failure) -> Figures {
    let database = "bench_\(lots.rawValue)_\(writers)_\(tag)"
    try server.createDatabase(database)
    try prepare(database, writers: writers)
    let folder = scratch.appendingPathComponent(database)
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let go = folder.appendingPathComponent("go").path
    var workers: [(pid: pid_t, ready: String, results: String, errors: String)] = []
    defer {
      for worker in workers where kill(worker.pid, 0) == 0 {
        kill(worker.pid, SIGKILL)
        _ = Spawn.wait(worker.pid)
        Cleanup.shared.ended(worker.pid)
      }
    }
    for n in 0..<writers {
      let script = folder.appendingPathComponent("w\(n).desk").path
      let lines = BenchScript.lines(writer: n, count: commands, lots: lots)
      do {
        try (lines.joined(separator: "\n") + "\n").write(toFile: script, atomically: true, encoding: .utf8)
      } catch {
        throw BenchServer.Failure(description: "Could not write \(script): \(error.localizedDescription)")
      }
      let (ready, results, errors) = ("\(script).ready", "\(script).results", "\(script).err")
      let arguments = [
        Spawn.me, "team-worker", server.url(database: database, user: Self.manager(n)), script, results, ready, go,
        folder.appendingPathComponent("cache-w\(n)").path,
      ]
      let pid: pid_t
      do {
        pid = try Spawn.start(arguments, environment: Spawn.inherited, output: "\(script).out", errors: errors)
      } catch {
        throw BenchServer.Failure(description: error.description)
      }
      Cleanup.shared.started(pid)
      workers.append((pid, ready, results, errors))
    }
    // Every writer has opened the desk before any starts: the figures are commands, not start-ups.
    let deadline = Date().addingTimeInterval(180)
    while !workers.allSatisfy({ FileManager.default.fileExists(atPath: $0.ready) }) {
      for worker in workers {
        var status: Int32 = 0
        if waitpid(worker.pid, &status, WNOHANG) == worker.pid {
          Cleanup.shared.ended(worker.pid)
          let said = (try? String(contentsOfFile: worker.errors, encoding: .utf8)) ?? ""
          throw BenchServer.Failure(description: "a writer ended before it was ready: \(said)")
        }
      }
      guard Date() < deadline else { throw BenchServer.Failure(description: "the writers were not ready within 180 s") }
      usleep(10_000)
    }
    let t0 = Measure.clock.now
    _ = FileManager.default.createFile(atPath: go, contents: nil)
    var samples: [CommandSample] = []
    for worker in workers {
      let status = Spawn.wait(worker.pid)
      Cleanup.shared.ended(worker.pid)
      let said = (try? String(contentsOfFile: worker.errors, encoding: .utf8)) ?? ""
      if !said.isEmpty { FileHandle.standardError.write(Data("  [\(database)] \(said)".utf8)) }
      guard status == 0, let text = try? String(contentsOfFile: worker.results, encoding: .utf8) else {
        throw BenchServer.Failure(description: "a writer failed (\(status)): \(said)")
      }
      samples += text.split(separator: "\n").compactMap(CommandSample.init)
    }
    let wall = Measure.seconds(Measure.clock.now - t0)
    workers = []
    try? FileManager.default.removeItem(at: folder)
    return Figures(samples: samples, wall: wall)
  }

  static func manager(_ n: Int) -> String { "bench_w\(n)" }

  /// A team desk in `database` with the writers' logins and the desk every run starts from.
  private func prepare(_ database: String, writers: Int) throws(BenchServer.Failure) {
    let url = server.url(database: database)
    do {
      let login = try TeamLogin.resolve(url, environment: ProcessInfo.processInfo.environment)
      _ = try runBlocking { try await TeamDesk.initialise(login) }
      for n in 0..<writers { try server.createManager(Self.manager(n)) }
      let journal = try TeamDeskJournal<Desk, JournalRecord>.open(
        login: login, cache: scratch.appendingPathComponent("\(database)-setup"), mode: .readWrite,
        formatVersion: Session.formatVersion)
      let session = try Session.open(journal: journal)
      defer { _ = session.close() }
      for line in BenchScript.setUp(writers: max(writers, 1)) {
        let reply = session.handle(line)
        if reply.isError { throw BenchServer.Failure(description: "setting up the desk, \(line): \(reply.text)") }
      }
    } catch let error as BenchServer.Failure {
      throw error
    } catch let error as TeamError {
      throw BenchServer.Failure(description: error.message)
    } catch let error as StoreError {
      throw BenchServer.Failure(description: error.message)
    } catch {
      throw BenchServer.Failure(description: "\(error)")
    }
  }
}
