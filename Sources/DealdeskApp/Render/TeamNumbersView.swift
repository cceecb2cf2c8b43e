import DealdeskCore
import Foundation

/// `team quota` and `team report`: each person's numbers on their own accounts, the clients
/// nobody holds, and the branch's, read from the core's one definition of each figure.
enum TeamNumbersView {
  /// Why the viewer gets no team numbers: a one-person desk, or a manager (nil: a director).
  static func refusal(_ desk: Desk, viewer: String?, what: String) -> String? {
    guard !desk.people.isEmpty else {
      return "\(what) is a team desk's: on your own desk there is one person. `quota` and `scorecard` show yours."
    }
    guard let login = viewer, let person = desk.people[login], person.role == .manager else { return nil }
    return "\(what) is for a director. `quota` and `scorecard` show your own numbers, \(person.firstName)."
  }

  static func quota(_ desk: Desk, period: Period?, now: Date, viewer: String?, style: ChartStyle) -> String {
    if let refusal = refusal(desk, viewer: viewer, what: "team quota") { return refusal }
    let period = period ?? Period.month(of: now)
    let numbers = desk.teamNumbers(for: period, now: now)
    var table = Table(["", "accounts", "sold", "quota", "attained", "", "left"], align: [.left, .right, .right, .right, .right, .left, .right])
    table.dropsFirst = [""]
    for (name, row) in rows(numbers) {
      let quota = row.card.quota
      table.add([
        name, Format.count(row.clients), Format.money(row.card.sales), quota.map(Format.money) ?? "—",
        row.card.attainmentPercent.map(Format.percent) ?? "—",
        quota.map { Chart.bar(row.card.sales, of: $0, width: 12, style: style) } ?? "",
        quota.map { Format.money(max(0, $0 - row.card.sales)) } ?? "",
      ])
    }
    return "Team quota, \(period.label) (\(desk.settings.currency); a client's sales count for its account manager)\n" + table.render()
  }

  static func report(_ desk: Desk, period: Period, now: Date, viewer: String?) -> String {
    if let refusal = refusal(desk, viewer: viewer, what: "team report") { return refusal }
    let numbers = desk.teamNumbers(for: period, now: now)
    var table = Table(
      ["", "sold", "quota", "growth", "on time", "justified claims", "follow-ups kept"],
      align: [.left, .right, .right, .right, .right, .right, .right])
    for (name, row) in rows(numbers) {
      let card = row.card
      let kept = card.followUpsDue - card.missedFollowUps.count
      table.add([
        name, Format.money(card.sales), card.attainmentPercent.map(Format.percent) ?? "—",
        card.growthPercent.map(GrowthText.percent) ?? "—", card.registeredWithinAnHour.map(Format.percent) ?? "—",
        "\(card.justifiedClaims)", card.followUpsDue == 0 ? "—" : "\(Format.count(kept)) of \(Format.count(card.followUpsDue))",
      ])
    }
    return "Team report, \(period.label): sales net of credit notes, quota attained, growth against \(GrowthText.before(numbers.branch.card.growth)), promises registered within 1 h of the call\n"
      + table.render()
  }

  private static func rows(_ numbers: TeamNumbers) -> [(String, TeamNumbers.Row)] {
    numbers.people.map { ($0.person?.name ?? "", $0) } + (numbers.unassigned.map { [("nobody's account", $0)] } ?? [])
      + [("branch", numbers.branch)]
  }
}
