import Foundation

/// The desk's folder as a `DeskJournal`: `DeskStore` (snapshot, journal file, lock) with
/// the position it has reached kept beside it. One writer at a time holds the folder's
/// lock, so a commit is never overtaken; a position that does not follow on is this
/// Dealdesk's own mistake, refused before anything is written.
///
/// `@unchecked Sendable` because `position` and `opened` are read and written only while
/// `mutex` is held, and `DeskStore` guards its own files.
public final class FolderJournal<Snapshot: Codable & Sendable, Entry: JournalEntry>: DeskJournal, @unchecked Sendable {
  let store: DeskStore<Snapshot, Entry>
  private let mutex = NSLock()
  private var position: Int
  /// What opening read, handed over by the first `load` (then let go: it holds a whole desk).
  private var opened: Loaded<Snapshot, Entry>?

  private init(store: DeskStore<Snapshot, Entry>, loaded: Loaded<Snapshot, Entry>) {
    self.store = store
    position = loaded.position
    opened = loaded
  }

  /// Opens the desk in `directory` as `DeskStore.open` does (creating it, taking the lock,
  /// setting a torn last entry aside); `load` then gives what was read.
  public static func open(directory: URL, mode: StoreMode, formatVersion: Int) throws(StoreError) -> FolderJournal {
    try open(directory: directory, mode: mode, formatVersion: formatVersion, disk: SystemDisk())
  }

  /// The same, with the disk replaced, so tests can play a full disk.
  static func open(directory: URL, mode: StoreMode, formatVersion: Int, disk: any DiskWrites) throws(StoreError)
    -> FolderJournal
  {
    let (store, loaded) = try DeskStore<Snapshot, Entry>.open(
      directory: directory, mode: mode, formatVersion: formatVersion, disk: disk)
    return FolderJournal(store: store, loaded: loaded)
  }

  public var mode: StoreMode { store.mode }
  public var folder: URL { store.directory }
  public var location: String { store.directory.path }

  /// The first time, what opening read; after that the folder is read again, without the
  /// lock (this process holds it, so nothing else has written since).
  public func load() throws(StoreError) -> Loaded<Snapshot, Entry> {
    let handed = mutex.withLock {
      defer { opened = nil }
      return opened
    }
    if let handed { return handed }
    let (look, loaded) = try DeskStore<Snapshot, Entry>.open(
      directory: store.directory, mode: .readOnly, formatVersion: store.formatVersion)
    look.close()
    return loaded
  }

  public func commit(_ entries: [Entry], at expected: Int) throws(StoreError) -> JournalCommit<Entry> {
    mutex.lock()
    defer { mutex.unlock() }
    guard store.mode == .readWrite else { throw .readOnly }
    guard expected == position, entries.indices.allSatisfy({ entries[$0].seq == expected + 1 + $0 }) else {
      throw StoreError(
        message:
          "Dealdesk tried to save entries \(entries.map(\.seq)) after entry \(expected), but the journal is at entry \(position). Nothing was saved; this is a fault in Dealdesk, please report it.",
        kind: .misuse)
    }
    try store.append(entries)
    position = entries.last?.seq ?? position
    return .committed(position: position)
  }

  public func compact(snapshot: Snapshot, seq: Int, tail: [Entry]) throws(StoreError) {
    try store.compact(snapshot: snapshot, seq: seq, tail: tail)
  }

  /// The folder keeps undo in `undo.json`, read only when undo asks.
  public var keepsUndoApart: Bool { true }

  public func compact(
    current snapshot: Snapshot, seq: Int, undo: KeptUndo<Snapshot, Entry>, replacingUnreadable: Bool
  ) throws(StoreError) {
    mutex.lock()
    defer { mutex.unlock() }
    guard seq == position else {
      throw StoreError(
        message: "Dealdesk tried to save the desk as of entry \(seq), but the journal is at entry \(position). Nothing was changed; this is a fault in Dealdesk, please report it.",
        kind: .misuse)
    }
    try store.compact(current: snapshot, seq: seq, undo: undo, replacingUnreadable: replacingUnreadable)
  }

  public func keptUndo() throws(StoreError) -> KeptUndo<Snapshot, Entry>? { try store.keptUndo() }

  public func close() { store.close() }
}
