import DealdeskApp
import DealdeskCore
import DealdeskTrainer
import Foundation

/// `dealdesk-bench notes [--lengths 2500,5000,10000] [--clients 5]`: a script of that many
/// notes (on that many clients, in turn) run as one step into a new desk, then the desk
/// opened again while the script is still in its undo history: time and peak memory of
/// each, in a child process of its own. Memory should grow with the script's length, not
/// with its square.
enum NotesBench {
  static func main(_ arguments: [String]) {
    if arguments.count > 3, arguments[1] == "notes-run" {
      runChild(URL(fileURLWithPath: arguments[2]), script: arguments[3])
      return
    }
    let lengths = Measure.list("--lengths", in: arguments) ?? [2_500, 5_000, 10_000]
    let clients = Measure.option("--clients", in: arguments) ?? 5
    print("dealdesk-bench notes: a script of N notes on \(clients) clients, run as one step, then the desk reopened")
    print("      N   script KB   run s   run peak MB   reopen s   reopen peak MB   journal KB")
    for length in lengths {
      let folder = Measure.scratchFolder("notes-\(length)")
      defer { try? FileManager.default.removeItem(at: folder) }
      let script = folder.appendingPathComponent("notes.desk").path
      _ = FileManager.default.createFile(atPath: script, contents: Data(Self.script(notes: length, clients: clients).utf8))
      let desk = folder.appendingPathComponent("desk")
      guard let run = child(["notes-run", desk.path, script]), let open = child(["store-open", desk.path]) else { continue }
      let journal = Measure.fileSize(desk.appendingPathComponent("journal.jsonl").path)
      print(String(format: "%7d %11d %7.2f %13.1f %10.2f %16.1f %12d", length, Measure.fileSize(script) / 1000, run.seconds,
                   Double(run.peak) / 1e6, open.seconds, Double(open.peak) / 1e6, journal / 1000))
    }
  }

  static func script(notes: Int, clients: Int) -> String {
    var rng = SplitMix64(seed: 21)
    var names: [String] = []
    var taken: Set<String> = []
    while names.count < clients {
      let name = BigDesk.word(&rng) + " " + BigDesk.word(&rng) + " " + BigDesk.suffixes[rng.int(below: BigDesk.suffixes.count)]
      if taken.insert(name.lowercased()).inserted { names.append(name) }
    }
    var lines = ["@now 2026-12-01 09:00"] + names.map { "add client \($0)" }
    for n in 0..<notes { lines.append("note \(names[n % clients]) \(BigDesk.noteTexts[n % BigDesk.noteTexts.count])") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A new desk, the script run as a manager types `run FILE`, the desk closed.
  static func runChild(_ folder: URL, script: String) {
    let t0 = Measure.clock.now
    do {
      let session = try Session.open(at: folder, clock: .fixed(SessionBench.start))
      let reply = session.handle("run \(script)")
      let took = Measure.seconds(Measure.clock.now - t0)
      _ = session.close()
      if reply.isError { FileHandle.standardError.write(Data("run: \(reply.text.prefix(300))\n".utf8)) }
      print("open \(took) \(Measure.peakRSS())")
    } catch {
      print("error \(error.message)")
    }
  }

  private static func child(_ arguments: [String]) -> (seconds: Double, peak: Int)? {
    guard let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
      let result = Measure.run(me, arguments)
    else { return nil }
    let parts = result.output.split(whereSeparator: \.isWhitespace)
    guard let at = parts.firstIndex(of: "open"), parts.count > at + 2, let seconds = Double(parts[at + 1]),
      let peak = Int(parts[at + 2])
    else {
      print("\(arguments[0]) failed: \(result.output.prefix(300))")
      return nil
    }
    return (seconds, peak)
  }
}
