import DealdeskCore

/// Undo and redo on a team desk, where the history holds every manager's changes: a
/// manager takes back only their own change, and only while it is the desk's last, since
/// what others did after it may rest on it (a hold on the metres it freed, an order on its
/// offer). Anything else is refused naming whose change stands in the way.
enum TeamUndo {
  enum Verdict {
    /// Go ahead; the reply, and the events of the step taken back or done again.
    case go(String, [Event])
    case refused(String)
  }

  /// Why `me` may not undo `step` (the desk's last done change); nil when they may, and
  /// always on a desk of one's own (`me` nil).
  static func refusal(undoing step: UndoHistory.Step, done: [UndoHistory.Step], me: String?) -> String? {
    guard let me, step.author != me else { return nil }
    guard let mine = done.lastIndex(where: { $0.author == me }) else {
      return "Nothing of yours to undo: the desk's last change is \(whose(step))."
    }
    let after = done[(mine + 1)...]
    let named = after.suffix(3).reversed().map(whose).joined(separator: "; ")
    let more = after.count > 3 ? " and \(after.count - 3) more" : ""
    return "Your last change, `\(done[mine].line)`, has \(count(after.count)) by others after it: \(named)\(more). "
      + "Undo takes back only the desk's last change, so nothing was undone; put yours right with a new line instead."
  }

  /// Why `me` may not redo `step` (the desk's last undone change); nil when they may.
  static func refusal(redoing step: UndoHistory.Step, me: String?) -> String? {
    guard let me, step.author != me else { return nil }
    return "The last change undone, \(whose(step)), is not yours to redo; nothing was redone."
  }

  private static func whose(_ step: UndoHistory.Step) -> String {
    "\(step.author ?? "someone")'s `\(step.line)`"
  }

  private static func count(_ n: Int) -> String { n == 1 ? "1 change" : "\(n) changes" }
}
