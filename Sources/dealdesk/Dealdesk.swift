import ArgumentParser
import DealdeskApp

@main
enum Main {
  static func main() {
    // A scratch desk a killed `run --sandbox`, `--demo` or `check` left behind goes now.
    ScratchFolder.removeAbandoned()
    Dealdesk.main(DeskArguments.subcommandFirst(Array(CommandLine.arguments.dropFirst())))
  }
}

struct Dealdesk: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dealdesk",
    abstract: "A terminal desk for textile account managers: clients, fabrics, offers and negotiation.",
    // One line per paragraph (the backslashes): argument-parser wraps each to the terminal's
    // width, and keeps every line break written here, which would leave a stray short line.
    discussion: """
      With no subcommand, opens the desk: a line editor on a terminal; piped input \
      (dealdesk < file, echo offers | dealdesk) runs each line and prints only the replies, \
      exiting non-zero if any line failed.
      The desk lives in --data DIR, else $DEALDESK_DATA, else $XDG_DATA_HOME/dealdesk, \
      else ~/.local/share/dealdesk.
      A team desk in PostgreSQL: dealdesk team init URL sets one up.
      """,
    subcommands: [Open.self, Run.self, Check.self, Export.self, Explain.self, Train.self, Repair.self, Team.self],
    defaultSubcommand: Open.self
  )
}

/// Options every subcommand shares.
struct DeskOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The desk's folder.", valueName: "DIR"))
  var data: String?

  @Flag(name: .customLong("read-only"), help: "Open the desk for looking only (works while another process holds it).")
  var readOnly = false

  @OptionGroup var screen: ScreenOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The team desk in PostgreSQL, postgres://USER@HOST[:PORT]/DATABASE (else $DEALDESK_TEAM): you work as USER.",
      valueName: "URL"))
  var team: String?

  /// The team desk's address: --team, else $DEALDESK_TEAM; nil for the desk in a folder.
  func teamURL(_ environment: [String: String]) -> String? {
    if let team { return team }
    if let team = environment["DEALDESK_TEAM"], !team.isEmpty { return team }
    return nil
  }
}
