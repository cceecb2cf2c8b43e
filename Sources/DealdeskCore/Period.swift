import Foundation

/// A stretch of desk time reports are asked about: a month, a quarter or a year.
public struct Period: Sendable, Equatable, Hashable {
  public enum Kind: String, Sendable { case month, quarter, year }

  public var kind: Kind
  public var year: Int
  /// 1…12 for a month, 1…4 for a quarter, 1 for a year.
  public var index: Int

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

  /// The first moment after the period.
  public var end: Date {
    DeskDate.calendar.date(byAdding: .month, value: months.count, to: start) ?? .distantFuture
  }

  public func contains(_ date: Date) -> Bool { date >= start && date < end }

  /// The period of the same kind just before this one.
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

  /// "Q1 2027", "Dec 2026", "2027"
  public var label: String {
    switch kind {
    case .month: return "\(DeskDate.monthName(index)) \(year)"
    case .quarter: return "Q\(index) \(year)"
    case .year: return "\(year)"
    }
  }
}
