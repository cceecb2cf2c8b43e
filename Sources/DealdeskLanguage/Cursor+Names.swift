import DealdeskCore

extension Cursor {
  /// The name match at the cursor, remembered: a line is read in several ways (a question,
  /// a possessive, a subject) and each asks for the same name at the same place.
  mutating func match(_ kinds: Set<EntityRef.Kind>, exactOnly: Bool = false) -> NameMatch? {
    if let known = matches.first(where: { $0.index == index && $0.kinds == kinds && $0.exactOnly == exactOnly }) { return known.found }
    // The best name among more kinds, when it is of these kinds (or there is none), is also
    // the best among these: "offer Acme …" asks for any name, then for a client.
    if let wider = matches.first(where: { $0.index == index && $0.exactOnly == exactOnly && $0.kinds.isSuperset(of: kinds) }),
      wider.found?.refs.allSatisfy({ kinds.contains($0.kind) }) ?? true {
      return wider.found
    }
    let found = context.match(tokens, at: index, kinds: kinds, exactOnly: exactOnly)
    matches.append((index, kinds, exactOnly, found))
    return found
  }

  /// Resolves a name at the cursor to one thing, consuming it; nil when no name of these
  /// kinds starts here; an error listing the candidates when it fits several.
  mutating func name(_ kinds: Set<EntityRef.Kind>) throws(ParseError) -> EntityRef? {
    guard let token = current else { return nil }
    // A filler or keyword only counts as a name when it matches one exactly ("The Linen Co").
    let isWordOfTheLanguage = token.kind == .word && (token.isFiller || token.isReserved)
    guard let found = match(kinds, exactOnly: isWordOfTheLanguage) else {
      return soleProductOfCategory(kinds, exactOnly: isWordOfTheLanguage)
    }
    // A skipped word alone is a name only in capitals, as an alias like "AT" is written.
    if found.consumed == 1, token.kind == .word, token.isFiller, !Self.isCapitalised(token) { return nil }
    if found.refs.count > 1 {
      let names = found.refs.map { context.names.display($0) }
      let last = tokens[index + found.consumed - 1]
      throw ParseError(
        "\"\(text(from: index, to: index + found.consumed))\" could be \(Lexicon.orList(names)).",
        suggestion: "Type more of the name, or put it in quotes.", offset: token.offset,
        ambiguity: .init(candidates: names, offset: token.offset, length: last.offset + last.length - token.offset))
    }
    guard let ref = found.refs.first else { return nil }
    index += found.consumed
    return ref
  }

  /// Where a product is needed and none is named, a category that holds one product names
  /// it ("satin" for Duchess Satin when it is the only satin). Where a category may stand
  /// (an offer's scope) it stays the category: the terms then cover what is added to it later.
  private mutating func soleProductOfCategory(_ kinds: Set<EntityRef.Kind>, exactOnly: Bool) -> EntityRef? {
    guard kinds.contains(.product), !kinds.contains(.category),
      let found = match([.category], exactOnly: exactOnly), found.refs.count == 1,
      case .category(let category)? = found.refs.first, let sku = context.names.soleProduct(ofCategory: category)
    else { return nil }
    index += found.consumed
    return .product(sku)
  }

  mutating func client() throws(ParseError) -> String? {
    guard case .client(let id)? = try name(.clients) else { return nil }
    return id
  }

  /// The client named, else the client in context, else an error asking which. A name the
  /// desk does not know where the client would be ("remind me to call Dardania friday" with
  /// Bora in context) is refused by name, never read as the client in context.
  func clientOrContext(_ named: String?, example: String) throws(ParseError) -> String {
    if let named { return named }
    if let unknown = unknownClientName() { throw unknown }
    if let id = context.contextClient, context.desk.clients[id] != nil { return id }
    throw ParseError("Which client?", suggestion: "Name one, e.g. \(example)")
  }

  /// An offer reference at the cursor: "O-12", "#12", "offer 12".
  mutating func offerReference() -> String? {
    guard wordMayStart(withAnyOf: "o#q"), let w = word() else { return nil }
    for prefix in ["o-", "#", "o"] where w.hasPrefix(prefix) {
      if let n = Int(w.dropFirst(prefix.count)), n > 0 {
        index += 1
        return Ids.offer(n)
      }
    }
    if (w == "offer" || w == "quote"), let next = word(1), let n = Int(next), n > 0 {
      index += 2
      return Ids.offer(n)
    }
    return nil
  }

  /// The offer meant: the one referenced, else the offer last worked on if it is that
  /// client's, else the latest open offer of the client named or
  /// in context.
  func offerOrLatest(
    _ reference: String?, client: String?, verb: String, includingClosed: Bool = false
  ) throws(ParseError) -> String {
    // A line may open with the offer itself as its subject ("O-12 lost to …").
    let reference = reference ?? client.flatMap { context.desk.offers[$0] != nil ? $0 : nil }
    if let reference {
      guard context.desk.offers[reference] != nil else {
        throw ParseError("There is no offer \(reference).", suggestion: "`offers` lists them.")
      }
      return reference
    }
    let id = try clientOrContext(client, example: "\(verb) Acme")
    if let current = context.contextOffer, let offer = context.desk.offers[current], offer.clientId == id,
      includingClosed || offer.status.isOpen
    {
      return current
    }
    let offers = context.desk.offers(for: id)
    if let offer = includingClosed ? offers.last : offers.last(where: { $0.status.isOpen }) { return offer.id }
    let name = context.desk.clients[id]?.name ?? id
    let closed = offers.suffix(3).map { "\($0.id) \($0.status.rawValue)" }
    let suggestion = closed.isEmpty
      ? "Make one, e.g. offer \(name) 10% on linen"
      : "Their offers: \(closed.joined(separator: ", ")). Make a new one, e.g. offer \(name) 10% on linen"
    throw ParseError("\(name) has no open offer.", suggestion: suggestion)
  }
}

extension Cursor {
  /// An order reference at the cursor: "S-7", "s7", or "order 7" where an order is expected.
  mutating func orderReference(allowWord: Bool = false) -> String? {
    guard wordMayStart(withAnyOf: "so"), let w = word() else { return nil }
    for prefix in ["s-", "s"] where w.hasPrefix(prefix) {
      if let n = Int(w.dropFirst(prefix.count)), n > 0 {
        index += 1
        return Ids.order(n)
      }
    }
    if allowWord, w == "order", let next = word(1), let n = Int(next), n > 0 {
      index += 2
      return Ids.order(n)
    }
    return nil
  }

  /// The order meant: the one referenced, else the client's latest order that can still move.
  func orderOrLatest(_ reference: String?, client: String?, verb: String, where isCandidate: (Order) -> Bool) throws(ParseError) -> String {
    let reference = reference ?? client.flatMap { context.desk.orders[$0] != nil ? $0 : nil }
    if let reference {
      guard context.desk.orders[reference] != nil else {
        throw ParseError("There is no order \(reference).", suggestion: "`orders` lists them.")
      }
      return reference
    }
    let id = try clientOrContext(client, example: "\(verb) S-7")
    let orders = context.desk.orders(for: id)
    let name = context.desk.clients[id]?.name ?? id
    let fitting = orders.filter(isCandidate)
    guard let order = fitting.last else {
      let listed = orders.suffix(3).map { "\($0.id) \($0.status.rawValue)" }
      throw ParseError("\(name) has no order to \(verb).", suggestion: listed.isEmpty ? nil : "Their orders: \(listed.joined(separator: ", ")).")
    }
    // Two that fit are asked back, never guessed: the latest is not always the one meant.
    guard fitting.count == 1 else {
      let ids = fitting.suffix(4).map(\.id)
      throw ParseError("\(name) has \(fitting.count) orders to \(verb): \(Lexicon.orList(ids)).", suggestion: "Name one, e.g. \(verb) \(order.id).")
    }
    return order.id
  }
}

extension Cursor {
  /// A bare number right after the word that says what it numbers, where a command's own
  /// phrase ends with that word: "cancel offer 3", "cancel order 7", "show order 7".
  mutating func numberAfter(_ words: Set<String>) -> Int? {
    guard index > 0, words.contains(tokens[index - 1].folded), let w = word(), let n = Int(w), n > 0 else { return nil }
    index += 1
    return n
  }

  /// A reference with a letter prefix ("R-3", "RQ-2", "L-4"), upper-cased as the desk writes it.
  mutating func prefixedReference(_ prefix: String) -> String? {
    guard let w = word(), w.hasPrefix(prefix), let n = Int(w.dropFirst(prefix.count)), n > 0 else { return nil }
    index += 1
    return prefix.uppercased() + "\(n)"
  }
}

extension Cursor {
  /// The shared step of slot-filling lines that name a fabric and perhaps a client in any
  /// order: skips filler and `extra` words, takes the first product and (when `client` is
  /// wanted) the first client. False when the word at the cursor is none of these.
  mutating func fillNames(
    product sku: inout String?, client: inout String?, wantsClient: Bool, skipping extra: Set<String> = []
  ) throws(ParseError) -> Bool {
    if let token = current, isFiller(token) || extra.contains(token.folded) {
      index += 1
      return true
    }
    if sku == nil, case .product(let found)? = try name(.products) {
      sku = found
      return true
    }
    if wantsClient, client == nil, let id = try self.client() {
      client = id
      return true
    }
    return false
  }
}

extension Cursor {
  /// The optional client after a listing ("offers for Acme", "orders Bora"): nil when the
  /// line ends, an error when the words are not a client.
  mutating func listedClient() throws(ParseError) -> String? {
    skipFiller()
    guard !isAtEnd else { return nil }
    guard let id = try client() else { throw unexpected(kinds: .clients) }
    fill("client", context.desk.clients[id]?.name ?? id)
    return id
  }
}

extension Cursor {
  /// The word at the cursor when it is shaped like a record's id ("K-1", "X-9", "RQ-12": letters,
  /// a dash, digits), upper-cased as ids are written. A reader that found no record of its own
  /// kind there refuses it by name, rather than passing over it to "the only open one".
  func idShaped() -> String? {
    guard let token = current, token.kind == .word, let dash = token.text.firstIndex(of: "-") else { return nil }
    let letters = token.text[..<dash]
    let digits = token.text[token.text.index(after: dash)...]
    guard (1...3).contains(letters.count), !["net", "lot"].contains(letters.lowercased()), letters.allSatisfy({ $0.isASCII && $0.isLetter }),
      !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return token.text.uppercased()
  }
}

extension Cursor {
  /// Verbs of contact: the word after one is whom ("call dardania", "email the buyer").
  private static let contactVerbs: Set<String> = [
    "call", "ring", "phone", "email", "mail", "visit", "meet", "text", "whatsapp", "see", "called", "met", "visited", "chase",
    "chased", "emailed", "phoned", "rang", "saw", "texted",
  ]
  /// Words after a contact verb that are no one's name.
  private static let notNames: Set<String> = [
    "back", "again", "him", "her", "them", "they", "us", "it", "about", "re", "regarding", "buyer", "buyers", "client",
    "customer", "supplier", "warehouse", "mill", "office", "boss", "manager", "accounting", "accounts", "someone", "everyone",
    "in", "up", "round", "by", "if", "when", "after", "before", "today", "tomorrow", "tonight", "asap", "soon", "later",
    "payment", "payments", "money", "invoice", "invoices", "samples", "sample", "swatches", "swatch", "order", "orders",
    "delivery", "price", "prices", "stock", "quote", "visit", "meeting", "call", "lot", "complaint", "shade", "quality", "team",
    "again", "everything", "anyone", "nobody", "noone", "yes", "no", "fine", "done",
  ]

  /// "X is not a client: …" for the first word of the line, before any colon (what follows a
  /// colon is free text), that reads as a name the desk does not know: a capitalised word
  /// that is no word of the language, no name and no date, or any unknown word right after a
  /// contact verb ("call dardania"). Asked only when a line would fall back to the client in
  /// context, so it costs nothing on a line that names its client.
  func unknownClientName() -> ParseError? {
    // What follows a colon, or a reason after a comma or dash, is free text of its own.
    let end = tokens.firstIndex { ($0.kind == .punctuation && [":", ",", ";"].contains($0.text)) || ["-", "—", "–"].contains($0.text) }
      ?? tokens.count
    guard end > 1 else { return nil }
    for i in 1..<end {
      let token = tokens[i]
      // "accept K-9" with a client in context: an id that is no record's is not their offer.
      var probe = self
      probe.index = i
      if roles[i] == nil, let id = probe.idShaped(), !context.desk.hasRecord(id) { return Self.noRecord(id, offset: token.offset) }
      // A competitor's or approver's name is a name, though no client's.
      if let role = roles[i], role != "text", role != "filler" { continue }
      let afterContact = tokens[i - 1].kind == .word && Self.contactVerbs.contains(tokens[i - 1].folded)
      // Inside free text (a note's or a follow-up's words) a name is checked only where the
      // client would be: its first word ("follow up Tessuti tomorrow"), or after a contact
      // verb ("call Dardania"). "note met Marco from Tessuti Verdi" is the note's words.
      let afterWith = tokens[i - 1].folded == "with"
      let clientPosition = (0..<i).last(where: { tokens[$0].kind != .punctuation }).map({ roles[$0] != "text" }) ?? true
      if roles[i] == "text", !afterContact, !afterWith, !clientPosition { continue }
      guard token.kind == .word, token.text.count >= 3, token.text.allSatisfy(\.isLetter) else { continue }
      let capitalised = token.text.first?.isUppercase == true
      // Lower case, a word is read as a name where only a name would stand: where the client
      // goes, closed by a comma or a date ("called acme, no answer", "follow up celik next
      // tue"), or after "with" ("meeting with bora wed").
      // Scanned only where it decides (a word in the client's place, in lower case).
      let nameSlot = !capitalised && !afterContact && roles[i] == "text" && clientPosition
        && (afterWith || i + 1 == end || (i + 1 < tokens.count && tokens[i + 1].kind == .punctuation)
          || DateScanner.scan(tokens, at: i + 1, now: context.now, calendar: DeskDate.calendar) != nil)
      guard afterContact || capitalised || nameSlot, !token.isFiller, !token.isReserved, !Self.notNames.contains(token.folded),
        CalendarWords.month(token.folded) == nil, CalendarWords.weekday(token.folded) == nil,
        Grammar.verbOpenings.phrases(startingWith: token.folded).isEmpty, !Parser.pronouns.contains(token.folded),
        context.names.match(tokens, at: i, kinds: .anyName) == nil,
        DateScanner.scan(tokens, at: i, now: context.now, calendar: DeskDate.calendar) == nil
      else { continue }
      // The name runs over the capitalised words after it: "Dardania Tekstil".
      var last = i
      while last + 1 < end, tokens[last + 1].kind == .word, tokens[last + 1].text.first?.isUppercase == true,
        tokens[last + 1].text.allSatisfy(\.isLetter), !tokens[last + 1].isFiller,
        CalendarWords.weekday(tokens[last + 1].folded) == nil, CalendarWords.month(tokens[last + 1].folded) == nil {
        last += 1
      }
      let typed = text(from: i, to: last + 1)
      let shown = capitalised ? typed : typed.prefix(1).uppercased() + typed.dropFirst()
      let near = context.names.closest(to: typed, kinds: .clients)
      let nearest = near.isEmpty ? "" : ", or did you mean \(Lexicon.orList(near))?"
      return ParseError(
        "\(shown) is not a client: add client \(shown) …\(nearest)",
        suggestion: "A line without a client's name is about the client in context; free text goes after a colon (follow up friday: call \(shown)).",
        offset: token.offset)
    }
    return nil
  }
}

extension Desk {
  /// Whether an id in the desk's own form ("S-7", "O-3", "C-2") names a record on the desk.
  func hasRecord(_ id: String) -> Bool {
    orders[id] != nil || offers[id] != nil || complaints[id] != nil || followUps[id] != nil || reservations[id] != nil
      || notes[id] != nil || stockRequests[id] != nil || expenses[id] != nil || clients[id] != nil
  }
}
