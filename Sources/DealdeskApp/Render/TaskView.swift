import DealdeskCore
import DealdeskLanguage
import Foundation

/// A team desk's tasks and whole agenda (issue 19, item 7).
enum TaskView {
  /// `tasks`: for a director, every open task across the team by person, late ones marked;
  /// for a manager, the tasks given to them.
  static func tasks(_ desk: Desk, viewer: String?, now: Date) -> String {
    guard !desk.people.isEmpty else {
      return "Tasks are a team desk's: a director gives them (assign Arben: call Acme about the overdue by fri). Your own follow-ups: agenda"
    }
    let me = viewer.flatMap { desk.people[$0] }
    let everyone = me.map { $0.role == .director } ?? true
    let open = desk.openTasks.filter { everyone || $0.assignee == me?.login }
    let late = open.filter { $0.isOverdue(at: now) }
    let title = everyone ? "Tasks across the team" : "Your tasks"
    guard !open.isEmpty else {
      return "\(title): none open." + (everyone ? " Give one: assign Arben: call Acme about the overdue by fri" : "")
    }
    var lines = ["\(title): \(Format.count(open.count)) open, \(Format.count(late.count)) late"]
    let byPerson = Dictionary(grouping: open) { $0.assignee ?? "" }
    let order = desk.peopleInOrder.map(\.login).filter { byPerson[$0] != nil } + byPerson.keys.filter { desk.people[$0] == nil }.sorted()
    for login in order {
      guard let tasks = byPerson[login] else { continue }
      let name = desk.people[login]?.name ?? login
      let lateCount = tasks.filter { $0.isOverdue(at: now) }.count
      if everyone { lines.append("  \(name): \(Format.count(tasks.count)) open" + (lateCount > 0 ? ", " + Style.mark("\(lateCount) late", .alert) : "")) }
      // Late first, then by due time.
      let sorted = tasks.filter { $0.isOverdue(at: now) } + tasks.filter { !$0.isOverdue(at: now) }
      lines += sorted.map { (everyone ? "    " : "  ") + DayView.line($0, desk: desk, now: now) }
    }
    return lines.joined(separator: "\n")
  }

  /// `team agenda`: every open follow-up and task, each with whose agenda it is in.
  static func teamAgenda(_ desk: Desk, now: Date) -> String {
    guard !desk.people.isEmpty else { return DayView.agenda(desk, span: .all, now: now) }
    return DayView.agenda(desk, span: .all, now: now, whose: true)
  }
}
