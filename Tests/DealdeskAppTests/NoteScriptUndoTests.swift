import DealdeskStore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskCore

/// A long script of notes on a few clients, run as one step: undo takes all of it back and
/// redo puts it all again, index included, before and after the desk is opened again
/// (when the step's reversal is rebuilt from the journal). Each note's undo patch keeps how
/// long its client's lists were, not the lists: taking back cuts them to those lengths.
@Suite struct NoteScriptUndoTests {
  @Test func undoAfterALongNoteScriptRestoresEverything() throws {
    let place = TestDesk()
    defer { place.remove() }
    let files = try TestFolder("note-script")
    var session = try place.open(running: ["add client Arta Mode", "add client Drini Konfeksion", "note Arta first words"])
    let before = session.desk
    // New clients (some with names outside plain ASCII, filed in one shared bucket) among
    // many notes, on clients the desk had and on the script's own.
    var lines: [String] = ["add client Çelik Tekstil", "add client Nord Linens"]
    let clients = ["Arta Mode", "Drini Konfeksion", "Çelik Tekstil", "Nord Linens"]
    for n in 0..<1_200 {
      lines.append("note \(clients[n % clients.count]) call \(n) about the spring samples")
      if n % 400 == 399 { lines.append("add client Ënë Tekstil \(n)") }
    }
    let path = try files.write("notes.desk", lines: lines)
    let reply = session.handle("run \(path)")
    #expect(!reply.isError, "\(reply.text.suffix(300))")
    let after = session.desk
    #expect(after.notes.count == before.notes.count + 1_200)
    #expect(UndoPatchTests.indexIsWhole(after))

    #expect(session.handle("undo").text.hasPrefix("Undone: run"))
    #expect(session.desk == before)
    #expect(UndoPatchTests.indexIsWhole(session.desk))
    #expect(session.handle("redo").text.hasPrefix("Redone: run"))
    #expect(session.desk == after)
    #expect(UndoPatchTests.indexIsWhole(session.desk))
    _ = session.close()

    // Opened again: the script's reversal is rebuilt from its journal record.
    session = try place.open()
    #expect(session.desk == after)
    #expect(UndoPatchTests.indexIsWhole(session.desk))
    #expect(session.handle("undo").text.hasPrefix("Undone: run"))
    #expect(session.desk == before)
    #expect(UndoPatchTests.indexIsWhole(session.desk))
    // The index still answers for the clients the script had reached: a note now is the
    // client's second, not one among the script's.
    #expect(!session.handle("note Arta after the undo").isError)
    #expect(session.desk.notes.values.filter { $0.client == "CL-1" }.count == 2)
    #expect(UndoPatchTests.indexIsWhole(session.desk))
    _ = session.close()
  }

  /// Each undo patch of a note, taken on a desk where the client already has many notes,
  /// puts back exactly the lists as they were, in order.
  @Test func aNotePatchCutsTheListsBackInOrder() {
    var desk = Desk()
    let at = TestDesk.monday
    desk.apply(.clientAdded(Client(id: "CL-1", name: "Arta Mode", addedAt: at)))
    for n in 1...50 { desk.apply(.noteAdded(Note(id: "N-\(n)", client: "CL-1", kind: .note, text: "n", at: at))) }
    let before = desk.index.byClient["CL-1"]?.notes
    var patches: [DeskPatch] = []
    for n in 51...80 {
      let event = Event.noteAdded(Note(id: "N-\(n)", client: "CL-1", kind: .call, text: "n", at: at))
      if let patch = desk.patch(undoing: event) { patches.append(patch) }
      desk.apply(event)
    }
    #expect(patches.count == 30)
    for patch in patches.reversed() { patch.revert(&desk) }
    #expect(desk.index.byClient["CL-1"]?.notes == before)
    #expect(desk.notes.count == 50)
  }
}
