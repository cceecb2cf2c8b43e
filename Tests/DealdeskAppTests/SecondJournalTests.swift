import DealdeskCore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskStore

/// A session runs on any `DeskJournal`, not only the folder: here on one kept in memory
/// and shared by two sessions, as a team's database would be. A session that finds
/// another writer came first takes their changes and decides its line again, so its
/// answer is right for the desk as it now stands and no number is given twice.
@Suite("A second kind of journal")
struct SecondJournalTests {
  func open(_ journal: MemoryJournal) throws -> Session {
    try Session.open(journal: journal, clock: .fixed(TestDesk.monday))
  }

  @Test func aSessionWorksOnAJournalThatIsNotAFolder() throws {
    let journal = MemoryJournal()
    let session = try open(journal)
    #expect(journal.snapshotSeq == 0)  // a new desk gets its snapshot at once, as a folder does
    #expect(session.handle("add client Acme Textiles").text.hasPrefix("Added client Acme Textiles (CL-1)."))
    #expect(session.handle("add client Bora Fabrics").text.hasPrefix("Added client Bora Fabrics (CL-2)."))
    #expect(session.handle("undo").text == "Undone: add client Bora Fabrics")
    #expect(journal.records.map(\.line) == ["add client Acme Textiles", "add client Bora Fabrics", "undo"])
    let live = session.desk
    #expect(session.close() == nil)
    #expect(journal.timesClosed == 1)

    let again = try open(MemoryJournal(sharing: journal))
    defer { _ = again.close() }
    #expect(again.desk == live)
    #expect(again.handle("redo").text == "Redone: add client Bora Fabrics")
  }

  @Test func aCommandOvertakenByAnotherWriterIsDecidedAgainOnTheirDesk() throws {
    let journal = MemoryJournal()
    let arben = try open(journal)
    let dora = try open(MemoryJournal(sharing: journal))
    defer { _ = (arben.close(), dora.close()) }

    #expect(arben.handle("add client Acme Textiles").text.hasPrefix("Added client Acme Textiles (CL-1)."))
    // Dora decided on the desk as she had seen it (no clients): her commit is overtaken,
    // Arben's change is applied, and the line decided again gets the next number.
    #expect(dora.handle("add client Bora Fabrics").text.hasPrefix("Added client Bora Fabrics (CL-2)."))
    #expect(dora.desk.clients.values.map(\.name).sorted() == ["Acme Textiles", "Bora Fabrics"])
    #expect(arben.handle("add client Celik Tekstil").text.hasPrefix("Added client Celik Tekstil (CL-3)."))
    #expect(arben.desk.clients.count == 3)
    #expect(journal.records.map(\.seq) == [1, 2, 3])
    #expect(journal.records.flatMap(\.events).compactMap(\.addedClient) == ["CL-1", "CL-2", "CL-3"])

    // An undo overtaken is not tried again (what it undoes may have changed): it says so,
    // and the desk is the newer one.
    let undo = dora.handle("undo")
    #expect(undo.isError)
    #expect(undo.text == StoreError.overtaken.message)
    #expect(dora.desk.clients.count == 3)
    #expect(journal.records.count == 3)
  }

  @Test func retriesRunOutAndNothingIsChanged() throws {
    let journal = MemoryJournal()
    let session = try open(journal)
    defer { _ = session.close() }
    #expect(session.handle("add client Acme Textiles").isError == false)
    let saved = session.desk
    journal.overtakeEveryCommit()
    let refused = session.handle("add client Bora Fabrics")
    #expect(refused.isError)
    #expect(refused.text == StoreError.overtaken.message)
    #expect(session.desk == saved)
    #expect(session.handle("show Bora Fabrics").isError)
    #expect(journal.records.count == 1)
  }

  @Test func aScriptOvertakenAtItsEndSavesNothing() throws {
    let folder = try TestFolder("scripts")
    let script = try folder.write("clients.desk", lines: ["add client Bora Fabrics", "add client Celik Tekstil"])
    let journal = MemoryJournal()
    let session = try open(journal)
    defer { _ = session.close() }
    _ = session.handle("add client Acme Textiles")
    let saved = session.desk
    journal.overtakeEveryCommit()
    let refused = session.handle("run \(script)")
    #expect(refused.isError)
    #expect(refused.text.contains(StoreError.overtaken.message + " Nothing the script did was saved."))
    #expect(session.desk == saved)
    #expect(journal.records.count == 1)
  }

  @Test func aReadOnlyJournalLooksAndRefusesChanges() throws {
    let journal = MemoryJournal()
    let writer = try open(journal)
    _ = writer.handle("add client Acme Textiles")
    _ = writer.close()
    let look = try open(MemoryJournal(sharing: journal, mode: .readOnly))
    defer { _ = look.close() }
    #expect(look.isReadOnly)
    #expect(look.desk.clients.count == 1)
    #expect(look.handle("add client Bora Fabrics").isError)
    #expect(look.desk.clients.count == 1)
  }
}

extension Event {
  fileprivate var addedClient: String? {
    if case .clientAdded(let client) = self { return client.id }
    return nil
  }
}
