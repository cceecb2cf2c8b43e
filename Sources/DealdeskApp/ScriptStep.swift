import DealdeskCore
import DealdeskLanguage
import DealdeskStore
import Foundation

/// How a script is replayed: stop at the first error or go on; keep what worked, or
/// all or nothing.
public struct ScriptOptions: Sendable {
  /// Go on after a failing line (the run still counts as failed).
  public var keepGoing: Bool
  /// All or nothing: a failing script leaves the desk exactly as it was.
  public var atomic: Bool

  public init(keepGoing: Bool = false, atomic: Bool = false) {
    self.keepGoing = keepGoing
    self.atomic = atomic
  }
}

extension Session {
  /// Replays a script as one step: one journal record with every change it made (so one
  /// `undo` takes the whole script back, and the journal is written once, not per line),
  /// or with `atomic` nothing at all when a line fails.
  /// `printer`: each reply shown as it is made; the outcome then holds only what follows
  /// the replay (why nothing was saved, when it was not).
  public func runScript(
    _ path: String, options: ScriptOptions, observer: ScriptObserver? = nil, printer: ScriptRunner.ScriptPrinter? = nil
  ) -> ScriptRunner.Outcome {
    asOneStep(line: "run \(path)", atomic: options.atomic) {
      // All or nothing stops at the first failure: nothing after it could be kept anyway.
      ScriptRunner.runFile(
        path, in: self, keepGoing: options.keepGoing && !options.atomic, observer: observer, printer: printer)
    }
  }

  /// What a script may change beside the desk (which the committer holds back and takes
  /// back), so an all-or-nothing script that fails can be taken back.
  private struct Saved {
    var contextClient: String?
    var contextOffer: String?
    var contextRecord: String?
    var call: ActiveCall?
    var names: NameIndex?
  }

  private func save() -> Saved {
    Saved(
      contextClient: contextClient, contextOffer: contextOffer, contextRecord: contextRecord, call: call,
      names: cachedNames)
  }

  private func restore(_ saved: Saved) {
    contextClient = saved.contextClient
    contextOffer = saved.contextOffer
    contextRecord = saved.contextRecord
    call = saved.call
    cachedNames = saved.names
  }

  private func asOneStep(line: String, atomic: Bool, _ body: () -> ScriptRunner.Outcome) -> ScriptRunner.Outcome {
    // A script run by a script is part of the outer script's step.
    guard committer.hold() else { return body() }
    let saved = save()
    var outcome = body()
    if atomic, outcome.failures > 0 {
      committer.dropHeld()
      restore(saved)
      outcome.add("Nothing was changed: the script runs all or nothing, and a line failed.", isError: true)
      return outcome
    }
    let (context, offer, lastRecord, activeCall, names) = (contextClient, contextOffer, contextRecord, call, cachedNames)
    let theirs: [JournalRecord]?
    do {
      // What the script left done, in order, as one record: an undone line of its own is not part of it.
      theirs = try committer.commitHeld(line: line, at: now)
    } catch {
      restore(saved)
      outcome.failures += 1
      // In doubt, the script was saved whole or not at all; which, the next line tells.
      let after = error.kind == .inDoubt
        ? " The script is saved as one change: all of it or none of it."
        : " Nothing the script did was saved; the desk is as it was before it."
      outcome.add(error.message + after, isError: true)
      return outcome
    }
    guard theirs == nil else {
      restore(saved)
      cachedNames = nil
      if let id = contextClient, desk.clients[id] == nil { contextClient = nil }
      outcome.failures += 1
      outcome.add("\(StoreError.overtaken.message) Nothing the script did was saved.", isError: true)
      return outcome
    }
    (contextClient, contextOffer, contextRecord, call, cachedNames) = (context, offer, lastRecord, activeCall, names)
    return outcome
  }
}

extension Session {
  /// `run FILE` typed at the desk: one step here, or on a scratch desk that is then thrown away.
  func run(_ path: String, _ options: RunOptions) -> Reply {
    let script = ScriptOptions(keepGoing: options.keepGoing, atomic: options.atomic)
    guard options.sandbox || options.empty else {
      // A script's `@now` pins the clock for the script only, not for the live session after it.
      let pinned = pinnedNow
      defer { pinnedNow = pinned }
      return runScript(path, options: script).reply
    }
    let scratch: Session
    do {
      scratch = try Session.scratch(copying: options.empty ? Desk() : desk, clock: .fixed(now))
    } catch {
      return .error("Could not make a scratch desk to run \(path) on: \(error.message)")
    }
    scratch.chartStyle = chartStyle
    // Under `dealdesk check`, what the scratch run writes stays in the check's folder too.
    scratch.outputFolder = outputFolder
    let outcome = scratch.runScript(path, options: script)
    _ = scratch.close()
    let reply = outcome.reply
    return Reply(reply.text + "\nSandbox: this desk was not changed.", isError: reply.isError)
  }

  /// A throwaway desk in a new temporary folder, starting as a copy of `desk` (or empty),
  /// removed when the session closes: where demos and trial runs change things.
  public static func scratch(copying desk: Desk = Desk(), clock: DeskClock = .system) throws(StoreError) -> Session {
    let folder = ScratchFolder.make()
    let session = try Session.open(at: folder, clock: clock)
    session.scratchFolder = folder
    guard desk != Desk() else { return session }
    do {
      try session.committer.start(from: desk)
    } catch {
      _ = session.close()
      throw error
    }
    return session
  }
}
