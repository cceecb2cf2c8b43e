import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Calls, notes and follow-ups. The clock is Monday 30 Nov 2026 09:00.
@Suite struct DayPhrasingTests {
  static let acme = PhrasingDesk.acme, bora = PhrasingDesk.bora

  static func note(_ client: String, _ kind: NoteKind, _ text: String) -> Expected {
    .intent(.command(.addNote(NewNote(client: client, kind: kind, text: text))))
  }

  static func follow(_ client: String, _ due: Date, time: Bool = false, text: String) -> Expected {
    .intent(.command(.followUp(NewFollowUp(client: client, due: due, dueHasTime: time, text: text))))
  }

  static let notes: [Row] = [
    Row("note Acme: prefers calls on Tuesdays", note(acme, .note, "prefers calls on Tuesdays")),
    Row("note acme textiles: prefers calls on Tuesdays", note(acme, .note, "prefers calls on Tuesdays")),
    Row("note: wants swatches", client: acme, note(acme, .note, "wants swatches")),
    Row("add a note: wants swatches", client: bora, note(bora, .note, "wants swatches")),
    Row("note Bora wants swatches", note(bora, .note, "wants swatches")),
    Row("log meeting with Acme: discussed spring collection", note(acme, .meeting, "discussed spring collection")),
    Row("met Bora: showed the new denims", note(bora, .meeting, "showed the new denims")),
    Row("log call with Acme: agreed to wait", note(acme, .call, "agreed to wait")),
    Row("note: wants swatches", fails("Which client?", "Name one, e.g. note Acme: prefers calls on Tuesdays")),
    Row("note Acme:", fails("What should the note say?", "e.g. note Acme: prefers calls on Tuesdays")),
  ]

  static let calls: [Row] = [
    Row("call Acme", deskAction(.startCall(client: acme))),
    Row("calling bora", deskAction(.startCall(client: bora))),
    Row("call", client: acme, deskAction(.startCall(client: acme))),
    Row("call", fails("Which client?", "Name one, e.g. call Acme")),
    Row("end call", deskAction(.endCall(text: nil))),
    Row("end the call", deskAction(.endCall(text: nil))),
    Row("end call: they'll think about it", deskAction(.endCall(text: "they'll think about it"))),
    Row("hang up", deskAction(.endCall(text: nil))),
  ]

  /// A call with a day or a time is one to make then: a follow-up to call, not a call now.
  static let callsLater: [Row] = [
    Row("call Acme tomorrow 10am", follow(acme, at(2026, 12, 1, 10), time: true, text: "call Acme")),
    Row("call Acme tomorrow at 10:00", follow(acme, at(2026, 12, 1, 10), time: true, text: "call Acme")),
    Row("call Acme on friday", follow(acme, at(2026, 12, 4), text: "call Acme")),
    Row("call acme textiles friday", follow(acme, at(2026, 12, 4), text: "call acme textiles")),
    Row("ring Bora next week", follow(bora, at(2026, 12, 7), text: "call Bora")),
    Row("phone Acme tomorrow", follow(acme, at(2026, 12, 1), text: "call Acme")),
    Row("call Acme at 3pm", follow(acme, at(2026, 11, 30, 15), time: true, text: "call Acme")),
    Row("please call Bora in 3 days", follow(bora, at(2026, 12, 3), text: "call Bora")),
    Row("call Acme back tomorrow", follow(acme, at(2026, 12, 1), text: "call Acme back")),
    Row("call Acme tomorrow about the new lot", follow(acme, at(2026, 12, 1), text: "call Acme about the new lot")),
    Row("call Bora on monday: ask about the shade", follow(bora, at(2026, 12, 7), text: "call Bora: ask about the shade")),
    Row("call them tomorrow", client: bora, follow(bora, at(2026, 12, 1), text: "call Bora Fabrics")),
    Row("call tomorrow 9:30", client: acme, follow(acme, at(2026, 12, 1, 9, 30), time: true, text: "call Acme Textiles")),
    Row("call tomorrow", fails("Which client?", "Name one, e.g. call Acme tomorrow 10am")),
    Row("call Acme 31 feb", fails("There is no 31 February.")),
    // Without a day it is still a call, now.
    Row("phone Acme", deskAction(.startCall(client: acme))),
    Row("ring Bora", deskAction(.startCall(client: bora))),
  ]

  static let followUps: [Row] = [
    Row("follow up Acme friday: send swatches", follow(acme, at(2026, 12, 4), text: "send swatches")),
    Row("follow-up Acme on friday: send swatches", follow(acme, at(2026, 12, 4), text: "send swatches")),
    Row("follow up with Acme friday: send swatches", follow(acme, at(2026, 12, 4), text: "send swatches")),
    Row("follow up friday with Acme: send swatches", follow(acme, at(2026, 12, 4), text: "send swatches")),
    Row("remind me to call Acme tomorrow 10:00", follow(acme, at(2026, 12, 1, 10), time: true, text: "call Acme")),
    Row("remind me to send swatches to Bora on friday", follow(bora, at(2026, 12, 4), text: "send swatches to Bora")),
    Row("follow up in 3 days: check the shade", client: acme, follow(acme, at(2026, 12, 3), text: "check the shade")),
    Row("follow up Acme 12 dec 3pm: confirm the lot", follow(acme, at(2026, 12, 12, 15), time: true, text: "confirm the lot")),
    Row("follow up Acme friday", follow(acme, at(2026, 12, 4), text: "follow up")),
    Row("follow up Acme: send swatches", fails("When should it be done?", "Give a day, e.g. follow up Acme friday: send swatches, or remind me to call Acme tomorrow 10:00")),
    Row("follow up in 3 days: check the shade", fails("Which client?", "Name one, e.g. follow up Acme friday: send swatches")),
    Row("follow up Acme 31 feb: x", .anyError),
  ]

  static let lists: [Row] = [
    Row("agenda", ask(.agenda(.all))),
    Row("my agenda", ask(.agenda(.all))),
    Row("today", ask(.agenda(.today))),
    Row("this week", ask(.agenda(.week))),
    Row("follow-ups for Acme", ask(.followUps(client: acme))),
    Row("follow ups for bora", ask(.followUps(client: bora))),
    Row("follow-ups", ask(.followUps(client: nil))),
    Row("notes for Acme", ask(.notes(client: acme))),
  ]

  static let desk: Desk = {
    var desk = PhrasingDesk.desk
    desk.apply(.followUpAdded(FollowUp(id: "F-4", client: acme, due: at(2026, 12, 2), dueHasTime: false, text: "x", createdAt: PhrasingDesk.now)))
    return desk
  }()

  static let references: [(String, String?, Command?)] = [
    ("done F-4", nil, .completeFollowUp(id: "F-4")),
    ("done f4", nil, .completeFollowUp(id: "F-4")),
    ("done follow-up 4", nil, .completeFollowUp(id: "F-4")),
    ("done", acme, .completeFollowUp(id: "F-4")),
    ("snooze F-4 to monday", nil, .snoozeFollowUp(id: "F-4", to: at(2026, 12, 7), hasTime: false)),
    ("snooze F-4 until 10 dec 9:30", nil, .snoozeFollowUp(id: "F-4", to: at(2026, 12, 10, 9, 30), hasTime: true)),
    ("postpone to friday", acme, .snoozeFollowUp(id: "F-4", to: at(2026, 12, 4), hasTime: false)),
    ("move F-4 to monday", nil, .snoozeFollowUp(id: "F-4", to: at(2026, 12, 7), hasTime: false)),
    ("push F-4 to friday", nil, .snoozeFollowUp(id: "F-4", to: at(2026, 12, 4), hasTime: false)),
    ("reschedule F-4 to 10 dec 9:30", nil, .snoozeFollowUp(id: "F-4", to: at(2026, 12, 10, 9, 30), hasTime: true)),
    ("done F-9", nil, nil),
    ("done", bora, nil),
    ("snooze F-4", nil, nil),
  ]

  @Test(arguments: notes + calls + followUps + lists) func row(_ row: Row) { row.check() }
  @Test(arguments: callsLater) func callLater(_ row: Row) { row.check() }

  /// The day asked about rather than listed: the agenda for the span named, the last contact.
  static let asking: [Row] = [
    Row("what's on today", ask(.agenda(.today))),
    Row("what do I have today?", ask(.agenda(.today))),
    Row("anything due today", ask(.agenda(.today))),
    Row("what's on this week", ask(.agenda(.week))),
    Row("what's due this week", ask(.agenda(.week))),
    Row("what's on my agenda", ask(.agenda(.all))),
    Row("what's next", ask(.agenda(.all))),
    Row("when did I last speak with Bora", ask(.lastContact(client: bora))),
    Row("when did I last see Bora?", ask(.lastContact(client: bora))),
    Row("last time I spoke to Acme", ask(.lastContact(client: acme))),
    Row("when did we last talk", client: acme, ask(.lastContact(client: acme))),
  ]

  @Test(arguments: asking) func askingAboutTheDay(_ row: Row) { row.check() }

  @Test(arguments: references) func reference(_ line: String, client: String?, expected: Command?) {
    let context = ParseContext(desk: Self.desk, names: NameIndex(desk: Self.desk), contextClient: client, now: PhrasingDesk.now)
    let outcome = Result { () throws(ParseError) -> Understood in try Parser.parse(line, context: context) }
    switch (outcome, expected) {
    case (.success(let understood), let command?): #expect(understood.intent == .command(command))
    case (.failure, nil): break
    case (.success(let understood), nil): Issue.record("expected an error, got \(understood.intent)")
    case (.failure(let error), _?): Issue.record("\(error.message)")
    }
  }
}
