import Foundation

/// The criteria the manager is judged by (DOMAIN.md): plan executed, turnover grown, sales
/// registered on time, no justified claims, no interruption in service (no missed follow-up).
public struct Scorecard: Sendable, Equatable {
  public var period: Period
  public var sales: Decimal
  public var quota: Decimal?
  /// Turnover against the period before, like with like (to date while the period runs).
  public var growth: Growth
  /// Minutes from the end of each call to each promise (follow-up) made for that client up
  /// to two days after it; a promise entered during the call counts 0.
  public var registrationDelays: [Int]
  public var justifiedClaims: Int
  public var openClaims: Int
  public var missedFollowUps: [FollowUp]
  public var followUpsDue: Int

  public var growthPercent: Decimal? { growth.percent }

  public var attainmentPercent: Decimal? {
    guard let quota, quota > 0 else { return nil }
    return Money.round(sales * 100 / quota, scale: 1)
  }

  /// Promises registered within an hour of the call, in percent.
  public var registeredWithinAnHour: Decimal? {
    guard !registrationDelays.isEmpty else { return nil }
    let onTime = registrationDelays.filter { $0 <= 60 }.count
    return Money.round(Decimal(onTime) * 100 / Decimal(registrationDelays.count), scale: 1)
  }
}

extension Desk {
  /// The criteria for the period; among some clients only (one person's accounts) when
  /// given, with that person's quota: the same definitions, restricted.
  public func scorecard(for period: Period, now: Date) -> Scorecard {
    scorecard(for: period, now: now, among: nil, quota: settings.quotas[period.key])
  }

  public func scorecard(for period: Period, now: Date, among clients: Set<String>?, quota: Decimal?) -> Scorecard {
    let within = { (client: String) in clients?.contains(client) ?? true }
    let end = min(now, period.end)
    var delays: [Int] = []
    for call in notesInOrder where call.kind == .call && period.contains(call.at) && within(call.client) {
      let callEnd = call.at
      let callStart = callEnd.addingTimeInterval(-Double(call.durationMinutes ?? 0) * 60)
      for promise in followUpsInOrder where promise.client == call.client
        && promise.createdAt >= callStart && promise.createdAt <= callEnd.addingTimeInterval(2 * 86_400)
      {
        delays.append(max(0, Int(promise.createdAt.timeIntervalSince(callEnd) / 60)))
      }
    }
    let claims = complaintsInOrder.filter { period.contains($0.openedAt) && within($0.clientId) }
    // A follow-up snoozed only after it was late keeps its miss, at the deadline it missed.
    let due = followUpsInOrder.filter { f in
      guard within(f.client) else { return false }
      let deadline = f.missedDeadline ?? f.deadline
      return period.contains(deadline) && deadline <= end
    }
    let missed = due.filter { f in
      f.missedDeadline != nil || (f.doneAt.map { $0 > f.deadline } ?? (now > f.deadline))
    }
    return Scorecard(
      period: period, sales: sales(in: period, among: clients), quota: quota, growth: growth(of: period, now: now, among: clients),
      registrationDelays: delays, justifiedClaims: claims.filter { $0.verdict == .justified }.count,
      openClaims: claims.filter { $0.status == .open }.count, missedFollowUps: missed, followUpsDue: due.count)
  }
}
