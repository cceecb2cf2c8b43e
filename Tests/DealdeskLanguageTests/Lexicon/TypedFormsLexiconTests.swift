import Foundation
import Testing

@testable import DealdeskLanguage

// Forms managers type that the scanners read (issue 16): slashed day/month dates, the
// nearest year, an hour alone next to a day, glued "pct", currency names, 2/10 net 30.
// Now is Saturday 28 November 2026, 10:00 UTC, as in DateScannerTests.

private func scanTypedDate(_ input: String, hourAlone: Bool = false) -> (value: Result<DateMatch, DateError>, consumed: Int)? {
  DateScanner.scan(lex(input), at: 0, now: fixedNow, calendar: utcCalendar, hourAlone: hourAlone)
}

@Test(
  arguments: [
    // Day/month, as written where the desk is used; the nearest such day.
    ("20/1", "2027-01-20 00:00", false, 1), ("7/2", "2027-02-07 00:00", false, 1),
    ("12/12", "2026-12-12 00:00", false, 1), ("4/1", "2027-01-04 00:00", false, 1),
    ("20/01", "2027-01-20 00:00", false, 1), ("20/1/2027", "2027-01-20 00:00", false, 1),
    ("3/10/26", "2026-10-03 00:00", false, 1), ("29/2/2028", "2028-02-29 00:00", false, 1),
    // The nearest day: a day a month back is past, not next year; January is next year.
    ("oct 3", "2026-10-03 00:00", false, 2), ("3 oct", "2026-10-03 00:00", false, 2),
    ("jan 20", "2027-01-20 00:00", false, 2), ("20 jan", "2027-01-20 00:00", false, 2),
    ("1/11", "2026-11-01 00:00", false, 1), ("15 may", "2027-05-15 00:00", false, 2),
    ("1 june", "2026-06-01 00:00", false, 2),
    ("4/1 at 9:15", "2027-01-04 09:15", true, 3), ("friday at 16:45", "2026-12-04 16:45", true, 3),
    ("20/1 at 9am", "2027-01-20 09:00", true, 3), ("tomorrow 11h", "2026-11-29 11:00", true, 2),
    ("tomorrow at 9h30", "2026-11-29 09:30", true, 3),
    // The working week ends on Friday.
    ("end of week", "2026-12-04 00:00", false, 3), ("end of the week", "2026-12-04 00:00", false, 4),
    ("end of this week", "2026-12-04 00:00", false, 4), ("in 3 weeks", "2026-12-19 00:00", false, 3),
  ] as [(String, String, Bool, Int)])
func typedDatesRead(input: String, expected: String, hasTime: Bool, consumed: Int) throws {
  let scanned = try #require(scanTypedDate(input))
  let match = try scanned.value.get()
  #expect(match == DateMatch(date: try #require(utc(expected)), hasTime: hasTime))
  #expect(scanned.consumed == consumed)
}

/// Where the caller says no price can be meant (a reminder, a snooze), an hour alone is a
/// time: "at 11", "at 11.30", and a bare "11" right after a day.
@Test(
  arguments: [
    ("tomorrow at 11", "2026-11-29 11:00", 3), ("at 11 on friday", "2026-12-04 11:00", 4),
    ("at 9 tomorrow", "2026-11-29 09:00", 3), ("thu at 14", "2026-12-03 14:00", 3),
    ("next wed at 10", "2026-12-02 10:00", 4), ("jan 20 at 8", "2027-01-20 08:00", 4),
    ("tomorrow at 11.30", "2026-11-29 11:30", 3), ("tomorrow 11", "2026-11-29 11:00", 2),
    ("friday 9.15", "2026-12-04 09:15", 2), ("at 11", "2026-11-28 11:00", 2), ("at 16.45", "2026-11-28 16:45", 2),
  ] as [(String, String, Int)])
func hoursAloneWhereNoPriceIsMeant(input: String, expected: String, consumed: Int) throws {
  let scanned = try #require(scanTypedDate(input, hourAlone: true))
  #expect(try scanned.value.get() == DateMatch(date: try #require(utc(expected)), hasTime: true))
  #expect(scanned.consumed == consumed)
}

/// Elsewhere (an offer's validity) "at 11" may be a price: the day is read, the hour left.
@Test(arguments: [("tomorrow at 11", 1), ("friday at 11.50", 1), ("tomorrow 11", 1), ("tomorrow 11 rolls", 1)] as [(String, Int)])
func hoursAloneAreLeftWhereAPriceMayBeMeant(input: String, consumed: Int) throws {
  let scanned = try #require(scanTypedDate(input))
  #expect(try scanned.value.get().hasTime == false)
  #expect(scanned.consumed == consumed)
  #expect(scanTypedDate("tomorrow 11 rolls", hourAlone: true)?.consumed == 1)
  #expect(scanTypedDate("at 11") == nil)
}

@Test(
  arguments: [
    ("4/13", "there is no month 13: dates are day/month, e.g. 13/4", 1),
    ("12/25", "there is no month 25: dates are day/month, e.g. 25/12", 1),
    ("31/2", "there is no 31 February", 1), ("31/4/2027", "there is no 31 April 2027", 1),
    ("tomorrow at 25", "there is no 25", 3), ("20/1 at 24", "there is no 24", 3), ("tomorrow 25h", "there is no 25h", 2),
    ("tomorrow at 9.75", "there is no 9.75", 3),
  ] as [(String, String, Int)])
func typedDatesThatNameNoDayAreErrors(input: String, message: String, consumed: Int) throws {
  let scanned = try #require(scanTypedDate(input, hourAlone: true))
  #expect(scanned.value == .failure(DateError(message: message)))
  #expect(scanned.consumed == consumed)
}

@Test(arguments: ["55/45", "65/35", "2/100", "1/2/345", "at 11", "at 11.50", "/12", "12/", "0/0/0", "11", "11.30"])
func slashesAndHoursThatAreNoDates(input: String) {
  #expect(scanTypedDate(input) == nil)
}

/// "at 11" alone is a time only where the caller says no price can be meant (a reminder).
@Test func anHourAloneIsATimeWhenTheCallerSaysSo() throws {
  let scanned = try #require(scanTypedDate("at 11", hourAlone: true))
  #expect(try scanned.value.get() == DateMatch(date: try #require(utc("2026-11-28 11:00")), hasTime: true))
  #expect(scanned.consumed == 2)
  #expect(scanTypedDate("11", hourAlone: true) == nil)
  #expect(scanTypedDate("11.30", hourAlone: true) == nil)
}

@Test(
  arguments: [
    ("7pct", "7", 1), ("9percent", "9", 1), ("9 percent", "9", 2), ("7 pct off", "7", 3), ("12.5pct", "12.5", 1),
  ] as [(String, String, Int)])
func typedPercentagesRead(input: String, value: String, consumed: Int) throws {
  let scanned = try #require(PercentScanner.scan(lex(input), at: 0))
  #expect(scanned.value == decimal(value))
  #expect(scanned.consumed == consumed)
}

@Test(
  arguments: [
    ("750 euros", "750", "EUR", 2), ("750 euro", "750", "EUR", 2), ("€750", "750", "EUR", 1),
    ("750 eur", "750", "EUR", 2), ("2.5k eur", "2500", "EUR", 2), ("80k euros", "80000", "EUR", 2),
    ("20 dollars", "20", "USD", 2),
  ] as [(String, String, String, Int)])
func typedCurrenciesRead(input: String, amount: String, code: String, consumed: Int) throws {
  let scanned = try #require(MoneyScanner.scan(lex(input), at: 0, requireMarker: true))
  #expect(scanned.value.amount == decimal(amount))
  #expect(scanned.value.currencyCode == code)
  #expect(scanned.consumed == consumed)
}

@Test(
  arguments: [
    ("2/10 net 30", "2", 10, 30, 3), ("2/10 net30", "2", 10, 30, 2), ("2/10 n30", "2", 10, 30, 2),
    ("1.5/15 net 45", "1.5", 15, 45, 3), ("3/7 net 60 days", "3", 7, 60, 4), ("2/10 n 30", "2", 10, 30, 3),
  ] as [(String, String, Int, Int, Int)])
func earlyPaymentDiscountsRead(input: String, percent: String, within: Int, net: Int, consumed: Int) throws {
  let found = try #require(TermsScanner.earlyPaymentDiscount(lex(input), at: 0))
  #expect(found.percent == decimal(percent))
  #expect(found.withinDays == within)
  #expect(found.netDays == net)
  #expect(found.consumed == consumed)
}

@Test(arguments: ["2/10", "20/1", "net 30", "2/10 net", "2/10 linen", "55/45 net", "a/10 net 30"])
func notEarlyPaymentDiscounts(input: String) {
  #expect(TermsScanner.earlyPaymentDiscount(lex(input), at: 0) == nil)
}

/// A weekday with its date is read once when they agree and refused when they do not; "wed
/// next week" is next week's Wednesday (now is Saturday 28 Nov: next week is 30 Nov–6 Dec).
@Test(
  arguments: [
    ("thu 3/12", "2026-12-03 00:00", 2), ("thursday, 3 dec", "2026-12-03 00:00", 4), ("fri the 4th dec", "2026-12-04 00:00", 4),
    ("tomorrow 29/11", "2026-11-29 00:00", 2), ("wed next week", "2026-12-02 00:00", 3), ("next week wed", "2026-12-02 00:00", 3),
    ("next week on friday", "2026-12-04 00:00", 4), ("sunday next week", "2026-12-06 00:00", 3),
    ("mon next week", "2026-11-30 00:00", 3), ("next week", "2026-11-30 00:00", 2),
  ] as [(String, String, Int)])
func daysNamedTwiceOrByTheirWeek(input: String, expected: String, consumed: Int) throws {
  let scanned = try #require(scanTypedDate(input))
  #expect(try scanned.value.get() == DateMatch(date: try #require(utc(expected)), hasTime: false))
  #expect(scanned.consumed == consumed)
}

@Test(arguments: [("thu 20/1", "thu and 20/1 are different days", 2), ("friday, 3 dec", "friday and 3 dec are different days", 4)] as [(String, String, Int)])
func aWeekdayAndADateThatDisagreeAreRefused(input: String, message: String, consumed: Int) throws {
  let scanned = try #require(scanTypedDate(input))
  #expect(scanned.value == .failure(DateError(message: message)))
  #expect(scanned.consumed == consumed)
}
