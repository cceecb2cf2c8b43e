import DealdeskCore

/// The last changes, so undo restores exactly and redo re-applies the same events. Rebuilt
/// from the journal on start-up.
///
/// Only events are kept per step, with one desk: `base`, the desk before the oldest step.
/// The desk before any step is `base` with the steps before it applied again. Keeping a whole
/// desk per step, as this did first, made every command copy the part of the desk it changed
/// (a branch's 50,000 notes for one note) and kept up to 100 such copies in memory.
struct UndoHistory {
  struct Step {
    var seq: Int
    var line: String
    var events: [Event]
  }

  static let depth = 100
  /// How many steps are kept; a script run as one step lifts it (ScriptStep.swift), since it
  /// journals every step it made from the history.
  var limit = Self.depth
  private(set) var done: [Step] = []
  private(set) var undone: [Step] = []
  /// The desk before the first step (of `done`, or of `undone` when nothing is done);
  /// nil only while there are no steps.
  private var base: Desk?

  /// `before` is the desk as it is now, before `step`'s events are applied to it.
  mutating func record(_ step: Step, before: Desk) {
    undone.removeAll()
    if done.isEmpty { base = before }
    done.append(step)
    trim()
  }

  /// Drops the oldest steps past the limit, folding them into `base`.
  mutating func trim() {
    guard done.count > limit else { return }
    let dropped = done.count - limit
    if var desk = base {
      base = nil  // so the desk below is the only reference and is changed in place
      for step in done.prefix(dropped) { desk.apply(step.events) }
      base = desk
    }
    done.removeFirst(dropped)
  }

  /// The desk before the last change, or nil when there is nothing to undo.
  mutating func undo() -> (step: Step, before: Desk)? {
    guard let step = done.popLast(), let base else { return nil }
    undone.append(step)
    var desk = base
    for earlier in done { desk.apply(earlier.events) }
    return (step, desk)
  }

  /// Re-applies the last undone change to `desk`.
  mutating func redo(on desk: inout Desk) -> Step? {
    guard let step = undone.popLast() else { return nil }
    desk.apply(step.events)
    done.append(step)
    return step
  }

  /// The oldest journal seq the history still needs, so compaction keeps it.
  var oldestSeq: Int? {
    (done.map(\.seq) + undone.map(\.seq)).min()
  }

  /// The desk before the oldest step: what compaction writes as the snapshot.
  var oldestBefore: Desk? {
    done.isEmpty && undone.isEmpty ? nil : base
  }
}
