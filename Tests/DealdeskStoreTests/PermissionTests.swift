import Foundation
import Glibc
import Testing

@testable import DealdeskStore

@Suite("Permissions")
struct PermissionTests {
  @Test func everythingTheStoreCreatesIsPrivate() throws {
    try withDesk { folder in
      let nested = folder.appendingPathComponent("clients/2026", isDirectory: true)
      let (store, loaded) = try openStore(nested)
      try store.append(entries(1...2))
      try store.compact(snapshot: TestDesk(clients: ["Acme"], total: 1), seq: 1, tail: [entry(2)])
      store.close()

      #expect(loaded.warnings.isEmpty)
      #expect(mode(nested.path) == 0o700)
      for name in ["desk.json", "journal.jsonl", "lock"] {
        #expect(mode(path(nested, name)) == 0o600, "\(name)")
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: nested.path).sorted() == ["desk.json", "journal.jsonl", "lock"])
    }
  }

  @Test func aFolderOthersCanReadIsPointedOut() throws {
    try withDesk { folder in
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      #expect(chmod(folder.path, 0o755) == 0)
      let (store, loaded) = try openStore(folder)
      store.close()
      let shown = DeskFolder(folder).path
      #expect(loaded.warnings == ["Your desk folder \(shown) can be read by other users; run chmod 700 \(shown)."])
      // Said, not changed: the manager may have a reason.
      #expect(mode(folder.path) == 0o755)

      let (reader, readOnly) = try Store.open(directory: folder, mode: .readOnly, formatVersion: 1)
      reader.close()
      #expect(readOnly.warnings == loaded.warnings)
    }
  }

  @Test func aFileWhereTheFolderShouldBeIsRefused() throws {
    try withDesk { folder in
      try FileManager.default.createDirectory(
        at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
      #expect(FileManager.default.createFile(atPath: folder.path, contents: Data("x".utf8)))
      let error = try #require(openError(folder))
      #expect(error.message.hasPrefix("\(DeskFolder(folder).path) is a file, not a folder"))
    }
  }
}
