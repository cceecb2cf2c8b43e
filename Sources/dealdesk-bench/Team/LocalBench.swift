import DealdeskApp
import Foundation

/// The same commands on the local folder desk (`FolderJournal`: the journal file, fsynced
/// before each answer), one writer, in this process: what a manager gives up in latency
/// by sharing the desk.
enum LocalBench {
  static func run(commands: Int, scratch: URL) -> TeamRun.Figures? {
    let folder = scratch.appendingPathComponent("local-\(UUID().uuidString.prefix(8))")
    defer { try? FileManager.default.removeItem(at: folder) }
    let session: Session
    do {
      session = try Session.open(at: folder)
    } catch {
      FileHandle.standardError.write(Data("local desk: \(error.message)\n".utf8))
      return nil
    }
    defer { _ = session.close() }
    session.isAtPrompt = true
    for line in BenchScript.setUp(writers: 1) + ["show Acme"] {
      let reply = session.handle(line)
      if reply.isError { FileHandle.standardError.write(Data("local desk set-up, \(line): \(reply.text)\n".utf8)) }
    }
    var samples: [CommandSample] = []
    let t0 = Measure.clock.now
    for line in BenchScript.lines(writer: 0, count: commands, lots: .shared) {
      var reply = Reply("")
      let seconds = Measure.time { reply = session.handle(line) }
      samples.append(CommandSample(seconds: seconds, refused: reply.isError))
    }
    return TeamRun.Figures(samples: samples, wall: Measure.seconds(Measure.clock.now - t0))
  }
}
