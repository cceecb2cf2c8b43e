import Foundation

extension Desk {
  /// Folds complaints, competitor prices, expenses and the budget (Claims:).
  mutating func applyClaims(_ event: Event) {
    switch event {
    case .complaintFiled(let complaint):
      complaints[complaint.id] = complaint
      nextComplaintNumber = Ids.next(nextComplaintNumber, after: Ids.number(in: complaint.id) ?? 0)
    case .complaintResolved(let id, let verdict, let resolution, let at):
      guard complaints[id] != nil else { return }
      complaints[id]?.status = .resolved
      complaints[id]?.verdict = verdict
      complaints[id]?.resolution = resolution
      complaints[id]?.resolvedAt = at
      // A credit recorded before credit notes existed (an old journal) still settles as one.
      if let complaint = complaints[id], let note = legacyCreditNote(for: complaint) {
        issue(note)
        complaints[id]?.resolution?.creditNote = note.id
      }
    case .competitorPriceNoted(let price):
      competitorPrices.append(price)
    case .expenseRecorded(let expense):
      expenses[expense.id] = expense
      nextExpenseNumber = Ids.next(nextExpenseNumber, after: Ids.number(in: expense.id) ?? 0)
    case .expenseBudgetSet(let amount, let period):
      settings.expenseBudget = amount
      settings.expenseBudgetPeriod = period
    default:
      return
    }
  }
}
