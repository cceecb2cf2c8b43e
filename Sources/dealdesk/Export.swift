import ArgumentParser
import DealdeskApp

/// Writes the export format (docs/export-format.md): the whole desk as JSON, or one list as CSV.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the desk as JSON: export json [FILE]; or one list as CSV: export csv LIST [FILE] (stdout without FILE).",
    usage: "dealdesk export [<options>] <FORMAT> [<LIST|FILE> ...] [--replace]",
    discussion: """
      CSV lists: clients, products, offers, orders, payments, reservations, stock-requests.
      A FILE already there is kept unless --replace is given; only a regular file is ever written.
      """)

  @OptionGroup var options: DeskOptions

  @Argument(help: ArgumentHelp("The format: json or csv.", valueName: "FORMAT"))
  var format: String

  @Argument(help: ArgumentHelp("For csv, the list (e.g. offers); then where to write it, standard output when left out.", valueName: "LIST|FILE"))
  var arguments: [String] = []

  @Flag(help: "Write over FILE if it is already there (only ever a regular file: never a folder, link or device).")
  var replace = false

  private var isCSV: Bool { format.lowercased() == "csv" }

  func validate() throws {
    switch format.lowercased() {
    case "json":
      guard arguments.count <= 1 else { throw ValidationError("export json takes one FILE: dealdesk export json [FILE]") }
    case "csv":
      guard (1...2).contains(arguments.count) else {
        throw ValidationError("Export which list as CSV? dealdesk export csv LIST [FILE], e.g. dealdesk export csv offers offers.csv")
      }
    default:
      throw ValidationError("The desk exports json or csv: dealdesk export json [FILE], dealdesk export csv LIST [FILE]")
    }
    if replace, file == nil {
      throw ValidationError("--replace is for a FILE already there; name the file, e.g. dealdesk export json backup.json --replace")
    }
  }

  private var file: String? { isCSV ? arguments.dropFirst().first : arguments.first }

  /// The line the desk itself would be typed, so the shell and the REPL answer alike.
  private var line: String {
    let what = isCSV ? "export csv \(arguments.first ?? "")" : "export json"
    return file.map { "\(what) to \"\($0)\"\(replace ? ", replace it" : "")" } ?? what
  }

  /// This command again with --replace, for a file already there: the shell's words, not the desk's.
  private var retry: String {
    let data = options.data.map { "--data \(Output.shellWord($0)) " } ?? ""
    let what = isCSV ? "export csv \(Output.shellWord(arguments.first ?? ""))" : "export json"
    return "dealdesk \(data)\(what) \(Output.shellWord(file ?? "")) --replace"
  }

  func run() throws {
    var readOnly = options
    readOnly.readOnly = true
    guard let session = Output.openSession(readOnly) else { throw ExitCode.failure }
    defer { _ = session.close() }
    session.replaceHint = retry
    let reply = session.handle(line)
    if reply.isError {
      Output.err(reply.text)
      throw ExitCode.failure
    }
    Output.out(reply.text)
  }
}
