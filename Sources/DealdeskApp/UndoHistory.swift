import DealdeskCore

/// The last changes, each with the desk as it was before, so undo restores exactly and redo
/// re-applies the same events. Rebuilt from the journal on start-up.
struct UndoHistory {
  struct Step {
    var seq: Int
    var line: String
    var before: Desk
    var events: [Event]
  }

  static let depth = 100
  private(set) var done: [Step] = []
  private(set) var undone: [Step] = []

  mutating func record(_ step: Step) {
    done.append(step)
    if done.count > Self.depth { done.removeFirst(done.count - Self.depth) }
    undone.removeAll()
  }

  /// Returns the desk before the last change, or nil when there is nothing to undo.
  mutating func undo() -> Step? {
    guard let step = done.popLast() else { return nil }
    undone.append(step)
    return step
  }

  /// Re-applies the last undone change to `desk`.
  mutating func redo(on desk: inout Desk) -> Step? {
    guard var step = undone.popLast() else { return nil }
    step.before = desk
    desk.apply(step.events)
    done.append(step)
    return step
  }

  /// The oldest journal seq the history still needs, so compaction keeps it.
  var oldestSeq: Int? {
    (done.map(\.seq) + undone.map(\.seq)).min()
  }

  var oldestBefore: Desk? {
    let all = done + undone
    return all.min { $0.seq < $1.seq }?.before
  }
}
