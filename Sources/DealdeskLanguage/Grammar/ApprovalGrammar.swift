import DealdeskCore
import Foundation

/// Approvals, validity, lost deals, round-by-round comparison and what-if: the deal desk's
/// controls around a negotiation.
enum ApprovalGrammar {
  static let family = "Offers and negotiation"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "approve", family: family, verbs: ["approve", "approved", "sign off", "ok offer"],
      subjectVerbs: ["approved", "signed off"],
      summary: "Approve an offer's current terms beyond your discount authority (any later change needs approval again), or an order over a credit limit.",
      usage: "approve [O-12|S-7] [by NAME]   NAME approved|ok'd O-12   ok from NAME on O-12",
      examples: ["approve O-1", "approve O-1 by Maria", "approve", "Maria approved the Acme offer", "ok from Maria on O-1"],
      parse: approve),
    CommandSpec(
      name: "extend", family: family, verbs: ["extend", "prolong", "renew"],
      summary: "Keep an offer valid longer; an expired offer can be extended to accept it.",
      usage: "extend [O-12] by N days | extend [O-12] until DATE",
      examples: ["extend O-1 by 7 days", "extend O-1 until 20 dec", "extend by a week"],
      parse: extend),
    CommandSpec(
      name: "lost", family: family, verbs: ["lost", "mark lost", "lose"],
      subjectVerbs: ["went with", "chose", "bought from", "is going with", "goes with", "lost to",
                     "deal is dead", "deal's dead", "deal fell through", "deal is lost", "is lost"],
      summary: "The client bought elsewhere: record the competitor and why.",
      usage: "lost [O-12] to COMPETITOR[: REASON]   O-12 lost to COMPETITOR   CLIENT went with COMPETITOR",
      examples: ["lost O-1 to Tekstil Plus: price", "O-1 lost to Tekstil Plus", "Acme went with Tekstil Plus: cheaper"],
      parse: lost),
    CommandSpec(
      name: "lost deals", family: family, verbs: ["lost deals", "why did we lose", "why we lose", "losses", "lost offers"],
      summary: "Declined and lost offers, counted by competitor and by reason.",
      usage: "lost deals", examples: ["lost deals", "why did we lose"],
      parse: { c, _ throws(ParseError) in
        // The listing is over every deal ever lost: a period ("lost deals this month") is
        // refused by the parser, not dropped.
        c.skipWords(["we", "did", "do", "lose", "lost", "deals", "offers", "so", "far", "all", "why", "any"])
        return .question(.lostDeals)
      }),
    CommandSpec(
      name: "diff", family: family, verbs: ["diff", "what changed", "compare", "changes", "what's changed", "what has changed"],
      summary: "Compare an offer's rounds: price, discount and quantity per line, total, margin, authority.",
      usage: "diff [O-12] [ROUND to ROUND]   what changed",
      examples: ["diff O-1", "what changed", "diff O-1 1 to 2"],
      parse: diff),
    CommandSpec(
      name: "try", family: family, verbs: ["try", "what if", "what about", "simulate"],
      summary: "Show what an offer or counter would give — prices, total, margin, approval — changing nothing.",
      usage: "try offer … | try counter …",
      examples: ["try offer Acme 15% on linen", "what if counter O-1 12%"],
      parse: whatIf),
  ]

  static func approve(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    // "O-12 approved", "S-7 is approved by Maria": the reference came first, as the subject.
    let desk = c.context.desk
    // "approve contract CT-1 by Maria": a contract's terms beyond the drafter's authority.
    var atContract = c
    atContract.skipWords(["the", "contract"])
    if let contract = ContractGrammar.contractReference(&atContract) {
      c = atContract
      c.skipFiller()
      var approver: String?
      if c.takeAny(["by", "as", "from"]) != nil {
        c.mark(from: c.index, to: c.tokens.count, as: "approver")
        approver = c.takeRest()
      }
      guard c.isAtEnd else { throw c.unexpected(kinds: []) }
      c.fill("contract", contract)
      if let approver { c.fill("approved by", approver) }
      return .command(.approveContract(contract: contract, by: approver))
    }
    let subjectOrder = subject.flatMap { desk.orders[$0] != nil ? $0 : nil }
    if let order = subjectOrder ?? c.orderReference(allowWord: true) {
      // An order over the client's credit limit is approved the same way.
      c.skipFiller()
      var approver: String?
      if c.takeAny(["by", "as", "from"]) != nil {
        c.mark(from: c.index, to: c.tokens.count, as: "approver")
        approver = c.takeRest()
      }
      c.fill("order", order)
      if let approver { c.fill("approved by", approver) }
      return .command(.approveOrder(order: order, by: approver))
    }
    let reference = subject.flatMap { desk.offers[$0] != nil ? $0 : nil } ?? c.offerReference()
    c.skipFiller()
    // "approve the offer for Acme": the word says what is approved; the client says whose.
    if reference == nil, c.takeAny(["offer", "quote", "deal", "it"]) != nil { c.skipFiller() }
    var client = subject.flatMap { desk.clients[$0]?.id }
    if reference == nil, client == nil {
      client = try c.client()
      // "approve the drini offer by Ilir": the word after the client says what is approved.
      if client != nil { _ = c.takeAny(["offer", "quote", "deal"]) }
    }
    c.skipFiller()
    var approver: String?
    if c.takeAny(["by", "as", "from"]) != nil {
      // The name runs to the end, or to a number ("approved by Sofia 12.5%"): a term is no
      // part of a name, and is left for the line to be refused naming it.
      let start = c.index
      let end = c.tokens[start...].firstIndex(where: { $0.text.first?.isNumber ?? false }) ?? c.tokens.count
      c.mark(from: start, to: end, as: "approver")
      let name = c.text(from: start, to: end).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-"))
      c.index = end
      guard !name.isEmpty else { throw ParseError("Approved by whom?", suggestion: "e.g. approve O-12 by Maria") }
      approver = name
      c.fill("approved by", name)
    }
    let id = try c.offerOrLatest(reference, client: client, verb: "approve")
    c.fill("offer", id)
    return .command(.approve(offer: id, by: approver))
  }

  static func extend(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    // "extend the acme hold to 10/12", "extend R-3 by a week": a hold, not an offer.
    if holdNamed(c) { return try StockGrammar.extendHold(&c, nil) }
    let reference = c.offerReference()
    skipFillerBeforeDays(&c)
    if reference == nil, c.takeAny(["offer", "quote", "deal", "it"]) != nil { c.skipFiller() }
    var client: String?
    if reference == nil {
      client = try c.client()
      // "extend atelier offer to 21/12": the word after the client says what is extended.
      if client != nil { _ = c.takeAny(["offer", "quote", "deal"]) }
    }
    skipFillerBeforeDays(&c)
    var days: Int?
    var until: Date?
    _ = c.takeAny(["by", "for", "another"])
    if let (n, consumed) = Terms.days(c) {
      c.index += consumed
      days = n
      c.fill("by", "\(n) days")
    } else if c.takeAny(["until", "till", "to", "through"]) != nil || !c.isAtEnd {
      guard let (result, consumed) = DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar) else {
        throw c.error("Extend by how long, or until when?", suggestion: "e.g. extend O-12 by 7 days, extend O-12 until 20 dec")
      }
      switch result {
      case .success(let match):
        until = match.hasTime ? match.date : DeskDate.calendar.date(byAdding: .second, value: 86_399, to: match.date)
        // A day already past is asked back, never moved on a year.
        guard let end = until, end > c.context.now else {
          throw c.error("\(DeskDate.day(match.date)) is past. Did you mean a later date?", suggestion: "e.g. extend O-12 by 7 days, extend O-12 until 20 dec")
        }
        c.index += consumed
        c.fill("until", DeskDate.day(match.date))
      case .failure(let error):
        throw c.error(error.message)
      }
    }
    let id = try c.offerOrLatest(reference, client: client, verb: "extend")
    c.fill("offer", id)
    return .command(.extend(offer: id, days: days, until: until))
  }

  /// Whether an extend names a hold: a reservation id, or "hold"/"reservation" right after
  /// the verb or after the client's name.
  private static func holdNamed(_ c: Cursor) -> Bool {
    let holdWords = ["hold", "reservation", "holds", "reservations"]
    var probe = c
    if let token = probe.current, token.kind == .word, token.folded.hasPrefix("r-"), token.folded.dropFirst(2).allSatisfy(\.isNumber),
      token.folded.count > 2 { return true }
    if probe.takeAny(holdWords) != nil { return true }
    // The client's name, or their possessive ("vlora's"), then the word: read as words, so a
    // name near "hold" ("Vlora Home") does not swallow it.
    let end = min(c.tokens.count, c.index + 5)
    let words = c.tokens[c.index..<end].map(\.folded)
    return words.contains(where: holdWords.contains)
      && !words.contains { ["offer", "quote", "deal", "offers"].contains($0) || $0.hasPrefix("o-") }
  }

  /// Filler, but not the "a" of "a week", which says how long.
  private static func skipFillerBeforeDays(_ c: inout Cursor) {
    while let token = c.current, c.isFiller(token), Terms.days(c) == nil { c.index += 1 }
  }

  static func lost(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    var reference = subject.flatMap { c.context.desk.offers[$0] != nil ? $0 : nil }
    var client = reference == nil ? subject : nil
    if reference == nil { reference = c.offerReference() }
    // "lost K-9 to …": an id that is no offer's, not the start of the competitor's name.
    if reference == nil, let id = c.idShaped(), !c.context.desk.hasRecord(id) { throw Cursor.noRecord(id, offset: c.current?.offset) }
    // "lost O-1 on delivery time": no competitor, and "on" opens the reason, not filler.
    if !c.isAtEnd, !(c.current.map(Self.endsCompetitor) ?? false) { c.skipFiller() }
    if reference == nil, client == nil { client = try c.client() }
    // "nordic deal is dead, they went with a turkish mill": no competitor is named, and all
    // after the verb is the reason, whatever its words.
    var back = c.index - 1
    while back > 0, c.tokens[back].kind == .punctuation { back -= 1 }
    if subject != nil, back > 0, ["dead", "through"].contains(c.tokens[back].folded) {
      c.skipPunctuation()
      _ = c.takeAny(["-", "–", "—"])
      c.skipPunctuation()
      let reason = c.takeRest()
      let id = try c.offerOrLatest(reference, client: client, verb: "lost")
      c.fill("offer", id)
      if !reason.isEmpty { c.fill("reason", reason) }
      return .command(.lose(offer: id, to: nil, reason: reason.isEmpty ? nil : reason))
    }
    _ = c.takeAny(["to", "against", "with"])
    // The competitor runs to a colon, a comma, a dash or a word that opens the reason
    // ("to Lanificio Bari on delivery time"); the reason follows it.
    let start = c.index
    while let token = c.current, !Self.endsCompetitor(token) { c.index += 1 }
    let competitor = c.text(from: start, to: c.index)
    c.mark(from: start, to: c.index, as: "competitor")
    c.skipPunctuation()
    _ = c.takeAny(["-", "–", "—"])
    _ = c.takeAny(["because of", "because", "due to", "cause of", "on", "over", "for", "bc", "as"])
    c.skipPunctuation()
    let reason = c.takeRest()
    let id = try c.offerOrLatest(reference, client: client, verb: "lost")
    c.fill("offer", id)
    if !competitor.isEmpty { c.fill("competitor", competitor) }
    if !reason.isEmpty { c.fill("reason", reason) }
    return .command(.lose(offer: id, to: competitor.isEmpty ? nil : competitor, reason: reason.isEmpty ? nil : reason))
  }

  /// Where a competitor's free-text name ends: punctuation or a dash, or a word that opens
  /// the reason. Names of textile firms do not hold these words.
  private static func endsCompetitor(_ token: Token) -> Bool {
    if token.kind == .punctuation { return [":", ";", ","].contains(token.text) }
    return token.kind == .word && reasonOpeners.contains(token.folded)
  }

  private static let reasonOpeners: Set<String> = ["-", "–", "—", "on", "because", "due", "over", "for", "bc", "cause", "as"]

  static func diff(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    _ = c.takeAny(["on", "in", "rounds", "rounds of", "of"])
    c.skipFiller()
    let reference = c.offerReference()
    c.skipFiller()
    var client: String?
    if reference == nil { client = try c.client() }
    c.skipFiller()
    // "since last round", "since the last round": the latest round against the one before,
    // which is what diff compares unless rounds are named.
    if c.takeAny(["since last round", "since the last round", "since last time", "since the last time",
                  "since our last round", "since their last round", "since the round before"]) != nil {
      c.fill("rounds", "latest vs the one before")
      guard c.isAtEnd else { throw c.unexpected() }
    }
    _ = c.takeAny(["round", "rounds"])
    var rounds: [Int] = []
    while !c.isAtEnd {
      if let (n, consumed) = NumberScanner.scan(c.tokens, at: c.index), let round = Int("\(n)"), round > 0 {
        c.index += consumed
        rounds.append(round)
      } else if c.takeAny(["to", "and", "vs", "versus", "with", "round", "-"]) == nil {
        throw c.unexpected(kinds: .clients)
      }
    }
    guard rounds.count == 0 || rounds.count == 2 else {
      throw ParseError("Compare which two rounds?", suggestion: "e.g. diff O-12 1 to 3, or just diff O-12 for the last two")
    }
    let id = try c.offerOrLatest(reference, client: client, verb: "diff", includingClosed: true)
    c.fill("offer", id)
    if rounds.count == 2 { c.fill("rounds", "\(rounds[0]) to \(rounds[1])") }
    return .question(.diff(offer: id, from: rounds.first, to: rounds.last))
  }

  static func whatIf(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    _ = c.takeAny(["we", "i"])
    if let word = c.word(), ["try", "what", "simulate"].contains(word) {
      throw c.error("One what-if at a time.", suggestion: "e.g. try offer Acme 15% on linen")
    }
    // "what if we go 13% for bora", "what if we drop to 11.20": a counter of ours, said as a move.
    let goes = c.takeAny(["go to", "go down to", "go", "drop to", "come down to", "move to"]) != nil
    let rest = c.takeRest()
    guard !rest.isEmpty else { throw ParseError("Try what?", suggestion: "e.g. try offer Acme 15% on linen") }
    let inner = try Parser.parse(goes ? "counter " + rest : rest, context: c.context)
    guard case .command(let command) = inner.intent else {
      throw ParseError("Only a change can be tried: an offer, a counter, an acceptance…", suggestion: "e.g. try counter 12%")
    }
    c.slots += inner.slots
    c.fill("tried", inner.action)
    return .desk(.whatIf(command))
  }
}
