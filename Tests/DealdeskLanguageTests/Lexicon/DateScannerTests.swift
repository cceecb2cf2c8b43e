import Foundation
import Testing

@testable import DealdeskLanguage

private func scanDate(_ input: String) -> (value: Result<DateMatch, DateError>, consumed: Int)? {
  DateScanner.scan(lex(input), at: 0, now: fixedNow, calendar: utcCalendar)
}

// Now is Saturday 28 November 2026, 10:00 UTC.
@Test(
  arguments: [
    ("today", "2026-11-28 00:00", false, 1), ("tomorrow", "2026-11-29 00:00", false, 1),
    ("Tomorrow", "2026-11-29 00:00", false, 1), ("monday", "2026-11-30 00:00", false, 1),
    ("mon", "2026-11-30 00:00", false, 1), ("tuesday", "2026-12-01 00:00", false, 1),
    ("tue", "2026-12-01 00:00", false, 1), ("wednesday", "2026-12-02 00:00", false, 1),
    ("thursday", "2026-12-03 00:00", false, 1), ("thu", "2026-12-03 00:00", false, 1),
    ("friday", "2026-12-04 00:00", false, 1), ("Fri", "2026-12-04 00:00", false, 1),
    ("saturday", "2026-12-05 00:00", false, 1), ("sat", "2026-12-05 00:00", false, 1),
    ("sunday", "2026-11-29 00:00", false, 1), ("next week", "2026-11-30 00:00", false, 2),
    ("next friday", "2026-12-04 00:00", false, 2), ("in 3 days", "2026-12-01 00:00", false, 3),
    ("in 2 weeks", "2026-12-12 00:00", false, 3), ("in a week", "2026-12-05 00:00", false, 3),
    ("in one week", "2026-12-05 00:00", false, 3), ("in 1 day", "2026-11-29 00:00", false, 3),
    ("in 2 months", "2027-01-28 00:00", false, 3), ("in 0 days", "2026-11-28 00:00", false, 3),
    ("in ten days", "2026-12-08 00:00", false, 3), ("end of month", "2026-11-30 00:00", false, 3),
    ("end of the month", "2026-11-30 00:00", false, 4),
    ("end of this month", "2026-11-30 00:00", false, 4),
    ("12 dec", "2026-12-12 00:00", false, 2), ("dec 12", "2026-12-12 00:00", false, 2),
    ("12 december", "2026-12-12 00:00", false, 2), ("December 12th", "2026-12-12 00:00", false, 2),
    ("12th of december", "2026-12-12 00:00", false, 3), ("1 jan", "2027-01-01 00:00", false, 2),
    ("28 nov", "2026-11-28 00:00", false, 2), ("27 nov", "2026-11-27 00:00", false, 2),
    ("29 feb", "2028-02-29 00:00", false, 2), ("12 dec 2026", "2026-12-12 00:00", false, 3),
    ("dec 12, 2026", "2026-12-12 00:00", false, 4), ("2026-12-12", "2026-12-12 00:00", false, 1),
    ("2027-1-5", "2027-01-05 00:00", false, 1), ("12 dec 500m", "2026-12-12 00:00", false, 2),
    ("10:00", "2026-11-28 10:00", true, 1), ("15:30", "2026-11-28 15:30", true, 1),
    ("9:05", "2026-11-28 09:05", true, 1), ("3pm", "2026-11-28 15:00", true, 1),
    ("3 pm", "2026-11-28 15:00", true, 2), ("3 PM", "2026-11-28 15:00", true, 2),
    ("10am", "2026-11-28 10:00", true, 1), ("at 10:00", "2026-11-28 10:00", true, 2),
    ("noon", "2026-11-28 12:00", true, 1), ("12am", "2026-11-28 00:00", true, 1),
    ("12pm", "2026-11-28 12:00", true, 1), ("3:30 p.m.", "2026-11-28 15:30", true, 2),
    ("0:30", "2026-11-28 00:30", true, 1),
    ("tomorrow 10:00", "2026-11-29 10:00", true, 2),
    ("tomorrow at 3pm", "2026-11-29 15:00", true, 3), ("friday 3 pm", "2026-12-04 15:00", true, 3),
    ("12 dec 10:00", "2026-12-12 10:00", true, 3),
    ("2026-12-12 15:30", "2026-12-12 15:30", true, 2),
    ("10:00 tomorrow", "2026-11-29 10:00", true, 2), ("3pm on friday", "2026-12-04 15:00", true, 3),
    ("at 9am monday", "2026-11-30 09:00", true, 3),
    ("tomorrow: send swatches", "2026-11-29 00:00", false, 1),
  ] as [(String, String, Bool, Int)])
func datesRead(input: String, expected: String, hasTime: Bool, consumed: Int) throws {
  let scanned = try #require(scanDate(input))
  let match = try scanned.value.get()
  #expect(match == DateMatch(date: try #require(utc(expected)), hasTime: hasTime))
  #expect(scanned.consumed == consumed)
}

@Test(
  arguments: [
    ("31 feb", "there is no 31 February", 2), ("30 february", "there is no 30 February", 2),
    ("feb 31st", "there is no 31 February", 2), ("31 april", "there is no 31 April", 2),
    ("32 dec", "there is no 32 December", 2), ("0 dec", "there is no 0 December", 2),
    ("2026-02-30", "there is no 30 February 2026", 1),
    ("29 feb 2027", "there is no 29 February 2027", 3),
    ("2026-13-01", "there is no month 13", 1), ("25:00", "there is no 25:00", 1),
    ("10:60", "there is no 10:60", 1), ("13pm", "there is no 13pm", 1),
    ("0 am", "there is no 0 am", 2), ("tomorrow 25:00", "there is no 25:00", 2),
    ("31 feb 10:00", "there is no 31 February", 3),
    ("in 99999 days", "that is more than ten years ahead", 3),
  ] as [(String, String, Int)])
func impossibleDatesAreErrors(input: String, message: String, consumed: Int) throws {
  let scanned = try #require(scanDate(input))
  #expect(scanned.value == .failure(DateError(message: message)))
  #expect(scanned.consumed == consumed)
}

@Test(arguments: [
  "next", "in", "in days", "end", "end of", "12", "dec", "55/45", "at", "at 10", "3", "may",
  "this week", "next month", "a", "12.40", "in 1.5 days", "the 12th", "500m", "\"today\"",
  "10:5", "100:00", "10:00:00", "in 3 hours", "end of year", "net 30",
])
func notDates(input: String) {
  #expect(scanDate(input) == nil)
}

@Test func datesFollowTheCallersClock() throws {
  let sunday = try #require(utc("2026-11-29 23:59"))
  let scanned = try #require(
    DateScanner.scan(lex("monday"), at: 0, now: sunday, calendar: utcCalendar))
  #expect(try scanned.value.get().date == utc("2026-11-30 00:00"))
  let lastDay = try #require(
    DateScanner.scan(lex("end of month"), at: 0, now: sunday, calendar: utcCalendar))
  #expect(try lastDay.value.get().date == utc("2026-11-30 00:00"))
}
