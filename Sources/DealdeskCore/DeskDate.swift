import Foundation

/// How the desk writes dates. Desk times are wall-clock times kept in a UTC calendar, so a
/// script pinned with `@now` reads the same anywhere.
public enum DeskDate {
  public static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    calendar.locale = Locale(identifier: "en_US_POSIX")
    return calendar
  }()

  /// The last second of the day `date` falls on.
  public static func endOfDay(_ date: Date) -> Date {
    // UTC has no daylight saving and the reference date is a midnight, so a day starts at
    // a whole multiple of 86,400 s from it: the calendar's own reckoning took 20 µs, asked
    // at every command that leaves a follow-up reminder.
    let day = (date.timeIntervalSinceReferenceDate / 86_400).rounded(.down)
    return Date(timeIntervalSinceReferenceDate: day * 86_400 + 86_399)
  }

  /// The calendar day `date` falls on, counted from the reference date: two times on one
  /// day give the same number.
  public static func dayNumber(_ date: Date) -> Int {
    Int((date.timeIntervalSinceReferenceDate / 86_400).rounded(.down))
  }

  /// Calendar days from the due day to `now`'s day (DOMAIN.md: lateness is counted in
  /// calendar days): 0 on the due day itself, negative before it, 0 with no due date.
  public static func daysLate(_ due: Date?, at now: Date) -> Int {
    guard let due else { return 0 }
    return dayNumber(now) - dayNumber(due)
  }

  /// "Jan" … "Dec"
  public static func monthName(_ month: Int) -> String { months[max(0, min(11, month - 1))] }

  private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// "12 Dec 2026"
  public static func day(_ date: Date) -> String {
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    let month = months[max(0, min(11, (c.month ?? 1) - 1))]
    return "\(c.day ?? 1) \(month) \(c.year ?? 1970)"
  }

  /// "12 Dec 2026 10:00"
  public static func minute(_ date: Date) -> String {
    "\(day(date)) \(time(date))"
  }

  /// "10:00"
  public static func time(_ date: Date) -> String {
    let c = calendar.dateComponents([.hour, .minute], from: date)
    return "\(two(c.hour ?? 0)):\(two(c.minute ?? 0))"
  }

  private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
