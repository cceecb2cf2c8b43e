import DealdeskApp
import DealdeskCore
import DealdeskStore
import DealdeskTeam
import Foundation

/// `dealdesk-bench team-worker URL SCRIPT RESULTS READY GO CACHE`: one writer, a process of
/// its own as each manager's dealdesk is, with its own login and connection. Opens the team
/// desk as `dealdesk --team URL` does, says it is ready, waits for the go, then answers
/// SCRIPT's lines one by one as a pipe into dealdesk would, timing each. RESULTS gets a
/// line per command: seconds, catch-up seconds, append seconds, overtaken appends, refused.
enum TeamWorker {
  static func main(_ arguments: [String]) -> Int32 {
    guard arguments.count >= 8 else {
      FileHandle.standardError.write(Data("usage: dealdesk-bench team-worker URL SCRIPT RESULTS READY GO CACHE\n".utf8))
      return 2
    }
    let (url, script, results, ready, go, cache) = (arguments[2], arguments[3], arguments[4], arguments[5], arguments[6], arguments[7])
    guard let text = try? String(contentsOfFile: script, encoding: .utf8) else { return fail("cannot read \(script)") }
    let lines = text.split(separator: "\n").map(String.init)
    let counting: CountingJournal
    let session: Session
    do {
      let login = try TeamLogin.resolve(url, environment: ProcessInfo.processInfo.environment)
      let journal = try TeamDeskJournal<Desk, JournalRecord>.open(
        login: login, cache: URL(fileURLWithPath: cache), mode: .readWrite, formatVersion: Session.formatVersion)
      counting = CountingJournal(journal)
      session = try Session.open(journal: counting)
    } catch let error as TeamError {
      return fail(error.message)
    } catch let error as StoreError {
      return fail(error.message)
    } catch {
      return fail("\(error)")
    }
    session.isAtPrompt = true
    // The name index is built by the first line; a manager meets that once, at start-up.
    _ = session.handle("show Acme")
    _ = counting.take()
    _ = FileManager.default.createFile(atPath: ready, contents: nil)
    while !FileManager.default.fileExists(atPath: go) { usleep(500) }

    var out = ""
    var refused = 0
    for line in lines {
      var reply = Reply("")
      let seconds = Measure.time { reply = session.handle(line) }
      let tally = counting.take()
      if reply.isError {
        refused += 1
        if refused <= 3 { FileHandle.standardError.write(Data("refused: \(line) → \(reply.text.prefix(200))\n".utf8)) }
      }
      out += "\(seconds) \(tally.catchUpSeconds) \(tally.commitSeconds) \(tally.overtaken) \(reply.isError ? 1 : 0)\n"
    }
    _ = session.takeNotices()
    let closing = session.close()
    if let closing { FileHandle.standardError.write(Data("closing: \(closing)\n".utf8)) }
    do {
      try out.write(toFile: results, atomically: true, encoding: .utf8)
    } catch {
      return fail("cannot write \(results): \(error.localizedDescription)")
    }
    return 0
  }

  private static func fail(_ message: String) -> Int32 {
    FileHandle.standardError.write(Data("team-worker: \(message)\n".utf8))
    return 1
  }
}
