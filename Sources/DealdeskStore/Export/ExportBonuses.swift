import DealdeskCore
import Foundation

// Trade bonuses in the export format: each bonus's terms and, as of the export, its figures
// from the one definition the replies read (`Desk.standing(of:now:)`).
extension ExportDocument {
  func writeBonuses(_ w: inout PrettyJSON) {
    w.key("bonuses")
    w.array(desk.bonusesInOrder) { Self.bonus($1, standing: desk.standing(of: $1, now: now), &$0) }
  }

  private static func bonus(_ b: Bonus, standing s: BonusStanding, _ w: inout PrettyJSON) {
    let period = b.calendarPeriod
    w.object { w in
      w.string("id", b.id)
      w.string("client", b.clientId)
      w.quantity("percent", b.percent)
      w.amount("threshold", b.threshold)
      w.string("period", b.period)
      w.date("from", period.start)
      w.date("until", period.wholeEnd)
      w.string("status", b.status.rawValue)
      w.string("state", s.state.rawValue)
      w.string("by", b.by)
      w.date("agreedAt", b.agreedAt)
      w.string("approvedBy", b.approvedBy)
      w.date("approvedAt", b.approvedAt)
      w.date("endedAt", b.endedAt)
      w.amount("invoiced", s.invoiced)
      w.amount("credited", s.credited)
      w.amount("purchases", s.purchases)
      w.amount("accrued", s.accrued)
      w.amount("leftToThreshold", s.leftToThreshold)
      w.amount("projectedPurchases", s.projectedPurchases)
      w.amount("projectedBonus", s.projectedBonus)
      w.string("creditNote", s.creditNote?.id)
    }
  }
}

extension CSVLists {
  /// One row per trade bonus, its figures as of the export.
  static func bonuses(_ desk: Desk, now: Date) -> CSVTable {
    CSVTable(
      header: [
        "id", "client", "clientName", "percent", "threshold", "period", "status", "state", "agreedAt", "approvedBy", "endedAt",
        "invoiced", "credited", "purchases", "accrued", "leftToThreshold", "projectedPurchases", "projectedBonus", "creditNote",
      ],
      rows: desk.bonusesInOrder.map { b in
        let s = desk.standing(of: b, now: now)
        return [
          b.id, b.clientId, clientName(b.clientId, in: desk), CSVTable.quantity(b.percent), CSVTable.amount(b.threshold), b.period,
          b.status.rawValue, s.state.rawValue, CSVTable.time(b.agreedAt), b.approvedBy ?? "", CSVTable.time(b.endedAt),
          CSVTable.amount(s.invoiced), CSVTable.amount(s.credited), CSVTable.amount(s.purchases), CSVTable.amount(s.accrued),
          CSVTable.amount(s.leftToThreshold), CSVTable.amount(s.projectedPurchases), CSVTable.amount(s.projectedBonus), s.creditNote?.id ?? "",
        ]
      })
  }
}
