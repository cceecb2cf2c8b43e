import Foundation
import Glibc
import Testing

@testable import DealdeskStore

/// `undo.json`: undo's material kept beside a snapshot of the desk as it stands, written
/// before the snapshot, only looked at (never read) when the desk opens, and read with the
/// checks a journal line gets.
@Suite("Undo kept apart")
struct UndoFileTests {
  typealias Journal = FolderJournal<TestDesk, TestEntry>

  func open(_ folder: URL, mode: StoreMode = .readWrite, disk: (any DiskWrites)? = nil) throws -> Journal {
    try Journal.open(directory: folder, mode: mode, formatVersion: 1, disk: disk ?? SystemDisk())
  }

  static let before = TestDesk(clients: ["Acme"], total: 1)
  static let now = TestDesk(clients: ["Acme", "Bora", "Celik"], total: 3)

  /// A desk at entry 3 saved as it stands, with undo's material from entry 1.
  func saved(_ folder: URL) throws {
    let journal = try open(folder)
    defer { journal.close() }
    _ = try journal.load()
    _ = try journal.commit(entries(1...3), at: 0)
    try journal.compact(
      current: Self.now, seq: 3, undo: KeptUndo(base: Self.before, baseSeq: 1, entries: entries(2...3)),
      replacingUnreadable: false)
  }

  @Test func theSnapshotIsTheDeskAsItStandsAndUndoIsReadOnlyWhenAsked() throws {
    try withDesk { folder in
      try saved(folder)
      #expect(text(folder, "journal.jsonl") == "")
      #expect(text(folder, "undo.json")?.hasPrefix("{\"format\":\"dealdesk-undo\",\"version\":1,\"seq\":3,\"baseSeq\":1,") == true)
      #expect(mode(path(folder, "undo.json")) == 0o600)

      let journal = try open(folder)
      defer { journal.close() }
      let loaded = try journal.load()
      #expect(loaded.snapshot == Self.now)
      #expect(loaded.snapshotSeq == 3)
      #expect(loaded.entries.isEmpty)
      #expect(loaded.undoKept)
      let kept = try journal.keptUndo()
      #expect(kept?.base == Self.before)
      #expect(kept?.baseSeq == 1)
      #expect(kept?.entries == entries(2...3))

      // Read-only reads it too, without the lock.
      let reader = try open(folder, mode: .readOnly)
      defer { reader.close() }
      #expect(try reader.load().undoKept)
      #expect(try reader.keptUndo()?.entries == entries(2...3))
    }
  }

  @Test func aDeskWithoutUndoFileSaysNothingIsKept() throws {
    try withDesk { folder in
      let journal = try open(folder)
      defer { journal.close() }
      #expect(try journal.load().undoKept == false)
      #expect(try journal.keptUndo() == nil)
    }
  }

  @Test func anUnreadableUndoFileDoesNotStopTheDeskOpeningAndSaysWhy() throws {
    let damages: [(String, String)] = [
      ("{\"format\":\"dealdesk-undo\",\"version\":1,\"seq\":3,\"baseSeq\":1,\"desk\":{\"clients\":[],\"total\":0},\"entries\":[",
       "not valid JSON"),
      ("{\"format\":\"something\"}", "not a Dealdesk undo file"),
      ("{\"format\":\"dealdesk-undo\",\"version\":9,\"seq\":3,\"baseSeq\":1}", "newer Dealdesk (format 9)"),
      (
        "{\"format\":\"dealdesk-undo\",\"version\":1,\"seq\":3,\"baseSeq\":1,\"desk\":{\"clients\":[],\"total\":0},\"entries\":[\(try line(entry(3)))]}",
        "entry 3 comes where entry 2 should"
      ),
      (
        "{\"format\":\"dealdesk-undo\",\"version\":1,\"seq\":4,\"baseSeq\":1,\"desk\":{\"clients\":[],\"total\":0},\"entries\":[\(try line(entry(2)))]}",
        "it says it reaches entry 4, but its entries end at 2"
      ),
    ]
    for (content, reason) in damages {
      try withDesk { folder in
        try saved(folder)
        try write(folder, "undo.json", content)
        let journal = try open(folder)
        defer { journal.close() }
        let loaded = try journal.load()
        #expect(loaded.snapshot == Self.now)
        #expect(loaded.undoKept)
        do {
          _ = try journal.keptUndo()
          Issue.record("read: \(reason)")
        } catch let error as StoreError {
          #expect(error.kind == .damaged)
          #expect(error.message.contains("undo.json cannot be read"), "\(error.message)")
          #expect(error.message.contains(reason), "\(error.message)")
        } catch {
          Issue.record("not a StoreError: \(error)")
        }
      }
    }
  }

  @Test func anUnreadableUndoFileIsKeptAsideWhenANewOneIsWritten() throws {
    try withDesk { folder in
      try saved(folder)
      try write(folder, "undo.json", "not json")
      let journal = try open(folder)
      defer { journal.close() }
      _ = try journal.load()
      _ = try journal.commit([entry(4)], at: 3)
      try journal.compact(
        current: Self.now, seq: 4, undo: KeptUndo(base: Self.now, baseSeq: 3, entries: [entry(4)]),
        replacingUnreadable: true)
      #expect(text(folder, "undo.json.damaged-1") == "not json")
      #expect(try journal.keptUndo()?.entries == [entry(4)])
    }
  }

  @Test func undoThatDoesNotReachTheSnapshotIsRefusedBeforeAnythingIsWritten() throws {
    try withDesk { folder in
      try saved(folder)
      let undoBefore = bytes(folder, "undo.json")
      let journal = try open(folder)
      defer { journal.close() }
      _ = try journal.load()
      _ = try journal.commit([entry(4)], at: 3)
      #expect(throws: StoreError.self) {
        try journal.compact(
          current: Self.now, seq: 4, undo: KeptUndo(base: Self.now, baseSeq: 3, entries: []), replacingUnreadable: false)
      }
      #expect(bytes(folder, "undo.json") == undoBefore)
      #expect(try journal.load().entries == [entry(4)])
    }
  }

  /// The snapshot is the desk as it stands, so a damaged one is rebuilt from what undo's
  /// file keeps (the desk before its oldest step, every entry since) and the journal after it.
  @Test func aDamagedSnapshotIsRebuiltFromUndosFileAndTheJournal() throws {
    try withDesk { folder in
      try saved(folder)
      do {
        let journal = try open(folder)
        defer { journal.close() }
        _ = try journal.load()
        _ = try journal.commit([entry(4)], at: 3)
      }
      try write(folder, "desk.json", "{\"format\":\"dealdesk\",\"version\":1,\"seq\":3,\"de")
      let report = try Store.repair(directory: folder, formatVersion: 1, emptySnapshot: TestDesk(clients: [], total: 0))
      #expect(report.rebuiltFromJournal)
      #expect(report.sentences.last == "Undo's file goes back to entry 1, so the desk was rebuilt from it and the journal (3 entries); it is kept as \(path(folder, "undo.json.damaged-1")), and its entries are in the journal now.")
      #expect(!exists(folder, "undo.json"))
      let journal = try open(folder)
      defer { journal.close() }
      let loaded = try journal.load()
      #expect(loaded.snapshot == Self.before)
      #expect(loaded.snapshotSeq == 1)
      #expect(loaded.entries == entries(2...4))
      #expect(loaded.undoKept == false)
    }
  }

  @Test func aGapBetweenUndosFileAndTheJournalIsNotPapered() throws {
    try withDesk { folder in
      try saved(folder)
      try write(folder, "journal.jsonl", try line(entry(6)))
      try write(folder, "desk.json", "not json")
      #expect(throws: StoreError.self) {
        try Store.repair(directory: folder, formatVersion: 1, emptySnapshot: TestDesk(clients: [], total: 0))
      }
      #expect(exists(folder, "undo.json"))
      #expect(text(folder, "desk.json") == "not json")
    }
  }

  /// A disk that stops taking writes after `allowed` calls, as a kill at that moment
  /// leaves the disk: nothing after it happens.
  final class DyingDisk: DiskWrites, @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int
    init(allowed: Int) { left = allowed }
    func setLeft(_ allowed: Int) { lock.withLock { left = allowed } }

    private func spend() throws(Errno) {
      let alive = lock.withLock {
        left -= 1
        return left >= 0
      }
      if !alive { throw Errno(code: EIO) }
    }

    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws(Errno) -> Int {
      try spend()
      return try SystemDisk().write(fd, bytes, at: offset)
    }
    func sync(_ fd: Int32) throws(Errno) {
      try spend()
      try SystemDisk().sync(fd)
    }
    func truncate(_ fd: Int32, to length: Int) throws(Errno) {
      try spend()
      try SystemDisk().truncate(fd, to: length)
    }
  }

  /// Stopped at every write of a save, the desk opens to the same desk, and undo's file,
  /// when there is one, reaches at least as far as the snapshot.
  @Test func aSaveStoppedAtAnyWriteLeavesADeskThatOpensTheSame() throws {
    for allowed in 0..<12 {
      try withDesk { folder in
        try saved(folder)
        let disk = DyingDisk(allowed: 1_000)
        do {
          let journal = try open(folder, disk: disk)
          defer { journal.close() }
          _ = try journal.load()
          _ = try journal.commit(entries(4...5), at: 3)
          disk.reset(allowed)
          try? journal.compact(
            current: TestDesk(clients: ["Acme", "Bora", "Celik", "Dora"], total: 5), seq: 5,
            undo: KeptUndo(base: Self.before, baseSeq: 1, entries: entries(2...5)), replacingUnreadable: false)
        }
        let journal = try open(folder)
        defer { journal.close() }
        let loaded = try journal.load()
        let kept = try journal.keptUndo()
        if loaded.snapshotSeq == 5 {
          #expect(loaded.entries.isEmpty, "allowed \(allowed)")
          #expect(kept?.reach == 5, "allowed \(allowed)")
        } else {
          #expect(loaded.snapshot == Self.now, "allowed \(allowed)")
          #expect(loaded.entries == entries(4...5), "allowed \(allowed)")
          #expect((kept?.reach ?? 0) >= 3, "allowed \(allowed)")
        }
        #expect(kept?.entries.first?.seq == 2, "allowed \(allowed)")
      }
    }
  }
}

extension UndoFileTests.DyingDisk {
  func reset(_ allowed: Int) { setLeft(allowed) }
}
