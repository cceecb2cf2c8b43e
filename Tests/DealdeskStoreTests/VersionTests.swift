import Foundation
import Testing

@testable import DealdeskStore

@Suite("Format versions")
struct VersionTests {
  @Test func aNewerDeskIsRefusedWithAdviceToUpdate() throws {
    try withDesk { folder in
      // The desk part is something this Dealdesk could not decode: the version is
      // checked first, so the manager hears "update", not "damaged".
      let newer = #"{"format":"dealdesk","version":3,"seq":9,"desk":{"shape":"unknown"}}"#
      try write(folder, "desk.json", newer)
      for mode in [StoreMode.readWrite, .readOnly] {
        let error = try #require(openError(folder, mode: mode, version: 2))
        #expect(error.kind == .newerVersion)
        #expect(
          error.message == "This desk was written by a newer Dealdesk (format 3); this one reads up to 2. Update Dealdesk.")
      }
      #expect(text(folder, "desk.json") == newer)
    }
  }

  @Test func anOlderDeskOpensAndReportsItsVersion() throws {
    try withDesk { folder in
      try write(folder, "desk.json", #"{"format":"dealdesk","version":1,"seq":0,"desk":{"clients":["Acme"],"total":3}}"#)
      let (store, loaded) = try openStore(folder, version: 2)
      defer { store.close() }
      #expect(loaded.snapshotVersion == 1)
      #expect(loaded.snapshot == TestDesk(clients: ["Acme"], total: 3))
      // Untouched until the next compaction, which writes the current version.
      #expect(text(folder, "desk.json")?.contains(#""version":1"#) == true)
      try store.compact(snapshot: TestDesk(clients: ["Acme"], total: 3), seq: 0, tail: [])
      #expect(text(folder, "desk.json")?.hasPrefix(#"{"format":"dealdesk","version":2,"#) == true)
    }
  }
}
