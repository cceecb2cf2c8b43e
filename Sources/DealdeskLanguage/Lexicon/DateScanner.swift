import Foundation

/// A day, a time, or both: "tomorrow", "friday 3pm", "12 dec at 10:00", "in 2 weeks",
/// "2026-12-12", "15:30", "10:00 tomorrow", "tomorrow at 11", "at 11 on friday".
///
/// An hour alone ("at 11", "at 11.30", "tomorrow 11") is a time only where the caller says
/// no price can be meant (`hourAlone`: a reminder, a snooze); elsewhere it is left unread,
/// for the grammar to read as a price or refuse.
public enum DateScanner {
  /// The moment at `index`, relative to `now` in `calendar`, and how many tokens it took.
  ///
  /// Nil when the tokens there are not a date. A date that reads as one but does not exist
  /// ("31 feb", "25:00") is a `.failure`, not a guess, so the desk can say so. A date
  /// without a time is at 00:00; a time without a date is today.
  public static func scan(
    _ tokens: [Token], at index: Int, now: Date, calendar: Calendar, hourAlone: Bool = false
  ) -> (value: Result<DateMatch, DateError>, consumed: Int)? {
    guard tokens.canScan(at: index) else { return nil }
    let days = CalendarDay(now: now, calendar: calendar)

    if let day = day(tokens, at: index, days: days) {
      let time = time(tokens, at: index + day.consumed, hourAlone: hourAlone, afterDay: true)
      return (combine(day.value, time?.value, days), day.consumed + (time?.consumed ?? 0))
    }
    guard let time = time(tokens, at: index, hourAlone: hourAlone, afterDay: false) else { return nil }
    var dayStart = index + time.consumed
    if tokens.word(at: dayStart) == "on" { dayStart += 1 }
    guard let day = day(tokens, at: dayStart, days: days) else {
      return (combine(.success(days.today), time.value, days), time.consumed)
    }
    return (combine(day.value, time.value, days), dayStart - index + day.consumed)
  }

  private static func day(_ tokens: [Token], at index: Int, days: CalendarDay) -> (
    value: Result<Date, DateError>, consumed: Int
  )? {
    guard let relative = RelativeDayReader.read(tokens, at: index, days: days) else {
      return CalendarDateReader.read(tokens, at: index, days: days)
    }
    return confirmed(relative, tokens, at: index, days: days)
  }

  /// "thu 3/12", "friday, 4 dec": a day named twice is read once when both name it, and
  /// refused when they do not ("thu 20/1"), never read as the first with the second left over.
  private static func confirmed(
    _ relative: (value: Result<Date, DateError>, consumed: Int), _ tokens: [Token], at index: Int, days: CalendarDay
  ) -> (value: Result<Date, DateError>, consumed: Int) {
    var next = index + relative.consumed
    if tokens.isPunctuation(",", at: next) { next += 1 }
    if tokens.word(at: next) == "the" { next += 1 }
    guard case .success(let first) = relative.value,
      let calendarDay = CalendarDateReader.read(tokens, at: next, days: days),
      case .success(let second) = calendarDay.value
    else { return relative }
    let consumed = next - index + calendarDay.consumed
    guard first == second else {
      let typed = tokens[index..<(index + relative.consumed)].map(\.text).joined(separator: " ")
      let written = tokens[next..<(next + calendarDay.consumed)].map(\.text).joined(separator: " ")
      return (.failure(DateError(message: "\(typed) and \(written) are different days")), consumed)
    }
    return (.success(first), consumed)
  }

  /// A time, with the "at" that often comes before it. With `hourAlone`, also an hour
  /// written as a price would be: "at 11", "at 11.30", and right after a day a bare "11"
  /// that no unit, currency or percent follows ("tomorrow 11", not "tomorrow 11 rolls").
  private static func time(_ tokens: [Token], at index: Int, hourAlone: Bool, afterDay: Bool) -> (
    value: Result<TimeOfDay, DateError>, consumed: Int
  )? {
    let at = tokens.word(at: index) == "at" ? 1 : 0
    if let time = TimeOfDayReader.read(tokens, at: index + at) {
      return (time.value, at + time.consumed)
    }
    guard hourAlone, at == 1 || afterDay, let word = tokens.word(at: index + at) else { return nil }
    if at == 0 {
      // A bare number after a day is an hour only when nothing makes it an amount.
      guard QuantityScanner.scan(tokens, at: index) == nil, PercentScanner.scan(tokens, at: index) == nil,
        MoneyScanner.scan(tokens, at: index, requireMarker: true) == nil
      else { return nil }
    }
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let hour = CalendarWords.twoDigits(parts[0]) else { return nil }
    var minute = 0
    if parts.count == 2 {
      guard parts[1].count == 2, let minutes = CalendarWords.twoDigits(parts[1]) else { return nil }
      minute = minutes
    }
    guard (0...23).contains(hour), (0...59).contains(minute) else {
      return (.failure(DateError(message: "there is no \(word)")), at + 1)
    }
    return (.success(TimeOfDay(hour: hour, minute: minute)), at + 1)
  }

  private static func combine(
    _ day: Result<Date, DateError>, _ time: Result<TimeOfDay, DateError>?, _ days: CalendarDay
  ) -> Result<DateMatch, DateError> {
    let date: Date
    switch day {
    case .failure(let error): return .failure(error)
    case .success(let start): date = start
    }
    switch time {
    case nil: return .success(DateMatch(date: date, hasTime: false))
    case .failure(let error): return .failure(error)
    case .success(let time):
      guard let moment = days.at(time, on: date) else {
        return .failure(DateError(message: "there is no such time on that day"))
      }
      return .success(DateMatch(date: moment, hasTime: true))
    }
  }
}
