import DealdeskCore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// Per-person limits on the team desk, from real sessions: each manager's offers are judged
/// against their own limit, which only a director sets, and every session reads it.
@Suite struct TeamPeopleTests {
  @Test func eachManagerWorksUnderTheirOwnLimitWhichOnlyADirectorSets() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let arben = try branch.session(branch.arben)
    let bora = try branch.session(branch.bora)
    let sofia = try branch.session(branch.sofia)
    defer { _ = arben.close(); _ = bora.close(); _ = sofia.close() }
    try branch.loadSampleData(into: arben, bora, sofia)
    for (login, name, limit) in [(branch.arben, "Arben Hoxha", Decimal(14)), (branch.bora, "Bora Leka", nil)] {
      let added = sofia.handle(.setPerson(.adding(login: login, name: name, role: .manager, discountLimit: limit)), line: "team add-user")
      #expect(!added.isError, "\(added.text)")
    }
    _ = arben.catchUp()
    _ = bora.catchUp()

    let his = arben.handle("offer Bora 13% on cotton")
    #expect(!his.isError, "\(his.text)")
    #expect(his.text.contains("within your 14% (raised by \(branch.sofia) from 12% on"), "\(his.text)")
    #expect(arben.desk.offers["O-1"]?.status == .open)
    let hers = bora.handle("offer Acme 13% on cotton")
    #expect(!hers.isError, "\(hers.text)")
    #expect(hers.text.contains("over your 12%"), "the branch's, from the sample policy: \(hers.text)")
    #expect(bora.desk.offers["O-2"]?.status == .pendingApproval)

    // Nobody but a director sets a limit, not even their own, and nothing is kept of a try.
    _ = arben.catchUp()
    let position = arben.position
    for line in ["set Arben's discount limit to 40%", "set Bora's quota 1 a year", "set my discount limit 40%"] {
      let refused = arben.handle(line)
      #expect(refused.isError, "\(line): \(refused.text)")
    }
    #expect(arben.position == position)

    let raised = sofia.handle("set Arben's discount limit to 15%")
    #expect(!raised.isError, "\(raised.text)")
    #expect(raised.text.contains("Recorded: Arben Hoxha's discount limit raised by \(branch.sofia) from 14% to 15%"), "\(raised.text)")
    _ = arben.catchUp()
    let limits = arben.handle("limits")
    #expect(limits.text.contains("Arben Hoxha's authority (manager;"), "\(limits.text)")
    #expect(limits.text.contains("discount: up to 15%"), "\(limits.text)")
    // Beyond it he asks; the director's inbox names whose limit it is beyond.
    #expect(!arben.handle("offer Acme 16% on cotton").isError)
    let asked = arben.handle("ask approval for O-3: a new collection")
    #expect(!asked.isError, "\(asked.text)")
    _ = sofia.catchUp()
    let inbox = sofia.handle("approvals")
    #expect(inbox.text.contains("16% · over Arben's 15%"), "\(inbox.text)")
    let people = arben.handle("people")
    #expect(people.text.contains("Arben Hoxha") && people.text.contains("Bora Leka") && people.text.contains("12% (branch)"), "\(people.text)")
  }
}
