import Foundation
import Testing

@testable import DealdeskApp

/// After an undo or redo the names a line can use are the desk's, and the name index is
/// kept when nothing named was taken away (rebuilding it after each undo read every name of
/// a big desk on the next line).
@Suite struct UndoNamesTests {
  @Test func namesFollowUndoAndRedo() throws {
    let place = TestDesk()
    defer { place.remove() }
    let session = try place.open(running: ["add client Arta Mode", "note Arta asked about linen"])
    #expect(session.cachedNames != nil)

    #expect(session.handle("undo").text.hasPrefix("Undone: note"))
    #expect(session.cachedNames != nil, "a note named nothing: the index stays")
    #expect(session.handle("redo").text.hasPrefix("Redone: note"))
    #expect(session.cachedNames != nil)

    #expect(!session.handle("add client Drini Konfeksion").isError)
    #expect(session.handle("undo").text.hasPrefix("Undone: add client"))
    #expect(session.handle("show Drini Konfeksion").isError, "the client undone is no name any more")
    #expect(session.handle("redo").text.hasPrefix("Redone: add client"))
    #expect(!session.handle("show Drini Konfeksion").isError)
    #expect(!session.handle("note Drini wants swatches").isError)

    #expect(!session.handle("Drini Konfeksion aka Dritex").isError)
    #expect(session.handle("undo").text.hasPrefix("Undone:"))
    #expect(session.handle("show Dritex").isError)
    #expect(session.handle("redo").text.hasPrefix("Redone:"))
    #expect(!session.handle("show Dritex").isError)
    _ = session.close()
  }
}
