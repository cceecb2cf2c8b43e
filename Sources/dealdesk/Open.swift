import ArgumentParser
import DealdeskApp
import Foundation
import LineEditor

/// The desk itself: a line editor on a terminal, plain lines from a pipe.
struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the desk (the default).", usage: "dealdesk [open] [<options>]")

  @OptionGroup var options: DeskOptions

  func run() throws {
    guard let session = Output.openSession(options) else { throw ExitCode.failure }
    // Typed or piped lines are the manager's, not a script's: `@now` there only tells the time.
    session.isAtPrompt = true
    let completer = CompletionSource(session)
    let editor = LineEditor(
      historyFile: session.directory.appendingPathComponent("history"),
      completer: { line, start in completer.completions(line: line, wordStart: start) })
    // Only a terminal listens for others' changes: each line takes them in anyway, and a
    // pipe prints no notices.
    if editor.isInteractive, let watch = TeamWatch(options, environment: ProcessInfo.processInfo.environment) {
      editor.whileWaiting = { watch.news(session) }
    }
    let failures = Screen.$current.withValue(options.screen.resolved) {
      editor.isInteractive ? interactive(session, editor) : piped(session, PipedLines())
    }
    if let problem = session.close() { Output.err(problem) }
    if failures > 0 { throw ExitCode.failure }
  }

  private func interactive(_ session: Session, _ editor: LineEditor) -> Int {
    // Someone is here to answer: what the desk would otherwise do on its own reading is asked.
    session.asksFirst = true
    Output.out(session.banner)
    if session.isReadOnly { Output.out("Read-only: you can look, not change.") }
    while true {
      switch editor.readLine(prompt: Output.prompt(session.prompt)) {
      case .interrupted: continue
      case .endOfInput: return 0
      case .line(let typed):
        editor.remember(typed)
        // The same text the session parses, so an ambiguity's offsets point into it.
        let line = typed.trimmingCharacters(in: .whitespaces)
        var reply = session.handle(line)
        if let ambiguity = reply.ambiguity, let choice = choose(ambiguity.candidates, editor) {
          reply = session.handle(Session.resolving(line, ambiguity: ambiguity, choice: choice))
        }
        if let correction = reply.correction {
          reply = offer(correction, after: reply, session, editor)
        }
        // A question answered with another question's line (a typed line that asks again) is asked too.
        while let question = reply.question {
          switch Ask.ask(question, prompt: session.prompt, editor) {
          case .run(let next): reply = session.handle(next)
          case .nothing(let said):
            session.questionDeclined()
            reply = Reply(said)
          }
        }
        // Others' changes the desk took in before answering come first.
        for notice in session.takeNotices() { Output.out(notice) }
        if !reply.text.isEmpty { Output.reply(reply, paged: true) }
        if reply.quit { return 0 }
      }
    }
  }

  /// A mistyped line with one clear reading: shown with "[Enter] yes"; Enter runs the
  /// corrected line, anything typed instead is a new line of its own. Only here, at a
  /// terminal: a pipe or a script never runs a guess.
  private func offer(_ correction: String, after reply: Reply, _ session: Session, _ editor: LineEditor) -> Reply {
    Output.out(reply.text + " [Enter] yes")
    switch editor.readLine(prompt: Output.prompt(session.prompt)) {
    case .line(let typed) where typed.trimmingCharacters(in: .whitespaces).isEmpty:
      editor.remember(correction)
      return session.handle(correction)
    case .line(let typed):
      editor.remember(typed)
      return session.handle(typed.trimmingCharacters(in: .whitespaces))
    case .interrupted, .endOfInput:
      return Reply("")
    }
  }

  /// Asks which of several names was meant; nil when the manager gives up.
  private func choose(_ candidates: [String], _ editor: LineEditor) -> String? {
    Output.out("Which one?")
    for (n, name) in candidates.enumerated() { Output.out("  \(n + 1)) \(name)") }
    guard case .line(let answer) = editor.readLine(prompt: "number> "),
      let n = Int(answer.trimmingCharacters(in: .whitespaces)), (1...candidates.count).contains(n)
    else { return nil }
    return candidates[n - 1]
  }

  /// Piped lines: only the replies are printed, errors on stderr with their line. A `quit`
  /// before the end says on stderr how many lines after it were not run, and fails the run.
  private func piped(_ session: Session, _ input: PipedLines) -> Int {
    var failures = 0
    var number = 0
    while let line = input.next() {
      number += 1
      let reply = session.handle(line)
      if reply.isError {
        failures += 1
        Output.err("line \(number): \(reply.text)")
      } else if !reply.text.isEmpty {
        Output.reply(reply)
      }
      if reply.quit {
        let (rest, ended) = input.rest()
        let notRun = rest.filter { text in
          let trimmed = text.trimmingCharacters(in: .whitespaces)
          return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }.count
        guard notRun > 0 else { break }
        let word = line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".!"))
        let lines = notRun == 1 ? "1 line after it was" : "\(notRun) lines after it were"
        Output.err("Stopped at line \(number) (\(word)): \(lines) not run\(ended ? "" : ", and the input had not ended").")
        failures += 1
        break
      }
    }
    return failures
  }
}

/// Lets readline's completion callback reach the session; readline calls it on the one
/// thread that also runs the loop, so there is no concurrent access.
final class CompletionSource: @unchecked Sendable {
  private let session: Session
  init(_ session: Session) { self.session = session }
  func completions(line: String, wordStart: Int) -> [CompletionMatch] {
    // Notes are drawn like every reply (ASCII separators when the locale is not UTF-8).
    session.completionCandidates(line: line, wordStart: wordStart).map { CompletionMatch($0.text, note: $0.note.map(Output.style.draw)) }
  }
}
