import DealdeskCore
import Foundation

/// The manager's day and claims as CSV: notes, follow-ups, complaints, expenses.
extension CSVLists {
  static func notes(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: ["id", "client", "clientName", "kind", "at", "durationMinutes", "text"],
      rows: desk.notesInOrder.map {
        [$0.id, $0.client, clientName($0.client, in: desk), $0.kind.rawValue, CSVTable.time($0.at),
         $0.durationMinutes.map(String.init) ?? "", $0.text]
      })
  }

  static func followUps(_ desk: Desk, now: Date) -> CSVTable {
    CSVTable(
      header: ["id", "client", "clientName", "due", "status", "overdue", "doneAt", "text"],
      rows: desk.followUpsInOrder.map {
        [$0.id, $0.client, clientName($0.client, in: desk), $0.dueHasTime ? CSVTable.time($0.due) : CSVTable.day($0.due),
         $0.status.rawValue, $0.isOverdue(at: now) ? "yes" : "no", CSVTable.time($0.doneAt), $0.text]
      })
  }

  static func complaints(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: ["id", "client", "clientName", "order", "lot", "reason", "status", "verdict", "credit", "replacementMeters",
               "discountPercent", "resolution", "openedAt", "resolvedAt", "text"],
      rows: desk.complaintsInOrder.map { c in
        [c.id, c.clientId, clientName(c.clientId, in: desk), c.order ?? "", c.lot ?? "", c.reason.rawValue, c.status.rawValue,
         c.verdict?.rawValue ?? "", CSVTable.amount(c.resolution?.credit), CSVTable.quantity(c.resolution?.replacementMeters),
         CSVTable.quantity(c.resolution?.discountPercent), c.resolution?.text ?? "", CSVTable.time(c.openedAt),
         CSVTable.time(c.resolvedAt), c.text]
      })
  }

  static func expenses(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: ["id", "at", "amount", "client", "clientName", "text"],
      rows: desk.expensesInOrder.map {
        [$0.id, CSVTable.time($0.at), CSVTable.amount($0.amount), $0.clientId ?? "", clientName($0.clientId, in: desk), $0.text]
      })
  }

  static func competitors(_ desk: Desk) -> CSVTable {
    CSVTable(
      header: ["competitor", "sku", "product", "price", "at", "note"],
      rows: desk.competitorPrices.map {
        [$0.competitor, $0.sku, desk.products[$0.sku]?.name ?? "", CSVTable.amount($0.price), CSVTable.time($0.at), $0.note ?? ""]
      })
  }
}
