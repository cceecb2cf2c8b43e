import DealdeskApp
import DealdeskCore
import Foundation

/// `dealdesk-bench session [--commands N] [--every K]`: one long session, as a pipe into
/// `dealdesk` runs it — each line through `Session.handle`, journaled and synced before
/// the next — printing the cost per command for every K commands, and what an `undo` and
/// a `redo` of the last of them cost there. Flat rows are the goal: a command should cost
/// the same at the 100,000th line as at the first.
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
    print("   after      wall ms    cpu ms   undo ms   redo ms   refused   journal lines   RSS")
    var (wall, cpu, refused) = (0.0, 0.0, 0)
    for (n, line) in lines.enumerated() {
      let c0 = Measure.cpuSeconds()
      var reply = Reply("")
      wall += Measure.time { reply = session.handle(line) }
      cpu += Measure.cpuSeconds() - c0
      if reply.isError {
        refused += 1
        // Said, so that a refusal is seen to be the desk's rule and not a fault.
        if refused <= 3 { FileHandle.standardError.write(Data("refused: \(line) → \(reply.text.prefix(160))\n".utf8)) }
      }
      if (n + 1) % every == 0 || n + 1 == lines.count {
        let count = Double((n + 1) % every == 0 ? every : (n + 1) % every)
        let (undo, redo) = undoRedo(session)
        print(String(format: "%8d   %10.3f %9.3f %9.3f %9.3f %9d %15d   %@", n + 1, wall / count * 1000, cpu / count * 1000,
                     undo * 1000, redo * 1000, refused, journalLines(folder), Show.mb(Measure.currentRSS())))
        (wall, cpu) = (0, 0)
      }
    }
    let closing = Measure.time { _ = session.close() }
    print("clean exit (compaction) \(Show.s(closing)); peak RSS \(Show.mb(Measure.peakRSS()))")
  }

  static let start = Date(timeIntervalSince1970: 1_796_115_600)  // 2026-12-01 09:00 UTC

  /// Median seconds of an `undo` then a `redo` of the last line, five times over, leaving
  /// the desk as it was.
  private static func undoRedo(_ session: Session) -> (undo: Double, redo: Double) {
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
