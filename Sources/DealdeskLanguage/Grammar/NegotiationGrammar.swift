import DealdeskCore
import Foundation

/// The moves of a negotiation after the first offer: counters, asks, accept, decline, withdraw.
enum NegotiationGrammar {
  static let family = "Offers and negotiation"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "counter", family: family,
      // "we can do 10% but net 60", "our answer is 11%, but prepaid" ("our" is filler, skipped
      // before the verb is looked for): our move, said as people say it.
      verbs: ["counter", "counteroffer", "counter offer", "revise", "improve", "can do", "could do", "can go to",
              "go back with", "went back with", "we come back with", "we came back with", "back to them with",
              "go back to them with", "we go back to them with", "answer is", "best we can do is", "best i can do is"],
      subjectVerbs: ["counters", "counter", "countered", "wants", "want", "wanted", "asks for", "ask for", "asked for",
                     "asks", "ask", "asked", "is asking for", "asking for", "asking", "is asking", "are asking for", "would like", "requests", "request",
                     "demands", "proposes", "propose", "suggests", "offers", "comes back with", "come back with",
                     "came back with", "came back asking for", "comes back asking for", "like", "insists on", "insisted on",
                     "asking", "is asking", "are asking", "wanting", "says", "say"],
      summary: "A new round on an open offer: ours (counter …) or the client's (Acme wants …). Terms not named carry over.",
      usage: "counter [CLIENT|O-12] [N%] [PRICE] [QUANTITY] [net N|prepayment] [lead time N days]   CLIENT wants/counters/asks for …",
      examples: ["counter 12%", "counter Acme 12% with prepayment", "Acme counters 15%", "Acme wants 15%",
                 "Acme wants 15% if they take 1000m", "we can do 10% but net 60",
                 "Acme asks for net 60", "they want 14%", "counter O-1 11.20"],
      parse: counter),
    CommandSpec(
      name: "accept", family: family,
      verbs: ["accept", "accepted", "agree", "agreed", "deal", "close", "it's a deal", "its a deal", "we have a deal",
              "we've got a deal", "done deal"],
      subjectVerbs: ["accepts", "accept", "accepted", "agrees", "agree", "agreed", "says yes", "say yes", "said yes", "takes it",
                     "take it", "signs", "signed", "won"],
      summary: "The offer is agreed: the client accepts ours, or we accept the client's ask.",
      usage: "accept [O-12]   CLIENT accepts   they accept   O-12 accepted   offer 12 was accepted",
      examples: ["Acme accepts", "accept O-1", "they accept", "offer 2 was accepted", "it's a deal"],
      parse: accept),
    CommandSpec(
      name: "decline", family: family, verbs: ["decline", "declined", "rejected"],
      subjectVerbs: ["declines", "decline", "declined", "rejects", "reject", "rejected", "says no", "say no", "said no", "passes", "pass",
                    "turns it down", "turned it down", "turns down", "turned down", "not interested", "isn't interested",
                    "aren't interested", "walked away", "walks away", "pulled out", "pulls out", "backed out", "backs out"],
      summary: "The client turns the offer down; say why after a colon.",
      usage: "CLIENT declines[: REASON]   decline O-12[: REASON]",
      examples: ["Acme declines: price too high", "decline O-1"],
      parse: decline),
    CommandSpec(
      name: "withdraw", family: family, verbs: ["withdraw", "retract", "cancel offer", "pull"],
      // Past forms only, for an offer written first ("O-12 withdrawn", "offer 12 was
      // withdrawn"): "they pulled out" is the client walking away, which is a decline.
      subjectVerbs: ["withdrawn", "retracted"],
      summary: "Take an offer off the table.", usage: "withdraw [O-12]   O-12 withdrawn",
      examples: ["withdraw O-1", "withdraw the offer to Acme", "offer 1 was withdrawn"],
      parse: withdraw),
  ]

  /// The offer a move is about: a reference, a client named, or the client in context.
  private static func target(_ c: inout Cursor, subject: String?, verb: String) throws(ParseError) -> String {
    c.skipFiller()
    let reference = c.offerReference() ?? c.numberAfter(["offer", "quote"]).map(Ids.offer)
    c.skipFiller()
    if reference == nil, c.takeAny(["offer", "quote", "deal", "it"]) != nil { c.skipFiller() }
    var client = subject
    if reference == nil, client == nil { client = try c.client() }
    let id = try c.offerOrLatest(reference, client: client, verb: verb)
    c.fill("offer", id)
    return id
  }

  static func counter(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    // "Acme counters…" and "Acme wants…" are the client's moves; "counter …" is ours.
    let by: Party = subject == nil ? .us : .client
    // A client who asks with nothing open opens an offer from their side.
    if by == .client, let subject, asksWithNothingOpen(c, client: subject) {
      return try OfferGrammar.clientAsk(&c, client: subject)
    }
    var reference: String?
    var client = subject
    var change = TermsChange()
    var fabrics: [EntityRef] = []
    // A quantity as a condition ("if they take 500m"), named if the offer cannot take it.
    var conditionWords: String?
    // Terms said to stay as they are ("same discount", "net 30 stays"): a counter carries
    // them over anyway; said beside a change of the same term, or of terms the offer does not
    // have, the line is refused.
    var keepsDiscount = false
    var staysPayment: (PaymentTerms, Cursor)?
    let argsStart = c
    while !c.isAtEnd {
      let start = c
      if let condition = try Conditions.read(&c) {
        // "15% if they take 500m", "10% but net 60", "11% if they pay upfront": the
        // condition is a term of the move, read into it.
        switch condition {
        case .connector: break
        case .payment(let terms):
          if let earlier = change.paymentTerms, earlier != terms {
            throw start.error("Two payment terms in one move, \(earlier.label) and \(terms.label).")
          }
          change.paymentTerms = terms
        case .quantity(let q):
          let meters = try quantity(q, reference: reference, client: client, c: c)
          if let earlier = change.meters, earlier != meters {
            throw start.error("Two quantities in one move, \(Money.trimmed(earlier)) m and \(Money.trimmed(meters)) m.")
          }
          change.meters = meters
          conditionWords = c.text(from: start.index, to: c.index)
        }
      } else if c.takeAny(["same discount", "discount unchanged", "discount stays", "discount stays the same",
                            "same %", "keep the discount", "discount as is", "discount as before"]) != nil {
        keepsDiscount = true
        c.fill("discount", "unchanged")
      } else if let payment = change.paymentTerms, staysPayment == nil,
        c.takeAny(["stays", "stay", "unchanged", "as before", "as is", "stays the same", "same as before"]) != nil {
        // "10% but net 30 stays": the terms named are the ones the offer keeps.
        staysPayment = (payment, start)
        c.fill("payment", "\(payment.label) (unchanged)")
      } else if case .net(let days)? = change.paymentTerms, let notDays = Self.notDays(&c) {
        // "net 60 not 30": the terms they had, named to set the new ones apart.
        guard notDays != days else { throw start.error("Net \(days) and not net \(notDays)?", suggestion: "Give the terms once, e.g. Acme asks for net 60") }
        c.fill("instead of", "net \(notDays)")
      } else if c.takeAny(["nothing less", "or no deal", "or no deal at all", "take it or leave it", "final offer", "final",
                            "last offer", "and that's final", "thats final", "that's final", "firm"]) != nil {
        // Words of firmness: the move is the same move, said firmly.
        c.fill("said", "firmly")
      } else if let percent = Terms.percent(&c) {
        // The desk's own rule, said before the line is read further.
        guard percent < 100 else { throw start.error("A discount must be from 0% to below 100%; \(Money.trimmed(percent))% is not.") }
        // A second discount: each fabric named has its own ("9% on satin and 6% on tweed").
        if let earlier = change.discountPercent, earlier != percent {
          c = argsStart
          return try lineByLine(&c, subject: subject, by: by, second: (earlier, percent, start))
        }
        change.discountPercent = percent
        c.fill("discount", "\(Money.trimmed(percent))%")
      } else if let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
        c.index += n
        let meters = try quantity(q, reference: reference, client: client, c: c)
        // A second value of one term would be dropped unread, the last one winning: refused.
        if let earlier = change.meters, earlier != meters {
          throw start.error("Two quantities in one move, \(Money.trimmed(earlier)) m and \(Money.trimmed(meters)) m.")
        }
        change.meters = meters
        c.fill("quantity", "\(Money.trimmed(meters)) m")
      } else if let payment = try Terms.payment(&c) {
        if let earlier = change.paymentTerms, earlier != payment {
          throw start.error("Two payment terms in one move, \(earlier.label) and \(payment.label).")
        }
        change.paymentTerms = payment
      } else if let lead = try Terms.leadTime(&c) {
        if let earlier = change.leadTimeDays, earlier != lead {
          throw start.error("Two lead times in one move, \(earlier) and \(lead) days.")
        }
        change.leadTimeDays = lead
      } else if let price = try Terms.price(&c) {
        if let earlier = change.unitPrice, earlier != price {
          throw start.error("Two prices in one move, \(Money.plain(earlier)) and \(Money.plain(price)).")
        }
        change.unitPrice = price
      } else if reference == nil, let ref = c.offerReference() {
        reference = ref
      } else if c.takeAny(["offer", "quote", "everything", "all", "across the board", "it", "that"]) != nil {
        // "improve the offer to Acme", "15% on everything", "they want it at 11.00": a move
        // is on the whole offer anyway.
        continue
      } else if c.takeAny(["to pay in", "to pay within", "to pay", "pay in", "pay within", "paying in", "payment in"]) != nil {
        // "they want to pay in 60 days": the terms follow.
      } else if let token = c.current, Lexicon.isFiller(token) {
        c.skipFiller()
      } else if let fabric = try fabric(&c, clientNamed: client != nil) {
        fabrics.append(fabric)
      } else if client == nil, let id = try c.client() {
        client = id
      } else if let price = Terms.bareCents(&c) {
        // "counter 11.20": a number with cents is a price per metre.
        change.unitPrice = price
      } else if let (number, _) = NumberScanner.scan(c.tokens, at: c.index) {
        throw c.error("\(number) what? A percent (\(number)%), a price per metre (\(Money.plain(number))) or a quantity (\(number)m)?")
      } else {
        throw c.unexpected(kinds: .clients)
      }
    }
    // "they like it", "Acme wants": the client asked for nothing the desk can write down;
    // perhaps they accept.
    if by == .client, change.isEmpty, fabrics.isEmpty {
      throw ParseError("What do they want?", suggestion: "e.g. Acme wants 15%, Acme asks for net 60; or, if they agree, Acme accepts")
    }
    if keepsDiscount, change.discountPercent != nil {
      throw ParseError("A new discount and \"same discount\" in one move.", suggestion: "Give one, e.g. counter O-4 net 45, same discount")
    }
    // A client with several offers open: the fabric named says which ("acme says 8.90/m for
    // the 12oz" on their denim offer, not their latest); where it fits none or several, the
    // latest is taken as before and checked below.
    if reference == nil, !fabrics.isEmpty, c.context.contextOffer == nil || client != nil,
      let owner = client ?? c.context.contextClient {
      let fitting = c.context.desk.offers(for: owner).filter { offer in
        offer.status.isOpen && fabrics.allSatisfy { covers($0, offer: offer.id, desk: c.context.desk) }
      }
      if fitting.count == 1 { reference = fitting[0].id }
    }
    let id = try c.offerOrLatest(reference, client: client, verb: "counter")
    if let (terms, at) = staysPayment {
      let current = c.context.desk.offers[id]?.current.paymentTerms ?? c.context.desk.settings.defaultPaymentTerms
      guard current == terms else {
        throw at.error("\(id) is on \(current.label), so \(terms.label) does not stay.",
                       suggestion: "To change the terms, counter \(terms.label)")
      }
      change.paymentTerms = nil
    }
    if by == .client, change.isEmpty, fabrics.isEmpty {
      throw ParseError("What do they want?", suggestion: "e.g. Acme wants 15%, Acme asks for net 60; or, if they agree, Acme accepts")
    }
    if change.isEmpty, fabrics.isEmpty, keepsDiscount || staysPayment != nil {
      throw ParseError("Nothing changes in that move.", suggestion: "e.g. counter O-4 net 45, same discount")
    }
    for fabric in fabrics { try checkCovered(fabric, offer: id, c: c) }
    if let words = conditionWords { try checkOneProduct(id, condition: words, c: c) }
    if change.discountPercent != nil || change.unitPrice != nil || change.meters != nil {
      try checkWholeOffer(fabrics, offer: id, c: c)
    }
    c.fill("offer", id)
    c.fill("by", by == .us ? "us" : "client")
    return .command(.counter(offer: id, by: by, change: change))
  }

  /// "not 30", "not net 30", "instead of 30 days": the days set against new terms.
  private static func notDays(_ c: inout Cursor) -> Int? {
    var probe = c
    guard probe.takeAny(["not", "instead of", "rather than"]) != nil else { return nil }
    _ = probe.takeAny(["net"])
    guard let token = probe.current, token.kind == .word, let days = Int(token.text), days > 0, days <= 365 else { return nil }
    probe.index += 1
    _ = probe.takeAny(["days", "day"])
    c = probe
    return days
  }

  /// A move with terms line by line: "counter 9% on satin and 6% on tweed", "drini wants 8% on
  /// satin and 11.20 for the tweed". The lines are read as an offer's are, each fabric with its
  /// own terms; each changes the offer's line it names, and the lines not named keep theirs.
  private static func lineByLine(
    _ c: inout Cursor, subject: String?, by: Party, second: (Decimal, Decimal, Cursor)
  ) throws(ParseError) -> Intent {
    var d = OfferGrammar.Draft()
    var reference: String?
    var client = subject
    while !c.isAtEnd {
      if reference == nil, let ref = c.offerReference() {
        reference = ref
      } else if try OfferGrammar.readTerms(&c, into: &d) {
        d.sharedPercent = nil
      } else if try OfferGrammar.readTarget(&c, into: &d) {
        continue
      } else if c.takeAny(["+", "plus", "offer", "quote", "it", "that"]) != nil {
        continue
      } else if let token = c.current, Lexicon.isFiller(token) {
        c.skipFiller()
      } else if client == nil, let id = try c.client() {
        client = id
      } else {
        throw c.unexpected(kinds: .clients)
      }
    }
    if d.validityDays != nil || d.validUntil != nil {
      throw ParseError("A move does not change how long the offer holds.", suggestion: "Extend it: extend O-1 by 7 days")
    }
    try OfferGrammar.finishLines(&d, c)
    // Two discounts with no fabrics between them are not lines: "counter 10% 12%".
    guard d.lines.count >= 2, !d.lines.contains(where: { $0.scope == .all }) else {
      let (earlier, percent, start) = second
      throw start.error(
        "Two discounts in one move, \(Money.trimmed(earlier))% and \(Money.trimmed(percent))%.",
        suggestion: "Put each on its fabric, e.g. counter 9% on linen 220 and 6% on poplin")
    }
    let id = try c.offerOrLatest(reference, client: client, verb: "counter")
    for line in d.lines { c.fill("line", OfferGrammar.describe(line, desk: c.context.desk)) }
    c.fill("offer", id)
    c.fill("by", by == .us ? "us" : "client")
    let change = TermsChange(paymentTerms: d.payment, leadTimeDays: d.leadTimeDays, lines: d.lines)
    return .command(.counter(offer: id, by: by, change: change))
  }

  /// True when the client named has no open offer and the line names none: their ask then
  /// opens one ("vlora wants 7% on satin") rather than being refused.
  /// The ask must name what it is on ("vlora wants 7% on satin"): "vlora wants 7%" with
  /// nothing open is asked back, as 7% on what is not said.
  private static func asksWithNothingOpen(_ c: Cursor, client: String) -> Bool {
    let desk = c.context.desk
    guard desk.clients[client] != nil, !desk.offers(for: client).contains(where: { $0.status.isOpen }) else { return false }
    var probe = c
    var namesFabric = false
    while !probe.isAtEnd {
      if probe.offerReference() != nil { return false }
      if !namesFabric, let token = probe.current, token.kind != .punctuation, !token.isFiller {
        namesFabric = ["everything", "all"].contains(token.folded)
          || probe.context.names.match(probe.tokens, at: probe.index, kinds: .fabrics).map { $0.quality != .typo } ?? false
      }
      probe.index += 1
    }
    return namesFabric
  }

  private static let conditionWords: Set<String> = ["if", "but", "provided", "as", "only", "with"]

  /// A line that opens with a discount and its condition, no verb: "10% if they pay upfront",
  /// "12% but net 60". It is our answer on the offer in context, as "counter 10% …" is.
  static func sentence(_ c: inout Cursor) throws(ParseError) -> Understood? {
    // The condition's word comes within a discount's few words: a line without one is passed over.
    guard c.tokens[c.index...].prefix(5).contains(where: { conditionWords.contains($0.folded) }) else { return nil }
    var probe = c
    guard Terms.percent(&probe) != nil else { return nil }
    probe.skipPunctuation()
    guard let word = probe.word(), conditionWords.contains(word) else { return nil }
    var copy = probe
    guard try Conditions.read(&copy) != nil else { return nil }
    // Read on a copy: a line that turns out to be no counter is left whole for the other readers.
    var line = c
    let intent = try counter(&line, nil)
    line.skipFiller()
    guard line.isAtEnd else { throw line.readButNot() }
    guard case .command(.counter(let offer, _, _)) = intent else { return nil }
    c = line
    return Understood(intent: intent, action: "counter", client: c.context.desk.offers[offer]?.clientId, slots: c.slots,
                      ignored: c.ignored, roles: c.roles)
  }

  static func accept(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    // "close C-3: replaced 50m": a complaint is closed by resolving it.
    if subject == nil, c.index > 0, c.tokens[c.index - 1].folded == "close" {
      var probe = c
      probe.skipFiller()
      if let complaint = probe.complaintReference() {
        c = probe
        guard c.context.desk.complaints[complaint] != nil else {
          throw ParseError("There is no complaint \(complaint).", suggestion: "`complaints` lists them.")
        }
        return try ComplaintGrammar.resolve(&c, complaint)
      }
      // "close the vlora complaint", "close it" when a complaint was last talked about.
      probe = c
      let desk = c.context.desk
      let ref = RecordReference(kind: .complaint, fits: { desk.complaints[$0]?.status == .open }, verb: "close", pronounFallsBack: false)
      if let complaint = try probe.recordReference(ref) {
        c = probe
        return try ComplaintGrammar.resolve(&c, complaint)
      }
    }
    let id = try target(&c, subject: subject, verb: "accept")
    return .command(.accept(offer: id, by: subject == nil ? nil : .client))
  }

  static func decline(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    // Right after a colon comes the reason, whatever its words: "decline: no budget" names
    // no client "No…".
    let id: String
    if c.isPunctuation(), c.current?.text == ":" {
      id = try c.offerOrLatest(nil, client: subject, verb: "decline")
      c.fill("offer", id)
    } else {
      id = try target(&c, subject: subject, verb: "decline")
    }
    _ = c.takeAny(["because", "due to", "as", "since", "-"])
    c.skipPunctuation()
    let reason = c.takeRest()
    if !reason.isEmpty { c.fill("reason", reason) }
    return .command(.decline(offer: id, reason: reason.isEmpty ? nil : reason))
  }

  static func withdraw(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    // "O-12 withdrawn": the offer came first, as the subject.
    .command(.withdraw(offer: try target(&c, subject: subject, verb: "withdraw")))
  }
}
