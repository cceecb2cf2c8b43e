import DealdeskCore
import Foundation
import Testing

@testable import DealdeskApp

/// Desks on disk as Dealdesk wrote them, kept in Tests/Fixtures: one written by an early
/// build must open with everything its own export showed, and the files this build
/// writes must not change shape unnoticed (docs/desk-format.md).
@Suite("Stored desk fixtures")
struct FormatFixtureTests {
  static let fixtures = TestDesk.repository.appendingPathComponent("Tests/Fixtures")

  /// A copy of a fixture in a fresh private folder, so the test never changes the original.
  func copy(_ name: String, to desk: TestDesk) throws {
    try FileManager.default.createDirectory(at: desk.directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    for file in ["desk.json", "journal.jsonl"] {
      let source = Self.fixtures.appendingPathComponent(name).appendingPathComponent(file)
      let target = desk.directory.appendingPathComponent(file)
      try FileManager.default.copyItem(at: source, to: target)
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
    }
  }

  @Test func aDeskWrittenByAnEarlyBuildOpensWithEverythingItsExportShowed() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    try copy("early-build-desk", to: desk)
    let session = try desk.open()
    #expect(session.warnings.isEmpty)

    // Its counters were saved without a status (before approvals existed); they read as
    // leaving the status as it was.
    #expect(session.desk.offers.count == 5)
    #expect(session.desk.offers["O-1"]?.status == .accepted && session.desk.offers["O-1"]?.rounds.count == 3)
    #expect(session.desk.offers["O-4"]?.status == .accepted && session.desk.offers["O-4"]?.rounds.count == 3)
    #expect(session.desk.offers["O-5"]?.status == .withdrawn && session.desk.offers["O-5"]?.rounds.count == 2)
    #expect(session.desk.clients.count == 101)
    #expect(session.desk.settings.discountLimit == 15)

    // Every field the early build's own export held is still there with the same value.
    // Only the export's version number may differ: version 2 kept every field of version 1.
    var early = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtures.appendingPathComponent("early-build-desk/export.json"))) as? [String: Any])
    #expect(early.removeValue(forKey: "version") as? Int == 1)
    var now = try #require(try JSONSerialization.jsonObject(with: Data(session.handle("export json").text.utf8)) as? [String: Any])
    #expect(now.removeValue(forKey: "version") as? Int == 2)
    var differences: [String] = []
    Self.compare(early, now, at: "", into: &differences)
    #expect(differences.isEmpty, "\(differences.prefix(10))")

    // Its undo history came with it: the last line it undid can be redone.
    #expect(session.handle("redo").text == "Redone: offer Shop 7 3% on denim")
    #expect(session.desk.offers["O-6"]?.status == .open)
    let live = session.desk
    _ = session.close()
    let reopened = try desk.open()
    defer { _ = reopened.close() }
    #expect(reopened.desk == live)
  }

  /// Records in `differences` each place where `old` holds something `new` does not:
  /// `new` may have more (fields added since), never less or other.
  static func compare(_ old: Any, _ new: Any, at path: String, into differences: inout [String]) {
    switch (old, new) {
    case (let old as [String: Any], let new as [String: Any]):
      for (key, value) in old {
        guard let other = new[key] else {
          differences.append("\(path).\(key) is missing")
          continue
        }
        compare(value, other, at: "\(path).\(key)", into: &differences)
      }
    case (let old as [Any], let new as [Any]):
      guard old.count == new.count else {
        differences.append("\(path) has \(new.count) items, not \(old.count)")
        return
      }
      for (index, pair) in zip(old, new).enumerated() { compare(pair.0, pair.1, at: "\(path)[\(index)]", into: &differences) }
    default:
      if "\(old)" != "\(new)" { differences.append("\(path) is \(new), not \(old)") }
    }
  }

  /// What the pinned desk holds: the early script's kinds of change, and later ones.
  static let before = [
    "load sample data", "add client Deniz Moda", "offer Acme 10% on linen", "they want 15%", "counter 12%",
    "they accept", "offer Bora 5% on everything", "decline O-2 too expensive", "receive 300m LIN-220 lot 25-001",
    "set discount limit 15%", "undo", "redo",
  ]
  static let after = [
    "offer Celik 8% on cotton", "withdraw O-3", "order O-1 300m linen 220", "Acme paid 1000 on S-1",
    "note Acme prefers morning deliveries", "follow up Acme on Friday about the samples", "Acme complains about colour on S-1",
    "offer Bora 20% on linen", "undo",
  ]

  /// The last format 1 desk (pinned before format 2 added the ledger's invoices, credit
  /// notes and returns) opens as format 2: its shipped orders get their invoices and its
  /// complaint credits their credit notes, in memory, and it reads as it did.
  @Test func aFormatOneDeskOpensAndIsMigrated() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    try copy("format-1-desk", to: desk)
    let session = try desk.open()
    defer { _ = session.close() }
    #expect(session.warnings.isEmpty)
    #expect(session.desk.orders["S-1"] != nil)
    #expect(session.desk.invoices.count == session.desk.orders.values.filter { $0.shippedAt != nil }.count)
    #expect(session.desk.ledger(for: "CL-1").paid == 1000)
    #expect(session.handle("ship S-1").isError == false)
    #expect(session.desk.invoice(of: "S-1")?.id == "INV-1")
  }

  /// Format 2 as this build writes it, byte for byte: a snapshot (taken after `before`)
  /// and a journal (`after`). If this fails, the files on disk have changed shape: give
  /// the format a new version and a migration (docs/desk-format.md), then update the
  /// fixture with DEALDESK_UPDATE_FIXTURES=1.
  @Test func formatTwoIsPinned() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let first = try desk.open()
    for line in Self.before { #expect(first.handle(line).isError == false, "\(line)") }
    try first.journal.compact(snapshot: first.desk, seq: first.seq, tail: [])
    first.journal.close()
    let second = try desk.open()
    for line in Self.after {
      let reply = second.handle(line)
      #expect(reply.isError == false, "\(line): \(reply.text)")
    }
    let live = second.desk
    second.journal.close()

    let pinned = Self.fixtures.appendingPathComponent("format-2-desk")
    for file in ["desk.json", "journal.jsonl"] {
      let written = try Data(contentsOf: desk.directory.appendingPathComponent(file))
      if ProcessInfo.processInfo.environment["DEALDESK_UPDATE_FIXTURES"] == "1" {
        try FileManager.default.createDirectory(at: pinned, withIntermediateDirectories: true)
        try written.write(to: pinned.appendingPathComponent(file))
      }
      let kept = try Data(contentsOf: pinned.appendingPathComponent(file))
      #expect(written == kept, "\(file) is no longer written as format 2 was; see docs/desk-format.md")
    }

    // And the pinned files open to the same desk.
    let copyDesk = TestDesk()
    defer { copyDesk.remove() }
    try copy("format-2-desk", to: copyDesk)
    let reopened = try copyDesk.open()
    defer { _ = reopened.close() }
    #expect(reopened.desk == live)
  }
}
