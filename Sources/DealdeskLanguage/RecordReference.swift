import DealdeskCore

/// The kinds of record a line can name without its id.
enum RecordKind: Sendable {
  case offer, order, hold, complaint

  /// The nouns a manager calls it by.
  var nouns: [String] {
    switch self {
    case .offer: ["offer", "quote", "deal", "proposal"]
    case .order: ["order", "shipment", "delivery"]
    case .hold: ["hold", "reservation", "reserved stock"]
    case .complaint: ["complaint", "claim"]
    }
  }

  /// The first word of each noun, to see whether one is ahead at all.
  var nounHeads: Set<String> {
    switch self {
    case .offer: Self.offerHeads
    case .order: Self.orderHeads
    case .hold: Self.holdHeads
    case .complaint: Self.complaintHeads
    }
  }

  private static func heads(_ kind: RecordKind) -> Set<String> {
    Set(kind.nouns.compactMap { $0.split(separator: " ").first.map(String.init) })
  }

  private static let offerHeads = heads(.offer), orderHeads = heads(.order), holdHeads = heads(.hold)
  private static let complaintHeads = heads(.complaint)

  var noun: String {
    switch self {
    case .offer: "offer"
    case .order: "order"
    case .hold: "hold"
    case .complaint: "complaint"
    }
  }

  /// Whether an id is one of this kind's ("S-3" is an order), read from the desk's prefixes.
  func owns(_ id: String) -> Bool {
    switch self {
    case .offer: id.hasPrefix("O-")
    case .order: id.hasPrefix("S-")
    case .hold: id.hasPrefix("R-")
    case .complaint: id.hasPrefix("C-")
    }
  }
}

/// A record named by what it is rather than its id: "it", "their order", "vlora's satin
/// hold", "the drini complaint", "drini's latest order", "the linen hold".
///
/// What "it" (or "this", "that one") means: the record last talked about in the session
/// (ParseContext.contextRecord, or the offer last worked on) when it is of the kind the verb
/// needs, even if the verb then cannot apply to it (decide says why: a word never slides to
/// another record); otherwise the one record of that kind of the client in context that the
/// verb can apply to. A reference that fits two records is asked back naming both, never
/// guessed; "last"/"latest" picks the most recent of those that fit, as asked.
struct RecordReference {
  var kind: RecordKind
  /// What the verb can apply to: "ship" takes an open order, "release" a live hold.
  var fits: (String) -> Bool
  /// The verb, for the question asked back: "Which order to ship?".
  var verb: String
  /// Whether "it" may mean the client's one fitting record when the record last talked
  /// about is of another kind: not for "close it", which in a negotiation is the deal.
  var pronounFallsBack = true
}

extension Cursor {
  private static let pronouns = ["this one", "that one", "it", "this", "that"]
  private static let theirs = ["their", "his", "her", "them"]
  private static let latest = ["latest", "last", "newest", "most recent", "recent"]
  /// Words that say no more than the verb already does ("their open order"): two open
  /// orders are still two.
  private static let plain = ["open", "current", "pending"]
  /// Words a reference may open with whatever follows: "it", "this one", "their".
  private static let openers: Set<String> = ["it", "this", "that", "their", "his", "her", "them"]

  /// Reads a reference of `ref.kind` at the cursor, consuming it; nil with the cursor where it
  /// was when the words are none.
  mutating func recordReference(_ ref: RecordReference) throws(ParseError) -> String? {
    // Every line with a record verb passes here at each word: without a pronoun next or the
    // kind's noun ahead, it is no reference, and no name is looked up to find that out.
    guard let first = word(), Self.openers.contains(first) || (["for", "of", "on"].contains(first) && word(1).map(Self.openers.contains) == true)
      || (index + 1 < tokens.count
      && tokens[(index + 1)...].prefix(7).contains(where: { ref.kind.nounHeads.contains($0.folded) }))
    else { return nil }
    let start = index
    let desk = context.desk
    _ = takeAny(["for", "of", "on"])  // "total for acmes last order", "invoice of their order"
    let saidFrom = index
    let startToken = current
    _ = take("the")
    if takeAny(Self.pronouns) != nil {
      // "this order", "that one": the noun of the kind may follow; another kind's is left over.
      _ = takeAny(ref.kind.nouns)
      if let last = context.contextRecord, ref.kind.owns(last), exists(last, ref.kind) { return last }
      if ref.kind == .offer, let offer = context.contextOffer, desk.offers[offer] != nil { return offer }
      guard ref.pronounFallsBack else {
        index = start
        return nil
      }
      guard let client = context.contextClient, desk.clients[client] != nil else {
        throw ParseError("Which \(ref.kind.noun) is \"\(startToken?.text ?? "it")\"? Nothing is in context.",
                         suggestion: "Name it by its id, e.g. \(ref.verb) \(example(ref.kind))")
      }
      return try one(ref, client: client, sku: nil, latest: false, said: text(from: saidFrom, to: index), at: startToken)
    }
    var client: String?
    var wantsLatest = false
    var sku: String?
    if takeAny(Self.theirs) != nil {
      guard let id = context.contextClient, desk.clients[id] != nil else {
        throw ParseError("Whose \(ref.kind.noun)? No client is in context.", suggestion: "Name the client, e.g. \(ref.verb) Acme's \(ref.kind.noun)")
      }
      client = id
    } else if let (id, end) = possessive() {
      client = id
      index = end
    } else if let (id, end) = clientBeforeNoun(ref.kind) {
      // "the vlora complaint", "vlora home hold": the client's name is the words up to the
      // noun (so "vlora hold" is never read as a typo of "Vlora Home").
      client = id
      index = end
    }
    if takeAny(Self.latest) != nil { wantsLatest = true }
    _ = takeAny(Self.plain)
    let fabricStart = index
    if case .product(let found)? = try? name(.products) { sku = found } else { index = fabricStart }
    if takeAny(Self.latest) != nil { wantsLatest = true }
    _ = takeAny(Self.plain)
    guard takeAny(ref.kind.nouns) != nil else {
      index = start
      return nil
    }
    // "the hold for vlora", "the order of drini".
    if client == nil {
      let before = index
      if takeAny(["for", "of", "from", "to"]) != nil, let id = try? self.client() { client = id } else { index = before }
    }
    let whose = client ?? context.contextClient.flatMap { desk.clients[$0] != nil ? $0 : nil }
    // "order 7" is an id in words, and a bare "the order" with no client anywhere is left to
    // the command, which asks whose.
    if word().flatMap({ Int($0) }) != nil || (whose == nil && sku == nil) {
      index = start
      return nil
    }
    return try one(ref, client: whose, sku: sku, latest: wantsLatest, said: text(from: saidFrom, to: index), at: startToken)
  }

  /// A client named by all the words between the cursor and the kind's noun, and where the noun starts.
  private func clientBeforeNoun(_ kind: RecordKind) -> (String, Int)? {
    let limit = min(tokens.count, index + 5)
    for end in (index + 1)..<max(index + 1, limit) where tokens[end].kind == .word {
      var probe = self
      probe.index = end
      _ = probe.takeAny(Self.latest)
      guard probe.takeAny(kind.nouns) != nil || end > index + 3 else { continue }
      let words = Array(tokens[index..<end])
      guard words.allSatisfy({ $0.kind == .word }),
        let found = context.names.match(words, at: 0, kinds: .clients), found.consumed == words.count,
        found.refs.count == 1, case .client(let id)? = found.refs.first
      else { return nil }
      return (id, end)
    }
    return nil
  }

  /// The record of the kind a bare verb means ("drop the hold" read whole as "drop hold"):
  /// as "it" would be.
  mutating func recordInContext(_ ref: RecordReference) throws(ParseError) -> String? {
    let desk = context.desk
    if let last = context.contextRecord, ref.kind.owns(last), exists(last, ref.kind) { return last }
    guard let client = context.contextClient, desk.clients[client] != nil else { return nil }
    return try one(ref, client: client, sku: nil, latest: false, said: "the \(ref.kind.noun)", at: current)
  }

  private func exists(_ id: String, _ kind: RecordKind) -> Bool {
    switch kind {
    case .offer: context.desk.offers[id] != nil
    case .order: context.desk.orders[id] != nil
    case .hold: context.desk.reservations[id] != nil
    case .complaint: context.desk.complaints[id] != nil
    }
  }

  private func example(_ kind: RecordKind) -> String {
    switch kind {
    case .offer: "O-12"
    case .order: "S-7"
    case .hold: "R-3"
    case .complaint: "C-3"
    }
  }

  /// The client's records of the kind (or, with no client, every record of the kind) that
  /// the verb fits and that hold the fabric named, oldest first.
  private func candidates(_ kind: RecordKind, client: String?, sku: String?) -> [(id: String, number: Int)] {
    let desk = context.desk
    var found: [(id: String, number: Int)] = []
    switch kind {
    case .offer:
      let category = sku.flatMap { desk.products[$0]?.category }
      for offer in client.map({ desk.offers(for: $0) }) ?? Array(desk.offers.values) {
        let scopes = offer.current.lines.map(\.scope)
        if let sku, !scopes.contains(.product(sku: sku)), !scopes.contains(.category(category ?? "")) { continue }
        found.append((offer.id, offer.number))
      }
    case .order:
      for order in client.map({ desk.orders(for: $0) }) ?? Array(desk.orders.values) {
        if let sku, !order.lines.contains(where: { $0.sku == sku }) { continue }
        found.append((order.id, order.number))
      }
    case .hold:
      for hold in client.map({ desk.reservations(for: $0) }) ?? Array(desk.reservations.values) {
        if let sku, hold.sku != sku { continue }
        found.append((hold.id, Self.number(hold.id)))
      }
    case .complaint:
      for complaint in client.map({ desk.complaints(for: $0) }) ?? Array(desk.complaints.values) {
        if let sku {
          let lines = complaint.order.flatMap { desk.orders[$0] }?.lines ?? []
          if !lines.contains(where: { $0.sku == sku }) { continue }
        }
        found.append((complaint.id, Self.number(complaint.id)))
      }
    }
    return found.sorted { $0.number < $1.number }
  }

  /// A record's status as the lists show it: "open", "delivered", "held".
  private func status(of id: String) -> String {
    let desk = context.desk
    if let offer = desk.offers[id] { return offer.status.rawValue }
    if let order = desk.orders[id] { return order.status.rawValue }
    if let hold = desk.reservations[id] { return hold.status(at: context.now).rawValue }
    if let complaint = desk.complaints[id] { return complaint.status.rawValue }
    return ""
  }

  private static func number(_ id: String) -> Int { Int(id.split(separator: "-").last ?? "") ?? 0 }

  /// The one record meant, or a question naming the candidates.
  private func one(
    _ ref: RecordReference, client: String?, sku: String?, latest: Bool, said: String, at token: Token?
  ) throws(ParseError) -> String {
    let desk = context.desk
    let all = candidates(ref.kind, client: client, sku: sku)
    let fitting = all.filter { ref.fits($0.id) }
    let whose = client.map { desk.clients[$0]?.name ?? $0 }
    let what = [whose, sku.map { desk.products[$0]?.name ?? $0 }].compactMap { $0 }.joined(separator: " ")
    guard !fitting.isEmpty else {
      let listed = all.suffix(3).map { "\($0.id) \(status(of: $0.id))" }
      let subject = what.isEmpty ? "There is" : "\(what) has"
      throw ParseError(
        "\(subject) no \(ref.kind.noun) to \(ref.verb).",
        suggestion: listed.isEmpty ? nil : "Their \(ref.kind.noun)s: \(listed.joined(separator: ", ")).")
    }
    if latest, let last = fitting.last { return last.id }
    guard fitting.count == 1, let only = fitting.first else {
      let ids = fitting.map(\.id)
      let offset = token?.offset ?? 0
      let end = index > 0 ? tokens[index - 1].offset + tokens[index - 1].length : offset
      throw ParseError(
        "\"\(said)\" could be \(Lexicon.orList(ids)).", suggestion: "Name one, e.g. \(ref.verb) \(ids[0]).", offset: offset,
        ambiguity: .init(candidates: ids, offset: offset, length: end - offset))
    }
    return only.id
  }

  /// "vlora's" (or "Vlora Home's"): the client, and the token after the possessive.
  func possessive() -> (String, Int)? {
    let limit = min(tokens.count, index + 4)
    for i in index..<limit {
      let token = tokens[i]
      guard token.kind == .word else { return nil }
      guard token.text.utf8.last == UInt8(ascii: "s"), token.text.count > 2,
        token.text.hasSuffix("'s") || token.text.hasSuffix("’s")
      else { continue }
      let stem = Token(kind: .word, text: String(token.text.dropLast(2)), offset: token.offset, length: token.length - 2)
      let words = Array(tokens[index..<i]) + [stem]
      guard let found = context.names.match(words, at: 0, kinds: .clients), found.consumed == words.count,
        found.refs.count == 1, case .client(let id)? = found.refs.first
      else { return nil }
      return (id, i + 1)
    }
    // "vloras order", as typed without the apostrophe: a name (or the start of one) with an
    // "s" after it, never a typo of one.
    guard let token = current, token.kind == .word, token.text.count > 3, token.folded.hasSuffix("s") else { return nil }
    let stem = Token(kind: .word, text: String(token.text.dropLast()), offset: token.offset, length: token.length - 1)
    guard !context.names.hasExactName(tokens, at: index, kinds: .anyName),
      let found = context.names.match([stem], at: 0, kinds: .clients), found.quality != .typo, found.refs.count == 1,
      case .client(let id)? = found.refs.first
    else { return nil }
    return (id, index + 1)
  }
}
