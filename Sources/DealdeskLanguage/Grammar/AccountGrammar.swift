import DealdeskCore

/// A team desk's accounts and the director's tasks (issue 19, items 5 and 7):
/// "assign Acme to Arben" gives a client's account to a person; "assign Acme to nobody" or
/// "unassign Acme" takes it back; "assign Arben: call Acme about the overdue by fri" gives
/// Arben a task. The colon tells a task from an account: before it stands a person, never a
/// client; an account's line names a client, then "to", then a person, and nothing else.
enum AccountGrammar {
  static let family = ApprovalRequestGrammar.family

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "assign", family: family, verbs: ["assign", "reassign"],
      summary: "On a team desk, a director gives a client's account to a person (assign Acme to Arben; to nobody takes it back), or gives a person a task for their agenda (assign Arben: call Acme about the overdue by fri).",
      usage: "assign CLIENT to PERSON|nobody   assign PERSON: TASK DATE",
      examples: ["assign Acme to Arben", "assign Acme to nobody", "assign Arben: call Acme about the overdue by fri"],
      parse: { c, _ throws(ParseError) in try assign(&c) }),
    CommandSpec(
      name: "unassign", family: family, verbs: ["unassign"],
      summary: "On a team desk, a director takes a client's account back: it is nobody's.",
      usage: "unassign CLIENT", examples: ["unassign Acme"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        _ = c.takeAny(["account of", "the account of"])
        guard let client = try c.client() else { throw c.unexpected(kinds: .clients) }
        _ = c.takeAny(["account", "'s account", "’s account"])
        c.skipFiller()
        guard c.isAtEnd else { throw c.unexpected() }
        c.fill("client", c.context.desk.clients[client]?.name ?? client)
        c.fill("account of", "nobody")
        return .command(.assignAccount(client: client, to: nil))
      }),
    CommandSpec(
      name: "tasks", family: family, verbs: ["tasks", "open tasks", "team tasks", "my tasks", "late tasks"],
      summary: "A director's tasks: for a director, what is open and late across the team, by person; for a manager, their own.",
      usage: "tasks", examples: ["tasks", "my tasks"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        guard c.isAtEnd else { throw c.unexpected() }
        return .question(.tasks)
      }),
    CommandSpec(
      name: "team agenda", family: family, verbs: ["team agenda", "everyone's agenda", "everyones agenda", "whole agenda"],
      summary: "On a team desk, every open follow-up and task, whoever's account or agenda it is in.",
      usage: "team agenda", examples: ["team agenda"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        guard c.isAtEnd else { throw c.unexpected() }
        return .question(.teamAgenda)
      }),
  ]

  /// The person a line names, by login; on a one-person desk, which has no people, the name
  /// as typed, for the desk to refuse saying that people are a team desk's.
  private static func personNamed(_ typed: String, _ c: Cursor, at offset: Int?) throws(ParseError) -> (login: String, name: String) {
    let desk = c.context.desk
    guard !desk.people.isEmpty else { return (typed, typed) }
    guard let person = desk.person(named: typed) else { throw nobodyCalled(typed, c, at: offset) }
    return (person.login, person.name)
  }

  private static func colon(_ c: Cursor) -> Int? {
    c.tokens.indices.first { $0 >= c.index && c.tokens[$0].kind == .punctuation && c.tokens[$0].text == ":" }
  }

  /// The words from..<to as one name ("Arben Hoxha"), without filler at either end.
  private static func words(_ c: Cursor, _ from: Int, _ to: Int) -> (text: String, from: Int, to: Int) {
    var (a, b) = (from, to)
    while a < b, c.isFiller(c.tokens[a]) { a += 1 }
    while b > a, c.isFiller(c.tokens[b - 1]) { b -= 1 }
    return (c.tokens[a..<b].map(\.text).joined(separator: " "), a, b)
  }

  private static func nobodyCalled(_ typed: String, _ c: Cursor, at offset: Int?) -> ParseError {
    let people = c.context.desk.peopleInOrder.map { "\($0.name) (\($0.login))" }.joined(separator: ", ")
    return ParseError("There is no one person called \(typed) on this desk.", suggestion: "The people here: \(people).", offset: offset)
  }

  static func assign(_ c: inout Cursor) throws(ParseError) -> Intent {
    c.skipFiller()
    let desk = c.context.desk
    if let colon = colon(c) {
      // A task: a person, a colon, then what to do by when, read as a follow-up is.
      let (typed, from, to) = words(c, c.index, colon)
      guard !typed.isEmpty else {
        throw c.error("Whose task is it?", suggestion: "Name the person before the colon, e.g. assign Arben: call Acme about the overdue by fri")
      }
      if desk.person(named: typed) == nil {
        var probe = c
        probe.index = from
        if let client = try? probe.client(), probe.index == to {
          throw c.error(
            "\(desk.clients[client]?.name ?? typed) is a client: a task goes to a person.",
            suggestion: "e.g. assign Arben: call \(desk.clients[client]?.name ?? typed) about the overdue by fri; a client's account: assign \(desk.clients[client]?.name ?? typed) to Arben")
        }
      }
      let person = try personNamed(typed, c, at: c.current?.offset)
      c.mark(from: from, to: to, as: "person")
      c.index = colon + 1
      guard case .command(.followUp(let new)) = try DayGrammar.followUp(&c) else {
        throw c.error("What is the task, and by when?", suggestion: "e.g. assign \(typed): call Acme about the overdue by fri")
      }
      c.fill("task for", person.name)
      return .command(.assignTask(new, to: person.login))
    }
    // An account: a client, "to", a person (or nobody).
    let start = c.index
    _ = c.takeAny(["account of", "the account of"])
    guard let client = try c.client() else {
      let toAt = c.tokens.indices.first { $0 > start && c.tokens[$0].folded == "to" } ?? c.tokens.count
      let (typed, _, _) = words(c, start, toAt)
      if desk.person(named: typed) != nil {
        throw c.error(
          "\(typed) is a person: name the client first, or give \(typed) a task with a colon.",
          suggestion: "e.g. assign Acme to \(typed), or assign \(typed): call Acme about the overdue by fri")
      }
      throw c.unexpected(kinds: .clients)
    }
    let name = desk.clients[client]?.name ?? client
    _ = c.takeAny(["account", "'s account", "’s account"])
    guard c.take("to") else {
      if c.isAtEnd {
        throw c.error("Assign \(name) to whom?", suggestion: "e.g. assign \(name) to Arben, or assign \(name) to nobody")
      }
      throw c.unexpected()
    }
    let (typed, from, to) = words(c, c.index, c.tokens.count)
    guard !typed.isEmpty else {
      throw c.error("Assign \(name) to whom?", suggestion: "e.g. assign \(name) to Arben, or assign \(name) to nobody")
    }
    c.fill("client", name)
    if ["nobody", "no one", "noone", "none"].contains(typed.lowercased()) {
      c.mark(from: from, to: to, as: "account of")
      c.index = c.tokens.count
      c.fill("account of", "nobody")
      return .command(.assignAccount(client: client, to: nil))
    }
    let person = try personNamed(typed, c, at: c.tokens[from].offset)
    c.mark(from: from, to: to, as: "person")
    c.index = c.tokens.count
    c.fill("account of", person.name)
    return .command(.assignAccount(client: client, to: person.login))
  }
}
