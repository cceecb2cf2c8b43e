import Foundation
import Testing

/// `dealdesk run --demo`: on a real terminal, each command is typed out after the prompt
/// and then answered; `--step` waits for Enter; Ctrl-C ends the demo cleanly, and the desk
/// itself is never changed.
@Suite(.serialized) struct DemoTests {
  func demoScript(_ desk: Desk) throws -> String {
    try desk.file("show.desk", "# stage: meet the client\nadd client Acme Textiles\nclients\nadd client Bora Fabrics\n")
  }

  @Test func aDemoTypesEachCommandThenShowsItsReply() throws {
    let desk = try Desk()
    let script = try demoScript(desk)
    let terminal = try PseudoTerminal(desk.binary.path, ["--data", desk.data.path, "run", "--demo", "--pace", "5", script])
    try terminal.expect("Ctrl-C ends it.")
    try terminal.expect("dealdesk> add client Acme Textiles\r\n")
    try terminal.expect("Added client Acme Textiles (CL-1).")
    try terminal.expect("dealdesk> clients")
    try terminal.expect("End of the demo. The desk itself was not changed.")
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.screen.contains("stage: meet the client"), "comments are the presenter's notes, not shown")
    #expect(!(try desk.exportJSON()).contains("Acme"), "the demo played on a scratch desk")
  }

  @Test func ctrlCEndsADemoCleanly() throws {
    let desk = try Desk()
    let script = try demoScript(desk)
    // Slow enough that Ctrl-C lands while a command is being typed.
    let terminal = try PseudoTerminal(desk.binary.path, ["--data", desk.data.path, "run", "--demo", "--pace", "300", script])
    try terminal.expect("dealdesk> ad")
    try terminal.send("\u{03}")
    try terminal.expect("Demo stopped. The desk itself was not changed.")
    #expect(try terminal.waitForExit() == 130)
    #expect(!terminal.screen.contains("Added client"), "the half-typed command never ran")
    #expect(!(try desk.exportJSON()).contains("Acme"))
  }

  @Test func stepWaitsForEnterBeforeEachCommand() throws {
    let desk = try Desk()
    let script = try demoScript(desk)
    let terminal = try PseudoTerminal(desk.binary.path, ["--data", desk.data.path, "run", "--demo", "--step", "--pace", "0", script])
    try terminal.expect("Enter plays the next command")
    try terminal.send("\r")
    try terminal.expect("Added client Acme Textiles (CL-1).")
    #expect(!terminal.screen.contains("dealdesk> clients"), "the next command waits for Enter")
    try terminal.send("\r")
    try terminal.expect("Clients (1)")
    try terminal.send("\u{03}")  // ends the demo while it waits
    try terminal.expect("Demo stopped.")
    #expect(try terminal.waitForExit() == 130)
  }

  @Test func paceAndStepBelongToADemo() throws {
    let desk = try Desk()
    let script = try demoScript(desk)
    let result = try desk.run(["--data", desk.data.path, "run", "--step", script])
    #expect(result.status != 0)
    #expect(result.errors.contains("--pace and --step pace a demo; add --demo."), "\(result.errors)")
    #expect(!(try desk.exportJSON()).contains("Acme"), "nothing ran")
  }
}
