import DealdeskApp
import Foundation
import Testing

/// Issue 22, item 7: an offer in a practice that leaves terms out says what it took for
/// them. A first offer would take them from the list terms, which the trainee never said:
/// piped or scripted it is refused with the whole offer to type, at a terminal it is asked.
@Suite struct PracticeAssumptionTests {
  func withPractice(_ body: (Session) throws -> Void) throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    _ = session.handle("train hawk --seed 12")
    try body(session)
  }

  /// `offer 10%` as the first move filled in 3,000 m · net 0 · 30 days and used up round 1.
  @Test func aPartialFirstOfferSaysWhatItWouldTakeAndUsesNoRound() throws {
    try withPractice { session in
      let reply = session.handle("offer 10%")
      #expect(reply.isError, "\(reply.text)")
      #expect(reply.text.contains("3,000 m, net 0 and 30 days' delivery"), "\(reply.text)")
      #expect(reply.text.contains("your list terms"), "\(reply.text)")
      #expect(reply.text.contains("offer 10%, 3000m, net 0, 30 days delivery"), "\(reply.text)")
      #expect(reply.text.contains("No round used"), "\(reply.text)")
      #expect(session.prompt.hasPrefix("round 1 · "))
      // The whole offer it names is taken as typed.
      let whole = session.handle("offer 10%, 3000m, net 0, 30 days delivery")
      #expect(!whole.isError, "\(whole.text)")
      #expect(whole.text.hasPrefix("You offer 10% off · 3,000 m · net 0 · 30 days"), "\(whole.text)")
      #expect(session.prompt.hasPrefix("round 2 · "))
    }
  }

  /// Later, a term left out stays as the trainee last offered it (the documented protocol),
  /// and the reply now says which ones it kept.
  @Test func aLaterPartialOfferNamesTheTermsItKept() throws {
    try withPractice { session in
      _ = session.handle("offer 2% 1500m net 30 30 days")
      let reply = session.handle("offer net 60")
      #expect(!reply.isError, "\(reply.text)")
      #expect(reply.text.hasPrefix("You offer 2% off · 1,500 m · net 60 · 30 days"), "\(reply.text)")
      #expect(reply.text.contains("Kept from your last offer: 2% off, 1,500 m and 30 days' delivery."), "\(reply.text)")
      #expect(session.prompt.hasPrefix("round 3 · "))
      // A whole offer keeps nothing, and says nothing about it.
      let whole = session.handle("offer 3% 1500m net 60 30 days")
      #expect(!whole.text.contains("Kept"), "\(whole.text)")
    }
  }

  /// At a terminal the first partial offer is a yes/no whose line is the whole offer.
  @Test func atATerminalTheFirstPartialOfferIsAskedWithTheWholeOffer() throws {
    try withPractice { session in
      session.asksFirst = true
      let reply = session.handle("offer 10%")
      #expect(reply.question?.line == "offer 10%, 3000m, net 0, 30 days delivery")
      #expect(reply.question?.text.hasSuffix("Offer it as round 1?") == true, "\(reply.question?.text ?? "")")
      #expect(session.prompt.hasPrefix("round 1 · "))
    }
  }

  /// At a terminal a later partial offer is asked too, and spends no round until it is
  /// answered; the yes is the whole offer, which is what a recording keeps.
  @Test func atATerminalALaterPartialOfferIsAskedBeforeItSpendsTheRound() throws {
    let folder = try TestFolder("practice-ask")
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    #expect(!session.handle("record \(folder.path("p.desk"))").isError)
    _ = session.handle("train hawk --seed 12")
    _ = session.handle("offer 2% 1500m net 30 30 days")
    session.asksFirst = true
    let reply = session.handle("offer net 60")
    #expect(!reply.isError)
    #expect(reply.text.isEmpty, "nothing was offered: \(reply.text)")
    let question = try #require(reply.question)
    #expect(question.text == "That makes 2% off · 1,500 m · net 60 · 30 days (your margin 3,278.02). Kept from your last offer: 2% off, 1,500 m and 30 days' delivery. Offer it as round 2?")
    #expect(question.line == "offer net 60, 2%, 1500m, 30 days delivery")
    #expect(session.prompt.hasPrefix("round 2 · "), "no round used yet")
    let yes = session.handle(question.line)
    #expect(yes.text.hasPrefix("You offer 2% off · 1,500 m · net 60 · 30 days"), "\(yes.text)")
    #expect(yes.question == nil, "a whole offer is not asked about")
    #expect(session.prompt.hasPrefix("round 3 · "))
    _ = session.handle("quit")
    _ = session.handle("stop recording")
    let recorded = try String(contentsOfFile: folder.path("p.desk"), encoding: .utf8)
    #expect(recorded.contains("offer net 60, 2%, 1500m, 30 days delivery"), "\(recorded)")
    #expect(!recorded.contains("offer net 60\n"), "\(recorded)")
  }

  /// A script run from a terminal is not asked: its partial moves are made, saying what they kept.
  @Test func aScriptRunAtATerminalIsNeverAsked() throws {
    let folder = try TestFolder("practice-script")
    let script = try folder.write(
      "p.desk", lines: ["train hawk --seed 12", "offer 2% 1500m net 30 30 days", "offer net 60", "quit"])
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    session.asksFirst = true
    let reply = session.handle("run \(script)")
    #expect(!reply.isError, "\(reply.text)")
    #expect(reply.question == nil)
    #expect(reply.text.contains("Kept from your last offer: 2% off, 1,500 m and 30 days' delivery."), "\(reply.text)")
    #expect(reply.text.contains("Practice stopped after 2 rounds"), "\(reply.text)")
  }
}
