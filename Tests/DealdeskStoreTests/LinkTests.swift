import Foundation
import Glibc
import Testing

@testable import DealdeskStore

/// Links, pipes and other people's folders (issue 17, item 1): nothing outside the desk
/// folder is ever written through it, and a folder someone else can change is refused.
@Suite("Links and shared folders")
struct LinkTests {
  @Test func compactionRemovesPlantedTempLinksAndWritesNothingThroughThem() throws {
    try withDesk { folder in
      let (store, _) = try openStore(folder)
      defer { store.close() }
      try store.append(entries(1...3))
      let victims = try ["desk.json.tmp", "journal.jsonl.tmp"].map { name in
        let victim = try Victim(folder, name)
        #expect(symlink(victim.path, path(folder, name)) == 0)
        return victim
      }

      try store.compact(snapshot: TestDesk(clients: ["Acme"], total: 2), seq: 2, tail: [entry(3)])

      for victim in victims { victim.expectUntouched() }
      for name in ["desk.json", "journal.jsonl"] {
        #expect(kind(path(folder, name)) == S_IFREG, "\(name) must be the file written, not a link")
        #expect(mode(path(folder, name)) == 0o600, "\(name)")
      }
      #expect(text(folder, "journal.jsonl") == (try line(entry(3))))
      #expect(!exists(folder, "desk.json.tmp") && !exists(folder, "journal.jsonl.tmp"))
    }
  }

  @Test func aLockThatIsALinkIsRefusedAndWhatItPointsToIsUntouched() throws {
    try withDesk { folder in
      try write(folder, "journal.jsonl", try line(entry(1)))
      let victim = try Victim(folder, "lock")
      #expect(symlink(victim.path, path(folder, "lock")) == 0)

      let error = try #require(openError(folder))
      #expect(error.message == Self.refusal(folder, "lock", "a symbolic link"))
      victim.expectUntouched()
      // Repair takes the same lock, and refuses the same way.
      let repairError = #expect(throws: StoreError.self) {
        try Store.repair(directory: folder, formatVersion: 1, emptySnapshot: TestDesk(clients: [], total: 0))
      }
      #expect(repairError?.message == Self.refusal(folder, "lock", "a symbolic link"))
      victim.expectUntouched()
    }
  }

  @Test func aSnapshotOrJournalThatIsALinkIsRefusedReadWriteAndReadOnly() throws {
    for name in ["desk.json", "journal.jsonl"] {
      try withDesk { folder in
        let (store, _) = try openStore(folder)
        try store.append(entries(1...2))
        try store.compact(snapshot: TestDesk(clients: [], total: 1), seq: 1, tail: [entry(2)])
        store.close()
        // The real file moved out of the folder, and a link left in its place.
        let outside = folder.deletingLastPathComponent().appendingPathComponent("moved-\(name)").path
        #expect(rename(path(folder, name), outside) == 0)
        #expect(symlink(outside, path(folder, name)) == 0)
        let before = FileManager.default.contents(atPath: outside)

        for mode in [StoreMode.readWrite, .readOnly] {
          let error = try #require(openError(folder, mode: mode), "\(name) \(mode)")
          #expect(error.message == Self.refusal(folder, name, "a symbolic link"), "\(name) \(mode)")
        }
        #expect(FileManager.default.contents(atPath: outside) == before)
      }
    }
  }

  @Test func aJournalWithASecondNameElsewhereIsNotWrittenTo() throws {
    try withDesk { folder in
      try write(folder, "journal.jsonl", try line(entry(1)))
      let elsewhere = folder.deletingLastPathComponent().appendingPathComponent("backup.jsonl").path
      #expect(link(path(folder, "journal.jsonl"), elsewhere) == 0)

      let error = try #require(openError(folder))
      #expect(error.message == Self.refusal(folder, "journal.jsonl", "a file with 2 names (hard links)"))
      // Reading changes nothing, so a look is still allowed.
      #expect(openError(folder, mode: .readOnly) == nil)
      #expect(FileManager.default.contents(atPath: elsewhere) == Data(try line(entry(1)).utf8))
    }
  }

  @Test func aPipeInPlaceOfTheJournalIsRefusedNotWaitedOn() throws {
    try withDesk { folder in
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      #expect(mkfifo(path(folder, "journal.jsonl"), 0o600) == 0)
      for mode in [StoreMode.readWrite, .readOnly] {
        let error = try #require(openError(folder, mode: mode))
        #expect(error.message == Self.refusal(folder, "journal.jsonl", "a pipe"), "\(mode)")
      }
    }
  }

  @Test func repairWritesNothingThroughAPlantedTempLink() throws {
    try withDesk { folder in
      try write(folder, "journal.jsonl", try line(entry(1)) + "{not json}\n" + (try line(entry(2))))
      let victim = try Victim(folder, "journal.jsonl.tmp")
      #expect(symlink(victim.path, path(folder, "journal.jsonl.tmp")) == 0)

      let report = try Store.repair(directory: folder, formatVersion: 1, emptySnapshot: TestDesk(clients: [], total: 0))
      #expect(report.setAsideLines == [2])
      victim.expectUntouched()
      #expect(kind(path(folder, "journal.jsonl")) == S_IFREG)
      #expect(text(folder, "journal.jsonl") == (try line(entry(1))) + (try line(entry(2))))
    }
  }

  @Test func aFolderOthersCanWriteToIsRefusedWithHowToFixIt() throws {
    for folderMode: mode_t in [0o777, 0o770, 0o1777, 0o720] {
      try withDesk { folder in
        try write(folder, "journal.jsonl", try line(entry(1)))
        #expect(chmod(folder.path, folderMode) == 0)
        let shown = DeskFolder(folder).path
        for mode in [StoreMode.readWrite, .readOnly] {
          let error = try #require(openError(folder, mode: mode), "\(String(folderMode, radix: 8)) \(mode)")
          #expect(
            error.message == """
              The desk folder \(shown) can be changed by other users (its mode is \(String(folderMode, radix: 8))), \
              so Dealdesk will not open it: anyone who can add files there could make Dealdesk write \
              over a file of yours elsewhere. Nothing was changed. Make the folder yours alone, \
              then open the desk again: chmod 700 \(shown)
              """)
        }
        #expect(mode(folder.path) == folderMode & 0o777 && exists(folder, "lock") == false)
        #expect(chmod(folder.path, 0o700) == 0)
        #expect(openError(folder) == nil)
      }
    }
  }

  /// The folder belongs to someone else: needs root to make one, so without root it is
  /// skipped, saying why.
  @Test func aFolderThatBelongsToSomeoneElseIsRefused() throws {
    guard geteuid() == 0 else {
      print("Skipped: making a folder that belongs to another user needs root (this runs as uid \(geteuid())).")
      return
    }
    try withDesk { folder in
      try write(folder, "journal.jsonl", try line(entry(1)))
      #expect(chown(folder.path, 65534, 65534) == 0)
      let owner = try #require(getpwuid(65534)).pointee.pw_name.map { String(cString: $0) } ?? "user 65534"
      let error = try #require(openError(folder))
      #expect(
        error.message == """
          The desk folder \(DeskFolder(folder).path) belongs to \(owner), not to you, so Dealdesk will not open it: \
          the owner of a folder decides what is in it, and Dealdesk would be writing through their files. \
          Nothing was changed. Open the desk as \(owner); or, if the folder is meant to be yours, \
          take it over first (chown -R root \(DeskFolder(folder).path)).
          """)
      #expect(!exists(folder, "lock"))
    }
  }

  static func refusal(_ folder: URL, _ name: String, _ what: String) -> String {
    let shown = DeskFolder(folder).path
    return """
      \(shown)/\(name) is \(what), not a plain file, so Dealdesk will not open it: \
      writing through it could change a file outside the desk. Nothing was changed. \
      If you put it there, replace it with a plain copy of the file; if you did not, \
      someone else has been in your desk folder: check its files (ls -la \(shown)) before going on.
      """
  }
}

/// A file outside the desk folder that a planted link points to; it must keep its bytes
/// and its mode.
struct Victim {
  let path: String
  let content = "precious, and not the desk's\n"

  init(_ folder: URL, _ name: String) throws {
    path = folder.deletingLastPathComponent().appendingPathComponent("victim-of-\(name)").path
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try Data(content.utf8).write(to: URL(fileURLWithPath: path))
    #expect(chmod(path, 0o644) == 0)
  }

  func expectUntouched(sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(FileManager.default.contents(atPath: path) == Data(content.utf8), sourceLocation: sourceLocation)
    #expect(mode(path) == 0o644, sourceLocation: sourceLocation)
  }
}

/// The file type of `path` itself (S_IFREG, S_IFLNK…), a link not followed.
func kind(_ path: String) -> mode_t? {
  var info = stat()
  guard lstat(path, &info) == 0 else { return nil }
  return info.st_mode & S_IFMT
}
