import DealdeskApp
import DealdeskCore
import Foundation

// Issue 21's rows: a long script replayed by `run`, the start-up right after it, and
// `export json` of the desk it made, each in a child process of its own so that its time
// and its peak memory are that work's alone, beside the peer a user would compare it with.

extension StoreScale {
  /// `commands` lines run as one script into a new desk, then opened, then exported.
  func scriptRows(_ commands: Int) -> [Row] {
    var rows: [Row] = []
    let folder = Measure.scratchFolder("script-\(commands)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("replay.desk").path
    _ = FileManager.default.createFile(atPath: script, contents: Data(Self.replayScript(commands).utf8))
    let desk = folder.appendingPathComponent("desk")
    guard let ran = child(["store-run", script, desk.path]), ran.count >= 3 else { return rows }
    let onDisk = Measure.folderSize(desk.path)
    let sqlite = Peers.sqliteInserts(commands, runs: runs)
    rows.append(Row(
      item: "run a \(commands)-line script", scale: scale, ours: Show.s(ran[0]) + (ran[2] > 0 ? " (\(Int(ran[2])) refused)" : ""),
      peer: sqlite.map { "sqlite3 \(commands) INSERTs \(Show.s($0))" } ?? "sqlite3 not installed",
      ratio: sqlite.map { Show.ratio(ran[0] / $0) } ?? "—", target: "≤ 2× now, ≤ 1× the aim"))
    rows.append(Row(
      item: "   peak RSS during it", scale: scale, ours: Show.mb(Int(ran[1])), peer: "desk on disk \(Show.mb(onDisk))",
      ratio: Show.ratio(ran[1] / Double(max(1, onDisk))), target: "≤ 3× the desk"))

    let opens = (0..<runs).compactMap { _ in child(["store-open", desk.path]) }
    let snapshot = desk.appendingPathComponent("desk.json").path
    let python = Peers.pythonLoad(snapshot, runs: runs)
    if !opens.isEmpty {
      let open = Measure.median(opens.map { $0[0] })
      rows.append(Row(
        item: "start-up right after the run", scale: scale, ours: "\(Show.s(open)), \(Show.mb(Int(opens.map { $0[1] }.max() ?? 0)))",
        peer: python.map { "python3 \($0.library) load desk.json \(Show.s($0.seconds))" } ?? "python3 not installed",
        ratio: python.map { Show.ratio(open / $0.seconds) } ?? "—", target: "≤ 1×"))
    }

    let exported = folder.appendingPathComponent("export.json").path
    let exports = (0..<runs).compactMap { _ in child(["store-export", desk.path, exported]) }
    if !exports.isEmpty {
      let seconds = Measure.median(exports.map { $0[0] })
      let peak = Int(exports.map { $0[1] }.max() ?? 0)
      let dump = Peers.pythonDump(exported, runs: runs)
      rows.append(Row(
        item: "export json (\(Show.mb(Measure.fileSize(exported))))", scale: scale, ours: Show.s(seconds),
        peer: dump.map { "python3 \($0.library) dumps \(Show.s($0.seconds))" } ?? "python3 not installed",
        ratio: dump.map { Show.ratio(seconds / $0.seconds) } ?? "—", target: "≤ 1 s"))
      rows.append(Row(
        item: "   peak RSS exporting", scale: scale, ours: Show.mb(peak), peer: "desk on disk \(Show.mb(onDisk))",
        ratio: Show.ratio(Double(peak) / Double(max(1, onDisk))), target: "≤ 2× the desk"))
    }
    return rows
  }

  /// Runs this bench as a child in `mode`; the figures it printed after its mode's word.
  private func child(_ arguments: [String]) -> [Double]? {
    guard let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
      let result = Measure.run(me, arguments)
    else { return nil }
    let parts = result.output.split(whereSeparator: \.isWhitespace)
    guard parts.first == "done" || parts.first == "open" else {
      log("\(arguments[0]) failed: \(result.output.prefix(300))")
      return nil
    }
    return parts.dropFirst().compactMap { Double($0) }
  }
}

extension StoreBench {
  /// `store-run SCRIPT DIR`: the script run into a new desk as `dealdesk run` runs it
  /// (one all-or-nothing step); prints seconds, peak RSS and the lines refused.
  static func runChild(_ script: String, _ folder: String) {
    do {
      let session = try Session.open(at: URL(fileURLWithPath: folder), clock: .fixed(BigDesk.start))
      var outcome: ScriptRunner.Outcome?
      // Replies are dropped as they are made, as `dealdesk run` prints them.
      let took = Measure.time { outcome = session.runScript(script, options: ScriptOptions(keepGoing: true)) { _, _ in } }
      _ = session.close()
      print("done \(took) \(Measure.peakRSS()) \(outcome?.failures ?? 0)")
    } catch {
      print("error \(error.message)")
    }
  }

  /// `store-export DIR FILE`: `export json` of the desk, timed from the line to the file
  /// written (opening the desk is start-up's figure); prints seconds and peak RSS.
  static func exportChild(_ folder: String, _ file: String) {
    do {
      let session = try Session.open(at: URL(fileURLWithPath: folder), mode: .readOnly, clock: .fixed(BigDesk.start))
      var reply = Reply("")
      let took = Measure.time { reply = session.handle("export json to \"\(file)\", replace it") }
      _ = session.close()
      print(reply.isError ? "error \(reply.text)" : "done \(took) \(Measure.peakRSS())")
    } catch {
      print("error \(error.message)")
    }
  }
}

extension Peers {
  /// python3 + orjson writing the same data as the export: loaded first, then `dumps`
  /// timed alone, the best of `runs`.
  static func pythonDump(_ path: String, runs: Int) -> (seconds: Double, library: String)? {
    guard let python = Measure.which("python3") else { return nil }
    let script = """
      import sys, time
      try:
          import orjson as j; name = "orjson " + j.__version__
      except ImportError:
          import json as j; name = "json (stdlib)"
      with open(sys.argv[1], "rb") as f: d = j.loads(f.read())
      best = None
      for _ in range(\(runs)):
          t = time.perf_counter()
          out = j.dumps(d)
          with open(sys.argv[1] + ".peer", "wb") as f: f.write(out if isinstance(out, bytes) else out.encode())
          s = time.perf_counter() - t
          best = s if best is None else min(best, s)
      print(best, name)
      """
    guard let result = Measure.run(python, ["-c", script, path]), result.status == 0 else { return nil }
    try? FileManager.default.removeItem(atPath: path + ".peer")
    let parts = result.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ", maxSplits: 1)
    guard parts.count == 2, let seconds = Double(parts[0]) else { return nil }
    return (seconds, String(parts[1]))
  }
}
