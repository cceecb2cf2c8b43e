import Foundation

/// Days named by the calendar: "12 dec", "dec 12", "12th of december", "december 12th, 2026",
/// "2026-12-12". Slashed dates ("12/12") are not read: day-first and month-first readers
/// would disagree about them.
enum CalendarDateReader {
  static func read(_ tokens: [Token], at index: Int, days: CalendarDay) -> (
    value: Result<Date, DateError>, consumed: Int
  )? {
    guard let word = tokens.word(at: index) else { return nil }
    if let iso = isoDate(word, days: days) { return (iso, 1) }

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

  /// The day in the written year, or else the next one on or after today.
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
    guard let date = days.next(month: month, day: day) else {
      return (.failure(noSuchDay(day, month, nil)), consumed)
    }
    return (.success(date), consumed)
  }

  /// A year after a day and month, optionally after a comma: "12 dec 2026", "dec 12, 2026".
  /// Only plausible years count, so "12 dec 1500 m" does not read 1500 as a year.
  private static func year(_ tokens: [Token], at index: Int) -> (year: Int, consumed: Int)? {
    let comma = tokens.isPunctuation(",", at: index) ? 1 : 0
    guard let word = tokens.word(at: index + comma), word.count == 4,
      word.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(word),
      (1900...2199).contains(year)
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
