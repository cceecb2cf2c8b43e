import Foundation
import Testing

@testable import DealdeskLanguage

/// A day at a time of day is worked out by arithmetic in the desk's UTC calendar: held to
/// the calendar's own answer over seeded days and times, and in a calendar with daylight
/// saving the calendar still answers.
@Suite struct CalendarDayTests {
  @Test(arguments: [utcCalendar, berlin])
  func aDayAtATimeIsWhatTheCalendarSays(calendar: Calendar) {
    var failed: [UInt64] = []
    for seed in UInt64(0)..<3_000 {
      // SplitMix64's mixer: a seed names one day and one time.
      var z = (seed &+ 1) &* 0x9E37_79B9_7F4A_7C15
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      let days = CalendarDay(now: fixedNow, calendar: calendar)
      let day = calendar.startOfDay(for: Date(timeIntervalSince1970: Double(z % 8_000_000_000) - 3_000_000_000))
      let time = TimeOfDay(hour: Int(z >> 40) % 24, minute: Int(z >> 50) % 60)
      if days.at(time, on: day) != calendar.date(bySettingHour: time.hour, minute: time.minute, second: 0, of: day) {
        failed.append(seed)
      }
    }
    #expect(failed.isEmpty, "seeds \(failed.prefix(10))")
  }

  static let berlin: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Berlin") ?? calendar.timeZone
    return calendar
  }()
}
