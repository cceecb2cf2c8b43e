import Foundation
import Testing

/// A reply taller than the terminal goes through the manager's pager, as git and psql do
/// (issue 22): `$PAGER`, else `less -FRX`. A pager that cannot start leaves the reply printed
/// directly; pipes and scripts never page.
@Suite(.serialized) struct PagerTests {
  /// `help offers` is a family's page: taller than a 24-row screen.
  static let tall = "help offers"

  /// The desk at an 80 × 24 terminal, with `PAGER` set to `pager` (unset when nil).
  private func start(_ desk: Desk, pager: String?, term: String? = nil) throws -> PseudoTerminal {
    var environment = desk.pipedEnvironment
    environment["PAGER"] = pager
    if let term { environment["TERM"] = term }
    return try PseudoTerminal(desk.binary.path, ["--data", desk.data.path], environment: environment, columns: 80, rows: 24)
  }

  /// A pager that keeps what it is given in `record` and shows only how much that was.
  private func recordingPager(_ desk: Desk) throws -> (script: String, record: String) {
    let record = try desk.file("paged.txt", "")
    try FileManager.default.removeItem(atPath: record)
    let script = try desk.file(
      "pager.sh", "#!/bin/sh\ncat > '\(record)'\necho \"the pager read $(wc -l < '\(record)') lines\"\n")
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
    return (script, record)
  }

  /// The reply as a pipe prints it, which is what the pager must be given.
  private func piped(_ desk: Desk, _ line: String) throws -> String {
    let result = try desk.run(["--data", desk.data.path], input: line + "\n")
    #expect(result.status == 0, "\(result.errors)")
    return result.output
  }

  @Test func aTallReplyGoesWholeToThePagerAndAShortOneDoesNot() throws {
    let desk = try Desk()
    let (script, record) = try recordingPager(desk)
    let expected = try piped(desk, Self.tall)
    #expect(expected.split(separator: "\n").count > 24)

    let terminal = try start(desk, pager: script)
    try terminal.expect("dealdesk> ")
    try terminal.send(Self.tall + "\r")
    try terminal.expect("the pager read \(expected.split(separator: "\n", omittingEmptySubsequences: false).count - 1) lines")
    try terminal.expectPrompt()
    #expect(try String(contentsOfFile: record, encoding: .utf8) == expected)
    #expect(!terminal.screen.contains("e.g. offer Acme 10% on fabric"), "the page was printed besides:\n\(terminal.screen)")

    // The overview fits the screen: printed as it is, the pager not started again.
    try FileManager.default.removeItem(atPath: record)
    try terminal.command("help", answers: "What the desk understands")
    #expect(!FileManager.default.fileExists(atPath: record))
    try terminal.quit()
  }

  @Test func withPagerCatTheWholeReplyShowsAndTheLineEditorWorksAfter() throws {
    let desk = try Desk()
    let expected = try piped(desk, Self.tall)
    let terminal = try start(desk, pager: "cat")
    try terminal.expect("dealdesk> ")
    try terminal.send(Self.tall + "\r")
    try terminal.expect("Offers and negotiation (help COMMAND")
    let last = try #require(expected.split(separator: "\n").last)
    try terminal.expect(String(last))
    try terminal.expectPrompt()
    // readline has the terminal back: Tab completes and Enter runs the line.
    try terminal.send("help coun\t")
    try terminal.expect("ter ")
    try terminal.command("", answers: "counter: ")
    try terminal.quit()
  }

  /// With no PAGER the desk pages through the real `less -FRX`: it shows the first screen,
  /// waits, and `q` gives the terminal back to the line editor.
  @Test func withNoPagerSetRealLessShowsOneScreenAndQGivesThePromptBack() throws {
    let desk = try Desk()
    let expected = try piped(desk, Self.tall)
    let last = try #require(expected.split(separator: "\n").last)
    let terminal = try start(desk, pager: nil, term: "xterm")
    try terminal.expect("dealdesk> ")
    try terminal.send(Self.tall + "\r")
    try terminal.expect("Offers and negotiation (help COMMAND")
    try terminal.send("q")
    // less leaves its ":" on the last row; the prompt follows on that row.
    try terminal.expect("dealdesk> ")
    #expect(!terminal.screen.contains(String(last)), "less stopped at the first screen; the rest was not printed:\n\(terminal.screen)")
    // The line editor has the terminal back (an xterm's prompt follows readline's escapes).
    try terminal.send("help\r")
    try terminal.expect("What the desk understands")
    try terminal.expect("dealdesk> ")
    try terminal.send("quit\r")
    #expect(try terminal.waitForExit() == 0)
  }

  /// A terminal that cannot move its cursor (TERM=dumb) gets the reply printed, not less's
  /// warning; a PAGER set by hand is still used there.
  @Test func aDumbTerminalWithNoPagerSetPrintsTheReplyDirectly() throws {
    let desk = try Desk()
    let terminal = try start(desk, pager: nil)
    try terminal.expect("dealdesk> ")
    try terminal.send(Self.tall + "\r")
    try terminal.expect("e.g. offer Acme 10% on fabric")
    try terminal.expectPrompt()
    #expect(!terminal.screen.contains("not fully functional"))
    try terminal.quit()
  }

  @Test func aPagerThatCannotStartLeavesTheReplyPrintedDirectly() throws {
    let desk = try Desk()
    let terminal = try start(desk, pager: "/nonexistent/pager")
    try terminal.expect("dealdesk> ")
    try terminal.send(Self.tall + "\r")
    try terminal.expect("Offers and negotiation (help COMMAND")
    try terminal.expect("e.g. offer Acme 10% on fabric")
    try terminal.expectPrompt()
    try terminal.quit()
  }

  @Test func pipesNeverPage() throws {
    let desk = try Desk()
    let (script, record) = try recordingPager(desk)
    let result = try desk.run(["--data", desk.data.path], input: Self.tall + "\n", environment: ["PAGER": script])
    #expect(result.status == 0)
    #expect(result.output.contains("e.g. offer Acme 10% on fabric"))
    #expect(!result.output.contains("the pager read"))
    #expect(!FileManager.default.fileExists(atPath: record))
  }
}
