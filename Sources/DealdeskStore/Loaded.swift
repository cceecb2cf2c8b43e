/// What was on disk when the desk was opened: the domain replays `entries` on `snapshot`.
public struct Loaded<Snapshot: Codable & Sendable, Entry: JournalEntry>: Sendable {
  /// nil for a new desk.
  public var snapshot: Snapshot?
  /// The seq the snapshot covers; 0 when there is none.
  public var snapshotSeq: Int
  /// The journal after the snapshot, in file order.
  public var entries: [Entry]
  /// Things the manager should hear about that did not stop the desk from opening.
  public var warnings: [String]
  /// The format version the snapshot was written in (nil when there is none), so the
  /// domain can migrate an older desk; the next compaction writes the current version.
  public var snapshotVersion: Int?
  /// Whether undo's material from before the snapshot is kept apart (`DeskJournal.keptUndo`),
  /// to be read only when undo asks; false when the entries here are all undo has.
  public var undoKept = false

  public init(
    snapshot: Snapshot?, snapshotSeq: Int, entries: [Entry], warnings: [String], snapshotVersion: Int? = nil
  ) {
    self.snapshot = snapshot
    self.snapshotSeq = snapshotSeq
    self.entries = entries
    self.warnings = warnings
    self.snapshotVersion = snapshotVersion
  }
}
