import Foundation
import Testing

@testable import DealdeskStore

/// Every entry has its own seq, larger than the one before it. A journal that repeats or
/// goes back was edited or spliced; replaying it would apply a command twice or out of
/// turn, so it is damage, named by its line, and `repair` sets the later line aside.
@Suite("Seqs in order")
struct SeqOrderTests {
  private func journal(_ folder: URL, _ seqs: [Int]) throws {
    try write(folder, "journal.jsonl", try seqs.map { try line(entry($0)) }.joined())
  }

  @Test(arguments: [
    ([1, 2, 2], 3, "its seq is 2, but line 2 before it is already at seq 2"),
    ([1, 3, 2], 3, "its seq is 2, but line 2 before it is already at seq 3"),
    ([1, 2, 2, 3], 3, "its seq is 2, but line 2 before it is already at seq 2"),
  ])
  func aRepeatedOrBackwardSeqIsDamage(seqs: [Int], badLine: Int, reason: String) throws {
    try withDesk { folder in
      try journal(folder, seqs)
      let before = bytes(folder, "journal.jsonl")
      let error = try #require(openError(folder))
      #expect(error.kind == .damaged)
      #expect(error.message.hasPrefix("Line \(badLine) of \(path(folder, "journal.jsonl")) cannot be read: \(reason)"))
      #expect(openError(folder, mode: .readOnly)?.kind == .damaged)
      #expect(bytes(folder, "journal.jsonl") == before)
    }
  }

  @Test func repairSetsTheRepeatedEntryAside() throws {
    try withDesk { folder in
      try journal(folder, [1, 2, 2, 3])
      let report = try Store.repair(directory: folder, formatVersion: 1, emptySnapshot: TestDesk(clients: [], total: 0))
      #expect(report.setAsideLines == [3])
      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.entries == entries(1...3))
    }
  }

  @Test func gapsAreNoDamage() throws {
    // Repair leaves the numbers of the lines it set aside unused; a gap repeats nothing.
    try withDesk { folder in
      try journal(folder, [1, 2, 5])
      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.entries.map(\.seq) == [1, 2, 5])
    }
  }
}
