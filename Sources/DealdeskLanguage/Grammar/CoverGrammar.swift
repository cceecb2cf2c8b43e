import DealdeskCore
import Foundation

/// Cover during an absence on a team desk: "away 20 Dec – 3 Jan, Arben covers", "away from
/// 20 Dec to 3 Jan, Arben covers", "away Bora 20 Dec – 3 Jan, covered by Arben" (a director,
/// for someone else).
enum CoverGrammar {
  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "away", family: ApprovalRequestGrammar.family,
      verbs: ["away", "i'm away", "i am away", "im away", "out of office", "ooo"],
      summary: "Days away on a team desk, and the colleague who covers your accounts meanwhile: they get a handover digest at their next start, and what they do for your clients is marked as done in cover. A director may set anyone's.",
      usage: "away FROM – TO, NAME covers   away PERSON FROM – TO, NAME covers",
      examples: ["away 20 Dec – 3 Jan, Arben covers", "away from 20 Dec to 3 Jan, Arben covers"],
      parse: { c, _ throws(ParseError) in try away(&c) }),
  ]

  private static let example = "e.g. away 20 Dec – 3 Jan, Arben covers"
  private static let dashes: Set<String> = ["-", "–", "—", "to", "until", "till", "through", "thru"]

  static func away(_ c: inout Cursor) throws(ParseError) -> Intent {
    c.skipPunctuation()
    var person: String?
    // A director naming whose absence it is: "away Bora 20 Dec – 3 Jan, …".
    if !startsDate(c), let (who, end) = personAt(c, from: c.index, upTo: c.tokens.count) {
      c.mark(from: c.index, to: end, as: "person")
      c.index = end
      person = who.login
      c.fill("person", who.name)
    }
    _ = c.takeAny(["from", "on", "between"])
    let from = try day(&c, "From when?")
    c.fill("from", DeskDate.day(from))
    c.skipPunctuation()
    guard let joint = c.current, dashes.contains(joint.folded) || joint.text == "and" else {
      throw c.error("Away until when? Give the last day too.", suggestion: example)
    }
    c.index += 1
    let to = try day(&c, "Until when?")
    c.fill("to", DeskDate.day(to))
    c.skipPunctuation()
    let cover = try coverer(&c)
    c.fill("covers", cover.name)
    return .command(.setAbsence(AbsenceAsk(person: person, from: from, to: to, cover: cover.login)))
  }

  private static func startsDate(_ c: Cursor) -> Bool {
    DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar) != nil
      || ["from", "between"].contains(c.word() ?? "")
  }

  /// A day, read whole or refused; a time of day has no place in an absence.
  private static func day(_ c: inout Cursor, _ question: String) throws(ParseError) -> Date {
    guard let (result, n) = DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar) else {
      throw c.error(question, suggestion: example)
    }
    switch result {
    case .success(let match):
      guard !match.hasTime else { throw c.error("An absence is whole days: leave out the time.", suggestion: example) }
      c.mark(from: c.index, to: c.index + n, as: "date")
      c.index += n
      return match.date
    case .failure(let error): throw c.error(Lexicon.sentence(error.message))
    }
  }

  /// Who covers: "Arben covers", "Arben will cover", "covered by Arben", "cover: Arben",
  /// "Arben covering". A person on the desk, by login; on a desk without people, the name as
  /// typed, so that the desk refuses it for what it is (cover is a team desk's), not as a typo.
  private static func coverer(_ c: inout Cursor) throws(ParseError) -> (login: String, name: String) {
    let lead = c.takeAny(["covered by", "cover by", "cover", "covering", "with", "and"])
    if lead != nil { c.skipPunctuation() }
    let start = c.index
    var end = c.tokens.count
    while end > start, c.tokens[end - 1].kind == .punctuation { end -= 1 }
    var words = end
    if lead == nil || lead == "and" {
      let trailing: [[String]] = [["covers", "for", "me"], ["is", "covering"], ["will", "cover"], ["covers"], ["covering"], ["cover"]]
      guard let tail = trailing.first(where: { t in
        t.count <= end - start && zip(c.tokens[(end - t.count)..<end], t).allSatisfy { $0.folded == $1 }
      }) else {
        throw c.error("Who covers while you are away?", suggestion: example)
      }
      words = end - tail.count
    }
    guard words > start else { throw c.error("Who covers while you are away?", suggestion: example) }
    let typed = c.text(from: start, to: words)
    if c.context.desk.people.isEmpty {
      c.mark(from: start, to: words, as: "person")
      c.mark(from: words, to: end, as: "covers")
      c.index = c.tokens.count
      return (typed, typed)
    }
    guard let (person, stop) = personAt(c, from: start, upTo: words), stop == words else {
      let names = c.context.desk.peopleInOrder.map(\.firstName).joined(separator: ", ")
      c.index = start
      throw c.error(
        "There is nobody called \(typed) on this desk to cover.",
        suggestion: names.isEmpty ? "People are a team desk's." : "The people here: \(names).")
    }
    c.mark(from: start, to: words, as: "person")
    c.mark(from: words, to: end, as: "covers")
    c.index = c.tokens.count
    return (person.login, person.name)
  }

  /// The person whose name (login, whole or first name) is the words from `from`, longest
  /// first, up to three words and not past `upTo`: the person and where their words end.
  static func personAt(_ c: Cursor, from: Int, upTo: Int) -> (Person, Int)? {
    let desk = c.context.desk
    guard !desk.people.isEmpty else { return nil }
    var end = min(upTo, from + 3)
    while end > from {
      let words = c.tokens[from..<end]
      if words.allSatisfy({ $0.kind != .punctuation }), let person = desk.person(named: words.map(\.text).joined(separator: " ")) {
        return (person, end)
      }
      end -= 1
    }
    return nil
  }
}
