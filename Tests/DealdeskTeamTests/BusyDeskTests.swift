import DealdeskCore
import DealdeskStore
import Foundation
import PostgresNIO
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// Among busy writers a change takes the desk's turn before it is decided: it waits for the
/// others once, and its commit cannot be overtaken. A turn not used is given back at once.
@Suite struct BusyDeskTests {
  /// Whether `user`'s connection holds a transaction open (the desk's turn) right now.
  private static func inTransaction(_ admin: TeamConnection, _ user: String) async -> Bool {
    let rows = try? await admin.rows(
      "SELECT count(*) FROM pg_stat_activity WHERE usename = \(user) AND state LIKE 'idle in transaction%'", doing: "a test"
    ) { try $0.decode(Int64.self) }
    return (rows?.first ?? 0) > 0
  }

  @Test func afterAClashChangesTakeTheTurnQuestionsDoNotAndTheQuietEndsIt() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let (arben, journal) = try branch.counted(branch.arben)
    let bora = try branch.session(branch.bora)
    defer { _ = arben.close(); _ = bora.close() }
    try branch.loadSampleData(into: arben)
    for n in 1...12 { #expect(!arben.handle("note Acme: call \(n)").isError) }
    #expect(journal.turns == 0, "no clash yet: no turn")

    // Alone, Arben decides without a look; Bora came first, so the commit is overtaken.
    #expect(!bora.handle("note Bora: first").isError)
    #expect(!arben.handle("note Acme: overtaken").isError)

    // From the clash on, a change takes the turn instead of looking; a question looks.
    var (looks, turns) = (journal.looks, journal.turns)
    #expect(!bora.handle("reserve 100m linen 220 for Bora").isError)
    let held = arben.handle("reserve 100m linen 220 for Acme")
    #expect(!held.isError, "\(held.text)")
    #expect(journal.turns == turns + 1 && journal.looks == looks, "a change in the turn: \(journal.turns) turns, \(journal.looks) looks")
    #expect(arben.desk.reservations.count == 2, "Bora's hold was taken in by the turn's look")
    (looks, turns) = (journal.looks, journal.turns)
    #expect(!arben.handle("reservations").isError)
    #expect(journal.turns == turns && journal.looks == looks + 1, "a question looks without the turn")

    // Eight lines without anyone in the way: changes look and commit at the position seen again.
    for n in 1...Session.contendedLines { #expect(!arben.handle("note Acme: calm \(n)").isError) }
    (looks, turns) = (journal.looks, journal.turns)
    #expect(!arben.handle("note Acme: after the calm").isError)
    #expect(journal.turns == turns, "the calm is over the clash")
    _ = bora.catchUp()
    #expect(arben.desk == bora.desk)
  }

  @Test func aRefusedLineGivesTheTurnBackAtOnce() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let (arben, journal) = try branch.counted(branch.arben)
    let bora = try branch.session(branch.bora)
    let admin = try await branch.database.admin()
    defer { _ = arben.close(); _ = bora.close() }
    try branch.loadSampleData(into: arben)
    for n in 1...12 { #expect(!arben.handle("note Acme: call \(n)").isError) }
    #expect(!bora.handle("note Bora: first").isError)
    #expect(!arben.handle("note Acme: overtaken").isError)

    let backend = try await admin.rows("SELECT pid FROM pg_stat_activity WHERE usename = \(branch.arben)", doing: "a test") {
      try $0.decode(Int32.self)
    }
    #expect(backend.count == 1)
    let turns = journal.turns
    let refused = arben.handle("reserve 90000m linen 220 for Acme")
    #expect(refused.isError, "\(refused.text)")
    #expect(journal.turns == turns + 1, "the refused change was decided in the turn")
    // Given back by the session, not ended by the server's patience with an idle
    // transaction (which would end the connection, and its backend, too).
    let released = await TeamFaultTests.eventually(within: .seconds(10)) {
      let rows = try? await admin.rows(
        "SELECT count(*) FROM pg_stat_activity WHERE pid = \(backend.first ?? 0) AND state = 'idle'", doing: "a test"
      ) { try $0.decode(Int64.self) }
      return rows?.first == 1
    }
    #expect(released, "the turn was given back after the refusal, on the same connection")
    // Bora is not kept waiting, and Arben's desk is still right.
    #expect(!bora.handle("note Bora: second").isError)
    #expect(!arben.handle("note Acme: next").isError)
    _ = bora.catchUp()
    #expect(arben.desk == bora.desk)
    await admin.close()
  }

  @Test func whileOneHoldsTheTurnAnothersAppendWaitsAndThenFindsItBehind() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let arben = try await database.manager(), bora = try await database.manager()
    let first = try await TeamJournal.open(database.login(user: arben, password: "s3cret:pw"))
    let second = try await TeamJournal.open(database.login(user: bora, password: "s3cret:pw"))
    let admin = try await database.admin()
    #expect(try await second.append(expected: 0, events: [.init(kind: "probe", body: #"{"n":1}"#)]) == .appended(head: 1))

    // Arben's turn reads what came first, and holds the row.
    let seen = try await first.takeTurn(after: 0)
    #expect(seen.map(\.position) == [1])
    let waiting = Task { try await second.append(expected: 1, events: [.init(kind: "probe", body: #"{"n":2}"#)]) }
    let queued = await TeamFaultTests.eventually(within: .seconds(30)) {
      let rows = try? await admin.rows(
        "SELECT count(*) FROM pg_stat_activity WHERE usename = \(bora) AND wait_event_type = 'Lock'", doing: "a test"
      ) { try $0.decode(Int64.self) }
      return (rows?.first ?? 0) > 0
    }
    #expect(queued, "Bora's append waits for Arben's turn")
    // Arben's append in the turn lands and commits; Bora's then finds the head moved on.
    #expect(try await first.append(expected: 1, events: [.init(kind: "probe", body: #"{"n":3}"#)]) == .appended(head: 2))
    let theirs = try await waiting.value
    #expect(theirs == .behind(head: 2))
    // Bora's journal holds the turn now (an overtaken append takes it): its next append lands.
    _ = try await second.events(after: 1)
    #expect(try await second.append(expected: 2, events: [.init(kind: "probe", body: #"{"n":4}"#)]) == .appended(head: 3))
    let all = try await first.events(after: 0)
    #expect(all.map(\.author) == [bora, arben, bora])
    let arbenOpen = await Self.inTransaction(admin, arben), boraOpen = await Self.inTransaction(admin, bora)
    #expect(!arbenOpen && !boraOpen, "no turn is left held")

    // A turn given back lets others append without waiting.
    _ = try await first.takeTurn(after: 3)
    first.giveTurnBack()
    #expect(try await second.append(expected: 3, events: [.init(kind: "probe", body: #"{"n":5}"#)]) == .appended(head: 4))
    await first.close()
    await second.close()
    await admin.close()
  }

  /// Others' new names join this session's name index in place as their records are taken
  /// in; a name they take away is gone from it too.
  @Test func othersNamesComeAndGoFromTheNameIndex() async throws {
    let branch = try await TeamSessionTests.Branch.make()
    let arben = try branch.session(branch.arben)
    let bora = try branch.session(branch.bora)
    defer { _ = arben.close(); _ = bora.close() }
    try branch.loadSampleData(into: arben, bora)
    #expect(!arben.handle("note Acme: the index is built").isError)

    #expect(!bora.handle("add client Zeta Mode").isError)
    #expect(!bora.handle("alias Acme as ACT").isError)
    let zeta = arben.handle("note Zeta: first call")
    #expect(zeta.text.contains("Zeta Mode"), "\(zeta.text)")
    let act = arben.handle("note ACT: by the short name")
    #expect(!act.isError && act.text.contains("Acme Textiles"), "\(act.text)")

    #expect(!bora.handle("remove alias ACT").isError)
    let gone = arben.handle("note ACT: by the short name again")
    #expect(gone.isError, "\(gone.text)")
    #expect(!arben.handle("note Zeta: still known").isError)
  }
}
