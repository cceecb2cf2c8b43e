/// A time of day on a 24-hour clock.
struct TimeOfDay: Equatable {
  var hour: Int
  var minute: Int
}

/// A time of day: "10:00", "15:30", "3pm", "3 pm", "3:30 p.m.", "noon", "11h", "11h30".
///
/// An hour alone ("at 10") is not read as a time: "at 11" is as likely a price.
enum TimeOfDayReader {
  static func read(_ tokens: [Token], at index: Int) -> (
    value: Result<TimeOfDay, DateError>, consumed: Int
  )? {
    guard let word = tokens.word(at: index) else { return nil }
    if word == "noon" || word == "midday" { return (.success(TimeOfDay(hour: 12, minute: 0)), 1) }
    if let hours = hoursWithH(word) { return hours }

    var clock = Substring(word)
    var meridiem: String?
    var consumed = 1
    if let glued = meridiems.first(where: { word.hasSuffix($0) && word.count > $0.count }) {
      clock = clock.dropLast(glued.count)
      meridiem = glued
    } else if let next = tokens.word(at: index + 1), meridiems.contains(next) {
      meridiem = next
      consumed = 2
    }

    let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard let hour = CalendarWords.twoDigits(parts[0]) else { return nil }
    var minute = 0
    switch parts.count {
    case 1 where meridiem != nil: break
    case 2:
      guard parts[1].count == 2, let minutes = CalendarWords.twoDigits(parts[1]) else {
        return nil
      }
      minute = minutes
    default: return nil
    }

    let typed = tokens[index..<(index + consumed)].map(\.text).joined(separator: " ")
    let failure = DateError(message: "there is no \(typed)")
    guard (0...59).contains(minute) else { return (.failure(failure), consumed) }
    guard let meridiem else {
      guard (0...23).contains(hour) else { return (.failure(failure), consumed) }
      return (.success(TimeOfDay(hour: hour, minute: minute)), consumed)
    }
    guard (1...12).contains(hour) else { return (.failure(failure), consumed) }
    let afternoon = meridiem.hasPrefix("p")
    let hour24 = (hour % 12) + (afternoon ? 12 : 0)
    return (.success(TimeOfDay(hour: hour24, minute: minute)), consumed)
  }

  private static let meridiems = ["am", "pm", "a.m", "p.m"]

  /// "11h", "9h30": how much of Europe writes a time; nothing else is written so.
  private static func hoursWithH(_ word: String) -> (value: Result<TimeOfDay, DateError>, consumed: Int)? {
    let parts = word.split(separator: "h", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2, let hour = CalendarWords.twoDigits(parts[0]) else { return nil }
    var minute = 0
    if !parts[1].isEmpty {
      guard parts[1].count == 2, let minutes = CalendarWords.twoDigits(parts[1]) else { return nil }
      minute = minutes
    }
    guard (0...23).contains(hour), (0...59).contains(minute) else {
      return (.failure(DateError(message: "there is no \(word)")), 1)
    }
    return (.success(TimeOfDay(hour: hour, minute: minute)), 1)
  }
}
