import Foundation

/// Days named relative to today: "yesterday", "today", "tomorrow", "friday", "next week",
/// "wed next week", "next week wed",
/// "in 3 days", "in 2 weeks", "in a week", "end of month", "end of the week" (its Friday).
enum RelativeDayReader {
  static func read(_ tokens: [Token], at index: Int, days: CalendarDay) -> (
    value: Result<Date, DateError>, consumed: Int
  )? {
    guard let word = tokens.word(at: index) else { return nil }
    switch word {
    // Read even though most commands refuse a past day: the desk then says it is past
    // ("follow up Acme yesterday") instead of not knowing the word.
    case "yesterday": return found(days.adding(-1, .day), 1)
    case "today": return found(days.today, 1)
    case "tomorrow": return found(days.adding(1, .day), 1)
    case "in": return inSome(tokens, at: index, days: days)
    case "end": return endOfMonth(tokens, at: index, days: days)
    case "next" where tokens.word(at: index + 1) == "week":
      // "next week wed", "next week on wed": that day of next week.
      var dayIndex = index + 2
      if tokens.word(at: dayIndex) == "on" { dayIndex += 1 }
      if let weekday = tokens.word(at: dayIndex).flatMap(CalendarWords.weekday) {
        return found(days.inNextWeek(weekday: weekday), dayIndex - index + 1)
      }
      return found(days.next(weekday: 2), 2)
    case "last":
      // "last friday": the one before today.
      guard let weekday = tokens.word(at: index + 1).flatMap(CalendarWords.weekday) else { return nil }
      return found(days.next(weekday: weekday).flatMap { days.calendar.date(byAdding: .day, value: -7, to: $0) }, 2)
    case "next", "this":
      guard let weekday = tokens.word(at: index + 1).flatMap(CalendarWords.weekday) else {
        return nil
      }
      return found(days.next(weekday: weekday), 2)
    default:
      guard let weekday = CalendarWords.weekday(word) else { return nil }
      // "wed next week" is the Wednesday of next week, not the coming one with words left over.
      if tokens.word(at: index + 1) == "next", tokens.word(at: index + 2) == "week" {
        return found(days.inNextWeek(weekday: weekday), 3)
      }
      return found(days.next(weekday: weekday), 1)
    }
  }

  /// "in 3 days", "in two weeks", "in a week", "in 2 months".
  private static func inSome(_ tokens: [Token], at index: Int, days: CalendarDay) -> (
    value: Result<Date, DateError>, consumed: Int
  )? {
    let count: Decimal
    let countTokens: Int
    if let article = tokens.word(at: index + 1), article == "a" || article == "an" {
      (count, countTokens) = (1, 1)
    } else if let numeral = NumeralReader.read(tokens, at: index + 1), numeral.suffix.isEmpty {
      (count, countTokens) = (numeral.value, numeral.consumed)
    } else {
      return nil
    }
    let unitIndex = index + 1 + countTokens
    guard let unitWord = tokens.word(at: unitIndex), let unit = units[unitWord],
      let whole = count.wholeNumber(in: 0...Int.max)
    else { return nil }
    let consumed = unitIndex - index + 1
    guard whole <= unit.limit else {
      return (.failure(DateError(message: "that is more than ten years ahead")), consumed)
    }
    return found(days.adding(whole, unit.component), consumed)
  }

  /// "end of month", "end of the month", "end of this month", "end of the week".
  private static func endOfMonth(_ tokens: [Token], at index: Int, days: CalendarDay) -> (
    value: Result<Date, DateError>, consumed: Int
  )? {
    guard tokens.word(at: index + 1) == "of" else { return nil }
    var monthIndex = index + 2
    if let article = tokens.word(at: monthIndex), article == "the" || article == "this" {
      monthIndex += 1
    }
    switch tokens.word(at: monthIndex) {
    case "month": return found(days.endOfMonth(), monthIndex - index + 1)
    // The working week ends on Friday: today, when today is Friday.
    case "week": return found(days.onOrAfter(weekday: 6), monthIndex - index + 1)
    default: return nil
    }
  }

  private static func found(_ date: Date?, _ consumed: Int) -> (
    value: Result<Date, DateError>, consumed: Int
  ) {
    guard let date else {
      return (.failure(DateError(message: "that date is outside the calendar")), consumed)
    }
    return (.success(date), consumed)
  }

  /// Counts beyond ten years are typing slips, and would overflow date arithmetic if huge.
  private static let units: [String: (component: Calendar.Component, limit: Int)] = [
    "day": (.day, 3660), "days": (.day, 3660), "week": (.weekOfYear, 522),
    "weeks": (.weekOfYear, 522), "month": (.month, 120), "months": (.month, 120),
  ]
}
