import Foundation
import Testing

/// Issue 22, items 6 and 7 as the real binary shows them: what the desk would otherwise do
/// on its own reading is asked at a terminal ("[Enter] yes", as a typo's correction is
/// offered), and refused in a pipe with what to type instead.
@Suite(.serialized) struct AskFirstTests {
  /// `load sample data` on a desk in use: no loads nothing, Enter merges and keeps the policy.
  @Test func sampleDataOnADeskInUseIsAskedAboutAtATerminal() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.command("add client Zeta Moda", answers: "Zeta Moda")
    try terminal.send("load sample data\r")
    try terminal.expect("This desk already holds 1 client.")
    try terminal.expect("Load it into this desk? [Enter] yes")
    try terminal.command("no", answers: "Nothing was loaded.")
    try terminal.command("catalog", answers: "The catalog is empty.")

    try terminal.send("load sample data\r")
    try terminal.expect("[Enter] yes")
    try terminal.send("\r")
    try terminal.expect("Merged the sample data into this desk")
    try terminal.expect("discount limit 10% (the sample's 12%)")
    try terminal.expectPrompt()
    try terminal.command("show Zeta", answers: "Zeta Moda")
    try terminal.quit()
  }

  /// Piped, nothing is merged: the line fails, saying what to type to merge.
  @Test func pipedSampleDataOnADeskInUseIsRefused() throws {
    let desk = try Desk()
    let result = try desk.run(["--data", desk.data.path], input: "add client Zeta Moda\nload sample data\ncatalog\n")
    #expect(result.status != 0)
    #expect(result.errors.contains("line 2: This desk already holds 1 client."), "\(result.errors)")
    #expect(result.errors.contains("type: load sample data, merge"), "\(result.errors)")
    #expect(result.output.contains("The catalog is empty."), "\(result.output)")
  }

  /// A practice at the desk's prompt: a first offer of only a discount is asked with the
  /// terms it would take, and Enter makes the whole offer; a later partial one is asked
  /// too, and no leaves the round unspent.
  @Test func aPartialPracticeOfferIsAskedBeforeItSpendsTheRound() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.send("train hawk --seed 12\r")
    try terminal.expect("round 1 · Marlow Interiors> ")
    try terminal.send("offer 10%\r")
    try terminal.expect("I would take 3,000 m, net 0 and 30 days' delivery from your list terms")
    try terminal.expect("Offer it as round 1? [Enter] yes")
    try terminal.send("\r")
    try terminal.expect("You offer 10% off · 3,000 m · net 0 · 30 days")
    try terminal.expect("round 2 · Marlow Interiors> ")
    try terminal.send("offer net 60\r")
    try terminal.expect("Kept from your last offer: 10% off, 3,000 m and 30 days' delivery. Offer it as round 2? [Enter] yes")
    try terminal.send("no\r")
    try terminal.expect("No round used.")
    try terminal.expect("round 2 · Marlow Interiors> ")
    try terminal.send("quit\r")
    try terminal.expect("Practice stopped after 1 round")
    try terminal.expect("dealdesk> ")
    try terminal.quit()
  }

  /// `dealdesk train` on a terminal asks the same way.
  @Test func trainFromTheShellAsksToo() throws {
    let desk = try Desk()
    let terminal = try PseudoTerminal(
      desk.binary.path, ["--data", desk.data.path, "train", "hawk", "--seed", "12"], environment: desk.pipedEnvironment)
    try terminal.expect("round 1 · Marlow Interiors> ")
    try terminal.send("offer 10%\r")
    try terminal.expect("Offer it as round 1? [Enter] yes")
    try terminal.send("yes\r")
    try terminal.expect("You offer 10% off · 3,000 m · net 0 · 30 days")
    try terminal.expect("round 2 · Marlow Interiors> ")
    try terminal.send("quit\r")
    try terminal.expect("not scored")
    #expect(try terminal.waitForExit() == 0)
  }

  /// Piped, `dealdesk train` refuses a partial first offer (a non-zero exit) and spends no round.
  @Test func pipedTrainRefusesAPartialFirstOffer() throws {
    let desk = try Desk()
    let result = try desk.run(
      ["--data", desk.data.path, "train", "hawk", "--seed", "12"], input: "offer 10%\nstatus\n")
    #expect(result.status == 1)
    #expect(result.errors.contains("say it whole: offer 10%, 3000m, net 0, 30 days delivery. No round used."), "\(result.errors)")
    #expect(result.output.contains("You have not made an offer yet."), "\(result.output)")
  }
}
