import DealdeskApp
import DealdeskCore
import Foundation

/// `dealdesk-bench export [--scale 1] [--runs 3]`: `export json to FILE` typed at the
/// seeded desk of `store` (BigDesk), in a child process each run so that its peak memory
/// is the export's: the time, the peak, and the peak less what the open desk held before,
/// beside the desk's size on disk (the goal: at most twice that).
enum ExportBench {
  static func main(_ arguments: [String]) {
    if arguments.count > 3, arguments[1] == "export-child" {
      child(URL(fileURLWithPath: arguments[2]), to: arguments[3])
      return
    }
    let scale = Double(arguments.firstIndex(of: "--scale").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil } ?? "1") ?? 1
    let runs = Measure.option("--runs", in: arguments) ?? 3
    let folder = Measure.scratchFolder("export")
    defer { try? FileManager.default.removeItem(at: folder) }
    let desk = folder.appendingPathComponent("desk")
    let big = BigDesk(scale: scale)
    StoreScale(scale: scale, runs: 1, only: []).writeSnapshot(big.desk, to: desk)
    let size = Measure.fileSize(desk.appendingPathComponent("desk.json").path)
    let d = big.desk
    print("dealdesk-bench export: \(d.clients.count) clients, \(d.offers.count) offers, \(d.orders.count) orders, \(d.notes.count) notes, \(d.followUps.count) follow-ups; desk.json \(Show.mb(size))")
    print("run   export MB   seconds   peak MB   peak less the open desk MB   that ÷ desk on disk")
    for run in 1...max(1, runs) {
      let out = folder.appendingPathComponent("export-\(run).json").path
      guard let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
        let result = Measure.run(me, ["export-child", desk.path, out])
      else { continue }
      let parts = result.output.split(whereSeparator: \.isWhitespace)
      guard parts.count >= 4, parts[0] == "export", let seconds = Double(parts[1]), let peak = Int(parts[2]),
        let before = Int(parts[3])
      else {
        print("export failed: \(result.output.prefix(300))")
        continue
      }
      let added = peak - before
      print(String(format: "%3d %11.1f %9.3f %9.1f %28.1f %21.2f", run, Double(Measure.fileSize(out)) / 1e6, seconds,
                   Double(peak) / 1e6, Double(added) / 1e6, Double(added) / Double(max(1, size))))
      try? FileManager.default.removeItem(atPath: out)
    }
  }

  /// Opens the desk, then times `export json to FILE` as typed at the prompt; prints the
  /// seconds, the peak resident set, and the resident set before the export.
  static func child(_ folder: URL, to path: String) {
    do {
      let session = try Session.open(at: folder, clock: .fixed(BigDesk.start.addingTimeInterval(400 * 86_400)))
      // The export's own peak, not the open's: the high-water mark starts again here.
      Measure.resetPeak()
      let before = Measure.currentRSS()
      var reply = Reply("")
      let took = Measure.time { reply = session.handle("export json to \(path)") }
      let peak = Measure.peakRSS()
      _ = session.close()
      if reply.isError { print("error \(reply.text)") } else { print("export \(took) \(peak) \(before)") }
    } catch {
      print("error \(error.message)")
    }
  }
}
