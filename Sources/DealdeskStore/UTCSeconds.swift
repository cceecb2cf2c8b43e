import Foundation

/// Dates as `2026-11-28T10:00:00Z`: UTC, whole seconds, always 20 characters. Done by
/// arithmetic rather than a DateFormatter so the text cannot depend on the machine's
/// time zone, locale or calendar, and so it is the same on every platform.
enum UTCSeconds {
  /// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years that fit four digits.
  static let range: ClosedRange<Double> = -62_167_219_200...253_402_300_799

  /// nil for a date outside four-digit years (or not a number). Fractions of a second
  /// are dropped toward the past, so a time never reads as later than it was.
  static func string(from date: Date) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(20)
    guard write(date, into: &bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The same text added to `out`, digit by digit: false, with nothing added, for a date
  /// outside four-digit years. (Joined from strings it was a fifth of writing an export.)
  static func write(_ date: Date, into out: inout [UInt8]) -> Bool {
    let interval = date.timeIntervalSince1970.rounded(.down)
    guard range.contains(interval) else { return false }
    let total = Int(interval)
    let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
    let secondOfDay = total - days * 86_400
    let (year, month, day) = civil(fromDays: days)
    func digits(_ value: Int, _ width: Int) {
      var divisor = 1
      for _ in 1..<width { divisor *= 10 }
      while divisor > 0 {
        out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
        divisor /= 10
      }
    }
    digits(year, 4)
    out.append(UInt8(ascii: "-"))
    digits(month, 2)
    out.append(UInt8(ascii: "-"))
    digits(day, 2)
    out.append(UInt8(ascii: "T"))
    digits(secondOfDay / 3600, 2)
    out.append(UInt8(ascii: ":"))
    digits(secondOfDay / 60 % 60, 2)
    out.append(UInt8(ascii: ":"))
    digits(secondOfDay % 60, 2)
    out.append(UInt8(ascii: "Z"))
    return true
  }

  /// Accepts exactly the form `string(from:)` writes, with a real calendar date.
  static func date(from text: String) -> Date? {
    let chars = Array(text.utf8)
    guard chars.count == 20, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
      chars[10] == UInt8(ascii: "T"), chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":"),
      chars[19] == UInt8(ascii: "Z"),
      let year = number(chars[0..<4]), let month = number(chars[5..<7]), let day = number(chars[8..<10]),
      let hour = number(chars[11..<13]), let minute = number(chars[14..<16]),
      let second = number(chars[17..<19]),
      (1...12).contains(month), (1...daysIn(month, of: year)).contains(day),
      hour < 24, minute < 60, second < 60
    else { return nil }
    let seconds = days(fromCivil: year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
    return Date(timeIntervalSince1970: Double(seconds))
  }

  private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for digit in digits {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
      value = value * 10 + Int(digit - UInt8(ascii: "0"))
    }
    return value
  }

  private static func daysIn(_ month: Int, of year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  // Howard Hinnant's days-from-civil and civil-from-days (proleptic Gregorian calendar),
  // exact for every date and free of any calendar object.
  private static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (month <= 2 ? yearOfEra + era * 400 + 1 : yearOfEra + era * 400, month, day)
  }
}
