import DealdeskCore
import Foundation

/// Calls, notes and follow-ups (duties 1, 15, 19): what a manager jots down about a client,
/// what they promised to do and by when.
enum DayGrammar {
  static let family = "Calls, notes and follow-ups"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "call", family: family, verbs: ["call", "calling", "phone", "ring", "start call", "on the phone with"],
      summary: "Start a call: the client stays in context until end call, which logs it. With a day, a reminder to call then.",
      usage: "call CLIENT   call CLIENT DATE (a follow-up)", examples: ["call Acme", "calling Bora"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        // "call Acme tomorrow 10am", "ring Bora next week": a call for later is a follow-up.
        if hasDate(c) { return try followUp(&c, calling: true) }
        let named = try c.client()
        // "call Acme ACT" names Acme ACT (AliasGrammar.naming says when words after the client do).
        if let named, let intent = try AliasGrammar.naming(&c, client: named) { return intent }
        let id = try c.clientOrContext(named, example: "call Acme")
        c.fill("client", c.context.desk.clients[id]?.name ?? id)
        return .desk(.startCall(client: id))
      }),
    CommandSpec(
      name: "end call", family: family, verbs: ["end call", "end the call", "end of call", "call ended", "hang up", "hung up"],
      summary: "Log the call as a note: its length, what was entered during it, and your words.",
      usage: "end call[: TEXT]", examples: ["end call", "end call: they'll think about it"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        // "end call - wants samples first": the dash sets the words off, it is not one of them.
        if c.takeAny(["-", "–", "—"]) != nil { c.skipFiller() }
        let text = c.takeRest()
        if !text.isEmpty { c.fill("text", text) }
        return .desk(.endCall(text: text.isEmpty ? nil : text))
      }),
    CommandSpec(
      name: "note", family: family, verbs: ["note", "add note", "log note", "write note", "jot"],
      summary: "Note something about a client.", usage: "note [CLIENT]: TEXT",
      examples: ["note Acme: prefers calls on Tuesdays", "note: wants swatches"],
      parse: { c, _ throws(ParseError) in try note(&c, kind: .note) }),
    CommandSpec(
      name: "log meeting", family: family, verbs: ["log meeting", "meeting", "met", "log visit", "visited"],
      summary: "Log a meeting with a client.", usage: "log meeting with CLIENT: TEXT",
      examples: ["log meeting with Acme: discussed spring collection", "met Bora: showed the new denims"],
      parse: { c, _ throws(ParseError) in try note(&c, kind: .meeting) }),
    CommandSpec(
      name: "log call", family: family, verbs: ["log call", "log a call", "called", "spoke"],
      summary: "Log a call after the fact (call … end call times one as it happens).",
      usage: "log call with CLIENT: TEXT", examples: ["log call with Acme: agreed to wait for the new lot"],
      parse: { c, _ throws(ParseError) in try note(&c, kind: .call) }),
    CommandSpec(
      name: "follow up", family: family,
      verbs: ["follow up", "follow-up", "followup", "remind me to", "remind me", "remind", "reminder", "todo"],
      summary: "Plan something to do for a client by a day (and time).",
      usage: "follow up [CLIENT] DATE[: TEXT]   remind me to TEXT DATE",
      examples: ["follow up Acme friday: send swatches", "remind me to call Acme tomorrow 10:00", "follow up in 3 days: check the shade",
                 "call Acme tomorrow 10am", "ring Bora next week: about the new lot"],
      parse: { c, _ throws(ParseError) in try followUp(&c) }),
    CommandSpec(
      name: "done", family: family, verbs: ["done", "did", "completed", "finished", "mark done"],
      subjectVerbs: ["done", "is done", "completed", "is completed", "finished"],
      summary: "Mark a follow-up done (without a reference: the client's latest open one).",
      usage: "done [F-4]   F-4 done   follow-up 4 done", examples: ["done F-1", "F-1 done", "follow-up 1 is done"],
      parse: { c, subject throws(ParseError) in
        c.skipFiller()
        // "F-4 done": the reference came first, as the subject.
        let named = subject.flatMap { c.context.desk.followUps[$0] == nil ? nil : $0 }
        let ref = named ?? reference(&c)
        let id = try followUpOrLatest(ref, c, verb: "done")
        c.fill("follow-up", id)
        return .command(.completeFollowUp(id: id))
      }),
    CommandSpec(
      name: "snooze", family: family, verbs: ["snooze", "postpone", "push back", "defer", "move", "push", "reschedule"],
      summary: "Move a follow-up to a later day (or time).", usage: "snooze [F-4] to DATE",
      examples: ["snooze F-1 to monday", "postpone F-1 until 12 dec"],
      parse: snooze),
    CommandSpec(
      name: "agenda", family: family,
      verbs: ["agenda", "my agenda", "whats on", "what's on", "what is on", "what is due", "what's due", "what do i have",
              "what have i got", "anything due", "what's next", "what is next"],
      summary: "Open follow-ups: overdue first, then by due time.", usage: "agenda", examples: ["agenda", "what's on today"],
      parse: { c, _ throws(ParseError) in
        // "what's on today", "what's due this week": the question names the span.
        c.skipWords(["agenda", "list", "plate", "up", "coming"])
        if c.take("today") { return .question(.agenda(.today)) }
        if c.takeAny(["this week", "the week", "week"]) != nil { return .question(.agenda(.week)) }
        return .question(.agenda(.all))
      }),
    CommandSpec(
      name: "today", family: family, verbs: ["today", "due today", "today's agenda", "agenda today"],
      summary: "Follow-ups overdue or due today.", usage: "today", examples: ["today"],
      parse: { _, _ throws(ParseError) in .question(.agenda(.today)) }),
    CommandSpec(
      name: "this week", family: family, verbs: ["this week", "due this week", "agenda this week", "week"],
      summary: "Follow-ups overdue or due by Sunday.", usage: "this week", examples: ["this week"],
      parse: { _, _ throws(ParseError) in .question(.agenda(.week)) }),
    CommandSpec(
      name: "follow-ups", family: family, verbs: ["follow-ups", "follow ups", "followups", "reminders"],
      summary: "Follow-ups, open and done, of one client or all.", usage: "follow-ups [for CLIENT]",
      examples: ["follow-ups for Acme", "follow-ups"],
      parse: { c, _ throws(ParseError) in .question(.followUps(client: try c.listedClient())) }),
    CommandSpec(
      name: "notes", family: family, verbs: ["notes", "contact history", "calls"],
      summary: "Notes, calls and meetings, of one client or all.", usage: "notes [for CLIENT]",
      examples: ["notes for Acme", "notes"],
      parse: { c, _ throws(ParseError) in .question(.notes(client: try c.listedClient())) }),
  ]

  /// The first ":" of the line from the cursor on: what comes after it is free text.
  private static func colon(_ c: Cursor) -> Int? {
    c.tokens.indices.first { $0 >= c.index && c.tokens[$0].kind == .punctuation && c.tokens[$0].text == ":" }
  }

  /// "note Acme: TEXT", "note: TEXT" (client in context), "note Acme TEXT".
  static func note(_ c: inout Cursor, kind: NoteKind) throws(ParseError) -> Intent {
    let example = kind == .meeting ? "log meeting with Acme: discussed spring collection" : "note Acme: prefers calls on Tuesdays"
    var named: String?
    var at: DateMatch?
    if let colon = colon(c) {
      c.skipFiller()
      if c.index < colon { named = try c.client() }
      c.skipFiller()
      // "met Drini yesterday: …": when it happened, before the colon.
      if c.index < colon { at = try noteDay(&c) }
      c.skipFiller()
      guard c.index > colon else { throw c.unexpected(kinds: .clients) }
      c.index = colon + 1
    } else {
      c.skipFiller()
      named = try c.client()
      c.skipFiller()
      if named != nil, let day = try noteDay(&c) {
        at = day
        c.skipFiller()
      }
    }
    let text = c.takeRest()
    let id = try c.clientOrContext(named, example: example)
    guard !text.isEmpty else { throw ParseError("What should the note say?", suggestion: "e.g. \(example)") }
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    c.fill("kind", kind.rawValue)
    if let at { c.fill("on", at.hasTime ? DeskDate.minute(at.date) : DeskDate.day(at.date)) }
    c.fill("text", text)
    return .command(.addNote(NewNote(client: id, kind: kind, text: text, at: at?.date)))
  }

  /// The day (and time) a note's contact happened, right where the cursor is; nil when none.
  private static func noteDay(_ c: inout Cursor) throws(ParseError) -> DateMatch? {
    guard let (result, n) = DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar, hourAlone: true) else {
      return nil
    }
    switch result {
    case .success(var match):
      // A note tells what happened: "met Drini friday" typed on Monday is last Friday.
      if let word = c.word(), CalendarWords.weekday(word) != nil, DeskDate.dayNumber(match.date) > DeskDate.dayNumber(c.context.now),
        let before = DeskDate.calendar.date(byAdding: .day, value: -7, to: match.date)
      {
        match.date = before
      }
      c.index += n
      return match
    case .failure(let error): throw c.error(Lexicon.sentence(error.message))
    }
  }

  /// A day or time anywhere before the line's colon: "call Acme friday", "call Acme at 3pm".
  private static func hasDate(_ c: Cursor) -> Bool {
    let end = colon(c) ?? c.tokens.count
    return (c.index..<end).contains { DateScanner.scan(c.tokens, at: $0, now: c.context.now, calendar: DeskDate.calendar, hourAlone: true) != nil }
  }

  /// "follow up Acme friday: send swatches", "remind me to call Acme tomorrow 10:00",
  /// "follow up in 3 days: check the shade". Before a colon: the client and the date; the
  /// rest of the words (without a colon) are what to do. `calling`: the line was "call Acme
  /// friday …", and what to do is to call them, with any words after it.
  static func followUp(_ c: inout Cursor, calling: Bool = false) throws(ParseError) -> Intent {
    let example = "follow up Acme friday: send swatches"
    let colon = colon(c)
    let end = colon ?? c.tokens.count
    var named: String?
    var due: DateMatch?
    var textParts: [(from: Int, to: Int)] = []
    var partStart: Int?
    var nameRange: (from: Int, to: Int)?
    while c.index < end {
      // "every friday": a repeating follow-up, which the desk does not keep; reading the
      // next friday with "every" in the text would be wrong without a word.
      if let word = c.word(), ["every", "each"].contains(word),
        DateScanner.scan(c.tokens, at: c.index + 1, now: c.context.now, calendar: DeskDate.calendar) != nil
          || ["day", "week", "month", "morning", "monday", "mon"].contains(c.word(1) ?? "")
      {
        throw c.error("The desk keeps no repeating follow-ups.", suggestion: "Give one day, e.g. \(example); plan the next one when it is done.")
      }
      if due == nil, let (result, n) = DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar, hourAlone: true), c.index + n <= end {
        switch result {
        case .success(let match): due = match
        case .failure(let error): throw c.error(Lexicon.sentence(error.message))
        }
        if let start = partStart { textParts.append((start, c.index)) }
        partStart = nil
        c.index += n
        continue
      }
      let at = c.index
      if named == nil, c.current?.kind != .punctuation, !(c.current.map(Lexicon.isFiller) ?? false), let id = try c.client() {
        named = id
        nameRange = (at, c.index)
        if colon == nil, partStart == nil { partStart = at }
        continue
      }
      if colon != nil {
        guard let token = c.current, Lexicon.isFiller(token) || ["about", "by", "due"].contains(token.folded) else {
          throw c.unexpected(kinds: .clients)
        }
      } else if partStart == nil {
        partStart = at
      }
      c.index += 1
    }
    if let start = partStart { textParts.append((start, end)) }
    for part in textParts {
      for i in part.from..<max(part.from, part.to) where !(nameRange.map { ($0.from..<$0.to).contains(i) } ?? false) { c.markText(from: i, to: i + 1) }
    }
    var text: String
    if calling {
      // "call Acme" as typed, or with the client's name when it was left out; then the words.
      let lead: String
      if let name = nameRange {
        lead = "call " + c.text(from: name.from, to: name.to)
      } else {
        let id = try c.clientOrContext(named, example: "call Acme tomorrow 10am")
        lead = "call " + (c.context.desk.clients[id]?.name ?? id)
      }
      if let colon {
        c.index = colon + 1
        let rest = c.takeRest()
        text = rest.isEmpty ? lead : "\(lead): \(rest)"
      } else {
        // "call Acme back tomorrow about the lot": "back", "about the lot" are words of it.
        let words = textParts.map { $0.from == nameRange?.from ? (nameRange?.to ?? $0.from, $0.to) : $0 }
          .map { trimmed(c, $0.0, $0.1, keepingAbout: true) }.filter { $0.from < $0.to }.map { c.text(from: $0.from, to: $0.to) }
        text = ([lead] + words).joined(separator: " ")
        c.index = c.tokens.count
      }
    } else if let colon {
      c.index = colon + 1
      text = c.takeRest()
    } else {
      // Only the client's name left ("follow up Acme friday"): a plain follow-up. A name
      // that only says whose it is is no word of what to do ("follow up bora friday about
      // the lot" is "about the lot", not "bora the lot").
      let ranges = textParts.map { trimmed(c, $0.from, $0.to) }.filter { $0.from < $0.to }
      let onlyName = ranges.count == 1 && ranges.first.map { $0.from == nameRange?.from && $0.to == nameRange?.to } == true
      let leadingName = ranges.first.map { $0.from == nameRange?.from && $0.to == nameRange?.to } == true && ranges.count > 1
      let words = leadingName ? textParts.dropFirst().map { trimmed(c, $0.from, $0.to, keepingAbout: true) }.filter { $0.from < $0.to } : ranges
      text = onlyName ? "" : words.map { c.text(from: $0.from, to: $0.to) }.joined(separator: " ")
      c.index = c.tokens.count
    }
    let id = try c.clientOrContext(named, example: example)
    guard let due else {
      throw ParseError("When should it be done?", suggestion: "Give a day, e.g. \(example), or remind me to call Acme tomorrow 10:00")
    }
    if text.isEmpty { text = "follow up" }
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    c.fill("due", due.hasTime ? DeskDate.minute(due.date) : DeskDate.day(due.date))
    c.fill("text", text)
    return .command(.followUp(NewFollowUp(client: id, due: due.date, dueHasTime: due.hasTime, text: text)))
  }

  /// Words from..<to as typed, without filler at either end ("to call Acme" → "call Acme").
  private static func trimmed(_ c: Cursor, _ from: Int, _ to: Int, keepingAbout: Bool = false) -> (from: Int, to: Int) {
    var (a, b) = (from, to)
    while a < b, Lexicon.isFiller(c.tokens[a]) || (!keepingAbout && c.tokens[a].folded == "about") { a += 1 }
    while b > a, Lexicon.isFiller(c.tokens[b - 1]) || ["by", "due", "on", "at", "till", "til", "until", "before"].contains(c.tokens[b - 1].folded) { b -= 1 }
    return (a, b)
  }

  /// A follow-up opening the line: "F-4 done", and the word forms "follow-up 4 done",
  /// "follow up 4 done", which the parser lets through only before a subject verb (otherwise
  /// those words open the follow up command).
  static func followUpSubject(_ c: inout Cursor) -> String? {
    guard c.wordMayStart(withAnyOf: "fr") else { return nil }
    if let w = c.word(), w.hasPrefix("f-"), let n = Int(w.dropFirst(2)), n > 0 {
      c.index += 1
      return Ids.followUp(n)
    }
    for words in [["follow-up"], ["followup"], ["follow", "up"], ["reminder"]] where words.indices.allSatisfy({ c.word($0) == words[$0] }) {
      guard let next = c.word(words.count), let n = Int(next), n > 0 else { return nil }
      c.index += words.count + 1
      return Ids.followUp(n)
    }
    return nil
  }

  /// "F-4", "f4", "follow-up 4".
  static func reference(_ c: inout Cursor) -> String? {
    if let w = c.word(), let n = ["f-", "f"].lazy.compactMap({ w.hasPrefix($0) ? Int(w.dropFirst($0.count)) : nil }).first, n > 0 {
      c.index += 1
      return Ids.followUp(n)
    }
    if let w = c.word(), ["follow-up", "followup", "reminder"].contains(w), let next = c.word(1), let n = Int(next), n > 0 {
      c.index += 2
      return Ids.followUp(n)
    }
    return nil
  }

  /// The follow-up referenced, else the latest open one of the client in context.
  static func followUpOrLatest(_ ref: String?, _ c: Cursor, verb: String) throws(ParseError) -> String {
    if let ref {
      guard c.context.desk.followUps[ref] != nil else { throw ParseError("There is no follow-up \(ref).", suggestion: "`agenda` lists them.") }
      return ref
    }
    guard let client = c.context.contextClient, c.context.desk.clients[client] != nil else {
      throw ParseError("Which follow-up?", suggestion: "e.g. \(verb) F-4; `agenda` lists them.")
    }
    guard let latest = c.context.desk.followUps(for: client).last(where: \.isOpen) else {
      let name = c.context.desk.clients[client]?.name ?? client
      throw ParseError("\(name) has no open follow-up.", suggestion: "`agenda` lists them.")
    }
    return latest.id
  }

  static func snooze(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    let ref = reference(&c)
    c.skipFiller()
    _ = c.takeAny(["until", "till", "til", "for", "by", "to"])
    c.skipFiller()
    guard let (result, n) = DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar, hourAlone: true) else {
      throw c.error("Snooze to when?", suggestion: "e.g. snooze F-4 to monday")
    }
    let match: DateMatch
    switch result {
    case .success(let found): match = found
    case .failure(let error): throw c.error(Lexicon.sentence(error.message))
    }
    c.index += n
    let id = try followUpOrLatest(ref, c, verb: "snooze")
    c.fill("follow-up", id)
    c.fill("to", match.hasTime ? DeskDate.minute(match.date) : DeskDate.day(match.date))
    return .command(.snoozeFollowUp(id: id, to: match.date, hasTime: match.hasTime))
  }
}
