import Foundation
import Testing

@testable import DealdeskStore

/// Only an append that did not finish can leave a last line without its newline, so only
/// such a line is a crash. A complete line (newline and all) that does not read was damaged
/// some other way, and is refused like damage anywhere else in the journal.
@Suite("Damage in the last complete line")
struct LastLineDamageTests {
  private func twoEntriesAndABrokenLine(_ folder: URL) throws {
    let (store, _) = try openStore(folder)
    try store.append(entries(1...2))
    store.close()
    try appendRaw(folder, "journal.jsonl", "{\"seq\":3,\"at\":\n")
  }

  @Test func aCompleteLastLineThatDoesNotReadIsRefusedAndNothingIsChanged() throws {
    try withDesk { folder in
      try twoEntriesAndABrokenLine(folder)
      let before = bytes(folder, "journal.jsonl")
      let error = try #require(openError(folder))
      #expect(error.kind == .damaged)
      #expect(error.message.hasPrefix("Line 3 of \(path(folder, "journal.jsonl")) cannot be read: it is not valid JSON."))
      #expect(!error.message.contains("stopped while saving"))
      #expect(bytes(folder, "journal.jsonl") == before)
      #expect(!exists(folder, "journal.torn-1.jsonl"))
      #expect(openError(folder, mode: .readOnly)?.kind == .damaged)
    }
  }

  @Test func repairSetsTheLineAsideAsDamage() throws {
    try withDesk { folder in
      try twoEntriesAndABrokenLine(folder)
      let report = try Store.repair(directory: folder, formatVersion: 1, emptySnapshot: TestDesk(clients: [], total: 0))
      #expect(report.setAsideLines == [3])
      #expect(report.sentences.first == "Line 3 of the journal could not be read (it is not valid JSON) and was set aside.")
      let (store, loaded) = try openStore(folder)
      defer { store.close() }
      #expect(loaded.entries == entries(1...2))
      #expect(loaded.warnings.isEmpty)
    }
  }
}
