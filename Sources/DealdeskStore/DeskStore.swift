import Foundation
import Glibc

/// A desk on disk: a snapshot (`desk.json`) and the journal of entries after it
/// (`journal.jsonl`), guarded by a lock file. Generic over the domain's own types so the
/// store never needs to know what a desk or an entry means.
///
/// `@unchecked Sendable` because every mutable field is read and written only while
/// `mutex` is held; the file descriptors it guards cannot be expressed as Sendable.
public final class DeskStore<Snapshot: Codable & Sendable, Entry: JournalEntry>: @unchecked Sendable {
  public let directory: URL
  public let mode: StoreMode
  /// The format version this Dealdesk writes, and the newest it reads.
  public let formatVersion: Int

  private let folder: DeskFolder
  /// The folder held open while the desk is open read-write (nil read-only): every file
  /// is reached through it, and it holds the lock.
  private var openFolder: OpenFolder?
  private let disk: any DiskWrites
  private let mutex = NSLock()
  private var lock: DeskLock?
  private var journal: JournalFile?
  private var snapshotSeq: Int
  /// The last seq saved (in the journal, or folded into the snapshot): an entry is saved
  /// only above it, as the reader accepts them (a seq that repeats or goes back is damage).
  private var lastSeq: Int
  /// The bytes of each entry appended since the last save, by seq: what the undo file
  /// writes again at the next save (the journal is emptied by then, so never more than it).
  private var journalBytes: [Int: [UInt8]] = [:]
  private var closed = false

  private init(
    directory: URL, mode: StoreMode, formatVersion: Int, folder: DeskFolder, openFolder: OpenFolder? = nil,
    disk: any DiskWrites, lock: DeskLock?, journal: JournalFile?, snapshotSeq: Int, lastSeq: Int? = nil
  ) {
    self.directory = directory
    self.mode = mode
    self.formatVersion = formatVersion
    self.folder = folder
    self.openFolder = openFolder
    self.disk = disk
    self.lock = lock
    self.journal = journal
    self.snapshotSeq = snapshotSeq
    self.lastSeq = max(snapshotSeq, lastSeq ?? 0)
  }

  deinit { close() }

  /// Creates the folder (0700) if missing, takes the lock (readWrite), loads snapshot + journal tail.
  ///
  /// Read-only never writes: it takes no lock, creates no folder, and only warns about a
  /// torn last entry. When anything cannot be read the error names the file and nothing
  /// on disk has been changed.
  public static func open(
    directory: URL, mode: StoreMode, formatVersion: Int
  ) throws(StoreError) -> (DeskStore, Loaded<Snapshot, Entry>) {
    try open(directory: directory, mode: mode, formatVersion: formatVersion, disk: SystemDisk())
  }

  /// The same, with the disk replaced, so tests can play a full disk.
  static func open(
    directory: URL, mode: StoreMode, formatVersion: Int, disk: any DiskWrites
  ) throws(StoreError) -> (DeskStore, Loaded<Snapshot, Entry>) {
    let folder = DeskFolder(directory)
    var warnings: [String] = []
    let decoder = DeskJSON.decoder()

    if mode == .readOnly {
      guard try folder.exists else {
        let store = DeskStore(
          directory: directory, mode: mode, formatVersion: formatVersion, folder: folder, disk: disk, lock: nil,
          journal: nil, snapshotSeq: 0)
        return (store, Loaded(snapshot: nil, snapshotSeq: 0, entries: [], warnings: [StoreError.noDesk(folder.path)]))
      }
      let open = try OpenFolder.open(folder)
      defer { open.close() }
      if let warning = DeskFolder.exposureWarning(open) { warnings.append(warning) }
      // Without the lock a writer may compact meanwhile. It renames the snapshot before
      // the journal, so a journal read first is never newer than the snapshot read
      // after it, and entries the snapshot covers are skipped: nothing falls between.
      // The bytes are only decoded after the snapshot's version has been checked.
      let journalBytes = try JournalFile.readBytes(open)
      let snapshot = try SnapshotFile<Snapshot>.read(open, readableVersion: formatVersion)
      let (scan, warning): (JournalScan<Entry>, String?) = try JournalFile.scanReadOnly(
        journalBytes, open, decoder: decoder)
      if let warning { warnings.append(warning) }
      let store = DeskStore(
        directory: directory, mode: mode, formatVersion: formatVersion, folder: folder, disk: disk, lock: nil,
        journal: nil, snapshotSeq: snapshot?.seq ?? 0)
      return (store, loaded(snapshot, scan.entries, warnings, undoKept: undoKept(open)))
    }

    try folder.create()
    let open = try OpenFolder.open(folder)
    if let warning = DeskFolder.exposureWarning(open) { warnings.append(warning) }
    let lock: DeskLock
    do throws(StoreError) {
      lock = try DeskLock.acquire(open)
    } catch {
      open.close()
      throw error
    }
    do throws(StoreError) {
      // The snapshot is read before the journal is opened, so a desk that is refused
      // is refused before anything (not even an empty journal) is created in it.
      let snapshot = try SnapshotFile<Snapshot>.read(open, readableVersion: formatVersion)
      let (journal, scan, warning): (JournalFile, JournalScan<Entry>, String?) = try JournalFile.open(
        open, disk: disk, decoder: decoder)
      if let warning { warnings.append(warning) }
      // Left by a compaction that was killed before its rename; the files they were
      // meant to replace are whole, so these are only clutter (removed, never opened).
      try? open.unlinkIfPresent(DeskFolder.temporary(for: DeskFolder.snapshotName))
      try? open.unlinkIfPresent(DeskFolder.temporary(for: DeskFolder.journalName))
      try? open.unlinkIfPresent(DeskFolder.temporary(for: DeskFolder.undoName))
      let store = DeskStore(
        directory: directory, mode: mode, formatVersion: formatVersion, folder: folder, openFolder: open, disk: disk,
        lock: lock, journal: journal, snapshotSeq: snapshot?.seq ?? 0, lastSeq: scan.entries.last?.seq)
      return (store, loaded(snapshot, scan.entries, warnings, undoKept: undoKept(open)))
    } catch {
      lock.release()
      open.close()
      throw error
    }
  }

  /// Entries at or below the snapshot's seq are ones a compaction had already folded
  /// into the snapshot when it was killed before rewriting the journal.
  private static func loaded(
    _ snapshot: SnapshotFile<Snapshot>?, _ entries: [Entry], _ warnings: [String], undoKept: Bool
  ) -> Loaded<Snapshot, Entry> {
    let seq = snapshot?.seq ?? 0
    var loaded = Loaded(
      snapshot: snapshot?.desk, snapshotSeq: seq, entries: entries.filter { $0.seq > seq }, warnings: warnings,
      snapshotVersion: snapshot?.version)
    loaded.undoKept = undoKept
    return loaded
  }

  /// Whether an undo file is there; it is only looked at, never read, when the desk opens.
  /// Something at its name that cannot even be looked at counts as one, so that undo, not
  /// opening, is what says what is wrong with it.
  private static func undoKept(_ open: OpenFolder) -> Bool {
    do throws(Errno) {
      return try open.status(of: DeskFolder.undoName) != nil
    } catch {
      return true
    }
  }

  /// Appends entries as JSON lines in ONE write and ONE fsync (group commit). Durable when it returns.
  public func append(_ entries: [Entry]) throws(StoreError) {
    mutex.lock()
    defer { mutex.unlock() }
    let journal = try writableJournal()
    // An entry at or below what is saved would be refused on the next load (or skipped,
    // below the snapshot): saving it would be losing it quietly.
    var floor = lastSeq
    for entry in entries {
      guard entry.seq > floor else { throw .seqNotAfter(entry.seq, floor, what: "journal entry") }
      floor = entry.seq
    }
    try journal.append(try lines(entries, keeping: true))
    lastSeq = floor
  }

  /// Atomically writes a new snapshot covering `seq` and rewrites the journal to hold only `tail` (entries after seq).
  ///
  /// The snapshot goes first: killed after its rename, the old journal is still there
  /// and its entries up to `seq` are skipped on load; killed before, nothing changed.
  /// `tail` must hold every journal entry after `seq`; the store trusts the caller.
  public func compact(snapshot: Snapshot, seq: Int, tail: [Entry]) throws(StoreError) {
    mutex.lock()
    defer { mutex.unlock() }
    let journal = try writableJournal()
    guard let openFolder else { throw .closed(folder.path) }
    guard seq >= snapshotSeq else { throw .snapshotBehind(seq, saved: snapshotSeq) }
    if let stale = tail.first(where: { $0.seq <= seq }) {
      throw .seqNotAfter(stale.seq, seq, what: "journal entry")
    }
    let snapshotBytes = try SnapshotFile.encode(desk: snapshot, seq: seq, version: formatVersion)
    let tailBytes = try lines(tail)
    // The snapshot is made from what this Dealdesk has read; lines someone else added
    // since would be dropped with the old journal.
    try journal.checkUnchanged()

    try replaceSnapshot(with: snapshotBytes, seq: seq, journal: journal, keeping: tail.last?.seq, tailBytes, in: openFolder)
  }

  /// Saves `undo` (reaching `seq`) in `undo.json`, then `snapshot` (the desk as it stands
  /// at `seq`) in `desk.json`, then empties the journal.
  ///
  /// Each file is renamed into place and the folder synced before the next step, so a kill
  /// at any moment leaves: everything as it was; or a new undo file beside the old snapshot
  /// and the whole journal (the undo file then reaches past the snapshot, which the domain
  /// allows for); or the new snapshot with the old journal, whose entries it covers and are
  /// skipped. `replacingUnreadable` keeps the undo file there as `undo.json.damaged-N`.
  public func compact(
    current snapshot: Snapshot, seq: Int, undo: KeptUndo<Snapshot, Entry>, replacingUnreadable: Bool
  ) throws(StoreError) {
    mutex.lock()
    defer { mutex.unlock() }
    let journal = try writableJournal()
    guard let openFolder else { throw .closed(folder.path) }
    guard seq >= snapshotSeq, seq >= lastSeq else { throw .snapshotBehind(seq, saved: max(snapshotSeq, lastSeq)) }
    guard undo.reach == seq else {
      throw StoreError(
        message: "Dealdesk tried to save undo up to entry \(undo.reach) beside a desk at entry \(seq). Nothing was changed; this is a fault in Dealdesk, please report it.",
        kind: .misuse)
    }
    // The entries the journal has just been given are written as they were there: a long
    // script's one record was otherwise encoded twice, a fifth of its run.
    let written = journalBytes
    let undoBytes = try UndoFile.encode(undo, version: formatVersion) { written[$0.seq] }
    let snapshotBytes = try SnapshotFile.encode(desk: snapshot, seq: seq, version: formatVersion)
    try journal.checkUnchanged()

    do throws(Errno) {
      if replacingUnreadable { try setAsideUnreadableUndo(openFolder) }
      Posix.close(try AtomicFile.replace(DeskFolder.undoName, in: openFolder, with: undoBytes, disk: disk))
      // The undo file's rename must be durable before the snapshot's: a snapshot beyond
      // the undo file would leave undo a gap the emptied journal no longer fills.
      try openFolder.sync()
    } catch {
      throw .cannotSave(folder.undo, error)
    }
    try replaceSnapshot(with: snapshotBytes, seq: seq, journal: journal, keeping: nil, [], in: openFolder)
  }

  /// Renames the new snapshot into place, then syncs the folder and leaves the journal
  /// holding only `tailBytes` (the entries after `seq`, the last of them `lastKept`).
  private func replaceSnapshot(
    with snapshotBytes: [UInt8], seq: Int, journal: JournalFile, keeping lastKept: Int?, _ tailBytes: [UInt8],
    in openFolder: OpenFolder
  ) throws(StoreError) {
    do throws(Errno) {
      Posix.close(try AtomicFile.replace(DeskFolder.snapshotName, in: openFolder, with: snapshotBytes, disk: disk))
    } catch {
      throw .cannotSave(folder.snapshot, error)
    }
    // Renamed: from here on the new snapshot is what a load sees, synced folder or not.
    snapshotSeq = seq
    journalBytes = [:]
    lastSeq = max(seq, lastKept ?? seq)
    do throws(Errno) {
      try openFolder.sync()
      try journal.replace(with: tailBytes)
    } catch {
      throw .cannotShortenJournal(snapshot: folder.snapshot, journal: folder.journal, error)
    }
  }

  /// Keeps an unreadable undo file under the first free `undo.json.damaged-N`.
  private func setAsideUnreadableUndo(_ open: OpenFolder) throws(Errno) {
    guard try open.status(of: DeskFolder.undoName) != nil else { return }
    var number = 1
    while try open.status(of: DeskFolder.unreadableUndo(number)) != nil { number += 1 }
    try open.rename(DeskFolder.undoName, to: DeskFolder.unreadableUndo(number))
  }

  /// What `undo.json` keeps; nil when there is none. Read-only too, without the lock: a
  /// writer may replace it meanwhile, which the domain notices (it reaches beyond the
  /// desk it opened) and says.
  public func keptUndo() throws(StoreError) -> KeptUndo<Snapshot, Entry>? {
    mutex.lock()
    defer { mutex.unlock() }
    if let openFolder { return try UndoFile<Snapshot, Entry>.read(openFolder, readableVersion: formatVersion)?.kept }
    let open = try OpenFolder.open(folder)
    defer { open.close() }
    return try UndoFile<Snapshot, Entry>.read(open, readableVersion: formatVersion)?.kept
  }

  /// Releases the lock. Idempotent.
  public func close() {
    mutex.lock()
    defer { mutex.unlock() }
    guard !closed else { return }
    closed = true
    journal?.close()
    journal = nil
    lock?.release()
    lock = nil
    openFolder?.close()
    openFolder = nil
  }

  private func writableJournal() throws(StoreError) -> JournalFile {
    guard mode == .readWrite else { throw .readOnly }
    guard !closed, let journal else { throw .closed(folder.path) }
    return journal
  }

  /// `bytes` in an array of their own size: a script's one record, grown by doubling, is
  /// kept until the next save, and would keep up to as much room again unused.
  private static func fitted(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.capacity - bytes.count > 4_096 else { return bytes }
    var copy: [UInt8] = []
    copy.reserveCapacity(bytes.count)
    copy.append(contentsOf: bytes)
    return copy
  }

  /// One compact JSON object per entry, each ending in a newline, so the batch goes to
  /// disk in one write.
  /// `keeping`: each entry's bytes are kept (`journalBytes`) until the next save.
  private func lines(_ entries: [Entry], keeping: Bool = false) throws(StoreError) -> [UInt8] {
    var bytes: [UInt8] = []
    for entry in entries {
      let line: [UInt8]
      do {
        line = try DeskJSONWriter.encode(entry)
      } catch {
        throw .cannotEncode("journal entry \(entry.seq)", reason: CodingProblem.describe(encoding: error))
      }
      if keeping { journalBytes[entry.seq] = Self.fitted(line) }
      bytes.reserveCapacity(bytes.count + line.count + 1)
      bytes.append(contentsOf: line)
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }
}
