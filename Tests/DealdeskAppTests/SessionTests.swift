import DealdeskApp
import DealdeskCore
import Foundation
import Testing

@Suite struct SessionTests {
  @Test func whatWasAnsweredIsOnDiskBeforeTheDeskCloses() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    #expect(session.handle("add client Acme Textiles").text == "Added client Acme Textiles (CL-1).")
    // No close: the journal alone must hold it, as after a crash.
    let journal = try String(contentsOf: desk.directory.appendingPathComponent("journal.jsonl"), encoding: .utf8)
    #expect(journal.contains("add client Acme Textiles"))
    // The first session still holds the lock, so look read-only, as a second process would.
    let reopened = try Session.open(at: desk.directory, mode: .readOnly, clock: .fixed(TestDesk.monday))
    #expect(reopened.desk.clients["CL-1"]?.name == "Acme Textiles")
    _ = reopened.close()
    _ = session.close()
  }

  @Test func undoAndRedoSurviveARestartAndACompaction() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    var session = try desk.open()
    _ = session.handle("add client Acme Textiles")
    _ = session.handle("add client Bora Fabrics")
    #expect(session.handle("undo").text == "Undone: add client Bora Fabrics")
    _ = session.close()  // nothing has left the undo history, so nothing is compacted yet
    session = try desk.open()
    #expect(session.desk.clients.count == 1)
    #expect(session.handle("redo").text == "Redone: add client Bora Fabrics")
    #expect(session.desk.clients.count == 2)
    _ = session.close()
    session = try desk.open()
    #expect(session.handle("undo").isError == false)
    #expect(session.handle("undo").text == "Undone: add client Acme Textiles")
    #expect(session.desk.clients.isEmpty)
    #expect(session.handle("undo").text == "Nothing to undo.")
    _ = session.close()
  }

  /// Past 100 steps the oldest leave the undo history. Closing saves the desk as it stands;
  /// what undo and redo still need (the desk before the oldest step, and every record from
  /// it) is kept in `undo.json`, across restarts.
  @Test func undoAndRedoSurviveACompactionThatFoldsTheOldestStepsIntoTheSnapshot() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    var session = try desk.open()
    for n in 1...105 { _ = session.handle("add client Client \(n)") }
    #expect(session.handle("undo").text == "Undone: add client Client 105")
    #expect(session.handle("undo").text == "Undone: add client Client 104")
    #expect(session.close() == nil)

    // The snapshot is the desk at the last entry; undo's file starts after the fifth step.
    let snapshot = try String(contentsOf: desk.directory.appendingPathComponent("desk.json"), encoding: .utf8)
    #expect(snapshot.hasPrefix(#"{"format":"dealdesk","version":2,"seq":107,"#))
    let journal = try String(contentsOf: desk.directory.appendingPathComponent("journal.jsonl"), encoding: .utf8)
    #expect(journal.isEmpty)
    let undo = try String(contentsOf: desk.directory.appendingPathComponent("undo.json"), encoding: .utf8)
    #expect(undo.hasPrefix(#"{"format":"dealdesk-undo","version":2,"seq":107,"baseSeq":5,"#))
    #expect(undo.split(separator: "\n").count == 103)
    #expect(undo.contains(#""line":"add client Client 6","#))
    #expect(!undo.contains(#""line":"add client Client 5","#))

    session = try desk.open()
    #expect(session.desk.clients.count == 103)
    #expect(session.handle("redo").text == "Redone: add client Client 104")
    _ = session.close()
    session = try desk.open()
    #expect(session.handle("redo").text == "Redone: add client Client 105")
    #expect(session.desk.clients.count == 105)
    // A hundred steps deep, down to what the snapshot holds, and no further.
    for n in stride(from: 105, through: 6, by: -1) {
      #expect(session.handle("undo").text == "Undone: add client Client \(n)")
    }
    #expect(session.handle("undo").text == "Nothing to undo.")
    #expect(session.desk.clients.values.map(\.name).sorted() == (1...5).map { "Client \($0)" })
    _ = session.close()
    session = try desk.open()
    #expect(session.desk.clients.count == 5)
    #expect(session.handle("redo").text == "Redone: add client Client 6")
    _ = session.close()
  }

  @Test func aNewCommandClearsWhatCouldBeRedone() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    _ = session.handle("add client Acme Textiles")
    _ = session.handle("undo")
    _ = session.handle("add client Bora Fabrics")
    #expect(session.handle("redo").text == "Nothing to redo.")
    _ = session.close()
  }

  @Test func aFailedLineChangesNothingAndWritesNothing() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    _ = session.handle("load sample data")
    let journal = desk.directory.appendingPathComponent("journal.jsonl")
    let before = try Data(contentsOf: journal)
    let state = session.desk
    for line in ["offer Acme 60% on linen", "offer Nobody 5% on linen", "frobnicate", "counter", "offer Acme 10% on \"linen", "undo undo"] {
      #expect(session.handle(line).isError, "\(line) should fail")
    }
    #expect(session.desk == state)
    #expect(try Data(contentsOf: journal) == before)
    _ = session.close()
  }

  @Test func theClientInContextCarriesToLaterLines() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    _ = session.handle("load sample data")
    #expect(session.prompt == "dealdesk> ")
    _ = session.handle("show bora")
    #expect(session.prompt == "dealdesk Bora Fabrics> ")
    _ = session.handle("offer 5% on cotton")
    #expect(session.desk.offers["O-1"]?.clientId == "CL-2")
    _ = session.handle("they want 9%")
    #expect(session.desk.offers["O-1"]?.current.lines.first?.discountPercent == 9)
    #expect(session.desk.offers["O-1"]?.rounds.last?.by == .client)
    _ = session.handle("counter 7%")
    _ = session.handle("they accept")
    #expect(session.desk.offers["O-1"]?.status == .accepted)
    _ = session.close()
  }

  @Test func aNameThatFitsSeveralClientsListsThemAndCanBeResolved() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    _ = session.handle("add client Acme Textiles")
    _ = session.handle("add client Acme Home")
    let reply = session.handle("show acme")
    #expect(reply.isError)
    #expect(reply.text == "\"acme\" could be Acme Home or Acme Textiles. Type more of the name, or put it in quotes.")
    let ambiguity = try #require(reply.ambiguity)
    let again = Session.resolving("show acme", ambiguity: ambiguity, choice: ambiguity.candidates[0])
    #expect(again == "show \"Acme Home\"")
    #expect(session.handle(again).text.hasPrefix("Acme Home (CL-2)"))
    _ = session.close()
  }

  @Test func theEmbeddedSampleDataIsDataSampleDesk() throws {
    let file = TestDesk.repository.appendingPathComponent("data/sample.desk")
    let onDisk = try String(contentsOf: file, encoding: .utf8)
    #expect(Session.sampleDataScript == onDisk, "data/sample.desk changed: run scripts/embed-sample-data")
  }

  @Test func sampleDataLoadsOnceAsOneUndoableStep() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    #expect(!session.handle("load sample data").isError)
    #expect(session.desk.products.count == 15)
    #expect(session.desk.clients.count == 5)
    #expect(session.desk.settings.discountLimit == 12)
    #expect(session.handle("load sample data").text == "The sample data is already loaded.")
    _ = session.handle("undo")
    #expect(session.desk == Desk())
    _ = session.close()
  }

  @Test func atNowPinsTheClockForTheLinesAfterIt() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    _ = session.handle("@now 2026-12-01 14:30")
    _ = session.handle("add client Acme Textiles")
    #expect(DeskDate.minute(session.desk.clients["CL-1"]?.addedAt ?? .distantPast) == "1 Dec 2026 14:30")
    #expect(session.handle("@then 5").isError)
    #expect(session.handle("@now someday").isError)
    _ = session.close()
  }
}

@Suite struct BadInputSessionTests {
  @Test(arguments: [
    ("reserve 200 feet linen 220 for Acme", "I don't know the unit \"feet\". Quantities are in m, yd or rolls; prices are per metre."),
    ("Acme paid 0", "A payment must be more than zero."),
    ("offer Acme 500m linen 220 at 11.00 per yard", "Prices are per metre. 11.00 per yard is 12.03 per metre (1 yd = 0.9144 m)."),
    ("reserve 5000m linen 220 for Acme", "Only 1,150 m of Linen 220 is free"),
    ("export json to desk.json", "inside the desk's own folder"),
  ])
  func aBadLineSaysWhyAndChangesNothing(line: String, message: String) throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    _ = session.handle("load sample data")
    let before = session.desk
    // Export paths are relative to the working folder; point this one into the desk's folder.
    let typed = line.replacingOccurrences(of: "to desk.json", with: "to \"\(desk.directory.appendingPathComponent("desk.json").path)\"")
    let reply = session.handle(typed)
    #expect(reply.isError)
    #expect(reply.text.contains(message), "\(reply.text)")
    #expect(session.desk == before)
  }

  @Test func aScriptThatRunsItselfIsStopped() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    let script = desk.directory.appendingPathComponent("self.desk")
    try Data("add client Acme\nrun \(script.path)\n".utf8).write(to: script)
    let reply = session.handle("run \(script.path)")
    #expect(reply.isError)
    #expect(reply.text.contains("self.desk: already running (self.desk → self.desk): a script cannot run itself"), "\(reply.text)")
    #expect(session.desk.clients.count == 1)
  }
}
