import DealdeskCore
import DealdeskStore
import Foundation

/// The one way a desk changes: a record is made durable in the desk's journal and applied
/// to the desk, or neither happens. Whichever journal the desk was opened on, a caller
/// makes one call and gets the answer it asked for only once the record is durable; a
/// failure leaves the desk, the undo history and the numbering as they were.
final class DeskCommitter {
  typealias Journal = any DeskJournal<Desk, JournalRecord>

  /// How a commit ended when it did not fail.
  enum Outcome<Answer> {
    /// Durable and applied; the answer was made on the desk with the record applied.
    case committed(Answer)
    /// Another writer came first. Nothing of this record was saved or is applied; their
    /// records are applied now, so deciding again reads the desk as it stands.
    case overtaken(by: [JournalRecord])
  }

  let journal: Journal
  private(set) var state: JournaledDesk
  /// How many records of other writers this desk has taken in (caught up, or handed back
  /// by an overtaken commit): a session alone on a shared desk sees it stay still.
  private(set) var othersSeen = 0
  /// How often others got in this desk's way: a commit overtaken, or a turn that found
  /// their changes. A session that sees it move takes the turn before its changes.
  private(set) var clashes = 0
  /// Whether this desk holds the journal's turn (`takeTurn`), until its next commit.
  private(set) var holdsTurn = false
  /// The desk as it was when commits started being held back (a script run as one step).
  private var held: JournaledDesk?

  init(journal: Journal, loaded: Loaded<Desk, JournalRecord>) {
    self.journal = journal
    let earlier = loaded.undoKept ? EarlierSteps(read: journal.keptUndo, from: loaded.snapshotSeq) : nil
    state = JournaledDesk(loaded, earlier: earlier)
  }

  /// The position the held commits started from; nil when commits are written as made.
  var heldSince: Int? { held?.position }

  /// Commits one record (a command's `events`, or an undo or redo) and applies it.
  /// `answer` is made on the desk with the record applied, while the record goes to the
  /// journal, and returned only once the record is durable; when the journal fails, the
  /// record is taken back and the error thrown. While commits are held back, the record is
  /// only applied, to be written by `commitHeld`.
  func commit<Answer>(
    _ kind: JournalRecord.Kind, events: [Event] = [], line: String, at time: Date, answer: (Desk) -> Answer
  ) throws(StoreError) -> Outcome<Answer> {
    let previous = state.position
    let record = JournalRecord(seq: previous + 1, at: time, line: line, kind: kind, events: events, author: journal.author)
    if held != nil {
      state.apply(record)
      return .committed(answer(state.desk))
    }
    // The commit is the turn's use: the journal ends it whatever the outcome.
    holdsTurn = false
    guard kind == .command else {
      // Undo and redo are applied only once written: taking one back would need the
      // undo and redo lists as they were, and they are cheap to wait for.
      switch try journal.commit([record], at: previous) {
      case .committed:
        state.apply(record)
        defer { compactIfLong() }
        return .committed(answer(state.desk))
      case .overtaken(let theirs):
        return catchUp(theirs)
      }
    }
    let write = JournalWrite(record, at: previous, to: journal)
    state.apply(record)
    let answered = answer(state.desk)
    switch write.wait() {
    case .success(.committed):
      compactIfLong()
      return .committed(answered)
    case .success(.overtaken(let theirs)):
      state.takeBackCommand(to: previous)
      return catchUp(theirs)
    case .failure(let error):
      state.takeBackCommand(to: previous)
      throw error
    }
  }

  /// Applies what other writers committed since this desk's position, and returns it.
  /// Nothing while commits are held back (a script reads the desk it started on).
  func catchUp() throws(StoreError) -> [JournalRecord] {
    guard held == nil else { return [] }
    return try apply(try journal.entries(after: state.position))
  }

  /// `catchUp`, keeping the journal's turn: no one else commits until this desk's next
  /// commit or `giveTurnBack`, so a change decided now is saved at the first try.
  func takeTurn() throws(StoreError) -> [JournalRecord] {
    guard held == nil else { return [] }
    let theirs = try journal.takeTurn(after: state.position)
    holdsTurn = true
    if !theirs.isEmpty { clashes += 1 }
    return try apply(theirs)
  }

  /// Lets the others commit again when the turn taken went unused (the line was refused or
  /// changed nothing).
  func giveTurnBack() {
    guard holdsTurn else { return }
    holdsTurn = false
    journal.giveTurnBack()
  }

  private func apply(_ theirs: [JournalRecord]) throws(StoreError) -> [JournalRecord] {
    guard let first = theirs.first else { return [] }
    guard first.seq == state.position + 1, theirs.indices.allSatisfy({ theirs[$0].seq == first.seq + $0 }) else {
      giveTurnBack()
      throw StoreError(
        message: "The desk's history came back out of order (entries \(theirs.map(\.seq)) after \(state.position)); nothing was changed. Open the desk again.",
        kind: .damaged)
    }
    for record in theirs { state.apply(record) }
    othersSeen += theirs.count
    return theirs
  }

  private func catchUp<Answer>(_ theirs: [JournalRecord]) -> Outcome<Answer> {
    clashes += 1
    for record in theirs { state.apply(record) }
    othersSeen += theirs.count
    return .overtaken(by: theirs)
  }

  // MARK: - Holding commits back

  /// From here commits are applied but not written, until `commitHeld` writes them as one
  /// record or `dropHeld` takes them all back. False when commits are already held.
  func hold() -> Bool {
    guard held == nil else { return false }
    held = state
    // Every step made while held is written from the history, so none may fall off it.
    state.history.limit = .max
    return true
  }

  /// Takes back everything done since `hold`.
  func dropHeld() {
    guard let before = held else { return }
    state = before
    held = nil
  }

  /// Writes what was done since `hold` (the events of the steps still done, in order) as
  /// one record with `line`, and keeps it as one step for undo; or, when the journal
  /// fails or is overtaken, takes it all back. Returns the records of other writers when
  /// overtaken (applied now), or nil.
  func commitHeld(line: String, at time: Date) throws(StoreError) -> [JournalRecord]? {
    guard let before = held else { return nil }
    held = nil
    let steps = state.history.done.lazy.filter { $0.seq > before.position }
    // Sized at once: grown by doubling, a long script's events took up to twice their room.
    var events: [Event] = []
    events.reserveCapacity(steps.reduce(0) { $0 + $1.events.count })
    for step in steps { events += step.events }
    let after = state.desk
    state = before
    guard !events.isEmpty else { return nil }
    let record = JournalRecord(
      seq: before.position + 1, at: time, line: line, kind: .command, events: events, author: journal.author)
    switch try journal.commit([record], at: before.position) {
    case .committed:
      state.history.record(.init(seq: record.seq, line: line, events: events, author: record.author), before: before.desk)
      state.tail.append(record)
      state.sinceSnapshot += record.weight
      state.position = record.seq
      state.desk = after
      compactIfLong()
      return nil
    case .overtaken(let theirs):
      for record in theirs { state.apply(record) }
      othersSeen += theirs.count
      return theirs
    }
  }

  /// Commits a `start` record carrying `desk` after this desk's position (an empty shared
  /// desk started from a manager's own, `team push`) and applies it. When another writer
  /// came first, nothing is saved and their records, applied now, are returned.
  func commitStart(from desk: Desk, line: String, at time: Date) throws(StoreError) -> [JournalRecord]? {
    let record = JournalRecord(
      seq: state.position + 1, at: time, line: line, kind: .start, author: journal.author, desk: desk)
    switch try journal.commit([record], at: state.position) {
    case .committed:
      state.apply(record)
      return nil
    case .overtaken(let theirs):
      for record in theirs { state.apply(record) }
      othersSeen += theirs.count
      return theirs
    }
  }

  // MARK: - Snapshots

  /// Makes `desk` the snapshot of a desk that has no record yet (a scratch desk's copy).
  func start(from desk: Desk) throws(StoreError) {
    guard state.position == 0, state.tail.isEmpty else {
      throw StoreError(message: "Only a new desk can start from a copy; this one has a history.", kind: .misuse)
    }
    try journal.compact(snapshot: desk, seq: 0, tail: [])
    state.desk = desk
  }

  /// Writes a fresh snapshot, keeping the journal records that undo still needs. Nothing
  /// is lost when it fails: the journal still holds every record.
  ///
  /// A journal that keeps undo apart gets the desk as it stands, with undo's material in
  /// its undo file, unless undo's earlier steps were never read this session: writing them
  /// would mean reading them (the long past start-up is spared), so the journal's tail,
  /// under `journalBound`, is left for the next start-up to replay instead.
  func compact() throws(StoreError) {
    guard journal.mode == .readWrite, held == nil else { return }
    if journal.keepsUndoApart {
      guard state.earlier == nil, state.sinceSnapshot > 0 else { return }
      try saveAsItStands()
      return
    }
    guard !state.tail.isEmpty else { return }
    let keepFrom = state.history.oldestSeq ?? (state.position + 1)
    let base = state.history.oldestBefore(state.desk) ?? state.desk
    let kept = state.tail.filter { $0.seq >= keepFrom }
    guard kept.count < state.tail.count else { return }
    try journal.compact(snapshot: base, seq: keepFrom - 1, tail: kept)
    state.tail = kept
  }

  /// How much journal (in events, `JournalRecord.weight`) a start-up may have to replay:
  /// past it the desk is saved as it stands. A typed command is one to a few events, and
  /// replaying one costs microseconds, so a start-up replays at most a few milliseconds of
  /// it; the save it triggers writes the desk twice (snapshot and undo's base), which on a
  /// branch's desk of tens of megabytes costs a fraction of a second, once in about a
  /// thousand commands, a small share of what their thousand syncs cost. A script run as
  /// one step is past it at once, so the next start-up never replays a script.
  static let journalBound = 2_000

  /// After a commit: saves the desk as it stands once the journal holds more than the bound.
  /// A failure is not the commit's (its record is durable): it is tried again a bound later.
  private func compactIfLong() {
    guard journal.keepsUndoApart, journal.mode == .readWrite, held == nil,
      state.sinceSnapshot > Self.journalBound + retryAfter
    else { return }
    // Undo's earlier steps must be in the history to be written again: read them once,
    // here rather than at start-up; when they cannot be read, the unreadable file is kept
    // aside and undo starts from this session's steps.
    state.readEarlierSteps()
    do {
      try saveAsItStands()
      retryAfter = 0
    } catch {
      retryAfter = state.sinceSnapshot
    }
  }

  /// How far past the bound the last failed save was: the next try waits another bound.
  private var retryAfter = 0

  /// Writes the desk as it stands as the snapshot, undo's material (the desk before the
  /// oldest step, and every record from it) in the undo file, and empties the journal.
  private func saveAsItStands() throws(StoreError) {
    let keepFrom = state.history.oldestSeq ?? (state.position + 1)
    let base = state.history.oldestBefore(state.desk) ?? state.desk
    let kept = state.tail.filter { $0.seq >= keepFrom }
    let undo = KeptUndo(base: base, baseSeq: keepFrom - 1, entries: kept)
    try journal.compact(
      current: state.desk, seq: state.position, undo: undo, replacingUnreadable: state.earlier?.problem != nil)
    state.tail = kept
    state.sinceSnapshot = 0
    state.earlier = nil
  }

  /// Reads undo's earlier steps into the history if they are still apart; why they cannot
  /// be, if so. While commits are held (a script's own undo), the desk from before the
  /// script keeps them apart, and reads them again if they are asked for after it.
  @discardableResult
  func readEarlierSteps() -> String? {
    state.readEarlierSteps()
  }
}
