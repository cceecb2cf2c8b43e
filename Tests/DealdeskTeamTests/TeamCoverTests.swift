import DealdeskCore
import DealdeskStore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// Cover during an absence and the team's numbers on the real team desk (issue 19, items 6
/// and 8): Bora sets her absence with Arben covering; Arben's next start shows the handover
/// digest of Bora's accounts; what he does for them is marked; the director reads each
/// person's numbers and the branch's. The clock is Monday 14 December 2026.
@Suite struct TeamCoverTests {
  /// The branch with Arben and Bora on record as managers, and Acme given to Bora.
  private func team() async throws -> (TeamSessionTests.Branch, acme: String) {
    let branch = try await TeamSessionTests.Branch.make()
    try branch.loadSampleData()
    let sofia = try branch.session(branch.sofia)
    defer { _ = sofia.close() }
    for (login, name) in [(branch.arben, "Arben Hoxha"), (branch.bora, "Bora Leka")] {
      let quota = login == branch.bora ? PersonQuota(amount: 20_000, per: .month) : nil
      let added = sofia.handle(.setPerson(.adding(login: login, name: name, role: .manager, quota: quota)), line: "team add-user")
      #expect(!added.isError, "\(added.text)")
    }
    let acme = try #require(sofia.desk.clientsInOrder.first { $0.name.hasPrefix("Acme") }).id
    let given = sofia.handle(.assignAccount(client: acme, to: branch.bora), line: "assign Acme to Bora")
    #expect(!given.isError, "\(given.text)")
    return (branch, acme)
  }

  @Test func awayHandsTheAccountsToTheCoverWhoGetsTheDigestAndWhoseWorkIsMarked() async throws {
    let (branch, acme) = try await team()
    let bora = try branch.session(branch.bora)
    defer { _ = bora.close() }
    #expect(!bora.handle("offer Acme 5% on linen").isError)
    #expect(!bora.handle("follow up Acme tomorrow: samples for the spring range").isError)
    let away = bora.handle("away 14 Dec – 18 Dec, Arben covers")
    #expect(!away.isError, "\(away.text)")
    #expect(away.text.contains("Arben Hoxha covers 1 account"), "\(away.text)")
    #expect(bora.desk.accountHolder(of: acme, on: TeamSessionTests.monday)?.login == branch.arben)

    // Arben's next start: the digest of Bora's accounts.
    let arben = try branch.session(branch.arben)
    defer { _ = arben.close() }
    let banner = arben.banner
    #expect(banner.contains("You cover for Bora Leka until 18 Dec"), "\(banner)")
    #expect(banner.contains("Open offers:\n    - O-1 Acme Textiles"), "\(banner)")
    #expect(banner.contains("Follow-ups due this week:\n    - F-1 Acme Textiles"), "\(banner)")
    #expect(banner.contains("Holds expiring this week: none") && banner.contains("Overdue money: none"), "\(banner)")
    #expect(!bora.banner.contains("You cover"), "Bora covers for nobody")

    // What Arben does for Acme is marked as done in cover; for a client of nobody's, not.
    let note = arben.handle("note Acme: asked for the spring swatches")
    #expect(note.text.contains("Done in cover for Bora Leka"), "\(note.text)")
    #expect(arben.desk.coverMarks == [CoverMark(client: acme, covering: branch.bora, by: branch.arben, at: TeamSessionTests.monday)])
    let other = arben.handle("note Çelik: wants the price list")
    #expect(!other.text.contains("in cover"), "\(other.text)")
    _ = bora.catchUp()
    #expect(bora.desk == arben.desk)
  }

  @Test func badAbsencesAreRefusedWithNothingChanged() async throws {
    let (branch, _) = try await team()
    let arben = try branch.session(branch.arben)
    defer { _ = arben.close() }
    let before = arben.desk
    for (line, words) in [
      ("away 18 Dec – 14 Dec, Bora covers", "ends (14 Dec 2026) before it begins"),
      ("away 14 Dec – 18 Dec, Arben covers", "cannot cover for themself"),
      ("away 14 Dec – 18 Dec, Ilir covers", "There is nobody called Ilir on this desk to cover."),
      ("away Bora 14 Dec – 18 Dec, Arben covers", "Only Bora or a director can set Bora's absence."),
    ] {
      let reply = arben.handle(line)
      #expect(reply.isError, "\(line): \(reply.text)")
      #expect(reply.text.contains(words), "\(line): \(reply.text)")
    }
    #expect(arben.desk == before, "nothing refused was kept")
  }

  @Test func theDirectorReadsEachPersonsNumbersAndTheBranchs() async throws {
    let (branch, _) = try await team()
    let sofia = try branch.session(branch.sofia)
    let arben = try branch.session(branch.arben)
    defer { _ = sofia.close(); _ = arben.close() }
    let quota = sofia.handle("team quota this month")
    #expect(!quota.isError, "\(quota.text)")
    for row in ["Arben Hoxha", "Bora Leka", "nobody's account", "branch", "20,000.00"] {
      #expect(quota.text.contains(row), "\(row) in \(quota.text)")
    }
    let report = sofia.handle("team report")
    #expect(report.text.hasPrefix("Team report, Q4 2026"), "\(report.text)")
    for row in ["Arben Hoxha", "Bora Leka", "branch", "justified claims", "follow-ups kept"] {
      #expect(report.text.contains(row), "\(row) in \(report.text)")
    }
    let numbers = sofia.desk.teamNumbers(for: Period.quarter(of: TeamSessionTests.monday), now: TeamSessionTests.monday)
    let parts = numbers.people.map(\.card.sales).reduce(0, +) + (numbers.unassigned?.card.sales ?? 0)
    #expect(parts == numbers.branch.card.sales)
    #expect(arben.handle("team report").text.contains("is for a director"))
  }
}
