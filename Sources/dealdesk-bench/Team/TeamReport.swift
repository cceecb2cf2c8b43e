import Foundation

/// The team bench's figures and the table that shows them beside pgbench, with issue 18's
/// goals and whether this run met them. Every figure is the median of the runs' figures.
struct TeamReport {
  struct Key: Hashable {
    var writers: Int
    var lots: BenchScript.Lots
  }

  let options: TeamBench.Options
  let machine: [String]
  var pgbench: [Int: [PgBench.Figure]] = [:]
  var team: [Key: [TeamRun.Figures]] = [:]
  var local: [TeamRun.Figures] = []
  var startUp: TeamStartUp.Figures?

  /// The median over runs of one figure.
  private func median(_ key: Key, _ figure: (TeamRun.Figures) -> Double) -> Double {
    Measure.median((team[key] ?? []).map(figure))
  }

  private func pgLatency(_ writers: Int) -> Double { Measure.median((pgbench[writers] ?? []).map(\.latency)) }
  private func pgTPS(_ writers: Int) -> Double { Measure.median((pgbench[writers] ?? []).map(\.tps)) }

  /// Overtaken appends per command: each one is the command decided and appended again.
  private func retries(_ figures: TeamRun.Figures) -> Double { Double(figures.overtaken) / Double(max(1, figures.samples.count)) }

  private func mean(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count) }

  var text: String {
    var out: [String] = []
    let commands = options.commands
    out.append("dealdesk-bench team: \(commands) commands per writer (note, reserve, release, offer, order, ship, pay, over and over), "
      + "\(options.runs) runs, medians of the runs; pgbench -M simple -T \(options.pgbenchSeconds), scale 1")
    out += machine
    out.append("")
    out.append("writers  lots       team p50  team p99  p99/p50  team mean  retries/cmd  refused  cmds/s │ pgbench avg   tps │ mean/pgbench")
    for writers in options.writers {
      for lots in BenchScript.Lots.allCases {
        let key = Key(writers: writers, lots: lots)
        guard team[key] != nil else { continue }
        let p50 = median(key, \.p50), p99 = median(key, \.p99), average = median(key, \.mean)
        out.append(
          String(
            format: "%7d  %@ %9.2f %9.2f %8.1f %10.2f %12.3f %8.0f %7.0f │ %11.2f %5.0f │ %12.2f",
            writers, Self.pad(lots.rawValue), p50 * 1000, p99 * 1000, p99 / p50, average * 1000, median(key, retries),
            median(key) { Double($0.refused) }, median(key, \.perSecond), pgLatency(writers) * 1000, pgTPS(writers),
            average / pgLatency(writers)))
      }
    }
    if !local.isEmpty {
      let p50 = Measure.median(local.map(\.p50)), p99 = Measure.median(local.map(\.p99)), average = Measure.median(local.map(\.mean))
      out.append(String(
        format: "%7d  %@ %9.2f %9.2f %8.1f %10.2f %12@ %8.0f %7.0f │ the local folder desk (FolderJournal, fsync per command)",
        1, Self.pad("local"), p50 * 1000, p99 * 1000, p99 / p50, average * 1000, "           —", Measure.median(local.map { Double($0.refused) }),
        Measure.median(local.map(\.perSecond))))
    }
    out.append("")
    out.append("where a team command's time goes (means, ms): catch-up = reading others' changes before the line "
      + "(for a change among busy writers, in the desk's turn: the wait for it included); "
      + "append = desk.append round trips, overtaken ones and their re-reads included; the rest is this process (parse, decide, render)")
    out.append("writers  lots       catch-up   append    rest   │ by kind p50: " + BenchScript.kinds.joined(separator: " / "))
    for writers in options.writers {
      for lots in BenchScript.Lots.allCases {
        let key = Key(writers: writers, lots: lots)
        guard let runs = team[key] else { continue }
        let all = runs.flatMap(\.samples)
        let catchUp = mean(all.map(\.catchUp)), append = mean(all.map(\.commit)), total = mean(all.map(\.seconds))
        // A writer's lines follow the seven-line cycle from its first, so a line's kind is its index mod 7.
        let byKind = BenchScript.kinds.indices.map { k in
          Measure.median(runs.flatMap { run in
            stride(from: k, to: run.samples.count, by: 1).filter { ($0 % commands) % BenchScript.kinds.count == k }.map { run.samples[$0].seconds }
          }) * 1000
        }
        out.append(String(
          format: "%7d  %@ %8.2f %8.2f %7.2f   │ %@", writers, Self.pad(lots.rawValue), catchUp * 1000, append * 1000,
          (total - catchUp - append) * 1000, byKind.map { String(format: "%.2f", $0) }.joined(separator: " / ")))
      }
    }
    if let startUp {
      out.append("")
      out.append(String(
        format: "start-up of a %d-client team desk (%@ snapshot, %d changes after it) to the session ready: "
          + "cold (no local copy) %@, warm (local copy) %@; the whole process %@ cold, %@ warm",
        startUp.clients, Show.mb(startUp.snapshotBytes), startUp.tail, Show.s(startUp.cold), Show.s(startUp.warm),
        Show.s(startUp.coldProcess), Show.s(startUp.warmProcess)))
    }
    out.append("")
    out += goals
    return out.joined(separator: "\n")
  }

  /// `%-9@` does not pad in Foundation's String(format:) on Linux.
  private static func pad(_ text: String) -> String { text.padding(toLength: 9, withPad: " ", startingAt: 0) }

  /// Issue 18's goals, each with the figures it rests on.
  private var goals: [String] {
    var lines = ["goals (issue 18):"]
    for writers in options.writers {
      let pg = pgLatency(writers)
      let worst = BenchScript.Lots.allCases.map { median(Key(writers: writers, lots: $0), \.mean) }.max() ?? .nan
      let ratio = worst / pg
      lines.append(String(
        format: "  %@ latency ≤ 1.5× pgbench at %d: team mean %.2f ms (the slower of shared and disjoint) vs pgbench %.2f ms = %.2f×",
        ratio <= 1.5 ? "met    " : "NOT met", writers, worst * 1000, pg * 1000, ratio))
    }
    for key in team.keys.sorted(by: { ($0.writers, $0.lots.rawValue) < ($1.writers, $1.lots.rawValue) }) {
      let spread = median(key, \.p99) / median(key, \.p50)
      lines.append(String(
        format: "  %@ p99 ≤ 4× p50, %d writers %@: %.1f×", spread <= 4 ? "met    " : "NOT met", key.writers, key.lots.rawValue, spread))
    }
    if let most = options.writers.max() {
      let shared = Key(writers: most, lots: .shared), disjoint = Key(writers: most, lots: .disjoint)
      if let sharedRuns = team[shared], let disjointRuns = team[disjoint] {
        let excess = median(shared, \.mean) - median(disjoint, \.mean)
        // What the extra retries cost: each is one more append (and the re-read and
        // decision that go with it), at what an append took in the shared runs.
        let sharedAll = sharedRuns.flatMap(\.samples), disjointAll = disjointRuns.flatMap(\.samples)
        let attempts = Double(sharedAll.count + sharedAll.reduce(0) { $0 + $1.overtaken })
        let perAttempt = sharedAll.reduce(0) { $0 + $1.commit } / max(1, attempts)
        let extraRetries = mean(sharedAll.map { Double($0.overtaken) }) - mean(disjointAll.map { Double($0.overtaken) })
        let explained = max(0, extraRetries) * perAttempt
        // Within 5% of the disjoint figure is taken as the same: runs differ by more than that here.
        let met = excess <= explained + 0.05 * median(disjoint, \.mean)
        lines.append(String(
          format: "  %@ shared no slower than disjoint at %d beyond the retries: mean %.2f vs %.2f ms (%+.2f ms); "
            + "retries/cmd %.3f vs %.3f, which explain %.2f ms at %.2f ms an append",
          met ? "met    " : "NOT met", most, median(shared, \.mean) * 1000, median(disjoint, \.mean) * 1000, excess * 1000,
          mean(sharedAll.map { Double($0.overtaken) }), mean(disjointAll.map { Double($0.overtaken) }), explained * 1000,
          perAttempt * 1000))
      }
    }
    return lines
  }
}
