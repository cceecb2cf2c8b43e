import DealdeskApp
import DealdeskCore
import DealdeskStore
import DealdeskTrainer
import Foundation

/// Items 8–11 of issue 9 at one scale of the large desk, each beside its peer.
struct StoreScale {
  var scale: Double
  var runs: Int
  var only: Set<Int>

  func log(_ text: String) {
    FileHandle.standardError.write(Data("[\(Table.scaleName(scale))] \(text)\n".utf8))
  }

  func measure() -> [Row] {
    var rows: [Row] = []
    let folder = Measure.scratchFolder("desk-\(Int(scale * 1000))")
    defer { try? FileManager.default.removeItem(at: folder) }

    let t0 = Measure.clock.now
    let big = BigDesk(scale: scale)
    let built = Measure.seconds(Measure.clock.now - t0)
    let d = big.desk
    log("built in \(Show.s(built)): \(d.clients.count) clients, \(d.products.count) products, \(d.offers.count) offers, \(d.orders.count) orders, \(d.payments.count) payments, \(d.notes.count) notes, \(d.followUps.count) follow-ups; \(big.refused) refused")
    let written = Measure.time { writeSnapshot(big.desk, to: folder) }
    let snapshot = folder.appendingPathComponent("desk.json").path
    let size = Measure.fileSize(snapshot)
    log("snapshot \(Show.mb(size)) written in \(Show.s(written))")

    // 8: a manager's commands on the large desk, each flushed before its answer.
    if only.contains(8) {
    // Each run a session of its own; the median run's figures, as one run can meet a disk stall.
    var p50s: [Double] = [], p99s: [Double] = [], failed = 0
    for _ in 0..<runs {
      let (latencies, refused) = commandLatencies(big, folder: folder)
      p50s.append(Measure.quantile(0.5, latencies))
      p99s.append(Measure.quantile(0.99, latencies))
      failed = max(failed, refused)
    }
    log("runs' p50: \(p50s.map(Show.ms).joined(separator: ", ")); p99: \(p99s.map(Show.ms).joined(separator: ", "))")
    let p50 = Measure.median(p50s), p99 = Measure.median(p99s)
    let task = Peers.taskAdd(tasks: max(100, Int(10_000 * scale)), adds: 10)
    let note = failed > 0 ? " (\(failed) refused)" : ""
    rows.append(Row(
      item: "8 command p50, flushed", scale: scale, ours: Show.ms(p50) + note,
      peer: task.map { "task add \(Show.ms($0))" } ?? "taskwarrior not installed", ratio: task.map { Show.ratio(p50 / $0) } ?? "—",
      target: "≤ 0.5 ms"))
    rows.append(Row(
      item: "8 command p99, flushed", scale: scale, ours: Show.ms(p99), peer: "", ratio: "", target: "≤ 2 ms"))

    }
    // 9: a long script into an empty desk, one group commit at the end.
    if only.contains(9) {
    let commands = max(1_000, Int(100_000 * scale))
    let (replay, replayFailed) = scriptReplay(commands)
    let sqlite = Peers.sqliteInserts(commands, runs: runs)
    rows.append(Row(
      item: "9 replay \(commands) commands", scale: scale, ours: Show.s(replay) + (replayFailed > 0 ? " (\(replayFailed) refused)" : ""),
      peer: sqlite.map { "sqlite3 \(commands) INSERTs \(Show.s($0))" } ?? "sqlite3 not installed",
      ratio: sqlite.map { Show.ratio(replay / $0) } ?? "—", target: "ratio ≤ 1.0"))

    }
    // Issue 21: the script again in a child (its peak memory alone), start-up right after
    // it, and the export of the desk it made.
    if only.contains(21) { rows += scriptRows(max(1_000, Int(100_000 * scale))) }
    // 10 and 11: start-up to the first prompt, and its peak memory, in a child process.
    guard only.contains(10) else { return rows }
    let before = (0..<runs).compactMap { _ in openInChild(folder, mode: "store-open-foundation") }
    let opens = (0..<runs).compactMap { _ in openInChild(folder) }
    let open = Measure.median(opens.map(\.seconds))
    let peak = opens.map(\.peak).max() ?? 0
    let python = Peers.pythonLoad(snapshot, runs: runs)
    rows.append(Row(
      item: "10 start-up (\(Show.mb(size)) desk)", scale: scale, ours: Show.s(open),
      peer: python.map { "python3 \($0.library) \(Show.s($0.seconds))" } ?? "python3 not installed",
      ratio: python.map { Show.ratio(open / $0.seconds) } ?? "—", target: "ratio ≤ 1.0"))
    rows.append(Row(
      item: "11 peak RSS at start-up", scale: scale, ours: Show.mb(peak), peer: "desk on disk \(Show.mb(size))",
      ratio: Show.ratio(Double(peak) / Double(max(1, size))), target: "≤ 2× the desk"))
    if !before.isEmpty {
      let beforeOpen = Measure.median(before.map(\.seconds)), beforePeak = before.map(\.peak).max() ?? 0
      rows.append(Row(
        item: "   before: JSONDecoder read", scale: scale, ours: "\(Show.s(beforeOpen)), \(Show.mb(beforePeak))",
        peer: "", ratio: python.map { Show.ratio(beforeOpen / $0.seconds) } ?? "—", target: "(the old reader)"))
    }
    return rows
  }

  /// The desk written by the real store, as a compaction writes it.
  func writeSnapshot(_ desk: Desk, to folder: URL) {
    do {
      let (store, _) = try DeskStore<Desk, JournalRecord>.open(directory: folder, mode: .readWrite, formatVersion: Session.formatVersion)
      try store.compact(snapshot: desk, seq: 0, tail: [])
      store.close()
    } catch {
      log("could not write the desk: \(error.message)")
    }
  }

  /// A few hundred typical commands through `Session.handle` on the large desk, each
  /// journaled and fsynced before its reply. Seconds per command, and how many were refused.
  private func commandLatencies(_ big: BigDesk, folder: URL) -> ([Double], Int) {
    let session: Session
    do {
      session = try Session.open(at: folder, clock: .fixed(big.end.addingTimeInterval(3_600)))
    } catch {
      log("could not open: \(error.message)")
      return ([], 0)
    }
    var rng = SplitMix64(seed: 8)
    var lines: [String] = []
    for _ in 0..<50 {
      let client = big.clientNames[rng.int(below: big.clientNames.count)]
      let category = BigDesk.categories[rng.int(below: BigDesk.categories.count)]
      lines += [
        "note \(client) asked about the spring samples",
        "offer \(client) 6% on \(category)",
        "\(client) wants 12%",
        "counter 9%",
        "\(client) paid 500 on account",
        "remind me to call \(client) tomorrow 10:00",
      ]
    }
    // The name index is built on the first line; a manager meets that once, at start-up.
    _ = session.handle("show \(big.clientNames[0])")
    var times: [Double] = []
    var failed = 0
    for line in lines {
      var reply = Reply("")
      times.append(Measure.time { reply = session.handle(line) })
      if reply.isError {
        failed += 1
        if failed <= 3 { log("refused: \(line) → \(reply.text)") }
      }
    }
    // Each kind of line's median, so a profile knows where to look.
    let kinds = ["note", "offer", "their ask", "counter", "payment", "reminder"]
    let byKind = kinds.indices.map { k in Measure.median(stride(from: k, to: times.count, by: kinds.count).map { times[$0] }) }
    log("medians by kind: " + zip(kinds, byKind).map { "\($0) \(Show.ms($1))" }.joined(separator: ", "))
    let slowest = times.indices.sorted { times[$0] > times[$1] }.prefix(6)
    log("slowest: " + slowest.map { "#\($0) \(kinds[$0 % kinds.count]) \(Show.ms(times[$0]))" }.joined(separator: ", "))
    // Closing writes the snapshot anew; timed, as a clean exit is part of a manager's day.
    let closing = Measure.time { _ = session.close() }
    log("clean exit (compaction) took \(Show.s(closing))")
    return (times, failed)
  }

  /// `commands` lines typed into a new desk as one script (`dealdesk run`): one group commit.
  private func scriptReplay(_ commands: Int) -> (Double, Int) {
    let folder = Measure.scratchFolder("replay")
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("replay.desk").path
    _ = FileManager.default.createFile(atPath: script, contents: Data(Self.replayScript(commands).utf8))
    var times: [Double] = []
    var failures = 0
    for run in 0..<max(1, scale == 1 ? 1 : runs) {
      let desk = folder.appendingPathComponent("desk-\(run)")
      do {
        let session = try Session.open(at: desk, clock: .fixed(BigDesk.start))
        var outcome: ScriptRunner.Outcome?
        times.append(Measure.time { outcome = session.runScript(script, options: ScriptOptions(keepGoing: true)) })
        failures = outcome?.failures ?? 0
        if failures > 0, let first = outcome?.errorIndices.min(), let text = outcome?.output[first] { log("replay refused: \(text)") }
        _ = session.close()
      } catch {
        log("could not open: \(error.message)")
      }
    }
    return (Measure.median(times), failures)
  }

  /// A sample catalog, then clients added and worked, ten lines each: a note, an offer,
  /// their ask and our counter, a payment, a reminder, more notes — as a manager types them.
  static func replayScript(_ commands: Int) -> String {
    var rng = SplitMix64(seed: 9)
    var lines = ["@now 2026-12-01 09:00", "load sample data"]
    var taken: Set<String> = []
    while lines.count < commands {
      let client = BigDesk.word(&rng) + " " + BigDesk.word(&rng) + " " + BigDesk.suffixes[rng.int(below: BigDesk.suffixes.count)]
      guard taken.insert(client.lowercased()).inserted else { continue }
      let cycle = [
        "add client \(client)",
        "note \(client) asked about the spring samples",
        "offer \(client) 6% on linen",
        "\(client) wants 12%",
        "counter 9%",
        "\(client) paid 500 on account",
        "remind me to call \(client) tomorrow 10:00",
        "note \(client) prefers delivery on Tuesdays",
        "note \(client) wants a visit in March",
        "note \(client) pays late in summer",
      ]
      lines += cycle.prefix(commands - lines.count)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func openInChild(_ folder: URL, mode: String = "store-open") -> (seconds: Double, peak: Int)? {
    guard let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
      let result = Measure.run(me, [mode, folder.path])
    else { return nil }
    let parts = result.output.split(whereSeparator: \.isWhitespace)
    guard parts.count >= 3, parts[0] == "open", let seconds = Double(parts[1]), let peak = Int(parts[2]) else {
      log("start-up failed: \(result.output)")
      return nil
    }
    if parts.count >= 6, let resident = Int(parts[5]) { log("\(mode): \(Show.s(seconds)), peak \(Show.mb(peak)), resident after \(Show.mb(resident))") }
    return (seconds, peak)
  }
}
