import DealdeskCore

/// A line that opens with its subject rather than a command's verb: a client, a pronoun or a
/// reference, then what it did or what became of it ("Acme accepts", "S-7 was shipped",
/// "offer 3 accepted").
extension Parser {
  /// "offer 3 accepted", "order 7 shipped", "follow-up 4 done": a reference written with its
  /// word, then a subject verb, is the subject of that verb, though its word is also a command
  /// ("offer 3 metres of linen 220 to Acme" stays an offer: "metres" is no subject verb).
  static func referenceFirst(_ c: Cursor) -> Bool {
    var probe = c
    guard probe.offerReference() ?? probe.orderReference(allowWord: true) ?? DayGrammar.followUpSubject(&probe) != nil
    else { return false }
    return subjectVerb(&probe) != nil
  }

  /// A reference opening the line ("O-12", "offer 12", "S-7", "order 7", "F-4", "C-3"),
  /// which must be on the desk.
  static func referenceSubject(_ c: inout Cursor) throws(ParseError) -> String? {
    let desk = c.context.desk
    if let offer = c.offerReference() {
      guard desk.offers[offer] != nil else { throw ParseError("There is no offer \(offer).", suggestion: "`offers` lists them.") }
      return offer
    }
    // The word form ("order 7") only gets here when no command took the line first.
    if let order = c.orderReference(allowWord: true) {
      guard desk.orders[order] != nil else { throw ParseError("There is no order \(order).", suggestion: "`orders` lists them.") }
      return order
    }
    if let followUp = DayGrammar.followUpSubject(&c) {  // "F-4 done"
      guard desk.followUps[followUp] != nil else { throw ParseError("There is no follow-up \(followUp).", suggestion: "`agenda` lists them.") }
      return followUp
    }
    if let loan = c.prefixedReference("l-") {  // "L-2 came back"
      guard desk.sampleLoans[loan] != nil else { throw ParseError("There is no sample loan \(loan).", suggestion: "`samples` lists the swatches out.") }
      return loan
    }
    if let complaint = c.complaintReference() {  // Claims:
      guard desk.complaints[complaint] != nil else { throw ParseError("There is no complaint \(complaint).", suggestion: "`complaints` lists them.") }
      return complaint
    }
    return nil
  }

  /// Words a manager puts before a past form without changing what it says: "S-7 was
  /// shipped", "O-3 has been accepted", "S-7 got delivered".
  static let auxiliaries = ["was", "were", "has been", "have been", "had been", "got", "has", "have", "is", "are"]

  /// The command whose subject verb comes next (see `subjectPhrase`); with a helping word
  /// before it when no phrase fits as typed (a phrase may hold one itself: "is asking for",
  /// "has paid").
  static func subjectVerb(_ c: inout Cursor) -> CommandSpec? {
    _ = c.takeAny(["also", "now", "then", "just"])
    if let spec = subjectPhrase(&c) { return spec }
    let start = c.index
    if c.takeAny(auxiliaries) != nil {
      _ = c.takeAny(["also", "now", "just", "finally", "already"])
      if let spec = subjectPhrase(&c) { return spec }
    }
    c.index = start
    return nil
  }

  /// The longest subject phrase that comes next, so "Acme wants to order 300m" is an order
  /// though "wants" alone is the client's ask; at one length the table's order decides.
  static func subjectPhrase(_ c: inout Cursor) -> CommandSpec? {
    guard let word = c.word() else { return nil }
    var best: Openings.Phrase?
    for phrase in Grammar.subjectOpenings.phrases(startingWith: word) where phrase.words.count > best?.words.count ?? 0 {
      var probe = c
      if probe.take(phrase.words) { best = phrase }
    }
    guard let best else { return nil }
    c.index += best.words.count
    return Grammar.commands[best.spec]
  }

  /// Words between a client and what they did that say only how it came: "drini came back,
  /// wants 8.40/m", "vlora called - they accept".
  static let asides = [
    "came back", "come back", "got back", "called back", "called", "rang", "phoned", "wrote", "wrote back", "emailed",
    "replied", "answered", "just called", "on the phone", "here",
  ]

  /// What a record named after a client may be the subject of: "vlora order delivered" ships,
  /// delivers, cancels or pays an order; "drini offer accepted" moves an offer. Another
  /// verb after the noun ("drini offer shipped") is no reading of the line.
  static let recordSubjects: [(nouns: [String], commands: Set<String>)] = [
    (["order", "shipment", "the order"], ["ship", "deliver", "cancel", "payment"]),
    (["offer", "quote", "deal", "the offer", "the deal"], ["accept", "decline", "counter", "withdraw", "lost", "approve", "extend"]),
  ]

  /// After a client: an aside ("came back,") or the client's record ("order"), then a subject verb.
  static func subjectAfterAside(_ c: inout Cursor, subject: String) -> CommandSpec? {
    guard c.context.desk.clients[subject] != nil else { return nil }
    let start = c.index
    // "drini: wants 8%", "vlora - accepts": a name typed as a heading.
    if [":", "-", ",", "–", "—"].contains(c.current?.text ?? "") {
      while [":", "-", ",", "–", "—"].contains(c.current?.text ?? "") { c.index += 1 }
      if let spec = subjectVerb(&c) { return spec }
      c.index = start
    }
    if c.takeAny(asides) != nil {
      while c.isPunctuation() || c.word() == "and" || c.word() == "-" { c.index += 1 }
      // "drini rang, they want net 60": the pronoun after the aside is the same client.
      _ = c.takeAny(["they", "he", "she", "they're", "theyre"])
      if let spec = subjectVerb(&c) { return spec }
    }
    c.index = start
    for (nouns, commands) in recordSubjects where c.takeAny(nouns) != nil {
      if let spec = subjectVerb(&c), commands.contains(spec.name) { return spec }
      break
    }
    c.index = start
    return nil
  }
}
