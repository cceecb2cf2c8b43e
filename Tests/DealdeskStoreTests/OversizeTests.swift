import Foundation
import Glibc
import Testing

@testable import DealdeskStore

/// A file's size never decides an allocation unchecked (issue 17, "any other place"): a
/// desk file larger than any desk (here a sparse one, all hole) is refused before a byte
/// of it is read.
@Suite("Oversized files")
struct OversizeTests {
  @Test func aJournalOrSnapshotLargerThanAnyDeskIsRefusedUnread() throws {
    for name in ["journal.jsonl", "desk.json"] {
      try withDesk { folder in
        try write(folder, name, "")
        #expect(truncate(path(folder, name), off_t(Posix.largestFile) + 1) == 0)
        for mode in [StoreMode.readWrite, .readOnly] {
          let error = try #require(openError(folder, mode: mode), "\(name) \(mode)")
          #expect(
            error.message
              == "Could not read \(DeskFolder(folder).path)/\(name): File too large. Nothing was changed; no desk file is that large, so it was damaged on the disk; restore it from a backup, or move it out of the desk folder.",
            "\(name) \(mode)")
        }
      }
    }
  }

  @Test func aHugeLockNoteIsNotReadWhole() throws {
    try withDesk { folder in
      let (first, _) = try openStore(folder)
      defer { first.close() }
      #expect(truncate(path(folder, "lock"), 1 << 40) == 0)
      let error = try #require(openError(folder))
      #expect(error.kind == .locked)
    }
  }
}
