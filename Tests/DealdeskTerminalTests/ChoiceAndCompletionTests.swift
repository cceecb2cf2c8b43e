import Foundation
import Testing

/// What the language does only on a terminal: a name that fits several clients is asked
/// about with numbered choices, and Tab offers what fits where the cursor is. Piped, the
/// same ambiguity is an error that lists the candidates.
@Suite(.serialized) struct ChoiceAndCompletionTests {
  @Test func aNameThatFitsSeveralIsChosenByNumber() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.command("add client Acme Textiles", answers: "Acme Textiles")
    try terminal.command("add client Acme Home", answers: "Acme Home")

    try terminal.send("show Acme\r")
    try terminal.expect("Which one?")
    try terminal.expect("1) Acme Home")
    try terminal.expect("2) Acme Textiles")
    try terminal.expect("number> ")
    try terminal.send("2\r")
    try terminal.expect("Acme Textiles (CL-1)")  // the account card of the one chosen
    try terminal.expectPrompt()

    // Anything but a listed number gives up, with the candidates in the error.
    try terminal.send("show Acme\r")
    try terminal.expect("number> ")
    try terminal.command("9", answers: "\"Acme\" could be Acme Home or Acme Textiles.")
    try terminal.quit()
  }

  /// A mistyped command with one clear reading is offered whole; Enter runs it, and any other
  /// line typed instead is run as itself (issue 16).
  @Test func aTypoWithOneClearReadingRunsOnEnter() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.command("load sample data", answers: "sample")
    try terminal.send("ofer Acme 10% on linen\r")
    try terminal.expect("Did you mean: offer Acme 10% on linen? [Enter] yes")
    try terminal.send("\r")
    try terminal.expect("O-1 to Acme Textiles")
    try terminal.expectPrompt()
    // Another line typed instead is run as itself; the guess is not.
    try terminal.send("ofer Bora 12% on linen\r")
    try terminal.expect("[Enter] yes")
    try terminal.command("offers for Bora", answers: "Bora Fabrics")
    try terminal.command("offers", answers: "O-1")
    #expect(!terminal.screen.contains("O-2"))
    try terminal.quit()
  }

  @Test func pipedAnAmbiguousNameIsAnErrorListingTheCandidates() throws {
    let desk = try Desk()
    let result = try desk.run(
      ["--data", desk.data.path], input: "add client Acme Textiles\nadd client Acme Home\nshow Acme\n")
    #expect(result.status != 0)
    #expect(result.errors.contains("line 3: \"Acme\" could be Acme Home or Acme Textiles."), "\(result.errors)")
    #expect(!result.output.contains("Which one?"))
  }

  @Test func tabOffersWhatFitsWhereTheCursorIs() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.command("load sample data", answers: "sample")

    // After "offer ": a client.
    try terminal.send("offer Bo\t")
    try terminal.expect("ra Fabrics ")
    // After the client: fabrics and categories, not clients.
    try terminal.send("10% on Silk H\t")
    try terminal.expect("abotai 90 ")
    try terminal.command("", answers: "O-1 to Bora Fabrics")

    // After "accept ": the open offers' ids.
    try terminal.send("accept O-\t")
    try terminal.expect("1 ")
    try terminal.command("", answers: "accepted")

    // Never a file name: "/tm" stays as typed (not "/tmp/"), and is refused as such.
    try terminal.send("show /tm\t")
    try terminal.command("", answers: "I don't know \"/tm\"")
    try terminal.quit()
  }
}

/// A mistyped command word with one clear reading, piped: only suggested, nothing runs (at a
/// terminal Enter runs it: aTypoWithOneClearReadingRunsOnEnter above).
@Suite(.serialized) struct TypoCorrectionTests {
  @Test func pipedACorrectionIsOnlySuggested() throws {
    let desk = try Desk()
    let result = try desk.run(["--data", desk.data.path], input: "load sample data\nofer Bora 8% on poplin\noffers\n")
    #expect(result.status != 0)
    #expect(result.errors.contains("line 2: I don't know the command \"ofer\". Did you mean: offer Bora 8% on poplin?"), "\(result.errors)")
    #expect(!result.output.contains("O-1"), "\(result.output)")
  }
}
