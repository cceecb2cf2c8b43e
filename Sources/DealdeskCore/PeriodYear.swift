import Foundation

/// What a month or quarter named without its year is asked for: that decides the year.
public enum PeriodPurpose: Sendable {
  /// A target (a quota, set or asked): this year's unless it has ended, else next year's.
  case target
  /// A report on what was sold: this year's once it has started, else last year's.
  case report
}

extension Period {
  /// A month or quarter named without a year (`Q1`, `Dec`), in the year `purpose` means at
  /// `now`: typed in November 2026, a quota for Q1 is Q1 2027 and a report on Dec is Dec 2025.
  public static func unnamedYear(_ kind: Kind, index: Int, for purpose: PeriodPurpose, now: Date) -> Period {
    let this = Period(kind: kind, year: Period.year(of: now).year, index: index)
    switch purpose {
    case .target: return this.end <= now ? Period(kind: kind, year: this.year + 1, index: index) : this
    case .report: return this.start > now ? Period(kind: kind, year: this.year - 1, index: index) : this
    }
  }
}
