import DealdeskCore
import Foundation
import Testing

/// Notes and follow-ups: ids from counters, no follow-up in the past, done once, snooze only forward.
@Suite struct FollowUpTests {
  private let now = Fixtures.now  // Saturday 28 Nov 2026 10:00
  private func day(_ n: Double) -> Date { DeskDate.calendar.startOfDay(for: now).addingTimeInterval(n * 86_400) }

  private func plan(_ due: Date, time: Bool = false, text: String = "send swatches", on desk: inout Desk) throws(DeskError) -> [Event] {
    try Fixtures.run(.followUp(NewFollowUp(client: "CL-1", due: due, dueHasTime: time, text: text)), on: &desk)
  }

  @Test func notesAndFollowUpsTakeTheirIdsFromCounters() throws {
    var desk = Fixtures.desk()
    let n = try Fixtures.run(.addNote(NewNote(client: "CL-1", text: "  prefers calls on Tuesdays ")), on: &desk)
    #expect(n == [.noteAdded(Note(id: "N-1", client: "CL-1", kind: .note, text: "prefers calls on Tuesdays", at: now))])
    _ = try Fixtures.run(.addNote(NewNote(client: "CL-1", kind: .call, text: "offer O-1", durationMinutes: 12)), on: &desk)
    #expect(desk.notesInOrder.map(\.id) == ["N-1", "N-2"])
    #expect(desk.lastContact(with: "CL-1")?.durationMinutes == 12)
    let f = try plan(day(2), on: &desk)
    #expect(f == [.followUpAdded(FollowUp(id: "F-1", client: "CL-1", due: day(2), dueHasTime: false, text: "send swatches", createdAt: now))])
    _ = try plan(day(1), on: &desk)
    #expect(desk.followUpsInOrder.map(\.id) == ["F-1", "F-2"])
    #expect(desk.nextFollowUp(for: "CL-1")?.id == "F-2")
    #expect(desk.nextNoteNumber == 3 && desk.nextFollowUpNumber == 3)
  }

  @Test func aNoteNeedsAClientAndWords() throws {
    var desk = Fixtures.desk()
    #expect(throws: DeskError("There is no client CL-9.")) { try Fixtures.run(.addNote(NewNote(client: "CL-9", text: "x")), on: &desk) }
    #expect(throws: DeskError("What should the note say?", suggestion: "e.g. note Acme: prefers calls on Tuesdays")) {
      try Fixtures.run(.addNote(NewNote(client: "CL-1", text: "   ")), on: &desk)
    }
  }

  @Test func aFollowUpInThePastIsRefusedNotGuessed() throws {
    var desk = Fixtures.desk()
    #expect(throws: DeskError("27 Nov 2026 is already past.", suggestion: "Give a day from today on, e.g. follow up Acme Textiles tomorrow: send swatches")) {
      try plan(day(-1), on: &desk)
    }
    let earlier = now.addingTimeInterval(-3_600)
    #expect(throws: DeskError("28 Nov 2026 09:00 is already past.", suggestion: "Give a day from today on, e.g. follow up Acme Textiles tomorrow: send swatches")) {
      try plan(earlier, time: true, on: &desk)
    }
    // Today without a time is still on time, and is not overdue until the day is over.
    _ = try plan(day(0), on: &desk)
    #expect(desk.overdueFollowUps(at: now).isEmpty)
    #expect(desk.overdueFollowUps(at: day(1)).map(\.id) == ["F-1"])
  }

  @Test func doneOnceOnly() throws {
    var desk = Fixtures.desk()
    _ = try plan(day(1), on: &desk)
    #expect(try Fixtures.run(.completeFollowUp(id: "F-1"), on: &desk) == [.followUpDone(followUp: "F-1", at: now)])
    #expect(desk.followUps["F-1"]?.status == .done)
    #expect(throws: DeskError("F-1 is already done (28 Nov 2026).", suggestion: "`agenda` lists what is still open.")) {
      try Fixtures.run(.completeFollowUp(id: "F-1"), on: &desk)
    }
    #expect(throws: DeskError("There is no follow-up F-7.", suggestion: "`agenda` lists them.")) {
      try Fixtures.run(.completeFollowUp(id: "F-7"), on: &desk)
    }
    #expect(throws: DeskError("F-1 is done; there is nothing to snooze.")) {
      try Fixtures.run(.snoozeFollowUp(id: "F-1", to: day(3), hasTime: false), on: &desk)
    }
  }

  @Test func snoozeOnlyMovesForwardAndKeepsTheTimeOfDay() throws {
    var desk = Fixtures.desk()
    _ = try plan(day(2).addingTimeInterval(10 * 3_600), time: true, on: &desk)
    #expect(throws: DeskError("A snooze only moves a follow-up later: F-1 is due 30 Nov 2026 10:00.", suggestion: "e.g. snooze F-1 to 1 Dec 2026")) {
      try Fixtures.run(.snoozeFollowUp(id: "F-1", to: day(1), hasTime: false), on: &desk)
    }
    #expect(throws: DeskError("A snooze only moves a follow-up later: F-1 is due 30 Nov 2026 10:00.", suggestion: "e.g. snooze F-1 to 1 Dec 2026")) {
      try Fixtures.run(.snoozeFollowUp(id: "F-1", to: day(2), hasTime: false), on: &desk)
    }
    let events = try Fixtures.run(.snoozeFollowUp(id: "F-1", to: day(4), hasTime: false), on: &desk)
    #expect(events == [.followUpSnoozed(followUp: "F-1", due: day(4).addingTimeInterval(10 * 3_600), hasTime: true)])
    #expect(desk.followUps["F-1"]?.snoozedFrom == day(2).addingTimeInterval(10 * 3_600))
  }

  @Test func aDeskSavedBeforeFollowUpsOpensWithNone() throws {
    var desk = Fixtures.desk()
    _ = try plan(day(1), on: &desk)
    let data = try JSONEncoder().encode(desk)
    #expect(try JSONDecoder().decode(Desk.self, from: data) == desk)
    var old = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in ["notes", "followUps", "nextNoteNumber", "nextFollowUpNumber"] { old[key] = nil }
    let reopened = try JSONDecoder().decode(Desk.self, from: try JSONSerialization.data(withJSONObject: old))
    #expect(reopened.followUps.isEmpty && reopened.nextFollowUpNumber == 1)
  }
}
