import DealdeskCore
import DealdeskLanguage
import Foundation

/// The assistant speaks up: after a change, at most one line of advice when it matters,
/// and never the same advice twice in a session (a manager on a call reads every line).
enum Advice {
  /// The first piece of advice that applies, most urgent first.
  static func line(for command: Command, client: String?, desk: Desk, now: Date) -> String? {
    stock(for: command, desk: desk, now: now) ?? overdue(client: client, desk: desk, now: now)
      ?? followUpDue(after: command, client: client, desk: desk, now: now)
  }

  /// A promise to this client due today or already late.
  private static func followUpDue(after command: Command, client: String?, desk: Desk, now: Date) -> String? {
    // Making, finishing or moving a follow-up is already about follow-ups: no reminder then.
    switch command {
    case .followUp, .completeFollowUp, .snoozeFollowUp: return nil
    default: break
    }
    guard let client, let name = desk.clients[client]?.name else { return nil }
    // Most clients have no open follow-up; the calendar is asked only when one has.
    let open = desk.followUps(for: client).filter(\.isOpen)
    guard !open.isEmpty else { return nil }
    let endOfToday = DeskDate.endOfDay(now)
    guard let due = open.filter({ $0.deadline <= endOfToday })
      .min(by: { $0.deadline < $1.deadline })
    else { return nil }
    let when = due.isOverdue(at: now) ? "was due \(DeskDate.day(due.due))" : "is due today"
    return "Note: a follow-up for \(name) \(when): \(due.id) \(due.text)."
  }

  /// A client with money overdue.
  private static func overdue(client: String?, desk: Desk, now: Date) -> String? {
    guard let client, let name = desk.clients[client]?.name else { return nil }
    let late = desk.overdue(of: client, at: now)
    guard let oldest = late.min(by: { ($0.dueDate ?? now) < ($1.dueDate ?? now) }) else { return nil }
    let total = late.reduce(Decimal(0)) { $0 + $1.outstanding }
    let days = oldest.daysLate(at: now)
    return "Note: \(name) has \(Format.money(total)) overdue (oldest \(oldest.order.id), \(days) day\(days == 1 ? "" : "s") late)."
  }

  /// Quantities offered that the branch's stock, or one dye lot of it, cannot cover.
  private static func stock(for command: Command, desk: Desk, now: Date) -> String? {
    var wanted: [(sku: String, meters: Decimal)] = []
    switch command {
    case .makeOffer(let new):
      wanted = new.lines.compactMap { line in
        guard case .product(let sku) = line.scope, let meters = line.meters else { return nil }
        return (sku, meters)
      }
    default:
      return nil
    }
    for (sku, meters) in wanted {
      let lots = desk.lotAvailability(sku: sku, now: now)
      let free = lots.reduce(Decimal(0)) { $0 + $1.available }
      let largest = lots.map(\.available).max() ?? 0
      let name = desk.products[sku]?.name ?? sku
      if free < meters {
        return "Note: only \(Format.meters(max(0, free))) of \(name) is free at the branch; request the rest before promising \(Format.meters(meters))."
      }
      if largest < meters {
        return "Note: no single dye lot of \(name) has \(Format.meters(meters)) (largest \(Format.meters(largest))); it would ship from several lots."
      }
    }
    return nil
  }
}
