import DealdeskCore
import DealdeskStore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// `team push` moves a manager's own desk into an empty team desk; `team pull` writes a
/// read-only local copy of one. Run as the real binary against the test cluster.
@Suite struct TeamMoveTests {
  let cli = TeamCommandTests()

  /// A manager's own desk with something of every kind on it, in `scratch`.
  private func ownDesk(in scratch: URL) async throws -> String {
    let folder = scratch.appendingPathComponent("own").path
    let script = scratch.appendingPathComponent("day.desk")
    try """
      @now 2026-12-14 09:00
      load sample data
      offer Acme 10% on linen 220
      reserve 300m linen 220 for Acme
      note Acme: wants faster delivery
      Acme accepts
      follow up Bora friday: send swatches

      """.write(to: script, atomically: true, encoding: .utf8)
    let ran = try await cli.dealdesk(["--data", folder, "run", script.path])
    #expect(ran.status == 0, "\(ran.errors)")
    return folder
  }

  private func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-team-move-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func pushSetsUpTheTeamDeskMovesEverythingAndRefusesASecondTime() async throws {
    let database = try await Cluster.get().database()
    let scratch = try scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let own = try await ownDesk(in: scratch)

    // Not set up yet: push sets it up first (the admin may create roles), then moves the desk.
    let pushed = try await cli.dealdesk(["--data", own, "--team", database.url(), "team", "push"])
    #expect(pushed.status == 0, "\(pushed.errors)")
    #expect(pushed.output.hasPrefix("Set up the team desk in database \"\(database.name)\""))
    #expect(pushed.output.contains("Moved the desk at \(own) into the team desk"))
    #expect(pushed.output.contains("5 clients, 15 fabrics, 1 offer, 0 orders, 0 payments, 1 note."))

    // Everything in the export is there, byte for byte, for a manager of the branch.
    let manager = try await database.manager()
    let team = database.url(user: manager, password: "s3cret:pw")
    let exportedTeam = try await cli.dealdesk(["--team", team, "export", "json"])
    let exportedOwn = try await cli.dealdesk(["--data", own, "export", "json"])
    #expect(exportedTeam.status == 0, "\(exportedTeam.errors)")
    #expect(exportedTeam.output == exportedOwn.output)
    #expect(exportedTeam.output.contains("wants faster delivery"))

    // A second push, even of the same desk, is refused and changes nothing.
    let again = try await cli.dealdesk(["--data", own, "--team", database.url(), "team", "push"])
    #expect(again.status == 1)
    #expect(again.errors.contains("is not empty (it holds 1 change and 5 clients); a desk is moved only into an empty one, so nothing was changed."), "\(again.errors)")
    let reader = try await TeamJournal.open(database.login())
    let positions = try await reader.events(after: 0, limit: 100).map(\.position)
    await reader.close()
    #expect(positions == [1])

    // Numbering goes on from the pushed desk's: the next offer is O-2, not a second O-1.
    let input = scratch.appendingPathComponent("lines")
    try "offer Bora 5% on linen 180\n".write(to: input, atomically: true, encoding: .utf8)
    let next = try await cli.dealdesk(["--team", team], input: input.path)
    #expect(next.output.hasPrefix("O-2 "), "\(next.output)\(next.errors)")
  }

  @Test func anEmptyOwnDeskOrNoTeamDeskIsRefusedInOneLine() async throws {
    let database = try await Cluster.get().database()
    let scratch = try scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let empty = try await cli.dealdesk(["--data", scratch.appendingPathComponent("none").path, "--team", database.url(), "team", "push"])
    #expect(empty.status == 1)
    #expect(empty.errors.contains("is empty; there is nothing to push"), "\(empty.errors)")
    let noTeam = try await cli.dealdesk(["--data", scratch.path, "team", "push"])
    #expect(noTeam.status == 1)
    #expect(noTeam.errors == "Push into which team desk? dealdesk --data DIR --team URL team push\n")
  }

  /// A manager who opened the empty team desk a moment before the push is not left deciding
  /// on an empty desk: the push is a record, so their next line catches up to it. The push
  /// is a director's (it brings the policy with the desk); a manager's is refused.
  @Test func aSessionOpenOnTheEmptyDeskCatchesUpWithThePush() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let sofia = try branch.session(branch.sofia)
    let bora = try branch.session(branch.bora)
    defer { _ = sofia.close(); _ = bora.close() }
    let mine = try Session.scratch(clock: .fixed(TeamSessionTests.monday))
    #expect(!mine.handle("load sample data").isError)
    let own = mine.desk
    _ = mine.close()
    let refused = #expect(throws: StoreError.self) { try bora.start(from: own, line: "team push from /home/bora/desk") }
    #expect(refused?.message.contains("Only a director may move a whole desk into the team desk") == true, "\(refused?.message ?? "")")
    #expect(bora.desk.clients.isEmpty)
    try sofia.start(from: own, line: "team push from /home/sofia/desk")

    let added = bora.handle("add client Zeta Mode")
    #expect(!added.isError, "\(added.text)")
    #expect(bora.desk.clients.count == own.clients.count + 1)
    #expect(bora.takeNotices().contains { $0.contains("moved their own desk into the team desk (\(own.clients.count) clients)") })
    #expect(Set(bora.desk.clients.keys).count == own.clients.count + 1, "no client number given twice")
    #expect(bora.handle("undo").text == "Undone: add client Zeta Mode")
    #expect(bora.handle("undo").text == "Nothing to undo.", "the push itself is not undone")
    #expect(throws: StoreError.self) { try bora.start(from: own, line: "team push") }
  }

  @Test func pullWritesACopyThatOpensReadOnlyAndIsReplacedByTheNextPull() async throws {
    let database = try await Cluster.get().database()
    let scratch = try scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let own = try await ownDesk(in: scratch)
    _ = try await cli.dealdesk(["--data", own, "--team", database.url(), "team", "push"])
    let manager = try await database.manager()
    let team = database.url(user: manager, password: "s3cret:pw")
    let copy = scratch.appendingPathComponent("copy").path

    let pulled = try await cli.dealdesk(["--team", team, "--data", copy, "team", "pull"])
    #expect(pulled.status == 0, "\(pulled.errors)")
    #expect(pulled.output.contains("as it stands at change 1 into \(copy)"))
    let exportedCopy = try await cli.dealdesk(["--data", copy, "export", "json"])
    let exportedTeam = try await cli.dealdesk(["--team", team, "export", "json"])
    #expect(exportedCopy.output == exportedTeam.output)
    #expect(exportedCopy.errors.contains("This is a copy of the team desk"), "opening says what it is")

    // No change is made where no one else would see it; the refusal says where to make it.
    let input = scratch.appendingPathComponent("lines")
    try "note Acme: called back\n".write(to: input, atomically: true, encoding: .utf8)
    let refused = try await cli.dealdesk(["--data", copy], input: input.path)
    #expect(refused.status == 1)
    #expect(refused.errors.contains("so nothing can be saved here. Make the change on the team desk: dealdesk --team URL."), "\(refused.errors)")

    // Pulling again brings the copy up to date in place.
    _ = try await cli.dealdesk(["--team", team], input: input.path)
    let again = try await cli.dealdesk(["--team", team, "--data", copy, "team", "pull"])
    #expect(again.status == 0, "\(again.errors)")
    #expect(again.output.contains("at change 2"))
    let notes = try await cli.dealdesk(["--data", copy, "export", "csv", "notes"])
    #expect(notes.output.contains("called back"), "\(notes.output)\(notes.errors)")

    // A desk of one's own is never written over.
    let before = try await cli.dealdesk(["--data", own, "export", "json"])
    let over = try await cli.dealdesk(["--team", team, "--data", own, "team", "pull"])
    #expect(over.status == 1)
    #expect(over.errors.contains("already holds a desk of its own"))
    let after = try await cli.dealdesk(["--data", own, "export", "json"])
    #expect(before.output == after.output)
  }

  /// A mark that cannot be read still keeps the copy read-only, and says so plainly.
  @Test func aCopyWhoseMarkCannotBeReadStaysReadOnlyAndSaysSo() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try Session.open(at: folder).close()
    try Data("not json".utf8).write(to: folder.appendingPathComponent(PulledCopy.fileName))
    let session = try Session.open(at: folder)
    defer { _ = session.close() }
    #expect(session.isReadOnly)
    #expect(session.warnings.first == "This is a copy of a team desk (its mark, pulled-from.json, cannot be read); it opens for looking only. Work on the team desk itself with --team.")
    #expect(session.handle("add client Acme").text.hasPrefix("This is a copy of a team desk (its mark, pulled-from.json, cannot be read), so nothing can be saved here."))
  }
}
