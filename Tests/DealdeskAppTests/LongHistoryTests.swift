import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// The undo history keeps events, not desks: undo must still restore exactly, past its
/// depth of 100 too, and a script longer than that must journal every line it ran.
@Suite struct LongHistoryTests {
  @Test func undoRestoresEachEarlierDeskExactly() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    var states: [Desk] = [session.desk]
    // More steps than the history keeps, so the oldest are folded into its base.
    for n in 1...130 {
      let line = n % 3 == 0 ? "note Client \(n - 1) asked about samples" : "add client Client \(n)"
      #expect(!session.handle(line).isError, "\(line)")
      states.append(session.desk)
    }
    for back in 1...100 {
      #expect(session.handle("undo").text.hasPrefix("Undone:"))
      #expect(session.desk == states[130 - back], "after \(back) undos")
    }
    #expect(session.handle("undo").isError, "100 deep, no more")
    for forward in 1...3 {
      #expect(session.handle("redo").text.hasPrefix("Redone:"))
      #expect(session.desk == states[30 + forward])
    }
  }

  @Test func aScriptOfMoreThanAHundredLinesIsJournaledWhole() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let files = try TestFolder("long-script")
    let lines = (1...150).map { "add client Long Client \($0)" }
    let path = try files.write("long.desk", lines: lines)
    var session = try desk.open()
    let outcome = session.runScript(path, options: ScriptOptions())
    #expect(outcome.failures == 0, "\(outcome.output.suffix(3))")
    #expect(session.desk.clients.count == 150)
    _ = session.close()
    session = try desk.open()
    defer { _ = session.close() }
    #expect(session.desk.clients.count == 150, "every line of the script is in the journal")
    #expect(session.handle("undo").text == "Undone: run \(path)")
    #expect(session.desk.clients.isEmpty)
  }
}
