import Foundation

/// `dealdesk-bench team [--url URL] [--writers 1,4,8] [--commands N] [--runs R]
/// [--pgbench-seconds S] [--startup-scale X] [--startup-tail N] [--no-startup]`
///
/// Issue 18's benchmark: command latency on the team desk with 1, 4 and 8 writers at once
/// (shared clients and lots, then disjoint ones), beside the local folder desk's and beside
/// pgbench's TPC-B-like transaction on the same server in the same run, and the start-up of
/// a branch's team desk. Prints figures; asserts nothing.
///
/// Each writer is a process of this program (`team-worker`), as each manager's dealdesk
/// is: its own login, connection, session and desk in memory, scheduled by the kernel as
/// pgbench's clients are. The runs are interleaved (pgbench, shared, disjoint at each
/// writer count, then the next run), so a disturbance of this shared machine falls on all
/// of them; each figure is the median of the runs'.
enum TeamBench {
  struct Options {
    var url: String?
    var writers = [1, 4, 8]
    var commands = 210
    var runs = 3
    var pgbenchSeconds = 10
    var startupScale = 1.0
    var startupTail = 500
    var startup = true

    init(_ arguments: [String]) {
      if let at = arguments.firstIndex(of: "--url"), at + 1 < arguments.count { url = arguments[at + 1] }
      if let given = Measure.list("--writers", in: arguments) { writers = given.filter { $0 > 0 } }
      commands = max(7, Measure.option("--commands", in: arguments) ?? commands)
      runs = max(1, Measure.option("--runs", in: arguments) ?? runs)
      pgbenchSeconds = max(1, Measure.option("--pgbench-seconds", in: arguments) ?? pgbenchSeconds)
      if let at = arguments.firstIndex(of: "--startup-scale"), at + 1 < arguments.count, let scale = Double(arguments[at + 1]), scale > 0 {
        startupScale = scale
      }
      startupTail = max(0, Measure.option("--startup-tail", in: arguments) ?? startupTail)
      startup = !arguments.contains("--no-startup")
    }
  }

  /// `team`, or one of its child processes: a writer (`team-worker`) or a start-up (`team-open`).
  static func dispatch(_ arguments: [String]) -> Int32 {
    switch arguments[1] {
    case "team-worker": return TeamWorker.main(arguments)
    case "team-open": return TeamStartUp.child(arguments)
    case "team": return main(arguments)
    default:
      say("dealdesk-bench: unknown mode \(arguments[1]) (team, team-worker, team-open)")
      return 2
    }
  }

  static func main(_ arguments: [String]) -> Int32 {
    let options = Options(arguments)
    let server: BenchServer
    do {
      if let url = options.url {
        server = try BenchServer.existing(url)
      } else {
        server = try BenchServer.start()
      }
    } catch {
      say("dealdesk-bench team: \(error.description)")
      return 1
    }
    Cleanup.shared.install(server)
    defer { Cleanup.shared.finish() }
    let scratch = Measure.scratchFolder("team")
    defer { try? FileManager.default.removeItem(at: scratch) }
    do {
      let report = try measure(server, options, scratch: scratch)
      print(report.text)
      return 0
    } catch {
      say("dealdesk-bench team: \(error.description)")
      return 1
    }
  }

  private static func measure(_ server: BenchServer, _ options: Options, scratch: URL) throws(BenchServer.Failure) -> TeamReport {
    var report = TeamReport(options: options, machine: Machine.describe(server))
    say(report.machine.joined(separator: "\n"))
    let suffix = "\(getpid())"
    let pgbenchDatabase = "bench_pgbench_\(suffix)"
    try server.createDatabase(pgbenchDatabase)
    try PgBench.initialise(server, database: pgbenchDatabase)
    let team = TeamRun(server: server, scratch: scratch)
    for run in 0..<options.runs {
      for writers in options.writers {
        if let figure = PgBench.run(server, database: pgbenchDatabase, clients: writers, seconds: options.pgbenchSeconds) {
          report.pgbench[writers, default: []].append(figure)
          say("run \(run + 1), \(writers) clients: pgbench \(Show.ms(figure.latency)) avg, \(Int(figure.tps)) tps")
        }
        for lots in BenchScript.Lots.allCases {
          let figures = try team.run(lots, writers: writers, commands: options.commands, tag: "r\(run)_\(suffix)")
          report.team[TeamReport.Key(writers: writers, lots: lots), default: []].append(figures)
          say(
            "run \(run + 1), \(writers) writers, \(lots.rawValue): p50 \(Show.ms(figures.p50)), p99 \(Show.ms(figures.p99)), "
              + "mean \(Show.ms(figures.mean)), \(figures.overtaken) overtaken, \(figures.refused) refused, \(Int(figures.perSecond)) commands/s")
        }
      }
      if let local = LocalBench.run(commands: options.commands, scratch: scratch) {
        report.local.append(local)
        say("run \(run + 1), local folder desk: p50 \(Show.ms(local.p50)), p99 \(Show.ms(local.p99))")
      }
    }
    if options.startup {
      say("start-up: building a desk at scale \(options.startupScale) …")
      report.startUp = try TeamStartUp.run(
        server, scale: options.startupScale, tail: options.startupTail, runs: options.runs, scratch: scratch)
    }
    return report
  }

  /// Progress, on standard error: the figures go to standard output.
  static func say(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
