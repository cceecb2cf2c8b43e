import DealdeskApp
import DealdeskCore
import Foundation

/// `dealdesk-bench session [--commands N] [--every K]`: one long session, as a pipe into
/// `dealdesk` runs it — each line through `Session.handle`, journaled and synced before
/// the next — printing the cost per command for every K commands, then `undo` and `redo`
/// at the end beside the same on a fresh desk. Flat rows are the goal: a command should
/// cost the same at the 100,000th line as at the first.
enum SessionBench {
  static func main(_ arguments: [String]) {
    let commands = Measure.option("--commands", in: arguments) ?? 100_000
    let every = Measure.option("--every", in: arguments) ?? max(1, commands / 10)
    let lines = StoreScale.replayScript(commands + 2).split(separator: "\n").dropFirst().map(String.init)
    let folder = Measure.scratchFolder("session")
    defer { try? FileManager.default.removeItem(at: folder) }
    let session: Session
    do {
      session = try Session.open(at: folder, clock: .fixed(Self.start))
    } catch {
      print("could not open a desk in \(folder.path): \(error.message)")
      return
    }
    session.isAtPrompt = true
    print("dealdesk-bench session: \(lines.count) piped commands into a new desk, each synced; per command, mean of each \(every)")
    print("   after      wall ms    cpu ms   refused   journal lines   RSS")
    let fresh = undoRedo(session, after: "load sample data")
    var (wall, cpu, refused) = (0.0, 0.0, 0)
    for (n, line) in lines.enumerated() {
      let c0 = Measure.cpuSeconds()
      var reply = Reply("")
      wall += Measure.time { reply = session.handle(line) }
      cpu += Measure.cpuSeconds() - c0
      if reply.isError { refused += 1 }
      if (n + 1) % every == 0 || n + 1 == lines.count {
        let count = Double((n + 1) % every == 0 ? every : (n + 1) % every)
        print(String(format: "%8d   %10.3f %9.3f %9d %15d   %@", n + 1, wall / count * 1000, cpu / count * 1000, refused,
                     journalLines(folder), Show.mb(Measure.currentRSS())))
        (wall, cpu) = (0, 0)
      }
    }
    let late = undoRedo(session, after: lines.last ?? "")
    print(String(format: "undo / redo (median of 5, ms): on the fresh desk %.3f / %.3f; after %d commands %.3f / %.3f",
                 fresh.undo * 1000, fresh.redo * 1000, lines.count, late.undo * 1000, late.redo * 1000))
    let closing = Measure.time { _ = session.close() }
    print("clean exit (compaction) \(Show.s(closing)); peak RSS \(Show.mb(Measure.peakRSS()))")
  }

  static let start = Date(timeIntervalSince1970: 1_796_115_600)  // 2026-12-01 09:00 UTC

  /// Median seconds of an `undo` then a `redo` of the last line, five times over, leaving
  /// the desk as it was.
  private static func undoRedo(_ session: Session, after line: String) -> (undo: Double, redo: Double) {
    if session.isNew { _ = session.handle(line) }
    var undos: [Double] = [], redos: [Double] = []
    for _ in 0..<5 {
      undos.append(Measure.time { _ = session.handle("undo") })
      redos.append(Measure.time { _ = session.handle("redo") })
    }
    return (Measure.median(undos), Measure.median(redos))
  }

  private static func journalLines(_ folder: URL) -> Int {
    guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent("journal.jsonl").path) else { return 0 }
    return bytes.reduce(0) { $1 == 10 ? $0 + 1 : $0 }
  }
}
