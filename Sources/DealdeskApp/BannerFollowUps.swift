import DealdeskCore

extension Session {
  /// "2 follow-ups are overdue (oldest: F-3 Acme Textiles, 2 days). Type agenda."; nil when none is.
  var overdueFollowUpsLine: String? {
    // On a team desk, those in one's own agenda: what `agenda` then shows.
    let me = author.flatMap { desk.people[$0] == nil ? nil : $0 }
    let overdue = desk.overdueFollowUps(at: now).filter { f in me.map { desk.isInAgenda(f, of: $0) } ?? true }
    guard let oldest = overdue.first else { return nil }
    let name = desk.clients[oldest.client]?.name ?? oldest.client
    let which = "\(oldest.id) \(name), \(DayView.lateness(oldest, now: now))"
    if overdue.count == 1 { return "1 follow-up is overdue (\(which)). Type agenda." }
    return "\(overdue.count) follow-ups are overdue (oldest: \(which)). Type agenda."
  }
}
