import Foundation

/// What a client owes by how late it is: the controller's ageing buckets, in calendar days
/// past the due day. Money of theirs we hold (on account, paid ahead) is its own column, so
/// the buckets less it are what the client owes.
public struct Ageing: Sendable, Equatable {
  public static let labels = ["current", "1–30", "31–60", "61–90", "90+"]

  /// Outstanding by bucket: not yet due (or due today, or no due date yet); 1–30, 31–60,
  /// 61–90 and over 90 days past due.
  public var buckets: [Decimal]
  public var onAccount: Decimal

  public var owes: Decimal { buckets.reduce(0, +) - onAccount }
  public var pastDue: Decimal { buckets.dropFirst().reduce(0, +) }

  /// The bucket for an invoice `days` calendar days past its due day.
  public static func bucket(daysLate days: Int) -> Int {
    switch days {
    case ...0: 0
    case 1...30: 1
    case 31...60: 2
    case 61...90: 3
    default: 4
    }
  }
}

extension Ledger {
  public func ageing(at now: Date) -> Ageing {
    var buckets = [Decimal](repeating: 0, count: Ageing.labels.count)
    for entry in entries where entry.outstanding != 0 {
      buckets[Ageing.bucket(daysLate: entry.daysLate(at: now))] += entry.outstanding
    }
    return Ageing(buckets: buckets, onAccount: unallocated)
  }
}
