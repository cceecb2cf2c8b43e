import ArgumentParser
import DealdeskApp

/// Writes the export format (docs/export-format.md).
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Write the desk as JSON: export json [FILE] (stdout without FILE).")

  @OptionGroup var options: DeskOptions

  @Argument(help: ArgumentHelp("The format: json.", valueName: "FORMAT"))
  var format: String

  @Argument(help: ArgumentHelp("Where to write it; standard output when left out.", valueName: "FILE"))
  var file: String?

  func validate() throws {
    guard format.lowercased() == "json" else { throw ValidationError("The desk exports json: dealdesk export json [FILE]") }
  }

  func run() throws {
    var readOnly = options
    readOnly.readOnly = true
    guard let session = Output.openSession(readOnly) else { throw ExitCode.failure }
    defer { _ = session.close() }
    let reply = session.handle(file.map { "export json to \"\($0)\"" } ?? "export json")
    if reply.isError {
      Output.err(reply.text)
      throw ExitCode.failure
    }
    Output.out(reply.text)
  }
}
