import DealdeskApp
import DealdeskCore
import DealdeskStore
import Foundation

/// `dealdesk-bench store [--scale 1|0.1|0.01] [--runs N]`: the store at a branch's scale
/// (issue 9, items 8–12), beside the peers a user would otherwise pick, in one table.
/// Without --scale it measures all three scales, so the table shows how cost grows.
enum StoreBench {
  static func main(_ arguments: [String]) {
    if arguments.count > 2, arguments[1] == "store-open" {
      openChild(arguments[2])
      return
    }
    // `store-make DIR SCALE`: only write the desk, for a profiler to open (`store-open DIR`).
    if arguments.count > 3, arguments[1] == "store-make", let scale = Double(arguments[3]) {
      let big = BigDesk(scale: scale)
      StoreScale(scale: scale, runs: 1, only: []).writeSnapshot(big.desk, to: URL(fileURLWithPath: arguments[2]))
      return
    }
    // `store-script N FILE`: only write the N-line replay script, for a profiler to run.
    if arguments.count > 3, arguments[1] == "store-script", let count = Int(arguments[2]) {
      _ = FileManager.default.createFile(atPath: arguments[3], contents: Data(StoreScale.replayScript(count).utf8))
      return
    }
    if arguments.count > 3, arguments[1] == "store-run" {
      runChild(arguments[2], arguments[3])
      return
    }
    if arguments.count > 3, arguments[1] == "store-export" {
      exportChild(arguments[2], arguments[3])
      return
    }
    if arguments.count > 2, arguments[1] == "store-open-foundation" {
      foundationChild(arguments[2])
      return
    }
    var scales = [0.01, 0.1, 1.0]
    var runs = 3
    var only: Set<Int> = [8, 9, 10, 21]
    var index = 2
    while index < arguments.count {
      switch arguments[index] {
      case "--scale" where index + 1 < arguments.count:
        guard let scale = Double(arguments[index + 1]), scale > 0, scale <= 1 else {
          print("--scale takes a number from 0 to 1, e.g. --scale 0.1")
          exit(2)
        }
        scales = [scale]
        index += 2
      case "--only" where index + 1 < arguments.count:
        // `--only 8` (or 9, or 10 for start-up and memory, or 21 for issue 21's script,
        // start-up after it and export): one measure, for a profiler.
        only = Set(arguments[index + 1].split(separator: ",").compactMap { Int($0) })
        index += 2
      case "--runs" where index + 1 < arguments.count:
        runs = max(1, Int(arguments[index + 1]) ?? 3)
        index += 2
      default:
        print("usage: dealdesk-bench store [--scale 1|0.1|0.01] [--runs N] [--only 8,9,10,21]")
        exit(2)
      }
    }
    let started = Date()
    var rows: [Row] = []
    for scale in scales {
      rows.append(contentsOf: StoreScale(scale: scale, runs: runs, only: only).measure())
    }
    Table.print(rows, started: started, runs: runs)
  }

  /// Run as a child process, so start-up time and peak memory are the desk's alone: opens
  /// the desk as `dealdesk` does up to its first prompt, then prints seconds and VmHWM.
  static func openChild(_ path: String) {
    let t0 = Measure.clock.now
    do {
      let session = try Session.open(at: URL(fileURLWithPath: path), mode: .readWrite, clock: .fixed(BigDesk.start))
      let banner = session.banner
      let prompt = session.prompt
      let took = Measure.seconds(Measure.clock.now - t0)
      let peak = Measure.peakRSS(), resident = Measure.currentRSS()
      _ = session.close()
      print("open \(took) \(peak) \(banner.count + prompt.count) \(session.desk.clients.count) \(resident)")
    } catch {
      print("error \(error.message)")
    }
  }
}

extension StoreBench {
  /// The snapshot read the way the store read it before its own reader: Foundation's
  /// JSONDecoder with DeskJSON's settings. Printed beside the new start-up as "before".
  static func foundationChild(_ path: String) {
    struct Envelope: Decodable { var seq: Int; var desk: Desk }
    let t0 = Measure.clock.now
    do {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: path).appendingPathComponent("desk.json"))
      let envelope = try DeskJSON.decoder().decode(Envelope.self, from: bytes)
      let took = Measure.seconds(Measure.clock.now - t0)
      print("open \(took) \(Measure.peakRSS()) 0 \(envelope.desk.clients.count)")
    } catch {
      print("error \(error)")
    }
  }
}

/// One line of the table.
struct Row {
  var item: String
  var scale: Double
  var ours: String
  var peer: String
  var ratio: String
  var target: String
}

enum Table {
  static func print(_ rows: [Row], started: Date, runs: Int) {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    formatter.timeZone = TimeZone(identifier: "UTC")
    Swift.print("dealdesk-bench store — \(formatter.string(from: started)) UTC; medians of \(runs) runs unless said; this machine's timings swing up to 2×")
    let header = ["item", "scale", "dealdesk", "peer", "ratio", "target"]
    var cells = [header] + rows.map { [$0.item, scaleName($0.scale), $0.ours, $0.peer, $0.ratio, $0.target] }
    let widths = (0..<header.count).map { column in cells.map { $0[column].count }.max() ?? 0 }
    cells.insert(widths.map { String(repeating: "-", count: $0) }, at: 1)
    for line in cells {
      Swift.print(zip(line, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  "))
    }
  }

  static func scaleName(_ scale: Double) -> String {
    scale == 1 ? "1" : scale == 0.1 ? "1/10" : scale == 0.01 ? "1/100" : String(scale)
  }
}

/// Number formatting for the table.
enum Show {
  static func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
  static func s(_ seconds: Double) -> String {
    seconds >= 1 ? String(format: "%.2f s", seconds) : String(format: "%.1f ms", seconds * 1000)
  }
  static func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
  static func ratio(_ x: Double) -> String { x.isFinite ? String(format: "%.2f", x) : "—" }
}
