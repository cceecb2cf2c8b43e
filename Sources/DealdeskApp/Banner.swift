import DealdeskCore
import DealdeskLanguage

extension Session {
  /// What a terminal shows when the desk opens: how to begin on a new desk, a one-line
  /// summary on a known one.
  public var banner: String {
    if isNew {
      return "A new desk in \(location).\nType help to see what it understands, or load sample data to try it with a sample catalog."
    }
    let open = desk.offers.values.filter { $0.status(at: now).isOpen }.count
    let summary = "Dealdesk · \(Format.count(desk.clients.count)) clients · \(Format.count(desk.products.count)) fabrics · \(Format.count(open)) open offers · help for commands"
    // Day: overdue follow-ups, in one line.
    return [summary, overdueFollowUpsLine, coverDigest].compactMap { $0 }.joined(separator: "\n")
  }
}
