import Foundation

/// A stretch of desk time reports are asked about: a month, a quarter or a year, or the
/// part of one up to a day (a month to date, so a running month is compared like with like).
public struct Period: Sendable, Equatable, Hashable {
  public enum Kind: String, Sendable { case month, quarter, year }

  public var kind: Kind
  public var year: Int
  /// 1…12 for a month, 1…4 for a quarter, 1 for a year.
  public var index: Int
  /// When set, the period ends here, before its natural end: only what falls before it
  /// counts. The key stays the whole period's (a quota is never set for part of one).
  public private(set) var cutOff: Date?

  public init(kind: Kind, year: Int, index: Int) {
    self.kind = kind
    self.year = year
    self.index = index
  }

  public static func month(of date: Date) -> Period {
    let c = DeskDate.calendar.dateComponents([.year, .month], from: date)
    return Period(kind: .month, year: c.year ?? 2000, index: c.month ?? 1)
  }

  public static func quarter(of date: Date) -> Period {
    let month = Period.month(of: date)
    return Period(kind: .quarter, year: month.year, index: (month.index - 1) / 3 + 1)
  }

  public static func year(of date: Date) -> Period {
    Period(kind: .year, year: Period.month(of: date).year, index: 1)
  }

  /// The first month of the period, and how many months it spans.
  private var months: (first: Int, count: Int) {
    switch kind {
    case .month: return (index, 1)
    case .quarter: return ((index - 1) * 3 + 1, 3)
    case .year: return (1, 12)
    }
  }

  public var start: Date {
    DeskDate.calendar.date(from: DateComponents(year: year, month: months.first, day: 1)) ?? .distantPast
  }

  /// The first moment after the period (after its cut-off, when it has one).
  public var end: Date { cutOff.map { min($0, wholeEnd) } ?? wholeEnd }

  /// The first moment after the whole period, cut-off or not.
  public var wholeEnd: Date {
    DeskDate.calendar.date(byAdding: .month, value: months.count, to: start) ?? .distantFuture
  }

  public func contains(_ date: Date) -> Bool { date >= start && date < end }

  /// Whether this is the whole month, quarter or year, not a part of it.
  public var isWhole: Bool { cutOff == nil }

  /// The period of the same kind just before this one, whole.
  public var previous: Period {
    switch kind {
    case .month: return index == 1 ? Period(kind: .month, year: year - 1, index: 12) : Period(kind: .month, year: year, index: index - 1)
    case .quarter: return index == 1 ? Period(kind: .quarter, year: year - 1, index: 4) : Period(kind: .quarter, year: year, index: index - 1)
    case .year: return Period(kind: .year, year: year - 1, index: 1)
    }
  }

  /// "2027-Q1", "2026-12", "2027": how a quota is stored.
  public var key: String {
    switch kind {
    case .month: return "\(year)-\(index < 10 ? "0" : "")\(index)"
    case .quarter: return "\(year)-Q\(index)"
    case .year: return "\(year)"
    }
  }

  /// Reads a key back: "2027-Q1", "2026-12", "2027".
  public init?(key: String) {
    let parts = key.split(separator: "-").map(String.init)
    guard let year = parts.first.flatMap({ Int($0) }) else { return nil }
    if parts.count == 1 { self.init(kind: .year, year: year, index: 1); return }
    let rest = parts[1]
    if rest.hasPrefix("Q"), let q = Int(rest.dropFirst()), (1...4).contains(q) { self.init(kind: .quarter, year: year, index: q); return }
    guard let m = Int(rest), (1...12).contains(m) else { return nil }
    self.init(kind: .month, year: year, index: m)
  }

  /// "Q1 2027", "Dec 2026", "2027"; a part of one: "1–3 Dec 2026", "1 Oct–3 Dec 2026".
  public var label: String {
    if let cutOff, cutOff < wholeEnd {
      let last = cutOff.addingTimeInterval(-1)
      let first = DeskDate.day(start), through = DeskDate.day(last)
      guard first != through else { return through }
      // Both ends share the year, so it is said once: "1–3 Dec 2026", "1 Oct–3 Dec 2026".
      return kind == .month ? "1–\(through)" : "\(first.dropLast(" yyyy".count))–\(through)"
    }
    switch kind {
    case .month: return "\(DeskDate.monthName(index)) \(year)"
    case .quarter: return "Q\(index) \(year)"
    case .year: return "\(year)"
    }
  }
}

// Like with like: a period still running is compared to date with the same stretch of the
// one before, never with all of it (3 days of December against 30 of November).
extension Period {
  /// The period up to the end of the day `now` falls on, when `now` is inside it; else the
  /// whole period (one that has ended, or not yet begun).
  public func toDate(_ now: Date) -> Period {
    let whole = wholePeriod
    guard whole.contains(now) else { return whole }
    return whole.cut(at: DeskDate.endOfDay(now).addingTimeInterval(1))
  }

  /// The period before, cut at the same point of it: 1–3 Dec → 1–3 Nov; 1 Oct–3 Dec →
  /// 1 Jul–3 Sep. When the period before is shorter (30 days of March, February), all of it.
  public var previousToSamePoint: Period {
    let before = previous
    guard let cutOff else { return before }
    let elapsed = DeskDate.calendar.dateComponents([.month, .day], from: start, to: cutOff)
    guard let point = DeskDate.calendar.date(byAdding: elapsed, to: before.start) else { return before }
    return before.cut(at: point)
  }

  /// The whole month, quarter or year this is (a part of).
  public var wholePeriod: Period { Period(kind: kind, year: year, index: index) }

  /// The period ending at `moment`: whole when `moment` is at or past its natural end.
  func cut(at moment: Date) -> Period {
    var part = wholePeriod
    if moment < part.wholeEnd { part.cutOff = max(moment, part.start) }
    return part
  }
}
