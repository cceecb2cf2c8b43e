import Foundation
import Testing

/// `dealdesk train` as the real binary: moves from stdin when it is not a terminal (tools
/// and tests rely on this form), the round and the client in the prompt on a terminal,
/// and `train` at the desk's own prompt.
@Suite(.serialized) struct TrainCommandTests {
  @Test func pipedMovesGetTheClientsRepliesAndTheScoreIsKept() throws {
    let desk = try Desk()
    let moves = "offer 5% 2000m net 30 21 days\nask about priorities\noffer 7% net 45\noffer 25%\noffer 8%\nwalk away\n"
    let result = try desk.run(["--data", desk.data.path, "train", "partner", "--seed", "3"], input: moves)
    #expect(result.status == 1, "the refused move makes the exit status non-zero")
    #expect(result.output.hasPrefix("Practice negotiation · seed 3 · your desk is not touched.\n"))
    #expect(result.output.contains("You offer 7% off · 2,000 m · net 45 · 21 days"))
    #expect(result.errors == "25% is outside this case: the discount runs from 0% to 20%, in whole percents. No round used.\n")
    #expect(result.output.contains("Replay this practice: train partner --seed 3"))
    #expect(!result.output.contains("round 1 · "), "no prompt when not a terminal")

    let again = try desk.run(["--data", desk.data.path, "train", "partner", "--seed", "3"], input: moves)
    #expect(again.output == result.output, "the same seed and moves give the same transcript")

    let history = try desk.run(["--data", desk.data.path, "train", "--history"])
    #expect(history.output.hasPrefix("Your practice negotiations (2):"))
    #expect(!FileManager.default.fileExists(atPath: desk.data.appendingPathComponent("journal.jsonl").path), "no desk was opened")
  }

  @Test func anUnknownPersonaIsAnErrorListingThem() throws {
    let desk = try Desk()
    let result = try desk.run(["--data", desk.data.path, "train", "falcon"])
    #expect(result.status == 1)
    #expect(result.errors.contains("Choose one of: hawk, partner, mirror, rush or bluffer"))
  }

  @Test func inputEndingMidPracticeIsNotScored() throws {
    let desk = try Desk()
    let result = try desk.run(["--data", desk.data.path, "train", "rush", "--seed", "1"], input: "offer 5% 1000m net 30 7 days\n")
    #expect(result.status == 0)
    #expect(result.output.hasSuffix("Practice stopped before the end: not scored.\n"))
  }

  /// On a terminal the prompt shows the round and the client, at the desk's prompt too.
  @Test func thePromptShowsTheRoundAndTheClient() throws {
    let desk = try Desk()
    let terminal = try desk.start()
    try terminal.expect("dealdesk> ")
    try terminal.send("train hawk --seed 7\r")
    try terminal.expect("Your client: Ines at Juniper Home, a hawk.")
    try terminal.expect("round 1 · Juniper Home> ")
    try terminal.send("offer 5% 1500m net 30 21 days\r")
    try terminal.expect("Ines: ")
    try terminal.expect("round 2 · Juniper Home> ")
    try terminal.send("quit\r")
    try terminal.expect("not scored")
    try terminal.expect("dealdesk> ")
    try terminal.quit()
  }
}
