import DealdeskCore
import Foundation

/// Periods as managers name them: this month, last quarter, Q1, Q1 2027, december, 2026.
enum PeriodReader {
  private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  /// A quarter or month named with its year is that year's. Without one, `purpose` decides
  /// which (Period.unnamedYear): a quota looks ahead, a report looks back.
  static func read(_ c: inout Cursor, for purpose: PeriodPurpose) -> Period? {
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
      return named(.quarter, index: q, year: year(&c), for: purpose, now: now)
    }
    if let month = months.firstIndex(where: { word.hasPrefix($0) && word.count >= 3 }) {
      c.index += 1
      return named(.month, index: month + 1, year: year(&c), for: purpose, now: now)
    }
    if let y = Int(word), (2000...2100).contains(y) {
      c.index += 1
      return Period(kind: .year, year: y, index: 1)
    }
    return nil
  }

  private static func named(_ kind: Period.Kind, index: Int, year: Int?, for purpose: PeriodPurpose, now: Date) -> Period {
    guard let year else { return Period.unnamedYear(kind, index: index, for: purpose, now: now) }
    return Period(kind: kind, year: year, index: index)
  }

  private static func year(_ c: inout Cursor) -> Int? {
    guard let word = c.word(), let y = Int(word), (2000...2100).contains(y) else { return nil }
    c.index += 1
    return y
  }
}
