import Foundation

/// A day, a time, or both: "tomorrow", "friday 3pm", "12 dec at 10:00", "in 2 weeks",
/// "2026-12-12", "15:30", "10:00 tomorrow", "tomorrow at 11", "at 11 on friday".
///
/// An hour alone ("at 11") is a time only next to a day, where no price is meant, or where
/// the caller says no price can be (`hourAlone`: a reminder, a snooze).
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
      let time = time(tokens, at: index + day.consumed, hourAlone: true)
      return (combine(day.value, time?.value, days), day.consumed + (time?.consumed ?? 0))
    }
    guard let time = time(tokens, at: index, hourAlone: true) else { return nil }
    var dayStart = index + time.consumed
    if tokens.word(at: dayStart) == "on" { dayStart += 1 }
    guard let day = day(tokens, at: dayStart, days: days) else {
      // "at 11" with no day: a price as likely as a time, unless the caller knows better.
      guard hourAlone || !time.isHourAlone else { return nil }
      return (combine(.success(days.today), time.value, days), time.consumed)
    }
    return (combine(day.value, time.value, days), dayStart - index + day.consumed)
  }

  private static func day(_ tokens: [Token], at index: Int, days: CalendarDay) -> (
    value: Result<Date, DateError>, consumed: Int
  )? {
    RelativeDayReader.read(tokens, at: index, days: days)
      ?? CalendarDateReader.read(tokens, at: index, days: days)
  }

  /// A time, with the "at" that often comes before it; with `hourAlone`, also "at 11"
  /// (never a bare "11": that is a quantity or a price far more often).
  private static func time(_ tokens: [Token], at index: Int, hourAlone: Bool) -> (
    value: Result<TimeOfDay, DateError>, consumed: Int, isHourAlone: Bool
  )? {
    let at = tokens.word(at: index) == "at" ? 1 : 0
    if let time = TimeOfDayReader.read(tokens, at: index + at) {
      return (time.value, at + time.consumed, false)
    }
    guard hourAlone, at == 1, let word = tokens.word(at: index + 1), let hour = CalendarWords.twoDigits(Substring(word))
    else { return nil }
    guard (0...23).contains(hour) else {
      return (.failure(DateError(message: "there is no \(hour):00")), 2, true)
    }
    return (.success(TimeOfDay(hour: hour, minute: 0)), 2, true)
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
