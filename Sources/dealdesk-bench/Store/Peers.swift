import Foundation

/// What a user would otherwise pick, timed on the same machine in the same run. Each peer
/// is skipped (with a note) when it is not installed; none is a build dependency.
enum Peers {
  /// sqlite3 running `count` INSERTs in one transaction into a new database file, durable
  /// at COMMIT (sqlite's default synchronous=FULL). Seconds for the whole `sqlite3` process.
  static func sqliteInserts(_ count: Int, runs: Int) -> Double? {
    guard let sqlite = Measure.which("sqlite3") else { return nil }
    var sql = "CREATE TABLE notes(id INTEGER PRIMARY KEY, client TEXT, kind TEXT, text TEXT, at TEXT);\nBEGIN;\n"
    for n in 1...count {
      sql += "INSERT INTO notes(client, kind, text, at) VALUES('CL-\(n % 997)', 'note', 'asked about samples for the spring line \(n)', '2026-12-01T09:00:00Z');\n"
    }
    sql += "COMMIT;\n"
    let folder = Measure.scratchFolder("sqlite")
    defer { try? FileManager.default.removeItem(at: folder) }
    var times: [Double] = []
    for run in 0..<runs {
      let db = folder.appendingPathComponent("peer-\(run).db").path
      guard let result = Measure.run(sqlite, [db], stdin: sql), result.status == 0 else { return nil }
      times.append(result.seconds)
    }
    return Measure.median(times)
  }

  /// python3 + orjson reading the snapshot file and parsing it, timed inside python (no
  /// interpreter start-up), the best of `runs`. Falls back to the json module, named so.
  static func pythonLoad(_ path: String, runs: Int) -> (seconds: Double, library: String)? {
    guard let python = Measure.which("python3") else { return nil }
    let script = """
      import sys, time
      try:
          import orjson as j; name = "orjson " + j.__version__
      except ImportError:
          import json as j; name = "json (stdlib)"
      best = None
      for _ in range(\(runs)):
          t = time.perf_counter()
          with open(sys.argv[1], "rb") as f: d = j.loads(f.read())
          s = time.perf_counter() - t
          best = s if best is None else min(best, s)
          del d
      print(best, name)
      """
    guard let result = Measure.run(python, ["-c", script, path]), result.status == 0 else { return nil }
    let parts = result.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 1)
    guard parts.count == 2, let seconds = Double(parts[0]) else { return nil }
    return (seconds, String(parts[1]))
  }

  /// `task add` on a taskwarrior holding `tasks` pending tasks: the median seconds of
  /// `adds` runs of the whole command (taskwarrior is a process per command).
  static func taskAdd(tasks: Int, adds: Int) -> Double? {
    guard let task = Measure.which("task") else { return nil }
    let folder = Measure.scratchFolder("task")
    defer { try? FileManager.default.removeItem(at: folder) }
    let rc = folder.appendingPathComponent("taskrc").path
    _ = FileManager.default.createFile(atPath: rc, contents: Data("data.location=\(folder.path)\nconfirmation=off\nverbose=nothing\nhooks=off\n".utf8))
    var env = ProcessInfo.processInfo.environment
    env["TASKRC"] = rc
    env["TASKDATA"] = folder.path
    // Imported in one go: adding 10,000 tasks one `task add` at a time would take half an hour.
    var json = "["
    for n in 0..<tasks {
      if n > 0 { json += "," }
      json += "{\"description\":\"call client \(n) about the spring samples\",\"status\":\"pending\",\"entry\":\"20261201T090000Z\",\"uuid\":\"\(uuid(n))\"}"
    }
    json += "]"
    let file = folder.appendingPathComponent("tasks.json").path
    _ = FileManager.default.createFile(atPath: file, contents: Data(json.utf8))
    guard let imported = Measure.run(task, ["rc.confirmation=off", "import", file], environment: env), imported.status == 0 else {
      return nil
    }
    var times: [Double] = []
    for n in 0..<adds {
      guard let added = Measure.run(task, ["add", "call Acme about order \(n)"], environment: env), added.status == 0 else { return nil }
      times.append(added.seconds)
    }
    return Measure.median(times)
  }

  /// A fixed, valid UUID per task number, so the import is deterministic.
  private static func uuid(_ n: Int) -> String {
    let hex = String(format: "%012x", n)
    return "00000000-0000-4000-8000-\(hex)"
  }
}
