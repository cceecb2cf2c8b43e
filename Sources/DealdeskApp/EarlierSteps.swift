import DealdeskCore
import DealdeskStore

/// Undo's steps from before the snapshot, kept in the journal's undo file (the folder's
/// `undo.json`) and read only when undo or redo needs them, so that opening a desk reads
/// its snapshot and a short journal tail, never its long past (a script of 100,000 lines
/// run as one step, say). Until they are read, the history holds only the steps made after
/// the snapshot, and every one of those is a command: an undo or a redo reads them first.
struct EarlierSteps {
  /// Reads them (`DeskJournal.keptUndo`).
  let read: () throws(StoreError) -> KeptUndo<Desk, JournalRecord>?
  /// The snapshot's seq when the desk was opened: the history holds only steps after it.
  let from: Int
  /// Why they could not be read, once that was tried; undo then reaches back only to `from`.
  var problem: String?
}

extension JournalRecord {
  /// What a record costs a start-up that replays it: its events, and at least one.
  var weight: Int { max(1, events.count) }
}

extension JournaledDesk {
  /// Reads undo's earlier steps into the history, if they are still apart and can be.
  /// Returns why they cannot be (also kept in `earlier.problem`, and said only once asked).
  @discardableResult
  mutating func readEarlierSteps() -> String? {
    guard var earlier else { return nil }
    if let problem = earlier.problem { return problem }
    do throws(StoreError) {
      guard let kept = try earlier.read() else {
        throw StoreError(message: "The desk's undo file is gone.", kind: .damaged)
      }
      try join(kept, from: earlier.from)
      self.earlier = nil
      return nil
    } catch {
      let problem = "\(error.message) Undo reaches back only to when the desk was opened."
      earlier.problem = problem
      self.earlier = earlier
      return problem
    }
  }

  /// The history rebuilt from `kept` (its base and records, replayed as at start-up), with
  /// this session's records after it replayed on top. `kept` may reach past the snapshot (a
  /// compaction was stopped between writing it and the snapshot) and past this desk (a
  /// writer replaced it while this desk is open read-only): the records it shares with the
  /// journal are the same records, so only what it holds up to this desk's position is used.
  ///
  /// The rebuilt desk replaces this one, which it must equal: an undo step's patch is taken
  /// on the desk it will be applied to, down to the order of its index's lists, and a desk
  /// read from a snapshot has them in another order than the one built step by step.
  private mutating func join(_ kept: KeptUndo<Desk, JournalRecord>, from: Int) throws(StoreError) {
    guard kept.reach >= from else {
      throw StoreError(
        message: "The desk's undo file reaches entry \(kept.reach), but the desk was saved at entry \(from), so undo cannot reach across the gap.",
        kind: .damaged)
    }
    let reach = min(kept.reach, position)
    let later = tail.filter { $0.seq > reach }
    guard later.allSatisfy({ $0.kind == .command }) else {
      throw StoreError(message: "Undo's earlier steps were read too late; this is a fault in Dealdesk.", kind: .misuse)
    }
    var old = JournaledDesk(
      Loaded(snapshot: kept.base, snapshotSeq: kept.baseSeq, entries: kept.entries.filter { $0.seq <= reach }, warnings: []))
    // A script's own undo keeps every step it made (DeskCommitter.hold).
    old.history.limit = history.limit
    for record in later { old.apply(record) }
    guard old.position == position, old.desk == desk else {
      throw StoreError(
        message: "The desk's undo file does not lead to the desk as it is (it was changed, or belongs to another desk).",
        kind: .damaged)
    }
    desk = old.desk
    history = old.history
    tail = old.tail
  }

  /// An undo or redo in the journal that this desk cannot replay: the step it takes back
  /// or puts again is only in an undo file that cannot be read.
  mutating func noteGap(_ record: JournalRecord) {
    // Without an undo file the history is all there is, as it always was.
    guard replayGap == nil, earlier != nil else { return }
    replayGap =
      "Entry \(record.seq) of the journal is an \(record.kind.rawValue) of a change kept only in the desk's undo file, which cannot be read: \(earlier?.problem ?? "it is missing"). Dealdesk has changed nothing; restore undo.json from a backup."
  }
}
