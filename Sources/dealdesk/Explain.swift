import ArgumentParser
import DealdeskApp

/// Shows how a line is understood, changing nothing.
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show how a line is understood, changing nothing.", usage: "dealdesk explain [<options>] <LINE>")

  @OptionGroup var options: DeskOptions

  @Argument(help: ArgumentHelp("The line, in quotes.", valueName: "LINE"))
  var line: String

  func run() throws {
    var readOnly = options
    readOnly.readOnly = true
    guard let session = Output.openSession(readOnly) else { throw ExitCode.failure }
    defer { _ = session.close() }
    let reply = session.handle("explain " + line)
    if reply.isError {
      Output.err(reply.text)
      throw ExitCode.failure
    }
    Output.out(reply.text)
  }
}
