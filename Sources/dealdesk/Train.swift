import ArgumentParser
import DealdeskApp
import Foundation
import LineEditor

/// `dealdesk train [PERSONA] [--seed N]`: a practice negotiation straight from the shell.
/// It opens no desk (so it runs while a manager has the desk open, and can never change it);
/// the score goes into the practice history in the desk's folder. Piped, it reads the
/// trainee's moves from stdin, one a line, which is how tools and tests drive it.
struct Train: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Practise a fabric deal against a simulated client; your desk is not touched.",
    usage: "dealdesk train [<options>] [<PERSONA>] [--seed <N>] [--history]",
    discussion: "Personas: hawk, partner, mirror, rush, bluffer (one is drawn from the seed when none is named).")

  @OptionGroup var options: DeskOptions

  @Argument(help: ArgumentHelp("The client: hawk, partner, mirror, rush or bluffer.", valueName: "PERSONA"))
  var persona: String?

  @Option(name: .long, help: ArgumentHelp("The seed that draws the client, for a practice you can replay.", valueName: "N"))
  var seed: UInt64?

  @Flag(name: .long, help: "Show your past practice scores and the trend, then stop.")
  var history = false

  func run() throws {
    // Laid out for the terminal it runs in, as the desk is; a pipe keeps the full width.
    try Screen.$current.withValue(options.screen.resolved) { try play() }
  }

  private func play() throws {
    guard let folder = Output.trainingFolder(options) else { throw ExitCode.failure }
    let room = TrainingRoom(folder: folder, keepsHistory: !options.readOnly)
    if history {
      Output.out(room.renderHistory())
      return
    }
    switch room.start(persona: persona, seed: seed, now: Date()) {
    case .failure(let error):
      Output.err(error.message)
      throw ExitCode.failure
    case .success(let opening):
      Output.out(opening)
    }
    let editor = LineEditor(historyFile: nil, completer: { line, start in Practice.completions(line: line, wordStart: start) })
    var failures = 0
    while let practice = room.practice {
      switch editor.readLine(prompt: editor.isInteractive ? Output.prompt(practice.prompt) : "") {
      case .interrupted: continue
      case .endOfInput:
        Output.out("Practice stopped before the end: not scored.")
        // A refused move still fails the run, as in any piped input.
        if failures > 0 { throw ExitCode.failure }
        return
      case .line(let line):
        if editor.isInteractive { editor.remember(line) }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
        var reply = room.handle(trimmed, now: Date(), asking: editor.isInteractive)
        while editor.isInteractive, let question = reply.question, let practice = room.practice {
          switch Ask.ask(question, prompt: practice.prompt, editor) {
          case .run(let next): reply = room.handle(next, now: Date(), asking: true)
          case .nothing(let said): reply = PracticeReply(said)
          }
        }
        if reply.isError && !editor.isInteractive {
          failures += 1
          Output.err(reply.text)
        } else {
          Output.out(reply.text)
        }
      }
    }
    if failures > 0 { throw ExitCode.failure }
  }
}
