import DealdeskApp
import DealdeskStore
import Foundation
import Testing

/// Nesting is bounded by the readers, not by the stack: a line or snapshot nested a
/// hundred thousand deep is refused as damage, never a stack overflow.
@Suite("Deeply nested files")
struct DeepNestingTests {
  static let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)

  static func openError(_ files: [String: String]) throws -> StoreError? {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-deep-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    do {
      _ = try Session.open(at: folder, mode: .readOnly).close()
      return nil
    } catch {
      return error
    }
  }

  @Test func aDeepJournalLineIsDamage() throws {
    let line = #"{"at":"2026-11-28T10:00:00Z","events":[],"kind":"command","line":"x","seq":1,"extra":"# + Self.deep + "}\n"
    let error = try #require(try Self.openError(["journal.jsonl": line]))
    #expect(error.kind == .damaged)
    #expect(error.message.hasPrefix("Line 1 of "))
  }

  @Test func aDeepSnapshotIsDamage() throws {
    let snapshot = #"{"format":"dealdesk","version":2,"seq":0,"extra":"# + Self.deep + #","desk":{}}"# + "\n"
    let error = try #require(try Self.openError(["desk.json": snapshot]))
    #expect(error.kind == .damaged)
  }
}
