import Foundation

// Notes, calls and follow-ups (duties 1, 15, 19). A follow-up is due on a day, or at a time
// on that day; it is late once that day (or time) has passed.

/// Longer than any note a manager types during a call; a paste gone wrong is refused.
let maxNoteLength = 2_000

func decideAddNote(_ new: NewNote, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard desk.clients[new.client] != nil else { throw DeskError("There is no client \(new.client).") }
  let text = new.text.trimming(.whitespacesAndNewlines)
  guard !text.isEmpty else {
    throw DeskError("What should the note say?", suggestion: "e.g. note Acme: prefers calls on Tuesdays")
  }
  guard text.count <= maxNoteLength else { throw DeskError("A note is at most \(maxNoteLength) characters.", suggestion: "Split it into several notes.") }
  if let minutes = new.durationMinutes, !(0...Limits.maxMinutes).contains(minutes) {
    throw DeskError("A call or meeting lasts 0 to 1,440 minutes.")
  }
  // A note records what happened: dated when it happened, never ahead of now.
  if let at = new.at, DeskDate.dayNumber(at) > DeskDate.dayNumber(now) {
    let name = desk.clients[new.client]?.name ?? new.client
    throw DeskError("\(DeskDate.day(at)) is still ahead: a \(new.kind.rawValue) is logged once it has happened.",
                    suggestion: "Plan it instead: follow up \(name) \(DeskDate.day(at).lowercased())")
  }
  let note = Note(
    id: Ids.note(desk.nextNoteNumber), client: new.client, kind: new.kind, text: text, at: min(new.at ?? now, now),
    durationMinutes: new.durationMinutes, followUps: new.followUps)
  return [.noteAdded(note)]
}

func decideFollowUp(_ new: NewFollowUp, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard let client = desk.clients[new.client] else { throw DeskError("There is no client \(new.client).") }
  guard client.status != .archived else {
    throw DeskError("\(client.name) is archived.", suggestion: "Restore the client before planning a follow-up.")
  }
  let text = new.text.trimming(.whitespacesAndNewlines)
  guard !text.isEmpty else {
    throw DeskError("What is the follow-up about?", suggestion: "e.g. follow up \(client.name) friday: send swatches")
  }
  guard text.count <= maxNoteLength else { throw DeskError("A follow-up is at most \(maxNoteLength) characters.") }
  let due = FollowUp(id: "", client: new.client, due: new.due, dueHasTime: new.dueHasTime, text: text, createdAt: now)
  guard due.deadline >= now else {
    throw DeskError(
      "\(when(new.due, hasTime: new.dueHasTime)) is already past.",
      suggestion: "Give a day from today on, e.g. follow up \(client.name) tomorrow: \(text)")
  }
  var followUp = due
  followUp.id = Ids.followUp(desk.nextFollowUpNumber)
  return [.followUpAdded(followUp)]
}

func decideFollowUpDone(_ id: String, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard let followUp = desk.followUps[id] else { throw DeskError("There is no follow-up \(id).", suggestion: "`agenda` lists them.") }
  guard followUp.isOpen else {
    throw DeskError("\(id) is already done" + (followUp.doneAt.map { " (\(DeskDate.day($0)))" } ?? "") + ".", suggestion: "`agenda` lists what is still open.")
  }
  return [.followUpDone(followUp: id, at: now)]
}

func decideSnooze(_ id: String, to due: Date, hasTime: Bool, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard let followUp = desk.followUps[id] else { throw DeskError("There is no follow-up \(id).", suggestion: "`agenda` lists them.") }
  guard followUp.isOpen else { throw DeskError("\(id) is done; there is nothing to snooze.") }
  // A day without a time keeps the follow-up's own time of day.
  var newDue = due
  var newHasTime = hasTime
  if !hasTime, followUp.dueHasTime {
    let parts = DeskDate.calendar.dateComponents([.hour, .minute], from: followUp.due)
    if let moved = DeskDate.calendar.date(bySettingHour: parts.hour ?? 0, minute: parts.minute ?? 0, second: 0, of: due) {
      newDue = moved
      newHasTime = true
    }
  }
  var moved = followUp
  moved.due = newDue
  moved.dueHasTime = newHasTime
  guard moved.deadline > followUp.deadline, newDue > followUp.due else {
    throw DeskError(
      "A snooze only moves a follow-up later: \(id) is due \(when(followUp.due, hasTime: followUp.dueHasTime)).",
      suggestion: "e.g. snooze \(id) to \(DeskDate.day(followUp.due.addingTimeInterval(86_400)))")
  }
  guard moved.deadline >= now else {
    throw DeskError("\(when(newDue, hasTime: newHasTime)) is already past.", suggestion: "Snooze to a day from today on.")
  }
  let missed: [Event] = now > followUp.deadline ? [.followUpMissed(followUp: id, deadline: followUp.deadline)] : []
  return missed + [.followUpSnoozed(followUp: id, due: newDue, hasTime: newHasTime)]
}

/// "12 Dec 2026" or "12 Dec 2026 10:00".
func when(_ date: Date, hasTime: Bool) -> String { hasTime ? DeskDate.minute(date) : DeskDate.day(date) }
