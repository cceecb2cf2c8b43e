import Foundation

/// Day arithmetic in the caller's calendar. Every result is the start of a day, and a
/// day that does not exist is nil rather than the calendar's lenient guess (Foundation
/// turns 31 February into 3 March).
///
/// A class so that `today` is worked out once, when first asked for: a date is looked for
/// at many places in a line, most of which hold none, and the calendar's arithmetic costs
/// more than the rest of reading a line.
final class CalendarDay {
  let calendar: Calendar
  private let now: Date
  /// The start of the day `now` falls in.
  private(set) lazy var today: Date = calendar.startOfDay(for: now)

  init(now: Date, calendar: Calendar) {
    self.calendar = calendar
    self.now = now
  }

  /// The date of year-month-day, when that day exists.
  func date(year: Int, month: Int, day: Int) -> Date? {
    let components = DateComponents(year: year, month: month, day: day)
    guard let date = calendar.date(from: components) else { return nil }
    let back = calendar.dateComponents([.era, .year, .month, .day], from: date)
    guard back.year == year, back.month == month, back.day == day,
      back.era == calendar.dateComponents([.era], from: today).era
    else { return nil }
    return date
  }

  /// The first month-day on or after today, looking far enough ahead to reach a 29 February.
  func next(month: Int, day: Int) -> Date? {
    let year = calendar.component(.year, from: today)
    for candidate in year...(year + 8) {
      if let date = date(year: candidate, month: month, day: day), date >= today {
        return date
      }
    }
    return nil
  }

  /// The month-day nearest today, last year, this year or next: a day typed without a year
  /// is seldom more than half a year away. Past it is past, for the command to ask back,
  /// not silently a year later. A 29 February with none that near is the next one.
  func nearest(month: Int, day: Int) -> Date? {
    let year = calendar.component(.year, from: today)
    let candidates = [year - 1, year, year + 1].compactMap { date(year: $0, month: month, day: day) }
    let closest = candidates.min { abs($0.timeIntervalSince(today)) < abs($1.timeIntervalSince(today)) }
    return closest ?? next(month: month, day: day)
  }

  /// The next `weekday` (1 = Sunday) strictly after today.
  func next(weekday: Int) -> Date? {
    let current = calendar.component(.weekday, from: today)
    let ahead = (weekday - current + 7) % 7
    return adding(ahead == 0 ? 7 : ahead, .day)
  }

  /// `weekday` (1 = Sunday) in the week (Monday to Sunday) after this one.
  func inNextWeek(weekday: Int) -> Date? {
    guard let monday = next(weekday: 2) else { return nil }
    return calendar.date(byAdding: .day, value: (weekday - 2 + 7) % 7, to: monday)
  }

  /// `weekday` (1 = Sunday) today or the next one after.
  func onOrAfter(weekday: Int) -> Date? {
    let current = calendar.component(.weekday, from: today)
    return adding((weekday - current + 7) % 7, .day)
  }

  /// The last day of the current month.
  func endOfMonth() -> Date? {
    let parts = calendar.dateComponents([.year, .month], from: today)
    guard let year = parts.year, let month = parts.month,
      let days = calendar.range(of: .day, in: .month, for: today)
    else { return nil }
    return date(year: year, month: month, day: days.upperBound - 1)
  }

  func adding(_ value: Int, _ component: Calendar.Component) -> Date? {
    calendar.date(byAdding: component, value: value, to: today)
  }

  /// `day` at the given time, in this calendar's time zone.
  func at(_ time: TimeOfDay, on day: Date) -> Date? {
    // In UTC a day starts a whole multiple of 86,400 s from the reference date and has no
    // missing or doubled hours: the same instant by arithmetic, where the calendar's own
    // search cost as much as the rest of reading a follow-up line.
    if isUTC, (0..<24).contains(time.hour), (0..<60).contains(time.minute) {
      let start = (day.timeIntervalSinceReferenceDate / 86_400).rounded(.down) * 86_400
      return Date(timeIntervalSinceReferenceDate: start + Double(time.hour * 3_600 + time.minute * 60))
    }
    return calendar.date(bySettingHour: time.hour, minute: time.minute, second: 0, of: day)
  }

  /// A Gregorian calendar in UTC, the desk's (DeskDate.calendar).
  private lazy var isUTC: Bool =
    calendar.identifier == .gregorian && calendar.timeZone.secondsFromGMT() == 0
    && calendar.timeZone.nextDaylightSavingTimeTransition == nil
}
