import DealdeskCore
import DealdeskLanguage
import DealdeskStore
import Foundation

/// One open desk: turns a typed line into a reply. Holds the desk, the client in context,
/// the clock and the undo history; every change is in the journal before its reply exists.
public final class Session {
  public static let formatVersion = 2

  /// The desk as its journal has it.
  public var desk: Desk { committer.state.desk }
  public internal(set) var contextClient: String?  // Day: internal(set) for Call.swift
  /// The offer last made, moved or looked at: what "they accept" and "counter 12%" mean.
  public internal(set) var contextOffer: String?
  /// The record last made, moved or looked at: what "it" means (ContextRecord.swift).
  public internal(set) var contextRecord: String?
  public let warnings: [String]
  /// The local folder for the desk's side files (input history, practice history).
  public var directory: URL { journal.folder }
  /// Where the desk is kept, as a manager would name it (for the folder, its path).
  public var location: String { journal.location }

  /// The only way the desk changes: each record durable in the journal and applied, or neither.
  let committer: DeskCommitter
  var journal: any DeskJournal<Desk, JournalRecord> { committer.journal }
  private let clock: DeskClock
  var pinnedNow: Date?
  /// The desk is read from a prompt (a terminal or a pipe into it), not replayed from a
  /// script: there `@now` only tells the time. Pinning the clock by hand would let it go
  /// back (an expired offer accepted, a payment dated before its order); scripts pin it
  /// to replay exactly, and a script's pin ends with the script.
  public var isAtPrompt = false
  /// Someone at a terminal can answer a yes/no: what a line would do only on the desk's own
  /// reading of it (a practice round spent on terms the trainee left out) is asked first.
  /// Pipes and scripts are never asked; their replies say what was taken instead.
  public var asksFirst = false
  /// The line whose change to another person's client was asked about and may now run once.
  var confirmedLine: String?
  /// Advice already given this session, so it is not repeated.
  private var adviceGiven: Set<String> = []
  /// How charts are drawn; the terminal's locale decides (Unicode unless it is not UTF-8).
  public var chartStyle: ChartStyle = .unicode
  /// Scripts being run, innermost last, so a script cannot run itself.
  var runningScripts: [String] = []
  var history: UndoHistory { committer.state.history }
  var tail: [JournalRecord] { committer.state.tail }
  /// The journal position reached: the seq of the last record.
  var seq: Int { committer.state.position }
  var cachedNames: NameIndex?
  /// What `team pull` marked this folder as: a copy, open for looking only.
  var pulledCopy: PulledCopy?
  /// Inside a script run as one step, the position before it: the script's own records
  /// come after it and are written as one when it ends (ScriptStep.swift).
  var scriptStart: Int? { committer.heldSince }
  /// The script being recorded (`record FILE`), if any.
  var recording: Recording?
  /// What to record instead of the line typed: `train` records the seed it drew, so the
  /// recording replays the same client.
  var recordAs: String?
  /// A scratch desk's folder, removed when the session closes (`--sandbox`).
  var scratchFolder: URL?
  /// Where the files that lines write (exports, recordings) go instead of where they name,
  /// each by its own name: `dealdesk check` keeps them in its scratch folder (ExportFiles.swift).
  var outputFolder: URL?
  /// How to say "replace it" when the line came from a shell command, not the desk's prompt
  /// (`dealdesk export json FILE --replace`); nil: the desk's own words.
  public var replaceHint: String?
  // Day: the call in progress (Call.swift).
  var call: ActiveCall?
  /// On a team desk, the clients and fabrics of this manager's recent changes (TeamNews.swift).
  var ownWork = OwnWork()
  /// Notices of others' changes taken in while answering a line, for the terminal to show.
  var notices: [String] = []
  /// Lines since another writer's change was last seen (`aloneLately`, TeamNews.swift), and
  /// since others last got in the way of this session's change (`contendedLately`).
  var sinceOthersSeen = LinesSince()
  var sinceClash = LinesSince()
  /// Practice negotiations: while one runs, lines are the trainee's moves (Training/).
  lazy var trainingRoom = TrainingRoom(folder: directory, keepsHistory: !isReadOnly)

  /// Opens (or creates) the desk in `directory` and replays its journal.
  public static func open(at directory: URL, mode: StoreMode = .readWrite, clock: DeskClock = .system) throws(StoreError) -> Session {
    try open(.folder(directory), mode: mode, clock: clock)
  }

  /// Opens the desk kept in `source` and replays its journal.
  /// A copy `team pull` wrote opens read-only, whatever was asked, and says what it is.
  public static func open(_ source: DeskSource, mode: StoreMode = .readWrite, clock: DeskClock = .system) throws(StoreError) -> Session {
    guard case .folder(let directory) = source, let copy = PulledCopy.read(directory) else {
      return try open(journal: try source.open(mode: mode), clock: clock)
    }
    let session = try open(journal: try source.open(mode: .readOnly), clock: clock, notices: [copy.notice])
    session.pulledCopy = copy
    return session
  }

  /// The session over a journal already opened: one a module this one does not depend on
  /// provides, or in tests one on a disk that fails on demand. The session owns the journal
  /// from here, and closes it when the desk cannot open.
  public static func open(
    journal: any DeskJournal<Desk, JournalRecord>, clock: DeskClock = .system, notices: [String] = []
  ) throws(StoreError) -> Session {
    do throws(StoreError) {
      let loaded = try journal.load()
      if journal.mode == .readWrite, loaded.snapshot == nil, loaded.entries.isEmpty {
        // A new desk gets its versioned snapshot at once, so a later Dealdesk always finds
        // the format version before any journal line it might not read.
        try journal.compact(snapshot: Desk(), seq: 0, tail: [])
      }
      let committer = DeskCommitter(journal: journal, loaded: loaded)
      if let gap = committer.state.replayGap { throw StoreError(message: gap, kind: .damaged) }
      return Session(committer: committer, warnings: notices + loaded.warnings, clock: clock)
    } catch {
      journal.close()
      throw error
    }
  }

  private init(committer: DeskCommitter, warnings: [String], clock: DeskClock) {
    self.committer = committer
    self.clock = clock
    self.warnings = warnings
    if let me = committer.journal.author {
      for record in committer.state.tail where record.author == me { ownWork.note(record.events, on: committer.state.desk) }
    }
  }

  public var now: Date { pinnedNow ?? clock.now() }
  public var isNew: Bool { seq == 0 && desk == Desk() }
  public var isReadOnly: Bool { journal.mode == .readOnly }

  /// "dealdesk> ", or "dealdesk Acme Textiles> " with a client in context.
  public var prompt: String {
    if let practice = trainingRoom.practice { return practice.prompt }
    guard let id = contextClient, let client = desk.clients[id] else { return "dealdesk> " }
    return "dealdesk \(client.name)> "
  }

  var names: NameIndex {
    if let cachedNames { return cachedNames }
    let index = NameIndex(desk: desk)
    cachedNames = index
    return index
  }

  var parseContext: ParseContext {
    ParseContext(
      desk: desk, names: names, contextClient: contextClient, contextOffer: contextOffer, contextRecord: contextRecord, now: now)
  }

  /// Answers one line: a command, a question, a comment, or an `@` directive.
  public func handle(_ line: String) -> Reply {
    var reply = keepForRecording(line, answer(line))
    if reply.isError, let copy = pulledCopy {
      // No --read-only was typed: say why this desk takes no changes, and where they go.
      reply.text = reply.text.replacingOccurrences(of: StoreError.readOnly.message, with: copy.refusal)
    }
    return reply
  }

  private func answer(_ line: String) -> Reply {
    let trimmed = line.trimming(.whitespaces)
    if trimmed.isEmpty || trimmed.hasPrefix("#") { return Reply("") }
    // A yes to a change to another's client holds for the very next line only.
    if confirmedLine != trimmed { confirmedLine = nil }
    // On a team desk a line reads the desk as it stands, others' latest changes included;
    // a change alone may skip the look and rely on its commit's check, and a change among
    // busy writers looks while holding the desk's turn (TeamNews.swift).
    let alone = author != nil && aloneLately()
    let contended = author != nil && contendedLately() && !alone
    let readFirst = alone || contended
    // A turn taken for the line and left unused (refused, nothing to change) goes back now.
    defer { committer.giveTurnBack() }
    if author != nil, !readFirst { takeInOthersChanges() }
    if trimmed.hasPrefix("@") || trainingRoom.practice != nil, readFirst { takeInOthersChanges() }
    if trimmed.hasPrefix("@") { return directive(trimmed) }
    if trainingRoom.practice != nil { return practise(trimmed) }
    do {
      var understood = try Parser.parse(trimmed, context: parseContext)
      if readFirst, !understood.isCommand, takeInOthersChanges() { understood = try Parser.parse(trimmed, context: parseContext) }
      if contended, understood.isCommand, takeInOthersChanges(holdingTurn: true) {
        understood = try Parser.parse(trimmed, context: parseContext)
      }
      return perform(understood, line: trimmed)
    } catch {
      if readFirst, takeInOthersChanges() {
        // A name another manager has just added reads once the desk has caught up.
        do {
          return perform(try Parser.parse(trimmed, context: parseContext), line: trimmed)
        } catch {
          return .error(Render.error(error), ambiguity: error.ambiguity, correction: error.correction)
        }
      }
      return .error(Render.error(error), ambiguity: error.ambiguity, correction: error.correction)
    }
  }

  /// A change made without a typed line (`team add-user`), decided, saved and answered
  /// exactly as if `line` had been typed and read as `command`.
  public func handle(_ command: Command, line: String) -> Reply {
    perform(Understood(command: command, action: line), line: line)
  }

  private func perform(_ understood: Understood, line: String) -> Reply {
    switch understood.intent {
    case .command(let command):
      let warning = othersAccountWarning(command)
      if let warning, let asked = askFirst(about: warning, line: line) { return asked }
      do {
        guard let (events, made) = try decideAndCommit(command, understood: understood, line: line) else {
          return Reply("Nothing to change: that is already so.")
        }
        var (text, advice) = made
        call?.record(events)  // Day:
        // Another client in context: "it" no longer means the last one's record.
        if let client = understood.client, client != contextClient { contextRecord = nil }
        if let client = understood.client, desk.clients[client] != nil { contextClient = client }
        if let offer = events.lazy.compactMap(\.offer).first { contextOffer = offer }
        if let record = events.lazy.compactMap(\.record).first { contextRecord = record }
        if let advice, adviceGiven.insert(advice).inserted { text += "\n" + advice }
        if let warning { text = Style.mark("Note: \(warning).", .alert) + "\n" + text }
        return Reply(text)
      } catch let error as DeskError {
        return .error(Render.error(error))
      } catch {
        return .error("\(error)")
      }
    case .question(let question):
      if let client = understood.client, client != contextClient { contextRecord = nil }
      if let client = understood.client { contextClient = client }
      if case .offer(let id) = question { contextOffer = id }
      if case .diff(let id, _, _) = question { contextOffer = id }
      if let record = question.record { contextRecord = record }
      return Reply(Render.answer(question, desk: desk, now: now, viewer: author, style: chartStyle))
    case .desk(let action):
      return perform(action, line: line)
    }
  }

  /// `line` is what the journal keeps of a desk action that records something (a document issued).
  private func perform(_ action: DeskAction, line: String) -> Reply {
    switch action {
    case .undo: return undo()
    case .redo: return redo()
    case .quit: return Reply("", quit: true)
    case .help(let topic): return Help.render(topic: topic)
    case .explain(let line): return explain(line)
    case .exportJSON(let path, let replace): return exportJSON(to: path, replace: replace)
    case .exportCSV(let list, let path, let replace): return exportCSV(list, to: path, replace: replace)
    case .importCSV(let list, let path): return importCSV(list: list, path: path)
    case .loadSampleData: return loadSampleData(merge: false)
    case .mergeSampleData: return loadSampleData(merge: true)
    case .run(let path, let options):
      return run(path, options)
    case .startRecording(let path, let replace): return startRecording(path, replace: replace)
    case .stopRecording: return stopRecording()
    case .whatIf(let command): return whatIf(command)
    // Day:
    case .startCall(let client): return startCall(client)
    case .endCall(let text): return endCall(text)
    case .train(let persona, let seed): return startPractice(persona: persona, seed: seed)
    case .trainingHistory: return trainingHistory()
    case .printDocument(let kind, let reference, let path, let replace):
      return printDocument(kind, reference: reference, to: path, replace: replace, line: line)
    case .listDocuments(let client): return listDocuments(client: client)
    }
  }

  /// How many times a command is decided again when other writers of a shared journal
  /// keep coming first; the folder has one writer and never asks.
  static let attempts = 5

  /// Decides the command on the desk as it stands and commits its events, with the
  /// confirmation and advice made on the desk they lead to while they are being saved.
  /// When another writer came first, their changes are applied and it is decided again,
  /// so the answer is right for the desk as it now is. Nil: nothing to change.
  private func decideAndCommit(
    _ command: Command, understood: Understood, line: String
  ) throws -> (events: [Event], made: (text: String, advice: String?))? {
    for _ in 0..<Self.attempts {
      let events: [Event]
      do {
        events = try decide(command, desk: desk, now: now, actor: acting)
      } catch {
        // On a shared desk a refusal may rest on a desk others have changed since: it is
        // given only once the desk is caught up and refuses still.
        // In the desk's turn no one else can have changed it since the look.
        if author != nil, !committer.holdsTurn, takeInOthersChanges() { continue }
        throw error
      }
      if events.isEmpty { return nil }
      let before = Self.before(events, on: desk)
      let time = now
      let outcome = try committer.commit(.command, events: events, line: line, at: time) { after in
        (Render.confirmation(command, events: events, before: before, after: after, now: time, viewer: author),
         Advice.line(for: command, client: understood.client, desk: after, now: time))
      }
      switch outcome {
      case .committed(let made):
        follow(events)
        return (events, made)
      case .overtaken(let theirs):
        follow(others: theirs)
      }
    }
    throw StoreError.overtaken
  }

  /// What a confirmation reads of the desk as it was: the settings, and the offers and
  /// follow-ups the events touch. Holding the whole desk instead made applying the events
  /// copy every collection they changed (a branch's 50,000 notes, for one note).
  private static func before(_ events: [Event], on desk: Desk) -> Desk {
    var before = Desk(settings: desk.settings)
    for event in events {
      if let id = event.offer { before.offers[id] = desk.offers[id] }
      switch event {
      case .followUpDone(let id, _), .followUpSnoozed(let id, _, _), .followUpMissed(let id, _):
        before.followUps[id] = desk.followUps[id]
      // Who was on the team, and whose account a client was (a few records, not a branch's).
      case .personSet, .accountAssigned:
        before.authorityLog = desk.authorityLog
      case .clientTaxSet(let id, _): before.clients[id] = desk.clients[id]  // VAT: what changed of them
      default: break
      }
    }
    return before
  }

  /// Decides on the desk as it is and shows the outcome on a copy: nothing is journaled,
  /// nothing enters the undo history.
  private func whatIf(_ command: Command) -> Reply {
    do {
      let events = try decide(command, desk: desk, now: now, actor: acting)
      var copy = desk
      copy.apply(events)
      let text = Render.confirmation(command, events: events, before: desk, after: copy, now: now, viewer: author)
      return Reply("What if — nothing was changed:\n" + text)
    } catch {
      return Reply("What if — that would be refused: \(Render.error(error))")
    }
  }

  private func explain(_ line: String) -> Reply {
    do {
      let understood = try Parser.parse(line, context: parseContext)
      return Reply(Explain.render(understood, line: line, context: parseContext) + "\n  changes nothing: this was only explained")
    } catch {
      let caret = Explain.caret(error, line: line).map { "\n" + $0 } ?? ""
      return .error(Render.error(error) + caret)
    }
  }

  // MARK: - Changing the desk

  /// Makes events durable and applies them, or changes nothing and throws: an answered
  /// command is never lost. The events were decided on the desk as it is; when another
  /// writer came first they would no longer fit, so that is refused too.
  func commit(_ events: [Event], line: String) throws(StoreError) {
    switch try committer.commit(.command, events: events, line: line, at: now, answer: { _ in () }) {
    case .committed: follow(events)
    case .overtaken(let theirs):
      follow(others: theirs)
      throw .overtaken
    }
  }

  /// Keeps what the session reads beside the desk in step with a command it committed.
  private func follow(_ events: [Event]) {
    for event in events { updateNames(after: event) }
    if author != nil { ownWork.note(events, on: desk) }
    forgetGoneClient()
  }

  /// The same after an undo, a redo, or a desk started over: the name index is rebuilt
  /// when next needed.
  func followRewind() {
    cachedNames = nil
    forgetGoneClient()
  }

  /// The same after records of other writers: their commands' new names join the index in
  /// place, as this session's own do. Rebuilding it from every name of the desk after each
  /// of their changes was a third of a command's work among busy writers, done while the
  /// desk's turn was held. Their undo or redo, whose steps the record does not spell out,
  /// rebuilds it when next needed.
  func follow(others records: [JournalRecord]) {
    for record in records {
      guard record.kind == .command else {
        followRewind()
        return
      }
      for event in record.events { updateNames(after: event) }
    }
    forgetGoneClient()
  }

  private func forgetGoneClient() {
    if let id = contextClient, desk.clients[id] == nil { contextClient = nil }
  }

  private func undo() -> Reply {
    let unreadable = readEarlierSteps()
    return undoOrRedo(.undo) {
      guard let step = history.done.last else { return .refused(unreadable.map { "Nothing more to undo: \($0)" } ?? "Nothing to undo.") }
      if let start = scriptStart, step.seq <= start { return .refused("A script can undo only its own lines.") }
      if let refusal = TeamUndo.refusal(undoing: step, done: history.done, me: author) { return .refused(refusal) }
      return .go("Undone: \(step.line)", step.events)
    }
  }

  private func redo() -> Reply {
    let unreadable = readEarlierSteps()
    return undoOrRedo(.redo) {
      guard let step = history.undone.last else { return .refused(unreadable.map { "Nothing more to redo: \($0)" } ?? "Nothing to redo.") }
      if let start = scriptStart, step.seq <= start { return .refused("A script can redo only its own lines.") }
      if let refusal = TeamUndo.refusal(redoing: step, me: author) { return .refused(refusal) }
      return .go("Redone: \(step.line)", step.events)
    }
  }

  /// Undo's steps from before the desk was opened are read only now that undo or redo is
  /// typed (EarlierSteps.swift); why they cannot be, if so. A read-only desk cannot undo,
  /// and says so without reading them.
  private func readEarlierSteps() -> String? {
    guard committer.state.earlier != nil else { return nil }
    guard !isReadOnly else { return StoreError.readOnly.message }
    return committer.readEarlierSteps()
  }

  /// Undo and redo are journal records too, so they survive a restart and the audit trail
  /// shows them. On a team desk another manager's change may land first: the question is
  /// then asked again of the desk as it now stands.
  private func undoOrRedo(_ kind: JournalRecord.Kind, check: () -> TeamUndo.Verdict) -> Reply {
    for _ in 0..<Self.attempts {
      let (done, events): (String, [Event])
      switch check() {
      case .refused(let why): return .error(why)
      case .go(let text, let stepEvents): (done, events) = (text, stepEvents)
      }
      do {
        switch try committer.commit(kind, line: kind.rawValue, at: now, answer: { _ in () }) {
        case .committed:
          if kind == .redo {
            follow(events)
          } else {
            // Only taking a name away needs the name index rebuilt: rebuilding it after every
            // undo made the line after one read every name of the desk again.
            if events.contains(where: Self.changesNames) { cachedNames = nil }
            forgetGoneClient()
          }
          return Reply(done)
        case .overtaken(let theirs):
          follow(others: theirs)
          // Without authors there is no telling whose the desk's last change now is.
          if author == nil { return .error(StoreError.overtaken.message) }
        }
      } catch {
        return .error(error.message)
      }
    }
    return .error(StoreError.overtaken.message)
  }

  // MARK: - Directives

  private func directive(_ line: String) -> Reply {
    let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
    switch parts.first?.lowercased() {
    case "@now":
      if isAtPrompt, scriptStart == nil {
        return .error(
          "It is \(DeskDate.minute(now)) on this desk. The clock follows the real time here; "
            + "@now pins it only in a script (run FILE, or dealdesk check FILE).")
      }
      guard parts.count == 2, let date = ScriptClock.parse(parts[1], relativeTo: now) else {
        return .error("@now needs a date and time, e.g. @now 2026-11-28 10:00")
      }
      guard ScriptClock.range.contains(date) else { return .error("@now must be a date between 2000 and 2100.") }
      // Time only moves forward: going back would let an expired offer be accepted.
      if let pinned = pinnedNow, date < pinned {
        return .error("@now cannot go back in time (the script is at \(DeskDate.minute(pinned))).")
      }
      pinnedNow = date
      return Reply("")
    default:
      return .error(ScriptDirective.refusedOutsideAScript(parts.first ?? line))
    }
  }

  // MARK: - Closing

  /// Writes a fresh snapshot, keeping the journal tail that undo still needs, and releases
  /// the desk. Returns a message when the snapshot could not be written (nothing is lost:
  /// the journal still holds everything).
  public func close() -> String? {
    defer {
      recording?.stop()
      journal.close()
      if let scratchFolder { try? FileManager.default.removeItem(at: scratchFolder) }
    }
    // Leaving mid-call must not lose the call: it is logged as if ended now.
    if call != nil, journal.mode == .readWrite { _ = endCall("left the desk during the call") }
    do {
      try committer.compact()
      return nil
    } catch {
      return error.message
    }
  }
}

extension Session {
  /// Whether `event` adds or takes away a name the index holds (the events `updateNames`
  /// follows): undoing one takes the name away again.
  static func changesNames(_ event: Event) -> Bool {
    switch event {
    case .clientAdded, .productAdded, .clientAliasAdded, .clientAliasRemoved: true
    default: false
    }
  }

  /// Keeps the name index in step with the desk. Rebuilding every name of a big desk costs
  /// a noticeable fraction of a second, so a new name is added in place; only a name going
  /// away (an alias removed) rebuilds, and then only when the index is next needed.
  func updateNames(after event: Event) {
    switch event {
    case .clientAdded(let client): cachedNames?.add(client)
    case .productAdded(let product): cachedNames?.add(product)
    case .clientAliasAdded(let client, let alias): cachedNames?.add(alias: alias, of: client)
    case .clientAliasRemoved: cachedNames = nil
    default: break
    }
  }
}
