import Foundation

/// Money spent from the entrusted (entertainment) budget.
public struct Expense: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var amount: Decimal
  public var text: String
  public var clientId: String?
  public var at: Date

  public init(id: String, amount: Decimal, text: String, clientId: String?, at: Date) {
    self.id = id
    self.amount = amount
    self.text = text
    self.clientId = clientId
    self.at = at
  }
}

/// How often the entertainment budget renews.
public enum BudgetPeriod: String, Codable, Sendable, Equatable {
  case month, quarter

  /// The calendar month or quarter `date` falls in (UTC desk calendar): start inclusive, end exclusive.
  public func interval(containing date: Date) -> (start: Date, end: Date) {
    let calendar = DeskDate.calendar
    let c = calendar.dateComponents([.year, .month], from: date)
    let year = c.year ?? 1970
    let month = c.month ?? 1
    let firstMonth = self == .month ? month : ((month - 1) / 3) * 3 + 1
    let length = self == .month ? 1 : 3
    let start = calendar.date(from: DateComponents(year: year, month: firstMonth, day: 1)) ?? date
    let end = calendar.date(byAdding: .month, value: length, to: start) ?? date
    return (start, end)
  }

  /// "this month", "this quarter"
  public var this: String { "this \(rawValue)" }
}

/// The budget for the period that holds a moment: what was spent and what is left.
public struct BudgetStanding: Sendable, Equatable {
  public var period: BudgetPeriod
  public var start: Date
  public var end: Date
  public var budget: Decimal?
  public var spent: Decimal
  public var expenses: [Expense]

  /// What is left (negative when over); nil without a budget.
  public var left: Decimal? { budget.map { $0 - spent } }
  public var isOver: Bool { left.map { $0 < 0 } ?? false }
}

extension Desk {
  public var expensesInOrder: [Expense] { expenses.values.sorted { Ids.order($0.id, $1.id) } }

  /// The budget period holding `now`, and the expenses in it.
  public func budgetStanding(at now: Date) -> BudgetStanding {
    let period = settings.expenseBudgetPeriod
    let (start, end) = period.interval(containing: now)
    let within = expensesInOrder.filter { $0.at >= start && $0.at < end }
    let spent = within.reduce(Decimal(0)) { $0 + $1.amount }
    return BudgetStanding(period: period, start: start, end: end, budget: settings.expenseBudget, spent: spent, expenses: within)
  }
}

func decideExpense(amount: Decimal, text: String, client: String?, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard amount > 0 else { throw DeskError("An expense must be more than zero.", suggestion: "e.g. expense 45 lunch with Acme") }
  try Limits.checkMoney(amount, "An expense of")
  let text = normalisedName(text)
  guard !text.isEmpty else { throw DeskError("What was it for?", suggestion: "e.g. expense \(Money.trimmed(amount)) lunch with Acme") }
  guard text.count <= 200 else { throw DeskError("That description is too long (200 characters at most).") }
  if let client, desk.clients[client] == nil { throw DeskError("There is no client \(client).") }
  let expense = Expense(id: Ids.expense(desk.nextExpenseNumber), amount: amount, text: text, clientId: client, at: now)
  return [.expenseRecorded(expense)]
}

func decideExpenseBudget(amount: Decimal?, period: BudgetPeriod, desk: Desk) throws(DeskError) -> [Event] {
  if let amount {
    guard amount > 0 else { throw DeskError("A budget must be more than zero.", suggestion: "To remove it: set entertainment budget none") }
    try Limits.checkMoney(amount, "A budget of")
  }
  guard desk.settings.expenseBudget != amount || desk.settings.expenseBudgetPeriod != period else { return [] }
  return [.expenseBudgetSet(amount: amount, period: period)]
}
