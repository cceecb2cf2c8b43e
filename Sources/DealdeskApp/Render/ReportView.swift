import DealdeskCore
import Foundation

/// Quota and attainment, sales tables, top clients, growth.
enum ReportView {
  static func quota(_ desk: Desk, period: Period?, now: Date, style: ChartStyle) -> String {
    let candidates = period.map { [$0] } ?? [Period.month(of: now), Period.quarter(of: now), Period.year(of: now)]
    let withQuota = candidates.filter { desk.settings.quotas[$0.key] != nil }
    guard !withQuota.isEmpty else {
      let which = period?.label ?? "this month, quarter or year"
      return "No quota is set for \(which). Set one: set quota 120,000 for Q\(Period.quarter(of: now).index)"
    }
    var table = Table(["period", "sold", "quota", "attained", "", "left", "days left"], align: [.left, .right, .right, .right, .left, .right, .right])
    // A bar only repeats the percent beside it: the first thing a narrow screen can spare.
    table.cuttable = [:]
    table.dropsFirst = [""]
    for p in withQuota {
      let quota = desk.settings.quotas[p.key] ?? 0
      let sold = desk.sales(in: p)
      let percent = quota > 0 ? Money.round(sold * 100 / quota, scale: 1) : 0
      let daysLeft = max(0, Int(p.end.timeIntervalSince(max(now, p.start)) / 86_400))
      table.add([
        p.label, Format.money(sold), Format.money(quota), Format.percent(percent), Chart.bar(sold, of: quota, width: 20, style: style),
        Format.money(max(0, quota - sold)), p.contains(now) ? "\(daysLeft)" : "",
      ])
    }
    return "Quota\n" + table.render()
  }

  static func sales(_ desk: Desk, period: Period, by grouping: SalesGrouping?, now: Date, style: ChartStyle) -> String {
    let total = desk.sales(in: period)
    let count = desk.invoices(in: period).count
    // Sales are invoiced value net of credit notes, dated by invoice (`help sales`).
    var out = "Sales \(period.label) (invoiced less credit notes, VAT excluded): \(Format.money(total)) \(desk.settings.currency) on \(Format.count(count)) invoice\(count == 1 ? "" : "s")"
    let growth = desk.growth(of: period, now: now)
    if let percent = growth.percent {
      out += " · \(GrowthText.percent(percent)) on \(GrowthText.before(growth)) (\(GrowthText.basis(growth)))"
    }
    if let grouping {
      let rows = desk.sales(in: period, by: grouping)
      if rows.isEmpty { return out }
      let top = rows.first?.amount ?? 0
      var table = Table([grouping.rawValue, "sales", "share", "", "metres", "invoices"], align: [.left, .right, .right, .left, .right, .right])
      table.cuttable = [grouping.rawValue: 10]
      table.dropsFirst = [""]
      for row in rows {
        let share = total > 0 ? Money.round(row.amount * 100 / total, scale: 1) : 0
        table.add([row.label, Format.money(row.amount), Format.percent(share), Chart.bar(row.amount, of: top, width: 16, style: style),
                   Format.meters(row.meters), "\(row.orders)"])
      }
      out += "\n" + table.render()
    } else {
      // The last six periods of the same kind, oldest first, as a sparkline.
      var periods = [period]
      while periods.count < 6, let first = periods.first { periods.insert(first.previous, at: 0) }
      let values = periods.map { desk.sales(in: $0) }
      out += "\n  \(periods.first?.label ?? "") … \(period.label): \(Chart.sparkline(values, style: style))  "
        + values.map(Format.money).joined(separator: " · ")
    }
    return out
  }

  static func topClients(_ desk: Desk, period: Period, count: Int = 10, style: ChartStyle) -> String {
    let rows = Array(desk.sales(in: period, by: .client).prefix(max(1, count)))
    guard !rows.isEmpty else { return "No sales in \(period.label) yet." }
    let total = desk.sales(in: period)
    let top = rows.first?.amount ?? 0
    var table = Table(["#", "client", "sales", "share", ""], align: [.right, .left, .right, .right, .left])
    table.cuttable = ["client": 10]
    table.dropsFirst = [""]
    for (n, row) in rows.enumerated() {
      let share = total > 0 ? Money.round(row.amount * 100 / total, scale: 1) : 0
      table.add(["\(n + 1)", row.label, Format.money(row.amount), Format.percent(share), Chart.bar(row.amount, of: top, width: 16, style: style)])
    }
    return "Top clients, \(period.label)\n" + table.render()
  }

  static func growth(_ desk: Desk, period: Period, now: Date) -> String {
    let growth = desk.growth(of: period, now: now)
    guard growth.begun else { return "\(period.label) has not started: there is no turnover to compare yet." }
    let head = "Turnover \(growth.period.label): \(Format.money(growth.sales))"
    guard let percent = growth.percent else {
      return head + "; \(GrowthText.before(growth)) sold nothing to compare with (\(GrowthText.basis(growth)))."
    }
    return head + " against \(Format.money(growth.salesBefore)) in \(GrowthText.before(growth)), \(GrowthText.basis(growth)): \(GrowthText.percent(percent))."
  }

  static func scorecard(_ desk: Desk, period: Period, now: Date) -> String {
    let card = desk.scorecard(for: period, now: now)
    var table = Table(["criterion", "figure", ""], align: [.left, .right, .left])
    let plan = card.attainmentPercent.map { Format.percent($0) } ?? "no quota"
    table.add(["plan executed", plan, "\(Format.money(card.sales)) of \(card.quota.map(Format.money) ?? "—")"])
    table.add(["turnover growth", card.growthPercent.map(GrowthText.percent) ?? "—",
               "against \(GrowthText.before(card.growth)) (\(GrowthText.basis(card.growth)))"])
    let timely = card.registeredWithinAnHour.map { Format.percent($0) } ?? "—"
    let slowest = card.registrationDelays.max().map { "slowest \($0) min after the call" } ?? "no promises after calls"
    table.add(["promises registered within 1 h of the call", timely, "\(Format.count(card.registrationDelays.count)) promise\(card.registrationDelays.count == 1 ? "" : "s"), \(slowest)"])
    table.add(["justified claims", "\(card.justifiedClaims)", card.openClaims > 0 ? "\(card.openClaims) still open" : ""])
    table.add(["missed follow-ups", Format.count(card.missedFollowUps.count), "of \(Format.count(card.followUpsDue)) due"])
    var out = "Scorecard, \(period.label)\n" + table.render()
    if !card.missedFollowUps.isEmpty {
      out += "\n  missed: " + card.missedFollowUps.prefix(5).map { "\($0.id) \(desk.clients[$0.client]?.name ?? $0.client)" }.joined(separator: ", ")
    }
    return out
  }
}
