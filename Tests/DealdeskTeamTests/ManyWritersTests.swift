import DealdeskCore
import DealdeskStore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// Eight dealdesk processes piping lines into one team desk at once, on the same clients and
/// the same lots: afterwards every answered line's effect is there exactly once, no lot is
/// held beyond its stock, and numbers and positions have no gap and no repeat.
@Suite struct ManyWritersTests {
  static let writers = 8
  /// Per writer (about 50 s on two cores); MANY_WRITERS_LINES=120 for a quick look.
  static let lines = Int(ProcessInfo.processInfo.environment["MANY_WRITERS_LINES"] ?? "") ?? 1_000

  @Test func eightProcessesOnSharedClientsAndLotsLoseNothingAndGiveNothingTwice() async throws {
    let database = try await Cluster.get().database()
    _ = try await TeamDesk.initialise(database.login())
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-many-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }

    // A director loads the sample data: its policy is theirs to set.
    let loader = try await database.director()
    _ = try await run(database, loader, ["load sample data"], in: scratch, name: "load")

    var managers: [String] = []
    for _ in 0..<Self.writers { managers.append(try await database.manager()) }
    let scripts = (0..<Self.writers).map(Self.script)
    let results = try await withThrowingTaskGroup(of: (Int, Set<Int>).self) { group in
      for (n, manager) in managers.enumerated() {
        group.addTask { (n, try await run(database, manager, scripts[n], in: scratch, name: "w\(n)")) }
      }
      var failed: [Int: Set<Int>] = [:]
      for try await (n, lines) in group { failed[n] = lines }
      return failed
    }

    let journal = try TeamDeskJournal<Desk, JournalRecord>.open(
      login: database.login(), cache: scratch.appendingPathComponent("check"), mode: .readOnly,
      formatVersion: Session.formatVersion)
    let session = try Session.open(journal: journal)
    defer { _ = session.close() }
    let desk = session.desk

    // Every answered note is there once; no refused one is.
    var answeredNotes: [String] = []
    var answeredHolds = 0
    var answeredOffers = 0
    for (n, script) in scripts.enumerated() {
      for (i, line) in script.enumerated() where !(results[n] ?? []).contains(i + 1) {
        if line.hasPrefix("note ") { answeredNotes.append(String(line.split(separator: ":")[1].dropFirst())) }
        if line.hasPrefix("reserve ") { answeredHolds += 1 }
        if line.hasPrefix("offer ") { answeredOffers += 1 }
      }
    }
    #expect(desk.notes.values.map(\.text).sorted() == answeredNotes.sorted())
    #expect(desk.reservations.count == answeredHolds)
    #expect(desk.offers.count == answeredOffers)
    #expect(answeredHolds > 0 && answeredHolds < Self.writers * Self.lines / 4, "some holds won, some were refused")

    // No lot held beyond what it has, and every number once, from 1 up.
    for product in desk.products.values {
      for lot in product.lots {
        let held = desk.reservations.values.filter { $0.sku == product.sku && $0.lot == lot.id }.reduce(Decimal(0)) { $0 + $1.meters }
        #expect(held <= lot.meters, "lot \(lot.id) of \(product.sku): \(held) m held of \(lot.meters) m")
      }
    }
    #expect(answeredOffers > 0)
    #expect(Set(desk.offers.keys) == Set((1...max(1, answeredOffers)).map { "O-\($0)" }))
    #expect(Set(desk.notes.keys) == Set((1...max(1, answeredNotes.count)).map { "N-\($0)" }))
    #expect(Set(desk.reservations.keys) == Set((1...max(1, answeredHolds)).map { "R-\($0)" }))

    let reader = try await TeamJournal.open(database.login())
    let positions = try await reader.events(after: 0, limit: 1_000_000).map(\.position)
    await reader.close()
    #expect(positions == Array(1...Int64(positions.count)))
  }

  /// Writer `n`'s lines: notes to two shared clients, holds on one shared fabric, offers.
  static func script(_ n: Int) -> [String] {
    (0..<lines).map { i in
      switch i % 4 {
      case 0: "note Acme: w\(n)-\(i)"
      case 1: "reserve 20m linen 220 for Bora"
      case 2: "offer Çelik 5% on linen 180"
      default: "note Nordic: w\(n)-\(i)"
      }
    }
  }

  /// Pipes `lines` into `dealdesk --team` as `manager`; the line numbers it refused.
  private func run(_ database: TestDatabase, _ manager: String, _ lines: [String], in scratch: URL, name: String) async throws -> Set<Int> {
    let input = scratch.appendingPathComponent("\(name).in")
    try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
    let (output, errors) = (scratch.appendingPathComponent("\(name).out"), scratch.appendingPathComponent("\(name).err"))
    let environment = [
      "PATH=/usr/bin:/bin", "HOME=\(scratch.appendingPathComponent("home-\(name)").path)", "LANG=C.UTF-8",
      "DEALDESK_TEAM=\(database.url(user: manager, password: "s3cret:pw"))",
    ]
    let pid = try Spawn.start(
      [try TeamCommandTests.binary().path], environment: environment, input: input.path, output: output.path, errors: errors.path)
    _ = await Spawn.exit(of: pid)
    let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
    var refused: Set<Int> = []
    for line in said.split(separator: "\n") where line.hasPrefix("line ") {
      if let number = Int(line.dropFirst(5).prefix { $0.isNumber }) { refused.insert(number) }
    }
    #expect(!said.contains("may or may not have been saved"), "\(said)")
    // A line counts as answered when it is not refused by number: a writer that could not
    // log in, or stopped early, says something else, and its lines must not count.
    let unexplained = said.split(separator: "\n").filter { !$0.hasPrefix("line ") && !$0.hasPrefix(" ") }
    #expect(unexplained.isEmpty, "\(name) said more than its refusals, so not every line was answered: \(said)")
    return refused
  }
}
