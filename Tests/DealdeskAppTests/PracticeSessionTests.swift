import DealdeskApp
import Foundation
import Testing

/// `train` at the desk: a practice runs inside the session, changes no desk, keeps its
/// score in the practice history, and refuses bad moves without using a round.
@Suite struct PracticeSessionTests {
  func withDesk(_ body: (Session, TestDesk) throws -> Void) throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    try body(session, desk)
  }

  @Test func trainStartsAPracticeAndThePromptShowsRoundAndClient() throws {
    try withDesk { session, _ in
      let opening = session.handle("train hawk --seed 7")
      #expect(!opening.isError)
      #expect(opening.text.hasPrefix("Practice negotiation · seed 7 · your desk is not touched."))
      #expect(opening.text.contains(", a hawk."))
      #expect(session.prompt.hasPrefix("round 1 · "))
      _ = session.handle("offer 5% 2000m net 30 21 days")
      #expect(session.prompt.hasPrefix("round 2 · "))
      #expect(session.prompt.hasSuffix("> "))
    }
  }

  @Test func anUnknownPersonaListsThePersonas() throws {
    try withDesk { session, _ in
      let reply = session.handle("train falcon")
      #expect(reply.isError)
      #expect(reply.text.contains("hawk, partner, mirror, rush or bluffer"))
      #expect(session.prompt == "dealdesk> ", "no practice started")
    }
  }

  /// 25% when the range is 0–20%, 1234 m, net 17: explained with the allowed values, no round used.
  @Test func refusedMovesNameTheAllowedValuesAndUseNoRound() throws {
    try withDesk { session, _ in
      _ = session.handle("train partner --seed 1")
      let cases: [(String, String)] = [
        ("offer 25%", "the discount runs from 0% to 20%"),
        ("offer 1234 m", "1,000, 1,500, 2,000, 2,500 or 3,000 m"),
        ("offer net 17", "payment is 0, 30, 45, 60 or 90 days"),
        ("offer 10 days delivery", "7, 14, 21, 30 or 45 days"),
        ("offer 30 days", "30 days to pay, or 30 days to deliver?"),
        ("accept", "nothing to accept yet"),
        ("sing a song", "not “sing”"),
      ]
      for (line, message) in cases {
        let reply = session.handle(line)
        #expect(reply.isError, "\(line)")
        #expect(reply.text.contains(message), "\(line): \(reply.text)")
        #expect(reply.text.contains("No round used") || line == "accept", "\(line)")
        #expect(session.prompt.hasPrefix("round 1 · "), "\(line) used a round")
      }
    }
  }

  /// A partial offer keeps the terms last offered.
  @Test func aPartialOfferKeepsTheStandingTerms() throws {
    try withDesk { session, _ in
      _ = session.handle("train partner --seed 1")
      #expect(session.handle("offer 4% 2500m net 45 21 days").text.hasPrefix("You offer 4% off · 2,500 m · net 45 · 21 days"))
      #expect(session.handle("offer 6%").text.hasPrefix("You offer 6% off · 2,500 m · net 45 · 21 days"))
      #expect(session.handle("offer 60 days if 3000m").text.hasPrefix("You offer 6% off · 3,000 m · net 60 · 21 days"))
    }
  }

  /// Questions cost no round, and every client sentence carries its full package.
  @Test func questionsUseNoRoundAndTheClientAlwaysNamesItsPackage() throws {
    try withDesk { session, _ in
      _ = session.handle("train rush --seed 2")
      for line in ["ask about priorities", "ask about alternatives", "my priorities are margin"] {
        let reply = session.handle(line)
        #expect(!reply.isError)
        #expect(reply.text.contains("% off · "), "\(line): \(reply.text)")
        #expect(session.prompt.hasPrefix("round 1 · "))
      }
    }
  }

  /// The whole practice changes nothing in the desk: not the data, not the journal.
  @Test func aPracticeNeverTouchesTheDesk() throws {
    try withDesk { session, desk in
      _ = session.handle("add client Acme Textiles")
      let journal = desk.directory.appendingPathComponent("journal.jsonl")
      let before = try Data(contentsOf: journal)
      let deskBefore = session.desk
      _ = session.handle("train bluffer --seed 4")
      _ = session.handle("add client Bora")  // a move, not a desk command, during a practice
      for line in ["offer 2% 2500m net 30 30 days", "offer 3%", "offer 4%", "walk away"] { _ = session.handle(line) }
      #expect(session.prompt.hasPrefix("dealdesk"), "back at the desk")
      #expect(session.desk == deskBefore)
      #expect(try Data(contentsOf: journal) == before)
      #expect(session.desk.clients.values.allSatisfy { $0.name != "Bora" })
    }
  }

  @Test func aFinishedPracticeIsScoredAndKeptInTheHistory() throws {
    try withDesk { session, desk in
      #expect(session.handle("train history").text.hasPrefix("No practice negotiations yet."))
      _ = session.handle("train mirror --seed 3")
      var last = ""
      for line in ["offer 5% 2000m net 30 21 days", "offer 7% net 45", "offer 8%", "offer 9% net 60", "accept"] {
        last = session.handle(line).text
      }
      #expect(last.contains("Replay this practice: train mirror --seed 3"))
      #expect(last.hasSuffix("Back at your desk."))
      _ = session.handle("train mirror --seed 3")
      _ = session.handle("walk away")
      let history = session.handle("train history").text
      #expect(history.hasPrefix("Your practice negotiations (2):"))
      #expect(history.contains("mirror   3           deal"))
      #expect(history.contains("mirror   3           no deal   0"))
      #expect(history.contains("Trend: down"))
      let file = desk.directory.appendingPathComponent("training-history.jsonl")
      let kept = try String(contentsOf: file, encoding: .utf8)
      #expect(kept.split(separator: "\n").count == 2)
    }
  }

  /// `quit` leaves a practice without a score.
  @Test func quittingIsNotScored() throws {
    try withDesk { session, _ in
      _ = session.handle("train")
      #expect(session.handle("quit").text.contains("not scored"))
      #expect(session.prompt == "dealdesk> ")
      #expect(session.handle("train history").text.hasPrefix("No practice negotiations yet."))
    }
  }

  /// The same seed and moves give the same words, whatever happened before.
  @Test func thePracticeReplaysIdentically() throws {
    let moves = ["train bluffer --seed 11", "ask about alternatives", "offer 3% 2500m net 30 21 days", "offer 3%", "offer 3%", "offer 5% net 45", "offer 6%", "offer 7% net 60", "accept", "walk away"]
    func transcript() throws -> [String] {
      var lines: [String] = []
      try withDesk { session, _ in lines = moves.map { session.handle($0).text } }
      return lines
    }
    let first = try transcript()
    #expect(try transcript() == first)
    #expect(first.count == moves.count)
  }

  @Test func historyTrendComparesTheLatestWithTheOnesBefore() {
    let dates = (0..<6).map { Date(timeIntervalSince1970: 1_796_029_200 + Double($0) * 3600) }
    let entries = zip(dates, [20, 30, 40, 50, 60, 70]).map {
      TrainingHistory.Entry(at: $0, persona: "hawk", seed: 1, deal: true, score: $1)
    }
    let text = TrainingHistory.render(entries, unreadable: 1)
    #expect(text.contains("Trend: up 30 points — your last 3 average 60, the 3 before 30. Best so far: 70."))
    #expect(text.contains("1 line of training-history.jsonl could not be read"))
    #expect(TrainingHistory.render(Array(entries.prefix(1)), unreadable: 0).contains("one practice so far"))
  }

  /// A damaged line in the history is skipped and reported, the rest still shown.
  @Test func aDamagedHistoryLineIsSkipped() throws {
    try withDesk { session, desk in
      _ = session.handle("train rush --seed 5")
      _ = session.handle("walk away")
      let file = desk.directory.appendingPathComponent("training-history.jsonl")
      let handle = try FileHandle(forWritingTo: file)
      try handle.seekToEnd()
      try handle.write(contentsOf: Data("{not json\n".utf8))
      try handle.close()
      let history = session.handle("train history").text
      #expect(history.contains("Your practice negotiations (1):"))
      #expect(history.contains("1 line of training-history.jsonl could not be read"))
    }
  }
}

/// A practice recorded at the desk replays, on another desk, to the identical transcript,
/// even when the seed was drawn from the clock (the recording keeps the seed it drew).
@Suite struct PracticeRecordingTests {
  @Test func aRecordedPracticeReplaysIdentically() throws {
    let desk = TestDesk()
    let other = TestDesk()
    defer { desk.remove(); other.remove() }
    let files = try TestFolder("practice-recording")
    let session = try desk.open()
    defer { _ = session.close() }
    // A history already there changes the drawn seed: the replay must not depend on it.
    _ = session.handle("train rush --seed 1")
    _ = session.handle("walk away")

    let file = files.path("practice.desk")
    _ = session.handle("record \(file)")
    var replies: [String] = []
    for line in ["train", "ask about priorities", "offer 4% 2000m net 30 21 days", "offer 12%", "offer 5%", "offer 6% net 45", "offer 7%", "accept", "walk away"] {
      let reply = session.handle(line)
      if !reply.isError { replies.append(reply.text) }
    }
    _ = session.handle("stop recording")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.contains("\ntrain --seed "), "the drawn seed is recorded:\n\(text)")
    #expect(!text.contains("\ntrain\n"))

    let replay = try other.open()
    defer { _ = replay.close() }
    let outcome = replay.runScript(file, options: ScriptOptions())
    #expect(outcome.failures == 0)
    #expect(outcome.output == replies)
  }
}

/// Tab in a practice offers the moves, not the desk's commands or clients.
@Suite struct PracticeCompletionTests {
  @Test func tabOffersTheMoves() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    _ = session.handle("add client Acme Textiles")
    _ = session.handle("train hawk --seed 1")
    #expect(session.completions(line: "a", wordStart: 0) == ["accept", "ask"])
    #expect(session.completions(line: "ask about p", wordStart: 10) == ["priorities"])
    #expect(session.completions(line: "walk ", wordStart: 5) == ["away"])
    #expect(session.completions(line: "offer A", wordStart: 6).isEmpty, "no client names in a practice")
    _ = session.handle("quit")
    #expect(session.completions(line: "show A", wordStart: 5).contains("Acme Textiles"))
  }
}
