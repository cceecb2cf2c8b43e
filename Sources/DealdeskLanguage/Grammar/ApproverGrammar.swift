import DealdeskCore
import Foundation

/// Approvals that name the approver first or in passing: "Ilir approved the drini offer",
/// "manager ok'd O-4", "ok from Ilir on O-4", "sofia said yes to O-1". The approver is a
/// person, not a client: the name is kept as typed; deciding refuses one that is a client's
/// or a competitor's on the desk (`Desk.approverRefusal`), and a team desk takes the login.
extension ApprovalGrammar {
  /// What a person does to an offer when approving it, after their name ("sofia said yes
  /// to O-1"); after a client's name the same words are the client's ("Acme signed").
  private static let personVerbs = [
    "approved", "has approved", "approves", "ok'd", "okd", "oked", "ok'ed", "okayed", "okay'd", "oks", "okays",
    "signed off", "signed off on", "has signed off on", "signs off on", "gave the ok for", "gave the ok on", "gave the ok to",
    "gave ok for", "gave ok on", "gave ok to", "gave the green light for", "gave the green light to", "gave the go ahead for",
    "green lit", "greenlit", "authorised", "authorized", "signed", "said yes to", "said ok to",
    "says yes to", "said okay to", "is ok with",
  ]

  /// Words that say what was approved, never who: "payment ok'd", "price approved".
  private static let notAPerson: Set<String> = [
    "payment", "payments", "money", "transfer", "bank", "order", "invoice", "price", "prices", "discount", "terms", "stock",
    "credit", "limit", "sample", "samples", "swatch", "it", "that", "this", "which", "what", "who", "everything", "all",
  ]

  /// An approval named before the person: "ok from Ilir on O-4", "approval from sofia for O-1".
  private static let fromOpenings = [
    "ok from", "okay from", "approval from", "approved from", "green light from", "go ahead from", "go-ahead from",
    "sign off from", "signoff from", "yes from", "thumbs up from", "ok'd by", "okd by", "okayed by", "cleared by",
    "authorised by", "authorized by", "signed off by", "green lit by",
  ]

  /// Words that end the approver's name in a "from" line and lead to what was approved.
  private static let nameEnds: Set<String> = ["on", "for", "to", "about", "re", "regarding"]

  /// A whole line in which a person approves an offer or an order; nil when the line is not one.
  /// The first words of both forms: a line with none of them in its first words is no approval.
  private static let heads: Set<String> = Set((personVerbs + fromOpenings).compactMap { $0.split(separator: " ").first.map(String.init) })

  static func personLine(_ c: inout Cursor) throws(ParseError) -> Understood? {
    guard c.tokens.prefix(c.index + 5).contains(where: { $0.kind == .word && heads.contains($0.folded) }) else { return nil }
    // "ok from Ilir": the "ok" was skipped as filler before this reader ran.
    var p = c
    p.index = 0
    p.ignored = []
    if p.takeAny(fromOpenings) != nil {
      p.skipFiller()
      let start = p.index
      while let word = p.word(), !nameEnds.contains(word), !startsReference(p) { p.index += 1 }
      let person = p.text(from: start, to: p.index)
      guard !person.isEmpty, p.index - start <= 4 else { return nil }
      p.skipPunctuation()
      _ = p.takeAny(Array(nameEnds))
      c = p
      return try approved(&c, by: person)
    }
    // "Ilir approved …": one to three words of a name, then a verb of approving. Most lines
    // have no such verb in their first words, and are passed over before any name is looked up.
    p = c
    let start = p.index
    guard (start..<min(start + 4, p.tokens.count)).contains(where: { i in
      var probe = p
      probe.index = i
      return starts(probe, personVerbs)
    }) else { return nil }
    if p.takeAny(Parser.pronouns) != nil { return nil }
    if p.offerReference() != nil || p.orderReference(allowWord: true) != nil { return nil }
    p.index = start
    // Words that are a name of the desk are that client or fabric ("Acme signed" is the client
    // accepting), never a person: the subject readers take them.
    guard p.match(.anyName).map({ $0.quality == .typo }) ?? true else { return nil }
    let verbs = personVerbs
    while p.index - start < 3, let token = p.current, token.kind == .word, token.text.first?.isLetter == true,
      !starts(p, verbs), !notAPerson.contains(token.folded), !token.isReserved {
      p.index += 1
    }
    guard p.index > start, starts(p, verbs) else { return nil }
    // A line that opens with a command's word is that command's ("deal approved", "explain
    // Maria approved O-1"), never a person's name.
    if Grammar.verbOpenings.contains(firstWord: p.tokens[start].folded) { return nil }
    let person = p.text(from: start, to: p.index)
    _ = p.takeAny(verbs)
    // "Ilir approved by …" is no approval by Ilir.
    if p.word() == "by" { return nil }
    c = p
    return try approved(&c, by: person)
  }

  private static func startsReference(_ c: Cursor) -> Bool {
    var probe = c
    return probe.offerReference() != nil || probe.orderReference() != nil
  }

  private static func starts(_ c: Cursor, _ verbs: [String]) -> Bool {
    var probe = c
    return probe.takeAny(verbs) != nil
  }

  /// What was approved: an order or offer by reference, "it"/"the offer" (the one in
  /// context), or a client's offer ("the drini offer", "drini's offer", "the offer for drini"),
  /// asked back when that client has more than one open.
  private static func approved(_ c: inout Cursor, by person: String) throws(ParseError) -> Understood {
    c.skipFiller()
    let desk = c.context.desk
    if let order = c.orderReference(allowWord: true) {
      c.skipFiller()
      guard c.isAtEnd else { throw c.unexpected(kinds: .clients) }
      guard let placed = desk.orders[order] else { throw ParseError("There is no order \(order).", suggestion: "`orders` lists them.") }
      c.fill("order", order)
      c.fill("approved by", person)
      return Understood(intent: .command(.approveOrder(order: order, by: person)), action: "approve", client: placed.clientId,
                        slots: c.slots, ignored: c.ignored, roles: c.roles)
    }
    let reference = c.offerReference()
    c.skipFiller()
    var client: String?
    if reference == nil {
      _ = c.takeAny(["it", "that", "this", "offer", "quote", "deal", "the deal", "discount", "price", "terms"])
      c.skipFiller()
      // "drini's offer": the possessive is the client's.
      if let (id, next) = PossessiveGrammar.possessor(c), next == c.index + 1 {
        client = id
        c.index = next
      } else {
        client = try c.client()
      }
      if client != nil {
        _ = c.takeAny(["'s", "s", "offer", "quote", "deal", "discount", "price", "terms"])
        _ = c.takeAny(["offer", "quote", "deal", "discount", "price", "terms"])
      }
      c.skipFiller()
    }
    guard c.isAtEnd else { throw c.unexpected(kinds: .clients) }
    let id: String
    if let reference {
      id = try c.offerOrLatest(reference, client: nil, verb: "approve")
    } else if let client {
      let open = desk.offers(for: client).filter { $0.status.isOpen }
      guard open.count <= 1 else {
        let name = desk.clients[client]?.name ?? client
        let ids = open.map(\.id)
        throw ParseError("\(name) has \(open.count) open offers, \(Lexicon.orList(ids)): which did \(person) approve?",
                         suggestion: "Name it: \(person) approved \(ids.last ?? "O-1")")
      }
      id = try c.offerOrLatest(open.first?.id, client: client, verb: "approve")
    } else {
      id = try c.offerOrLatest(nil, client: nil, verb: "approve")
    }
    c.fill("offer", id)
    c.fill("approved by", person)
    return Understood(intent: .command(.approve(offer: id, by: person)), action: "approve", client: desk.offers[id]?.clientId,
                      slots: c.slots, ignored: c.ignored, roles: c.roles)
  }
}
