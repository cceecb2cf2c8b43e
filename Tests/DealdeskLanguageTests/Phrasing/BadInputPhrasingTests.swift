import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Lines the desk cannot do: it says why and what to try, names the candidates when a name
/// fits several, and never crashes or guesses.
@Suite struct BadInputPhrasingTests {
  static let nothing = fails("Nothing to do.", "Type help to see what the desk understands.")
  static let typeHelp = "Type help to see what the desk understands."

  static let unknownCommands: [Row] = [
    Row("ofer Acme 10% on linen", fails("I don't know the command \"ofer\".", "Did you mean: offer Acme 10% on linen?")),
    Row("offfer Acme 10%", fails("I don't know the command \"offfer\".", "Did you mean: offer Acme 10%?")),
    Row("conter 12%", fails("I don't know the command \"conter\".", "Did you mean counter?")),
    Row("acept", fails("I don't know the command \"acept\".", "Did you mean accept?")),
    Row("withdrew O-1", fails("I don't know the command \"withdrew\".", "Did you mean: withdraw O-1?")),
    Row("hlep", fails("I don't know the command \"hlep\".", "Did you mean: help?")),
    Row("undoo", fails("I don't know the command \"undoo\".", "Did you mean: undo?")),
    Row("exprot json", fails("I don't know the command \"exprot\".", "Did you mean: export json?")),
    Row("catalgo", fails("I don't know the command \"catalgo\".", "Did you mean: catalog?")),
    Row("recieve 800m linen 220", fails("I don't know the command \"recieve\".", "Did you mean: receive 800m linen 220?")),
    Row("blah blah", fails("I don't know \"blah\".", typeHelp)),
    Row("frobnicate the linen", fails("I don't know \"frobnicate\".", typeHelp)),
    Row("Acme blah", fails("What about Acme Textiles?", "e.g. Acme Textiles accepts, Acme Textiles wants 12%, show Acme Textiles. Type help for more.")),
    Row("Acme is fine with it", fails("What about Acme Textiles?", "e.g. Acme Textiles accepts, Acme Textiles wants 12%, show Acme Textiles. Type help for more.")),
  ]

  /// "Acme" on a desk with Acme Textiles and Acme Home.
  static let ambiguity: [Row] = [
    Row("show Acme", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    Row("Acme?", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    Row("offer Acme 10% on linen", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    Row("offer 10% on linen to acme", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    Row("Acme wants 15%", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    Row("Acme accepts", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    Row("counter Acme 12%", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    Row("offers for Acme", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    Row("Acmee accepts", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    Row("show Acme Textiles", ambiguous: true, ask(.client(id: PhrasingDesk.acme))),
    Row("show acme tex", ambiguous: true, ask(.client(id: PhrasingDesk.acme))),
    Row("show Acme Home", ambiguous: true, ask(.client(id: PhrasingDesk.acmeHome))),
    Row("show acme h", ambiguous: true, ask(.client(id: PhrasingDesk.acmeHome))),
    Row("show \"Acme Home\"", ambiguous: true, ask(.client(id: PhrasingDesk.acmeHome))),
    Row("show Acme Hom", ambiguous: true, ask(.client(id: PhrasingDesk.acmeHome))),
    Row("offer Acme Textiles 10% on linen", ambiguous: true, offer(PhrasingDesk.acme, pct(10, on: .category("linen")))),
    Row("Acme Textiles accepts", ambiguous: true, accept(by: .client)),
    Row("they accept", client: PhrasingDesk.acme, ambiguous: true, accept(by: .client)),
  ]

  static let junk: [Row] = [
    Row("", nothing),
    Row("   ", nothing),
    Row("\t", nothing),
    Row(",", nothing),
    Row(".", nothing),
    Row("...", nothing),
    Row("!!!", nothing),
    Row(";", nothing),
    Row("please", nothing),
    Row("the", nothing),
    Row("(", fails("I don't know \"(\".", typeHelp)),
    Row(")))", fails("I don't know \")\".", typeHelp)),
    Row("🙂", fails("I don't know \"🙂\".", typeHelp)),
    Row("🙂🙂🙂 offer", fails("I don't know \"🙂🙂🙂\".", typeHelp)),
    Row("#", fails("I don't know \"#\".", typeHelp)),
    Row("\"", fails("Unclosed quote.", "Close it, e.g. add client \"Acme Home\"")),
    Row("add client \"Acme Home", fails("Unclosed quote.", "Close it, e.g. add client \"Acme Home\"")),
    Row("offer Acme 10% on \"linen", fails("Unclosed quote.", "Close it, e.g. add client \"Acme Home\"")),
    Row("show \"\"", fails("Empty quotes name nothing.", "Put the name inside them, e.g. \"Acme Home\"")),
    Row("offer \"  \" 10% on linen", fails("Empty quotes name nothing.", "Put the name inside them, e.g. \"Acme Home\"")),
    Row("offer Acme 🙂 10% on linen", fails("I don't know \"🙂\" here.", "`clients` and `catalog` list the names the desk knows.")),
    Row("offer\tAcme\t10%\ton linen", offer(PhrasingDesk.acme, pct(10, on: .category("linen")))),
    Row("offer Acme 10% on linen\r\n", offer(PhrasingDesk.acme, pct(10, on: .category("linen")))),
    Row("  offer   Acme   10%   on   linen  ", offer(PhrasingDesk.acme, pct(10, on: .category("linen")))),
    Row("show C\u{0327}elik", ask(.client(id: PhrasingDesk.celik))),
    Row("offer Acme 10% on linen\u{0}", .anyError),
    Row("\u{1B}[A", .anyError),
    Row("\u{7}\u{7}\u{7}", .anyError),
    Row("offer Acme -5% on linen", .anyError),
    Row("offer Acme 10% on linen valid 99999 days", .anyError),
    Row("counter 99999999999999999999%", client: PhrasingDesk.acme, .anyError),
    Row("offer Acme 1e9m linen 220", .anyError),
  ]

  /// Pasted walls of text: read in one pass, answered, never a crash.
  static let huge: [Row] = [
    // Pasted walls of words are refused as too long for one command (Parser.maxTokens).
    Row("offer Acme 10% on linen" + String(repeating: " please", count: 15_000), .anyError),
    Row(String(repeating: "x", count: 100_000), .anyError),
    Row(String(repeating: "5", count: 100_000), .anyError),
    Row("show \"" + String(repeating: "a", count: 100_000) + "\"", .anyError),
    Row("offer Acme " + String(repeating: "10% on linen ", count: 2_000), .anyError),
    Row("Acme declines: " + String(repeating: "too expensive ", count: 7_500), .anyError),
    // Within the bound, a long line is still read whole.
    Row("Acme declines: " + String(repeating: "too expensive ", count: 90), decline(reason: "too expensive" + String(repeating: " too expensive", count: 89))),
    Row(String(repeating: "🙂", count: 50_000), .anyError),
    Row(String(repeating: "\"a\" ", count: 25_000), .anyError),
  ]

  @Test(arguments: unknownCommands) func anUnknownCommand(_ row: Row) { row.check() }
  @Test(arguments: ambiguity) func aNameThatFitsSeveral(_ row: Row) { row.check() }
  @Test(arguments: junk) func junkIsRefusedPolitely(_ row: Row) { row.check() }
  @Test(arguments: huge) func aHundredKilobyteLine(_ row: Row) { row.check() }

  /// The ambiguity error says which words to replace, so a terminal can ask and retry.
  @Test func anAmbiguousNameMarksItsSpan() {
    let context = PhrasingDesk.context(PhrasingDesk.ambiguousDesk)
    #expect(throws: ParseError(
      "\"Acme\" could be Acme Home or Acme Textiles.", suggestion: "Type more of the name, or put it in quotes.", offset: 6,
      ambiguity: .init(candidates: ["Acme Home", "Acme Textiles"], offset: 6, length: 4))) {
      try Parser.parse("offer Acme 10% on linen", context: context)
    }
  }
}
