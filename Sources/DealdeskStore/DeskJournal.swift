import Foundation

/// Where a desk's history is kept: a snapshot and the entries committed after it, in one
/// order that every reader sees. The folder (`FolderJournal`) is one such place; a shared
/// database can be another. Chosen once, when the desk is opened; what a desk or an entry
/// means stays with the domain, which never learns which kind of journal it is writing to.
///
/// A position is the `seq` of the last entry committed (the snapshot's when there is none
/// after it). Entries are committed at the position their writer last saw, so a journal
/// that several writers share can refuse a batch decided on an older desk and hand back
/// what came first (`JournalCommit.overtaken`), instead of putting it after changes its
/// writer never saw.
public protocol DeskJournal<Snapshot, Entry>: AnyObject, Sendable {
  associatedtype Snapshot: Codable & Sendable
  associatedtype Entry: JournalEntry

  /// Read-write, or read-only (commits and compactions are refused).
  var mode: StoreMode { get }
  /// The local folder for the desk's own side files (input history, practice history):
  /// for the folder journal, the desk's folder itself.
  var folder: URL { get }
  /// Where the desk is, in the words a manager would use to name it (a path, an address).
  var location: String { get }

  /// The desk as it stands: its latest snapshot, the entries after it, and the position
  /// they reach (`Loaded.position`), with anything the manager should be told.
  func load() throws(StoreError) -> Loaded<Snapshot, Entry>

  /// Makes `entries` durable after `expected`, all of them or none: the first must be
  /// `expected + 1` and each the next. When it returns `.committed` they survive a crash;
  /// when it throws, none of them was saved.
  func commit(_ entries: [Entry], at expected: Int) throws(StoreError) -> JournalCommit<Entry>

  /// Replaces the snapshot with `snapshot` as of `seq`, keeping `tail` (every entry after
  /// `seq`) so that undo still has what it needs. Either done whole or not at all.
  func compact(snapshot: Snapshot, seq: Int, tail: [Entry]) throws(StoreError)

  /// Releases the desk (its lock, its connection). Idempotent.
  func close()

  /// Whether undo's material is kept apart from the snapshot (`keptUndo`), so that the
  /// snapshot is always the desk as it stands and opening reads no more than it. When
  /// false (the default), undo is rebuilt from the entries `load` gives, and `compact`
  /// keeps a tail for it.
  var keepsUndoApart: Bool { get }

  /// For a journal that keeps undo apart: saves `undo` (which must reach `seq`), then
  /// `snapshot`, the desk as it stands at `seq`, then empties the journal after it; a
  /// crash at any point leaves the old state or one that opens to the same desk. With
  /// `replacingUnreadable`, the undo file there (which could not be read) is kept under
  /// another name rather than replaced.
  func compact(current snapshot: Snapshot, seq: Int, undo: KeptUndo<Snapshot, Entry>, replacingUnreadable: Bool)
    throws(StoreError)

  /// What undo needs from before the snapshot, read only when undo or redo asks (nil when
  /// nothing was kept: a new desk, or one last saved by a Dealdesk that kept it in the journal).
  func keptUndo() throws(StoreError) -> KeptUndo<Snapshot, Entry>?

  /// Who this journal's commits are made by, as a shared journal's server knows them (its
  /// login); nil for a journal with one writer.
  var author: String? { get }

  /// Whether the server counts `author` among the directors, whose changes (the policy,
  /// approvals) it takes from no one else. False for a journal with one writer, whose
  /// manager is their own director by the domain's rules.
  var authorIsDirector: Bool { get }

  /// The entries other writers committed after `position`, in order, so a desk catches up
  /// before it is told of them or decides on them. None for a journal with one writer.
  func entries(after position: Int) throws(StoreError) -> [Entry]

  /// `entries(after:)`, and from then on no other writer may commit until this journal's
  /// next commit or `giveTurnBack()`: a commit made at the position reached cannot be
  /// overtaken. For a writer that keeps being overtaken, looking and committing in one turn
  /// costs one wait for the others instead of two (the overtaken try, then the retry).
  /// A journal with one writer has nothing to hold.
  func takeTurn(after position: Int) throws(StoreError) -> [Entry]

  /// Lets the others commit again when the turn taken was not used (the line changed
  /// nothing, or was refused). Never fails: a turn that cannot be given back ends with the
  /// connection that held it.
  func giveTurnBack()
}

extension DeskJournal {
  public var author: String? { nil }
  public var authorIsDirector: Bool { false }
  public func entries(after position: Int) throws(StoreError) -> [Entry] { [] }
  public func takeTurn(after position: Int) throws(StoreError) -> [Entry] { try entries(after: position) }
  public func giveTurnBack() {}
}

/// How a commit ended when it did not fail.
public enum JournalCommit<Entry: JournalEntry>: Sendable {
  /// Durable; the journal is now at `position`.
  case committed(position: Int)
  /// Another writer committed first, so nothing of this batch was saved. `theirs` are the
  /// entries after the expected position, in order: apply them, decide again on the newer
  /// desk, and commit at the position they reach. A journal with one writer (the folder,
  /// under its lock) never answers this.
  case overtaken(theirs: [Entry])
}

extension Loaded {
  /// The position the loaded entries reach: what the first commit is made after.
  public var position: Int { entries.last?.seq ?? snapshotSeq }
}

extension StoreError {
  /// A change decided again on the newer desk each time another writer came first, until
  /// it gave up: nothing of it was saved.
  public static var overtaken: StoreError {
    StoreError(
      message: "Others changed the desk while this was being saved, so nothing was changed. Look again, then try again.",
      kind: .overtaken)
  }
}

/// What undo needs, kept apart from the snapshot by a journal that can (the folder's
/// `undo.json`): the desk from before the oldest step undo can reach, as of `baseSeq`, and
/// every entry after it up to `reach`, which the domain replays to rebuild its history.
public struct KeptUndo<Snapshot: Codable & Sendable, Entry: JournalEntry>: Sendable {
  public var base: Snapshot
  public var baseSeq: Int
  public var entries: [Entry]

  public init(base: Snapshot, baseSeq: Int, entries: [Entry]) {
    self.base = base
    self.baseSeq = baseSeq
    self.entries = entries
  }

  /// The last entry it holds (the base's seq when none).
  public var reach: Int { entries.last?.seq ?? baseSeq }
}

extension DeskJournal {
  public var keepsUndoApart: Bool { false }

  public func compact(current snapshot: Snapshot, seq: Int, undo: KeptUndo<Snapshot, Entry>, replacingUnreadable: Bool)
    throws(StoreError)
  {
    throw StoreError(message: "This kind of desk keeps undo in its journal, not apart; this is a fault in Dealdesk.", kind: .misuse)
  }

  public func keptUndo() throws(StoreError) -> KeptUndo<Snapshot, Entry>? { nil }
}
