import DealdeskApp
import DealdeskCore
import DealdeskStore
import DealdeskTeam
import Foundation

/// Start-up of a branch's team desk (BigDesk: 10,000 clients, 2,000 fabrics, 50,000 offers …)
/// kept in PostgreSQL as a snapshot and the changes after it, opened as `dealdesk --team URL`
/// opens it: login, the latest snapshot (from the server when cold, from the local copy
/// when warm), the changes after it, the session ready for its first line.
enum TeamStartUp {
  struct Figures {
    var clients: Int
    var snapshotBytes: Int
    var tail: Int
    /// In the process, from before login to the session ready; medians.
    var cold: Double
    var warm: Double
    /// The whole process, started to ended, as a manager waits for it; medians.
    var coldProcess: Double
    var warmProcess: Double
  }

  static func run(_ server: BenchServer, scale: Double, tail: Int, runs: Int, scratch: URL) throws(BenchServer.Failure) -> Figures {
    let big = BigDesk(scale: scale)
    let database = "bench_startup"
    try server.createDatabase(database)
    let url = server.url(database: database)
    let bytes: Int
    do {
      let login = try TeamLogin.resolve(url, environment: ProcessInfo.processInfo.environment)
      _ = try runBlocking { try await TeamDesk.initialise(login) }
      let journal = try TeamDeskJournal<Desk, JournalRecord>.open(
        login: login, cache: scratch.appendingPathComponent("startup-setup"), mode: .readWrite, formatVersion: Session.formatVersion)
      // The desk as a manager's `team push` would leave it: the whole desk as one snapshot.
      try journal.compact(snapshot: big.desk, seq: 0, tail: [])
      bytes = try StoredForm.snapshot(big.desk, seq: 0, version: Session.formatVersion).count
      // Then a day's changes after it, which every start reads and replays. The journal is
      // closed, not the session: a session's close would keep a new snapshot after them.
      let session = try Session.open(journal: journal, clock: .fixed(big.end.addingTimeInterval(3_600)))
      for n in 0..<tail {
        let reply = session.handle("note \(big.clientNames[n % big.clientNames.count]): asked about the spring samples")
        if reply.isError { throw BenchServer.Failure(description: "start-up desk: \(reply.text)") }
      }
      journal.close()
    } catch let error as BenchServer.Failure {
      throw error
    } catch let error as TeamError {
      throw BenchServer.Failure(description: error.message)
    } catch let error as StoreError {
      throw BenchServer.Failure(description: error.message)
    } catch {
      throw BenchServer.Failure(description: "\(error)")
    }
    var cold: [(Double, Double)] = [], warm: [(Double, Double)] = []
    for run in 0..<runs {
      let cache = scratch.appendingPathComponent("startup-cache-\(run)").path
      cold.append(try open(url, cache: cache))
      warm.append(try open(url, cache: cache))
    }
    return Figures(
      clients: big.desk.clients.count, snapshotBytes: bytes, tail: tail,
      cold: Measure.median(cold.map(\.0)), warm: Measure.median(warm.map(\.0)),
      coldProcess: Measure.median(cold.map(\.1)), warmProcess: Measure.median(warm.map(\.1)))
  }

  /// One start in a new process; (seconds inside it, seconds of the whole process).
  private static func open(_ url: String, cache: String) throws(BenchServer.Failure) -> (Double, Double) {
    let log = "\(cache).log"
    defer { try? FileManager.default.removeItem(atPath: log) }
    let t0 = Measure.clock.now
    let pid: pid_t
    do {
      pid = try Spawn.start([Spawn.me, "team-open", url, cache], environment: Spawn.inherited, output: log)
    } catch {
      throw BenchServer.Failure(description: error.description)
    }
    Cleanup.shared.started(pid)
    let status = Spawn.wait(pid)
    Cleanup.shared.ended(pid)
    let whole = Measure.seconds(Measure.clock.now - t0)
    let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    let parts = output.split(whereSeparator: \.isWhitespace)
    guard status == 0, parts.count >= 2, parts[0] == "open", let seconds = Double(parts[1]) else {
      throw BenchServer.Failure(description: "team-open failed (\(status)): \(output)")
    }
    return (seconds, whole)
  }

  /// `dealdesk-bench team-open URL CACHE`: opens the team desk as `dealdesk --team URL`
  /// does and prints "open SECONDS POSITION CLIENTS".
  static func child(_ arguments: [String]) -> Int32 {
    guard arguments.count >= 4 else { return 2 }
    let t0 = Measure.clock.now
    do {
      let login = try TeamLogin.resolve(arguments[2], environment: ProcessInfo.processInfo.environment)
      let journal = try TeamDeskJournal<Desk, JournalRecord>.open(
        login: login, cache: URL(fileURLWithPath: arguments[3]), mode: .readWrite, formatVersion: Session.formatVersion)
      let session = try Session.open(journal: journal)
      let seconds = Measure.seconds(Measure.clock.now - t0)
      print("open \(seconds) \(session.position) \(session.desk.clients.count)")
      // Not the session's close: that would keep a new snapshot, and the next start would
      // find no changes to read.
      journal.close()
      return 0
    } catch let error as TeamError {
      print("failed \(error.message)")
    } catch let error as StoreError {
      print("failed \(error.message)")
    } catch {
      print("failed \(error)")
    }
    return 1
  }
}
