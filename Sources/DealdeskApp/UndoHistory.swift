import DealdeskCore

/// The last changes, so undo restores exactly and redo re-applies the same events. Rebuilt
/// from the journal on start-up.
///
/// Each step keeps what puts it back: a patch per event (the one record it changed, with
/// the counters and index entry that go with it), or, when an event reaches further (stock
/// moves, shipping, a script run as one step), the whole desk from before the step. A whole
/// desk per step, as this kept first, made the next change to each collection copy all of
/// it (a branch's 50,000 notes for one note); a single desk from before the oldest step,
/// as it kept next, did the same once a session for every collection touched.
struct UndoHistory {
  struct Step {
    var seq: Int
    var line: String
    var events: [Event]
    /// Who made it, on a team desk; nil on one's own.
    var author: String? = nil
  }

  /// What puts a step back.
  enum Reversal {
    /// The events' patches, in the order the events were applied.
    case patches([DeskPatch])
    /// Boxed: held inline, the desk's fields made every reversal as large as a whole desk
    /// (about 520 bytes), and a long script keeps one per line until it is written.
    indirect case desk(Desk)

    func revert(_ desk: inout Desk) {
      switch self {
      case .patches(let patches): for patch in patches.reversed() { patch.revert(&desk) }
      case .desk(let before):
        // The register of issued documents is not taken back, only marked void: what was
        // issued since keeps its number (IssuedDocument.swift).
        let later = desk
        desk = before
        desk.keepDocuments(issuedIn: later)
      }
    }
  }

  static let depth = 100
  /// How many steps are kept; a script run as one step lifts it (ScriptStep.swift), since it
  /// journals every step it made from the history.
  var limit = Self.depth
  private(set) var done: [Step] = []
  private(set) var undone: [Step] = []
  /// What reverts each done step, in step.
  private var reversals: [Reversal] = []
  /// What the last `apply` dropped (the redo list, a step past the limit), so a change
  /// whose journal line could not be written is taken back whole (`discardLast`).
  private var droppedByLast: (undone: [Step], oldest: (Step, Reversal)?) = ([], nil)

  /// Applies the step's events to `desk`, keeping what reverts them.
  mutating func apply(_ step: Step, to desk: inout Desk) {
    let undone = self.undone
    self.undone.removeAll()
    let oldest = push(step, reversal: Self.applying(step.events, to: &desk))
    droppedByLast = (undone, oldest)
  }

  /// Takes the last applied step back as if it had never been: its changes off `desk`, the
  /// redo list and the oldest step it pushed out restored.
  mutating func discardLast(on desk: inout Desk) {
    guard let step = done.popLast(), let reversal = reversals.popLast() else { return }
    reversal.revert(&desk)
    // Undo voids a document; a line the journal never took issued none, and frees its number.
    desk.forgetDocuments(step.events.compactMap { if case .documentIssued(let document) = $0 { document } else { nil } })
    undone = droppedByLast.undone
    if let (step, reversal) = droppedByLast.oldest {
      done.insert(step, at: 0)
      reversals.insert(reversal, at: 0)
    }
    droppedByLast = ([], nil)
  }

  /// A step already applied elsewhere (a script run as one step): `before` is the desk
  /// from before it.
  mutating func record(_ step: Step, before: Desk) {
    undone.removeAll()
    push(step, reversal: .desk(before))
  }

  /// Returns the step pushed out past the limit, if one was.
  @discardableResult
  private mutating func push(_ step: Step, reversal: Reversal) -> (Step, Reversal)? {
    done.append(step)
    reversals.append(reversal)
    guard done.count > limit else { return nil }
    let oldest = (done[0], reversals[0])
    let dropped = done.count - limit
    done.removeFirst(dropped)
    reversals.removeFirst(dropped)
    return dropped == 1 ? oldest : nil
  }

  /// Applies events one by one, each patch taken just before its event; when one has no
  /// patch, the desk from before them all is kept instead.
  private static func applying(_ events: [Event], to desk: inout Desk) -> Reversal {
    var patches: [DeskPatch] = []
    patches.reserveCapacity(events.count)
    for (n, event) in events.enumerated() {
      guard let patch = desk.patch(undoing: event) else {
        let before = patches.reversed().reduce(into: desk) { $1.revert(&$0) }
        desk.apply(Array(events[n...]))
        return .desk(before)
      }
      patches.append(patch)
      desk.apply(event)
    }
    return .patches(patches)
  }

  /// Puts the last change back on `desk`; nil when there is nothing to undo.
  mutating func undo(on desk: inout Desk) -> Step? {
    guard let step = done.popLast(), let reversal = reversals.popLast() else { return nil }
    reversal.revert(&desk)
    undone.append(step)
    return step
  }

  /// Re-applies the last undone change to `desk`.
  mutating func redo(on desk: inout Desk) -> Step? {
    guard let step = undone.popLast() else { return nil }
    done.append(step)
    reversals.append(Self.applying(step.events, to: &desk))
    return step
  }

  /// What reverts the last done step (for tests: which kind it kept).
  var lastReversal: Reversal? { reversals.last }

  /// The oldest journal seq the history still needs, so compaction keeps it.
  var oldestSeq: Int? {
    (done.map(\.seq) + undone.map(\.seq)).min()
  }

  /// The desk before the oldest step, worked back from `desk` (the desk now): what
  /// compaction writes as the snapshot. Undone steps are already off `desk`.
  func oldestBefore(_ desk: Desk) -> Desk? {
    guard !done.isEmpty || !undone.isEmpty else { return nil }
    return reversals.reversed().reduce(into: desk) { $1.revert(&$0) }
  }
}
