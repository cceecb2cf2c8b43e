import DealdeskCore

extension Session {
  /// At the start of someone who covers, or will cover, for an absent colleague: whose
  /// accounts, which days, and the handover digest of those accounts. nil when they cover
  /// for nobody (and always on a one-person desk).
  var coverDigest: String? {
    guard let me = author else { return nil }
    let duties = desk.coverDuties(of: me, at: now)
    guard !duties.isEmpty else { return nil }
    return duties.map { away in
      let name = desk.people[away.person]?.name ?? away.person
      let accounts = Set(desk.accounts(of: away.person).map(\.id))
      let when = away.covers(now)
        ? "until \(DeskDate.day(away.to)) (back the day after)"
        : "from \(DeskDate.day(away.from)) to \(DeskDate.day(away.to))"
      let head = "You cover for \(name) \(when): \(Format.count(accounts.count)) account\(accounts.count == 1 ? "" : "s"). What you do for them is marked as done in cover."
      return ([head] + ForecastView.coverDigest(desk, now: now, accounts: accounts).map { "  " + $0.replacingOccurrences(of: "\n", with: "\n  ") })
        .joined(separator: "\n")
    }.joined(separator: "\n")
  }
}
