import DealdeskCore
import Foundation

/// The entertainment budget: this period's standing, and the replies to an expense or a new budget.
enum ExpenseView {
  static func render(_ desk: Desk, now: Date) -> String {
    let s = desk.budgetStanding(at: now)
    var lines = ["Expenses \(s.period.this) (\(DeskDate.day(s.start)) – \(DeskDate.day(s.end.addingTimeInterval(-1))))"]
    lines.append("  " + summary(s, currency: desk.settings.currency))
    if s.expenses.isEmpty {
      lines.append("  nothing spent yet. Record one: expense 45 lunch with Acme")
    } else {
      var table = Table(["id", "day", "amount", "client", "what"], align: [.left, .left, .right, .left, .left])
      for e in s.expenses {
        table.add([e.id, DeskDate.day(e.at), Format.money(e.amount), e.clientId.map { desk.clients[$0]?.name ?? $0 } ?? "", e.text])
      }
      lines.append(table.render())
    }
    return lines.joined(separator: "\n")
  }

  /// "spent 45.00 of 500.00 EUR · 455.00 left", or over it, or with no budget.
  static func summary(_ s: BudgetStanding, currency: String) -> String {
    guard let budget = s.budget, let left = s.left else {
      return "spent \(Format.money(s.spent)) \(currency) · no budget set (set entertainment budget 500 a month)"
    }
    let rest = left < 0 ? "OVER by \(Format.money(-left))" : "\(Format.money(left)) left"
    return "spent \(Format.money(s.spent)) of \(Format.money(budget)) \(currency) · \(rest)"
  }

  static func confirm(_ event: Event, desk: Desk, now: Date) -> String? {
    switch event {
    case .expenseRecorded(let e):
      let client = e.clientId.map { " (\(desk.clients[$0]?.name ?? $0))" } ?? ""
      let s = desk.budgetStanding(at: e.at)
      // The summary already says OVER by how much: a warning, never a refusal.
      return "\(e.id): \(Format.money(e.amount)) \(desk.settings.currency) · \(e.text)\(client). \(s.period.this.capitalisedFirst): " + summary(s, currency: desk.settings.currency) + "."
    case .expenseBudgetSet(let amount, let period):
      guard let amount else { return "There is no entertainment budget now." }
      let s = desk.budgetStanding(at: now)
      return "Entertainment budget: \(Format.money(amount)) \(desk.settings.currency) a \(period.rawValue). \(s.period.this.capitalisedFirst): " + summary(s, currency: desk.settings.currency) + "."
    default:
      return nil
    }
  }
}

extension String {
  /// "this month" → "This month"
  fileprivate var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
