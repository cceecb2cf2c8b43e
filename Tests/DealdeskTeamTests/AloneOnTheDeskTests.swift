import DealdeskCore
import DealdeskStore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// A manager alone on the team desk for a while skips the look before each change (one
/// round trip); the first change of someone else's they meet ends that, and every answer
/// is still right for the desk as it stands.
@Suite struct AloneOnTheDeskTests {
  @Test func changesAloneSkipTheLookAndTheFirstChangeOfAnothersIsStillTakenIn() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let (arben, looks) = try branch.counted(branch.arben)
    let bora = try branch.session(branch.bora)
    defer { _ = arben.close(); _ = bora.close() }
    try branch.loadSampleData(into: arben)
    for n in 1...12 { #expect(!arben.handle("note Acme: call \(n)").isError) }
    // Alone: the last few notes were made without a look first.
    let before = looks.looks
    for n in 13...16 { #expect(!arben.handle("note Acme: call \(n)").isError) }
    #expect(looks.looks == before, "four changes alone, no look before them")

    // Bora holds the last of linen 220 meanwhile; Arben's next change, decided on the desk
    // as Arben had it, is refused at the commit, taken in, and decided again: held for Bora.
    #expect(!bora.handle("reserve 800m linen 220 for Bora").isError)
    let asked = arben.handle("reserve 800m linen 220 for Acme")
    #expect(asked.isError, "\(asked.text)")
    #expect(asked.text.contains("held for Bora Fabrics by \(branch.bora)"), "\(asked.text)")
    _ = bora.catchUp()
    #expect(arben.desk == bora.desk)

    // The quiet is over, and the commit was overtaken: the next change looks first again,
    // in the desk's turn (BusyDeskTests), and a question with a plain look.
    let (lookedBefore, turnsBefore) = (looks.looks, looks.turns)
    #expect(!arben.handle("note Acme: after").isError)
    #expect(looks.turns == turnsBefore + 1 && looks.looks == lookedBefore)
    #expect(!arben.handle("offers").isError)
    #expect(looks.looks == lookedBefore + 1)
  }

  @Test func aNameAnotherManagerJustAddedReadsAndAQuestionSeesTheirChange() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let (arben, _) = try branch.counted(branch.arben)
    let bora = try branch.session(branch.bora)
    defer { _ = arben.close(); _ = bora.close() }
    try branch.loadSampleData(into: arben)
    for n in 1...12 { #expect(!arben.handle("note Acme: call \(n)").isError) }

    #expect(!bora.handle("add client Zeta Mode").isError)
    let noted = arben.handle("note Zeta: first call")
    #expect(!noted.isError, "\(noted.text)")
    #expect(noted.text.contains("Zeta Mode"))

    for n in 1...12 { #expect(!arben.handle("note Acme: more \(n)").isError) }
    #expect(!bora.handle("add client Omega Textiles").isError)
    let clients = arben.handle("clients")
    #expect(clients.text.contains("Omega Textiles"), "a question looks first: \(clients.text)")
  }
}
