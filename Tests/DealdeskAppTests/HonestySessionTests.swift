import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Part 1 of issue 16 as a manager meets it: a line is done as its words say, or refused
/// naming what was not read; the prompt's clock is the real one.
@Suite struct HonestySessionTests {
  /// Typed at the prompt (or piped into it), `@now` tells the time and never moves the
  /// clock: going back would let an expired offer be accepted. It pinned the clock before.
  @Test func atNowAtThePromptTellsTheTimeAndLeavesTheClock() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    session.isAtPrompt = true
    let reply = session.handle("@now 2026-01-05 09:00")
    #expect(reply.isError)
    #expect(reply.text.contains("It is 30 Nov 2026 09:00 on this desk"))
    #expect(reply.text.contains("only in a script"))
    #expect(session.now == TestDesk.monday)
    _ = session.handle("add client Acme Textiles")
    #expect(session.desk.clients["CL-1"]?.addedAt == TestDesk.monday)
    _ = session.close()
  }

  /// A script run from the prompt still pins its own clock, and the prompt's comes back after it.
  @Test func aScriptRunFromThePromptStillPinsItsClock() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let folder = try TestFolder("honest-now")
    let script = try folder.write("s.desk", lines: ["@now 2026-12-24 10:00", "add client Acme", "follow up Acme tomorrow: call", "@expect 25 Dec 2026"])
    let session = try desk.open()
    session.isAtPrompt = true
    let reply = session.handle("run \(script)")
    #expect(!reply.isError, "\(reply.text)")
    #expect(session.desk.followUps["F-1"].map { DeskDate.day($0.due) } == "25 Dec 2026")
    #expect(session.now == TestDesk.monday)
    _ = session.close()
  }
}

/// The issue's own lines, at the desk: what they did before was wrong without a word.
@Suite struct HonestyDefectSessionTests {
  /// With Bora in context, the follow-up was filed under Bora.
  @Test func anUnknownNameIsNotTheClientInContext() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "show Bora"])
    let reply = s.handle("remind me to call Dardania friday")
    #expect(reply.isError)
    #expect(reply.text.hasPrefix("Dardania is not a client: add client Dardania …"))
    #expect(s.desk.followUps.isEmpty)
    _ = s.close()
  }

  /// "K-1" resolved C-1, the only open complaint, with "K-1: …" as its text and no verdict.
  @Test func anIdThatIsNoRecordResolvesNothing() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "Acme orders 300m poplin", "ship S-1", "complaint Acme S-1: shade differs"])
    let reply = s.handle("resolve K-1: replaced 20m, justified")
    #expect(reply.isError)
    #expect(reply.text.hasPrefix("There is no complaint K-1."))
    #expect(s.desk.complaints["C-1"]?.status == .open)
    #expect(!s.handle("resolve C-1: replaced 20m, justified").isError)
    #expect(s.desk.complaints["C-1"]?.verdict == .justified)
    #expect(s.desk.complaints["C-1"]?.resolution?.text == "replaced 20m")
    _ = s.close()
  }

  /// "as sent" recorded a payment of the order's whole total.
  @Test func sentShipsAndMovesNoMoney() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "Acme orders 300m poplin"])
    let reply = s.handle("mark S-1 as sent")
    #expect(!reply.isError, "\(reply.text)")
    #expect(s.desk.orders["S-1"]?.status == .shipped)
    #expect(s.desk.paid(toward: "S-1") == 0)
    #expect(s.handle("Acme sent S-1").isError)
    #expect(s.desk.paid(toward: "S-1") == 0)
    _ = s.close()
  }

  /// A typo's one clear reading is offered in the reply, and nothing is run on the guess.
  @Test func aTypoIsOfferedNotRun() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "offer Acme 10% on linen"])
    let reply = s.handle("countr 8%")
    #expect(reply.isError)
    #expect(reply.text == "I don't know the command \"countr\". Did you mean: counter 8%?")
    #expect(reply.correction == "counter 8%")
    #expect(s.desk.offers["O-1"]?.rounds.count == 1)
    _ = s.close()
  }

  /// `explain` said "ignored: on" of a line it would do: filler is a role, and the words line
  /// names each word's.
  @Test func explainListsEachWordsRoleAndIgnoresNothing() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data"])
    let reply = s.handle("explain offer acme 10% on linen until 23 dec")
    #expect(reply.text.contains("  words: `offer`=command, `acme`=client, `10%`=percent, `on`=filler, `linen`=category, `until`=word, `23 dec`=date\n  ignored: nothing"), "\(reply.text)")
    let refused = s.handle("explain offer acme 10% on linen if they take 500m")
    #expect(refused.isError)
    #expect(refused.text.hasPrefix("I read `offer acme 10% on linen` but not `if they take 500m`:"))
    #expect(s.desk.offers.isEmpty)
    _ = s.close()
  }
}
