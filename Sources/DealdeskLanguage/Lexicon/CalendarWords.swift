/// Month and weekday names, and day numbers as written in dates ("12", "12th", "1st").
enum CalendarWords {
  /// 1…12 for a folded month name or its usual abbreviation.
  static func month(_ word: String) -> Int? {
    months[word]
  }

  /// The month's name as shown in messages.
  static func monthName(_ month: Int) -> String {
    guard (1...12).contains(month) else { return "month \(month)" }
    return monthNames[month - 1]
  }

  /// The `Calendar` weekday (1 = Sunday … 7 = Saturday) a folded word names.
  static func weekday(_ word: String) -> Int? {
    weekdays[word]
  }

  /// The day of a date as written: one or two digits, optionally "st", "nd", "rd", "th".
  static func dayNumber(_ word: String) -> Int? {
    var digits = Substring(word)
    for ordinal in ["st", "nd", "rd", "th"] where digits.hasSuffix(ordinal) {
      digits = digits.dropLast(2)
      break
    }
    return twoDigits(digits)
  }

  /// A number of one or two ASCII digits, as in hours, days and months.
  static func twoDigits(_ text: Substring) -> Int? {
    guard (1...2).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return nil
    }
    return Int(text)
  }

  private static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  private static let months: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
  ]

  private static let weekdays: [String: Int] = [
    "sunday": 1, "sun": 1, "monday": 2, "mon": 2, "tuesday": 3, "tue": 3, "tues": 3,
    "wednesday": 4, "wed": 4, "thursday": 5, "thu": 5, "thur": 5, "thurs": 5, "friday": 6,
    "fri": 6, "saturday": 7, "sat": 7,
  ]
}
