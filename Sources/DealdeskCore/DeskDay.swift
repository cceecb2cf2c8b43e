import Foundation

extension Desk {
  /// Folds a note or follow-up event into the state; like `apply`, it never fails.
  mutating func applyDay(_ event: Event) {
    switch event {
    case .noteAdded(let note):
      notes[note.id] = note
      nextNoteNumber = Ids.next(nextNoteNumber, after: Ids.number(in: note.id) ?? 0)
    case .followUpAdded(let followUp), .taskAssigned(let followUp):
      followUps[followUp.id] = followUp
      nextFollowUpNumber = Ids.next(nextFollowUpNumber, after: Ids.number(in: followUp.id) ?? 0)
    case .followUpDone(let id, let at):
      followUps[id]?.status = .done
      followUps[id]?.doneAt = at
    case .followUpMissed(let id, let deadline):
      if followUps[id]?.missedDeadline == nil { followUps[id]?.missedDeadline = deadline }
    case .followUpSnoozed(let id, let due, let hasTime):
      guard let followUp = followUps[id] else { return }
      // The first due date is the promise made; later snoozes keep it.
      if followUps[id]?.snoozedFrom == nil { followUps[id]?.snoozedFrom = followUp.due }
      followUps[id]?.due = due
      followUps[id]?.dueHasTime = hasTime
    default:
      // Other families are folded in Desk.apply.
      return
    }
  }
}
