import DealdeskCore
import DealdeskStore

/// The desk as far as its journal goes: the desk, the undo history rebuilt from the
/// journal, the records after the snapshot (a compaction keeps those undo still needs),
/// and the position the journal has reached. Only `DeskCommitter` changes it, so it is
/// never ahead of the journal once a commit has returned.
struct JournaledDesk {
  var desk: Desk
  var history = UndoHistory()
  var tail: [JournalRecord] = []
  var position: Int
  /// Undo's steps from before the snapshot while they are still only in the journal's undo
  /// file: the history then holds the steps after it alone (EarlierSteps.swift).
  var earlier: EarlierSteps?
  /// How much the journal holds after the snapshot, in events: what the next start-up
  /// replays, held under `DeskCommitter.journalBound`.
  var sinceSnapshot = 0
  /// Why a record could not be replayed (an undo of a step kept only in an unreadable undo
  /// file); the desk is then not as the journal has it, and must not open.
  var replayGap: String?

  /// The desk a journal loaded: its snapshot with every record after it replayed.
  init(_ loaded: Loaded<Desk, JournalRecord>, earlier: EarlierSteps? = nil) {
    desk = loaded.snapshot ?? Desk()
    position = loaded.snapshotSeq
    self.earlier = earlier
    for record in loaded.entries { apply(record) }
  }

  /// Applies a record as the journal holds it.
  mutating func apply(_ record: JournalRecord) {
    // An undo or redo may reach into undo's earlier steps: they join the history first.
    if record.kind == .undo || record.kind == .redo, earlier != nil { readEarlierSteps() }
    position = record.seq
    tail.append(record)
    sinceSnapshot += record.weight
    switch record.kind {
    case .command:
      let events = Self.stamped(record.events, by: record.author)
      history.apply(.init(seq: record.seq, line: record.line, events: events, author: record.author), to: &desk)
    case .undo:
      if history.undo(on: &desk) == nil { noteGap(record) }
    case .redo:
      if history.redo(on: &desk) == nil { noteGap(record) }
    case .start:
      desk = record.desk ?? Desk()
      history = UndoHistory()
      earlier = nil
    }
  }

  /// The events with their author written into what keeps one (a hold), from the record's
  /// author as the journal knows it: on a team desk the login the database stamped, so a
  /// line cannot claim another's name. Unchanged when the journal has one writer.
  static func stamped(_ events: [Event], by author: String?) -> [Event] {
    guard let author else { return events }
    return events.map { event in
      guard case .reservationMade(var reservation) = event else { return event }
      reservation.by = author
      return .reservationMade(reservation)
    }
  }

  /// Takes back the command record applied last, which the journal did not take: the
  /// desk, the history, the tail and the position as they were before it.
  mutating func takeBackCommand(to previous: Int) {
    guard position > previous else { return }
    history.discardLast(on: &desk)
    tail.removeLast()
    position = previous
  }
}
