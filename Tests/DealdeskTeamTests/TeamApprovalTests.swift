import DealdeskCore
import DealdeskStore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// On the team desk a manager asks, and a director approves or rejects from their own
/// session, under their own login: never the manager, never free text, never their own request.
@Suite struct TeamApprovalTests {
  @Test func aManagerAsksADirectorApprovesFromAnotherSessionAndTheManagerIsTold() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let arben = try branch.session(branch.arben)
    let sofia = try branch.session(branch.sofia)
    defer { _ = arben.close(); _ = sofia.close() }
    try branch.loadSampleData(into: arben, sofia)

    let offered = arben.handle("offer Bora 14% on cotton, net 90")
    #expect(!offered.isError, "\(offered.text)")
    #expect(offered.text.contains("net 90 over your net 60"), "\(offered.text)")
    let own = arben.handle("approve O-1 by Sofia Marku")
    #expect(own.isError)
    #expect(own.text.hasPrefix("Only a director approves O-1."), "\(own.text)")
    let asked = arben.handle("ask approval for O-1: they buy every month")
    #expect(!asked.isError, "\(asked.text)")

    // The director's inbox names who asks and why.
    let inbox = sofia.handle("approvals")
    #expect(inbox.text.contains("O-1"), "\(inbox.text)")
    #expect(inbox.text.contains("they buy every month"), "\(inbox.text)")
    #expect(inbox.text.contains(branch.arben), "\(inbox.text)")
    let named = sofia.handle("approve O-1 by Arben Hoxha")
    #expect(named.isError)
    #expect(named.text.hasPrefix("A decision on O-1 is recorded under your own login, \(branch.sofia)"), "\(named.text)")
    let approved = sofia.handle("approve O-1")
    #expect(!approved.isError, "\(approved.text)")
    #expect(sofia.desk.offers["O-1"]?.approval?.by == branch.sofia)

    // Arben's next line takes it in, with a notice: it is his offer.
    _ = arben.handle("offers")
    #expect(arben.takeNotices().contains { $0.hasPrefix("\(branch.sofia) · ") && $0.hasSuffix("approve O-1") }, "\(arben.notices)")
    #expect(arben.desk.offers["O-1"]?.approval?.by == branch.sofia)
    #expect(arben.desk == sofia.desk)
  }

  @Test func aDirectorDoesNotApproveTheirOwnRequestAndAManagerDoesNotReject() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let arben = try branch.session(branch.arben)
    let sofia = try branch.session(branch.sofia)
    defer { _ = arben.close(); _ = sofia.close() }
    try branch.loadSampleData(into: arben, sofia)

    #expect(!sofia.handle("offer Acme 14% on cotton").isError)
    #expect(!sofia.handle("ask approval for O-1: a new collection launch").isError)
    let ownRequest = sofia.handle("approve O-1")
    #expect(ownRequest.isError)
    #expect(ownRequest.text.hasPrefix("Nobody approves their own request: O-1 was asked for by \(branch.sofia)."), "\(ownRequest.text)")

    _ = arben.catchUp()
    let rejected = arben.handle("reject O-1: hold at 10%")
    #expect(rejected.isError)
    #expect(rejected.text.hasPrefix("Only a director rejects"), "\(rejected.text)")
    #expect(arben.desk == sofia.desk, "nothing refused was kept")
  }
}
