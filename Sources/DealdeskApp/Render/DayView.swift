import DealdeskCore
import DealdeskLanguage
import Foundation

/// Notes, calls and follow-ups: the agenda, the lists, and the replies to a change.
enum DayView {
  /// "12 Dec 2026" or "12 Dec 2026 10:00"
  static func due(_ f: FollowUp) -> String { f.dueHasTime ? DeskDate.minute(f.due) : DeskDate.day(f.due) }

  /// "2 days", "1 day", "3 hours", "40 min": how long past its deadline a follow-up is.
  static func lateness(_ f: FollowUp, now: Date) -> String {
    let seconds = max(0, now.timeIntervalSince(f.dueHasTime ? f.due : f.deadline.addingTimeInterval(1)))
    let days = Int(seconds / 86_400)
    if days >= 1 || !f.dueHasTime {
      let whole = max(1, f.dueHasTime ? days : dayCount(from: f.due, to: now))
      return "\(whole) day\(whole == 1 ? "" : "s")"
    }
    let hours = Int(seconds / 3_600)
    if hours >= 1 { return "\(hours) hour\(hours == 1 ? "" : "s")" }
    return "\(max(1, Int(seconds / 60))) min"
  }

  /// Calendar days from the day of `a` to the day of `b`.
  static func dayCount(from a: Date, to b: Date) -> Int {
    let cal = DeskDate.calendar
    return cal.dateComponents([.day], from: cal.startOfDay(for: a), to: cal.startOfDay(for: b)).day ?? 0
  }

  static func line(_ f: FollowUp, desk: Desk, now: Date, whose: Bool = false) -> String {
    let client = desk.clients[f.client]?.name ?? f.client
    var text = "\(f.id) \(due(f)) · \(client): \(f.text)"
    if let from = f.from { text += " · task from \(desk.people[from]?.firstName ?? from)" }
    if whose { text += " · " + (desk.agendaOwner(of: f).map { desk.people[$0]?.firstName ?? $0 } ?? "nobody's") }
    if f.status == .done {
      text += " · " + Style.mark("done" + (f.doneAt.map { " \(DeskDate.day($0))" } ?? ""), .good)
    } else if f.isOverdue(at: now) {
      text += " · " + Style.mark("OVERDUE \(lateness(f, now: now))", .alert)
    }
    return text
  }

  /// `viewer`: on a team desk, the person whose agenda it is: their tasks and their accounts'
  /// follow-ups (and nobody's account's); the rest are counted, and `team agenda` lists them.
  /// nil: every open follow-up, as on a one-person desk.
  static func agenda(_ desk: Desk, span: AgendaSpan, now: Date, viewer: String? = nil, whose: Bool = false) -> String {
    let cal = DeskDate.calendar
    let today = cal.startOfDay(for: now)
    let horizon: Date? = switch span {
    case .all: nil
    case .today: DeskDate.endOfDay(now)
    case .week:
      // Through Sunday: days left in the week, Monday first.
      DeskDate.endOfDay(today.addingTimeInterval(Double((8 - cal.component(.weekday, from: today)) % 7) * 86_400))
    }
    let all = desk.openFollowUps
    let mine = viewer.flatMap { desk.people[$0] == nil ? nil : $0 }
    let open = mine.map { login in all.filter { desk.isInAgenda($0, of: login) } } ?? all
    let others = all.count - open.count
    let elsewhere = others == 0 ? "" : "\n\(Format.count(others)) more open in others' agendas: team agenda lists them."
    let overdue = open.filter { $0.isOverdue(at: now) }
    let upcoming = open.filter { f in !f.isOverdue(at: now) && (horizon.map { f.due <= $0 } ?? true) }
    let title = switch span {
    case .all: whose ? "Team agenda" : "Agenda"
    case .today: "Today, \(DeskDate.day(now))"
    case .week: "This week, to \(DeskDate.day(horizon ?? now))"
    }
    // Contracts ending within 30 days, whatever the span: renewing one takes longer than a week.
    let ending = ContractView.agendaLines(desk, now: now)
    // Bonuses earned and not yet settled: money the client is owed, whatever the span.
    let owed = BonusView.agendaLines(desk, now: now)
    let contracts = (ending.isEmpty ? "" : "\n  contracts ending:\n" + ending.map { "    " + $0 }.joined(separator: "\n"))
      + (owed.isEmpty ? "" : "\n  bonuses to settle:\n" + owed.map { "    " + $0 }.joined(separator: "\n"))
    guard !overdue.isEmpty || !upcoming.isEmpty else {
      let more = open.isEmpty ? "" : " (\(Format.count(open.count)) later: agenda lists them)"
      return "\(title): nothing due\(more). Plan one: follow up Acme friday: send swatches" + contracts + elsewhere
    }
    var lines = ["\(title): \(count(overdue.count, "overdue")), \(count(upcoming.count, "upcoming"))"]
    if !overdue.isEmpty {
      lines.append("  overdue:")
      lines += overdue.map { "    " + line($0, desk: desk, now: now, whose: whose) }
    }
    if !upcoming.isEmpty {
      lines.append("  upcoming:")
      lines += upcoming.map { "    " + line($0, desk: desk, now: now, whose: whose) }
    }
    return lines.joined(separator: "\n") + contracts + elsewhere
  }

  private static func count(_ n: Int, _ what: String) -> String { "\(n) \(what)" }

  static func followUps(_ desk: Desk, client: String?, now: Date) -> String {
    let all = client.map { desk.followUps(for: $0) } ?? desk.followUpsInOrder
    let whose = client.map { " for \(desk.clients[$0]?.name ?? $0)" } ?? ""
    guard !all.isEmpty else { return "No follow-ups\(whose). Plan one: follow up \(client.flatMap { desk.clients[$0]?.name } ?? "Acme") friday: send swatches" }
    let open = desk.openFollowUps.filter { f in client.map { f.client == $0 } ?? true }
    let done = all.filter { !$0.isOpen }
    var lines = ["Follow-ups\(whose): \(Format.count(open.count)) open, \(Format.count(done.count)) done"]
    lines += open.map { "  " + line($0, desk: desk, now: now) }
    lines += done.map { "  " + line($0, desk: desk, now: now) }
    return lines.joined(separator: "\n")
  }

  static func noteLine(_ n: Note, desk: Desk) -> String {
    let client = desk.clients[n.client]?.name ?? n.client
    let length = n.durationMinutes.map { " (\($0) min)" } ?? ""
    return "\(n.id) \(DeskDate.minute(n.at)) · \(n.kind.rawValue)\(length) · \(client): \(n.text)"
  }

  /// One line: the latest contact and how long ago, so the manager can say "since we spoke on…".
  static func lastContact(_ desk: Desk, client: String, now: Date) -> String {
    let name = desk.clients[client]?.name ?? client
    guard let last = desk.lastContact(with: client) else {
      return "No contact with \(name) on record yet. Log one: log call with \(name): TEXT"
    }
    let days = max(0, DeskDate.calendar.dateComponents([.day], from: DeskDate.calendar.startOfDay(for: last.at),
                                                        to: DeskDate.calendar.startOfDay(for: now)).day ?? 0)
    let ago = days == 0 ? "today" : days == 1 ? "yesterday" : "\(days) days ago"
    return "Last contact with \(name) \(ago): " + noteLine(last, desk: desk)
  }

  static func notes(_ desk: Desk, client: String?) -> String {
    let notes = client.map { desk.notes(for: $0) } ?? desk.notesInOrder
    let whose = client.map { " for \(desk.clients[$0]?.name ?? $0)" } ?? ""
    guard !notes.isEmpty else { return "No notes\(whose). Add one: note \(client.flatMap { desk.clients[$0]?.name } ?? "Acme"): prefers calls on Tuesdays" }
    return (["Notes\(whose) (\(Format.count(notes.count)))"] + notes.map { "  " + noteLine($0, desk: desk) }).joined(separator: "\n")
  }

  /// Replies to note and follow-up events; nil for other events.
  static func confirm(_ event: Event, before: Desk, desk: Desk, now: Date) -> String? {
    switch event {
    case .noteAdded(let n):
      let client = desk.clients[n.client]?.name ?? n.client
      switch n.kind {
      case .call: return "\(n.id): logged a \(n.durationMinutes.map { "\($0)-minute " } ?? "")call with \(client): \(n.text)"
      case .meeting: return "\(n.id): logged a meeting with \(client): \(n.text)"
      case .note: return "\(n.id): noted for \(client): \(n.text)"
      }
    case .followUpAdded(let f):
      let client = desk.clients[f.client]?.name ?? f.client
      return "\(f.id): follow up \(client) \(due(f)): \(f.text)"
    case .taskAssigned(let f):
      let client = desk.clients[f.client]?.name ?? f.client
      let to = f.assignee.map { desk.people[$0]?.name ?? $0 } ?? "nobody"
      return "\(f.id): a task for \(to), from \(f.from.map { desk.people[$0]?.name ?? $0 } ?? "you"), due \(due(f)): \(f.text) (\(client)). It is in their agenda."
    case .followUpDone(let id, _):
      guard let f = desk.followUps[id] else { return "\(id) done." }
      let left = desk.openFollowUps.filter { $0.client == f.client }.count
      let client = desk.clients[f.client]?.name ?? f.client
      return Style.mark("Done \(id)", .good) + " (\(client): \(f.text)). \(left == 0 ? "Nothing else open" : "\(left) more open") for \(client)."
    case .followUpSnoozed(let id, _, _):
      guard let f = desk.followUps[id] else { return "\(id) snoozed." }
      let from = before.followUps[id].map { " from \(due($0))" } ?? ""
      return "Snoozed \(id)\(from) to \(due(f))."
    default:
      return nil
    }
  }
}
