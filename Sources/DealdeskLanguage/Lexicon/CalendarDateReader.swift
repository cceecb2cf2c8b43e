import DealdeskCore
import Foundation

/// Days named by the calendar: "12 dec", "dec 12", "12th of december", "december 12th, 2026",
/// "2026-12-12", and slashed "20/1", "7/2/2027", which are day/month as written where the
/// desk is used ("4/13" is refused as month 13, never read month-first).
///
/// A day and month without a year is the nearest such day, back or ahead: "oct 3" typed in
/// November is the past 3 October (a command that needs a future day asks back), "jan 20"
/// typed in December is next January.
enum CalendarDateReader {
  static func read(_ tokens: [Token], at index: Int, days: CalendarDay) -> (
    value: Result<Date, DateError>, consumed: Int
  )? {
    guard let word = tokens.word(at: index) else { return nil }
    if let iso = isoDate(word, days: days) { return (iso, 1) }
    if let slashed = slashedDate(word, days: days) { return (slashed, 1) }

    if let day = CalendarWords.dayNumber(word) {
      var monthIndex = index + 1
      if tokens.word(at: monthIndex) == "of" { monthIndex += 1 }
      guard let month = tokens.word(at: monthIndex).flatMap(CalendarWords.month) else {
        return nil
      }
      return dated(day: day, month: month, tokens, yearAt: monthIndex + 1, from: index, days)
    }
    if let month = CalendarWords.month(word),
      let day = tokens.word(at: index + 1).flatMap(CalendarWords.dayNumber)
    {
      return dated(day: day, month: month, tokens, yearAt: index + 2, from: index, days)
    }
    return nil
  }

  /// The day in the written year, or else the nearest one.
  private static func dated(
    day: Int, month: Int, _ tokens: [Token], yearAt yearIndex: Int, from index: Int,
    _ days: CalendarDay
  ) -> (value: Result<Date, DateError>, consumed: Int) {
    if let (year, yearTokens) = year(tokens, at: yearIndex) {
      let consumed = yearIndex - index + yearTokens
      guard let date = days.date(year: year, month: month, day: day) else {
        return (.failure(noSuchDay(day, month, year)), consumed)
      }
      return (.success(date), consumed)
    }
    let consumed = yearIndex - index
    guard let date = days.nearest(month: month, day: day) else {
      return (.failure(noSuchDay(day, month, nil)), consumed)
    }
    return (.success(date), consumed)
  }

  /// "20/1", "7/2", "20/1/2027", "20/01/27": day/month[/year]. Nil for what is not shaped
  /// like a date ("55/45" in a fabric's name, "2/100"); an error for "4/13" (a month-first
  /// date, or a slip) and for a day that does not exist ("31/2").
  private static func slashedDate(_ word: String, days: CalendarDay) -> Result<Date, DateError>? {
    guard word.contains("/") else { return nil }
    let parts = word.split(separator: "/", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), let day = CalendarWords.twoDigits(parts[0]),
      let month = CalendarWords.twoDigits(parts[1]), (1...31).contains(day), (1...31).contains(month)
    else { return nil }
    var year: Int?
    if parts.count == 3 {
      guard parts[2].allSatisfy({ $0.isASCII && $0.isNumber }), let written = Int(parts[2]) else { return nil }
      switch parts[2].count {
      case 2: year = 2000 + written
      case 4: year = written
      default: return nil
      }
    }
    guard month <= 12 else {
      return .failure(DateError(message: "there is no month \(month): dates are day/month, e.g. \(month)/\(day)"))
    }
    let date = year.map { days.date(year: $0, month: month, day: day) } ?? days.nearest(month: month, day: day)
    guard let date else { return .failure(noSuchDay(day, month, year)) }
    return .success(date)
  }

  /// A year after a day and month, optionally after a comma: "12 dec 2026", "dec 12, 2026".
  /// Only plausible years count, so "12 dec 1500 m" does not read 1500 as a year.
  private static func year(_ tokens: [Token], at index: Int) -> (year: Int, consumed: Int)? {
    let comma = tokens.isPunctuation(",", at: index) ? 1 : 0
    guard let word = tokens.word(at: index + comma), word.count == 4,
      word.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(word),
      Limits.years.contains(year)
    else { return nil }
    return (year, comma + 1)
  }

  /// "2026-12-12"; a form that looks like one but names no day is an error.
  private static func isoDate(_ word: String, days: CalendarDay) -> Result<Date, DateError>? {
    let parts = word.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4,
      parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(parts[0]),
      let month = CalendarWords.twoDigits(parts[1]), let day = CalendarWords.twoDigits(parts[2])
    else { return nil }
    guard (1...12).contains(month) else {
      return .failure(DateError(message: "there is no month \(month)"))
    }
    // The years a desk keeps (a file holding another is refused as damage).
    guard Limits.years.contains(year) else {
      return .failure(DateError(message: "\(year) is outside the years the desk keeps (\(Limits.years.lowerBound) to \(Limits.years.upperBound))"))
    }
    guard let date = days.date(year: year, month: month, day: day) else {
      return .failure(noSuchDay(day, month, year))
    }
    return .success(date)
  }

  private static func noSuchDay(_ day: Int, _ month: Int, _ year: Int?) -> DateError {
    let name = CalendarWords.monthName(month)
    return DateError(message: "there is no \(day) \(name)" + (year.map { " \($0)" } ?? ""))
  }
}
