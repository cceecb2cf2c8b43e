import DealdeskCore
import Foundation

/// Periods as managers name them: this month, last quarter, Q1, Q1 2027, december, 2026.
enum PeriodReader {
  private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  /// `upcoming`: a quarter or month named without a year that has already ended means next
  /// year's (a quota is set for what is ahead; a report asks about what was).
  static func read(_ c: inout Cursor, upcoming: Bool = false) -> Period? {
    let now = c.context.now
    _ = c.takeAny(["for", "in", "during", "over"])
    if let which = c.takeAny(["this month", "last month", "this quarter", "last quarter", "this year", "last year", "month", "quarter", "year"]) {
      let words = which.split(separator: " ")
      let unit = String(words.last ?? "month")
      var period = unit == "month" ? Period.month(of: now) : unit == "quarter" ? Period.quarter(of: now) : Period.year(of: now)
      if words.first == "last" { period = period.previous }
      return period
    }
    guard let word = c.word() else { return nil }
    if word.count == 2, word.first == "q", let q = Int(word.dropFirst()), (1...4).contains(q) {
      c.index += 1
      return ahead(Period(kind: .quarter, year: year(&c) ?? Period.year(of: now).year, index: q), named: upcoming, now: now)
    }
    if let month = months.firstIndex(where: { word.hasPrefix($0) && word.count >= 3 }) {
      c.index += 1
      return ahead(Period(kind: .month, year: year(&c) ?? Period.year(of: now).year, index: month + 1), named: upcoming, now: now)
    }
    if let y = Int(word), (2000...2100).contains(y) {
      c.index += 1
      return Period(kind: .year, year: y, index: 1)
    }
    return nil
  }

  private static func ahead(_ period: Period, named upcoming: Bool, now: Date) -> Period {
    guard upcoming, period.end <= now else { return period }
    return Period(kind: period.kind, year: period.year + 1, index: period.index)
  }

  private static func year(_ c: inout Cursor) -> Int? {
    guard let word = c.word(), let y = Int(word), (2000...2100).contains(y) else { return nil }
    c.index += 1
    return y
  }
}
