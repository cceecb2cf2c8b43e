import ArgumentParser
import DealdeskApp
import Foundation

/// `dealdesk repair`: makes a desk refused for damage open again, keeping a copy of every
/// file it changes.
struct Repair: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repair",
    abstract: "Set aside what cannot be read in a damaged desk, keeping a copy of every file it changes.",
    usage: "dealdesk repair [<options>] [--start-empty]",
    discussion: """
      A journal line that cannot be read is set aside (the journal is kept whole as \
      journal.jsonl.damaged-N first). A desk.json that cannot be read is kept as \
      desk.json.damaged-N and the desk is rebuilt from the journal when the journal goes \
      back to the start; when it does not, repair says what is lost and changes nothing, \
      unless --start-empty is given. Refused while another Dealdesk has the desk open.
      """)

  @OptionGroup var options: DeskOptions

  @Flag(
    name: .customLong("start-empty"),
    help: "When desk.json cannot be read and the journal cannot rebuild it, keep both as copies and start an empty desk.")
  var startEmpty = false

  func run() throws {
    if options.readOnly {
      Output.err("repair changes the desk, so it cannot run with --read-only; leave --read-only out.")
      throw ExitCode.failure
    }
    if let data = options.data, data.trimmingCharacters(in: .whitespaces).isEmpty {
      Output.err("--data was given an empty folder name; name the desk's folder, or leave --data out for your own desk.")
      throw ExitCode.failure
    }
    let directory = DeskLocation.resolve(explicit: options.data, environment: ProcessInfo.processInfo.environment)
    let outcome = DeskRepair.run(at: directory, startEmpty: startEmpty)
    if outcome.succeeded {
      Output.out(outcome.text)
    } else {
      Output.err(outcome.text)
      throw ExitCode.failure
    }
  }
}
