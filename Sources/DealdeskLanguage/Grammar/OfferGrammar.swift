import DealdeskCore
import Foundation

/// Making offers and listing them. The offer line is slot-filled, so word order is free:
/// "offer Acme 10% on linen" and "offer 10% on linen to Acme" are the same.
enum OfferGrammar {
  static let family = "Offers and negotiation"
  private static let everything = ["fabric", "fabrics", "everything", "all fabrics", "all products", "all", "the whole catalog", "whole catalog", "catalog", "anything"]

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "offer", family: family, verbs: ["offer", "quote", "propose", "make offer", "new offer"],
      summary: "Make an offer to a client: a percent on everything, a category or a product, or a quantity at a price.",
      usage: "offer CLIENT [QUANTITY] PRODUCT|CATEGORY|fabric [at PRICE] [N% off] [net N|prepayment] [valid N days|until DATE] [lead time N days]",
      examples: [
        "offer Acme 10% on fabric", "offer Acme 10% on linen", "offer 10% on linen to Acme",
        "offer Acme 500m linen 220 at 11.50",
        "quote Acme 500m of linen 220 and 200m poplin, 8% off, net 30, valid 7 days",
        "offer Acme ten percent on everything prepayment valid until 15 dec",
      ],
      parse: offer),
    CommandSpec(
      name: "offers", family: family,
      verbs: ["offers", "open offers", "list offers", "pipeline", "which offers", "what offers", "expiring offers", "any offers",
              "any open offers", "what's in the pipeline", "what is in the pipeline", "what's open", "what is open"],
      summary: "List offers, all or one client's; open ones with when each expires.",
      usage: "offers [for CLIENT]   open offers   which offers expire this week",
      examples: ["offers", "offers for Acme", "open offers", "which offers expire this week"],
      parse: offers),
  ]

  /// Collects an offer's lines and terms in any order.
  struct Draft {
    var client: String?
    var lines: [OfferLine] = []
    /// A percent right before a target ("10% on linen") belongs to that line.
    var pendingPercent: Decimal?
    /// A percent written before any line, or after lines that all have their own discount or
    /// price ("offer Acme 8%, linen and cotton"): it goes to every line left without one.
    var globalPercent: Decimal?
    /// How many lines there were when a percent written after lines last gave them their
    /// discount ("500m linen 220 10% off, …"): a line after those left without a discount
    /// or price could be meant to share it or not, so it is asked about.
    var linesBeforeLastTrailing: Int?
    var pendingQuantity: (amount: Decimal, unit: QuantityUnit)?
    var pendingPrice: Decimal?
    /// The percent the last line took from before it, while only "and" or "," follow it:
    /// "10% on linen and cotton" gives cotton 10% too.
    var sharedPercent: Decimal?
    var payment: PaymentTerms?
    var validityDays: Int?
    var validUntil: Date?
    var leadTimeDays: Int?
  }

  static func offer(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    try offer(&c, Draft(), by: .us)
  }

  /// A client's ask when they have no open offer ("vlora wants 7% on satin"): it opens an
  /// offer from their side, its lines read as an offer's are, each with its own terms.
  static func clientAsk(_ c: inout Cursor, client: String) throws(ParseError) -> Intent {
    var d = Draft()
    d.client = client
    c.fill("client", c.context.desk.clients[client]?.name ?? client)
    c.fill("by", "client (no open offer: their ask opens one)")
    return try offer(&c, d, by: .client)
  }

  private static func offer(_ c: inout Cursor, _ draft: Draft, by: Party) throws(ParseError) -> Intent {
    var d = draft
    while !c.isAtEnd {
      if try readTerms(&c, into: &d) {
        d.sharedPercent = nil
        continue
      }
      // A client's name may start like a category or product ("Linen House", "linen"): the
      // longer name wins, as it does among products.
      if d.client == nil, let found = c.match(.anyName),
        found.refs.allSatisfy({ $0.kind == .client }), let id = try c.client() {
        d.client = id
        c.fill("client", c.context.desk.clients[id]?.name ?? id)
        // "new offer celik - DNM-10S 600m at 7.90": a dash or colon sets the terms off the client.
        if d.lines.isEmpty { _ = c.takeAny(["-", "–", "—", ":"]) }
        continue
      }
      if try readTarget(&c, into: &d) { continue }
      if let token = c.current, Lexicon.isFiller(token) {
        c.skipFiller()
        continue
      }
      // "100m tweed at 22.50 + 300m satin 8% off": "+" joins lines as "and" does.
      if c.takeAny(["+", "plus"]) != nil { continue }
      if d.client == nil, let id = try c.client() {
        d.client = id
        c.fill("client", c.context.desk.clients[id]?.name ?? id)
        continue
      }
      throw c.unexpected()
    }
    try finishLines(&d, c)
    let client = try c.clientOrContext(d.client, example: "offer Acme 10% on linen")
    if d.client == nil { c.fill("client", "\(c.context.desk.clients[client]?.name ?? client) (in context)") }
    for line in d.lines { c.fill("line", describe(line, desk: c.context.desk)) }
    let new = NewOffer(
      client: client, lines: d.lines, paymentTerms: d.payment, leadTimeDays: d.leadTimeDays,
      validityDays: d.validityDays, validUntil: d.validUntil, by: by)
    return .command(.makeOffer(new))
  }

  /// Gives what is left pending to the lines: a trailing quantity or price to the last
  /// product, a percent to the lines without terms; refuses what no line takes.
  static func finishLines(_ d: inout Draft, _ c: Cursor) throws(ParseError) {
    try attachTrailing(&d, c)
    if d.pendingQuantity != nil || d.pendingPrice != nil {
      throw ParseError("A quantity or price is there but not which product.", suggestion: "Try: offer Acme 500m linen 220 at 11.50")
    }
    try placeGlobalPercent(&d, c)
  }

  /// A quantity or price left over after the last product belongs to it: "linen 220 at 11.50
  /// for 500m".
  private static func attachTrailing(_ d: inout Draft, _ c: Cursor) throws(ParseError) {
    guard let last = d.lines.indices.last, case .product(let sku) = d.lines[last].scope else { return }
    if let price = d.pendingPrice, d.lines[last].unitPrice == nil {
      d.lines[last].unitPrice = price
      d.lines[last].discountPercent = nil
      d.pendingPrice = nil
    }
    if let q = d.pendingQuantity, d.lines[last].meters == nil {
      d.lines[last].meters = try Quantities.meters(q, sku: sku, desk: c.context.desk)
      d.pendingQuantity = nil
    }
  }

  /// Percent, quantity, price, payment terms, validity, lead time.
  static func readTerms(_ c: inout Cursor, into d: inout Draft) throws(ParseError) -> Bool {
    let start = c
    if let condition = try Conditions.read(&c) {
      try place(condition, &d, c, words: c.text(from: start.index, to: c.index), read: c.text(from: 0, to: start.index))
      return true
    }
    if let percent = Terms.percent(&c) {
      // A discount over the whole price is a slip, never an offer that pays the client.
      guard percent < 100 else { throw start.error("A discount must be from 0% to below 100%; \(pct(percent)) is not.") }
      let scoped = ["on", "for", "off"].contains(c.word() ?? "")
        || c.match(.fabrics) != nil
      if scoped {
        if let earlier = d.pendingPercent {
          throw start.error("Two discounts, \(pct(earlier)) and \(pct(percent)), for one line.", suggestion: "Give each line one discount.")
        }
        d.pendingPercent = percent
      } else {
        try placeTrailing(percent, &d, start)
      }
      return true
    }
    if let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
      if d.pendingQuantity != nil {
        throw c.error("Two quantities, and no product between them.", suggestion: "Try: offer Acme 500m linen 220, 200m poplin")
      }
      c.index += n
      d.pendingQuantity = q
      return true
    }
    if let payment = try Terms.payment(&c) {
      // A second way of paying would silently replace the first: refused, naming both.
      if let earlier = d.payment, earlier != payment {
        throw start.error("Two payment terms, \(earlier.label) and \(payment.label).", suggestion: "Give one.")
      }
      d.payment = payment
      return true
    }
    if let validity = try Terms.validity(&c) {
      switch validity {
      case .days(let days): d.validityDays = days
      case .until(let date): d.validUntil = date
      }
      return true
    }
    if let lead = try Terms.leadTime(&c) {
      if let earlier = d.leadTimeDays, earlier != lead {
        throw start.error("Two lead times, \(earlier) and \(lead) days.", suggestion: "Give one.")
      }
      d.leadTimeDays = lead
      return true
    }
    var afterFor = c
    afterFor.index += 1
    if c.word() == "for", let (days, _) = Terms.days(afterFor) {
      // "for 30 days" could be how long the offer holds or how long the client has to pay.
      throw c.error("For how long: valid \(days) days, or payment net \(days)?", suggestion: "Say valid \(days) days or net \(days).")
    }
    if let price = try Terms.price(&c) ?? Terms.bareCents(&c) {
      guard let last = d.lines.indices.last, case .product = d.lines[last].scope, d.lines[last].unitPrice == nil else {
        if let earlier = d.pendingPrice {
          throw start.error("Two prices, \(Money.plain(earlier)) and \(Money.plain(price)), and no product between them.",
                            suggestion: "Try: offer Acme 500m linen 220 at 11.50, 200m poplin at 6.20")
        }
        d.pendingPrice = price
        return true
      }
      d.lines[last].unitPrice = price
      return true
    }
    return false
  }

  /// A condition is a term of the package: "15% on satin if they take 500m" is the satin line's
  /// quantity; "… if they pay upfront" the payment terms. A quantity before any line waits
  /// for its product, as "500m satin" does.
  private static func place(
    _ condition: Conditions.Reading, _ d: inout Draft, _ c: Cursor, words: String, read: String
  ) throws(ParseError) {
    switch condition {
    case .connector:
      return
    case .payment(let terms):
      if let earlier = d.payment, earlier != terms {
        throw c.error("Two payment terms, \(earlier.label) and \(terms.label).", suggestion: "Give one.")
      }
      d.payment = terms
    case .quantity(let q):
      guard let last = d.lines.indices.last else {
        if d.pendingQuantity != nil { throw c.error("Two quantities, and no product between them.") }
        d.pendingQuantity = q
        return
      }
      guard case .product(let sku) = d.lines[last].scope else {
        let read = read.trimmingCharacters(in: CharacterSet(charactersIn: ",;:").union(.whitespaces))
        throw c.error("I read `\(read)` but not `\(words)`: a quantity needs one product, not a whole category.",
                      suggestion: "Name the fabric, e.g. 15% on linen 220 if they take 500m")
      }
      let meters = try Quantities.meters(q, sku: sku, desk: c.context.desk)
      if let earlier = d.lines[last].meters, earlier != meters {
        throw c.error("Two quantities for one line, \(Money.trimmed(earlier)) m and \(Money.trimmed(meters)) m.")
      }
      d.lines[last].meters = meters
    }
  }

  /// A percent after lines ("500m linen 220 10% off", "linen and cotton, 8% off") is the
  /// discount of the lines before it that have none of their own yet, so each line keeps its
  /// own: "500m linen 220 10% off, 200m poplin 5% off" is 10% and 5%. Before any line, or
  /// after lines that all have theirs, it is for the lines still to come.
  private static func placeTrailing(_ percent: Decimal, _ d: inout Draft, _ at: Cursor) throws(ParseError) {
    let bare = d.lines.indices.filter { d.lines[$0].discountPercent == nil && d.lines[$0].unitPrice == nil }
    if !bare.isEmpty {
      for i in bare { d.lines[i].discountPercent = percent }
      d.linesBeforeLastTrailing = d.lines.count
      return
    }
    if let earlier = d.globalPercent, earlier != percent {
      throw at.error("Two discounts, \(pct(earlier)) and \(pct(percent)), for the same lines.", suggestion: "Give each line one discount.")
    }
    d.globalPercent = percent
  }

  /// The percent for every line left without a discount or price; refuses one that no line
  /// takes, and a line left without either after lines that took theirs from a percent after them.
  private static func placeGlobalPercent(_ d: inout Draft, _ c: Cursor) throws(ParseError) {
    // A percent before no fabric ("offer Acme 10% on") is for every line.
    if let pending = d.pendingPercent {
      if let global = d.globalPercent, global != pending {
        throw ParseError("Two discounts, \(pct(global)) and \(pct(pending)), for the same lines.", suggestion: "Give each line one discount.")
      }
      d.globalPercent = pending
      d.pendingPercent = nil
    }
    let bare = d.lines.indices.filter { d.lines[$0].discountPercent == nil && d.lines[$0].unitPrice == nil }
    if let percent = d.globalPercent {
      if d.lines.isEmpty {
        d.lines.append(OfferLine(scope: .all, discountPercent: percent))
        return
      }
      guard !bare.isEmpty else {
        throw ParseError(
          "I read \(pct(percent)) but not which line it is for: every line has its own discount or price.",
          suggestion: "Put it on a line, e.g. offer Acme 500m linen 220 10% off, 200m poplin 5% off")
      }
      for i in bare { d.lines[i].discountPercent = percent }
      return
    }
    if let before = d.linesBeforeLastTrailing, let i = bare.first(where: { $0 >= before }) {
      let name = describe(d.lines[i], desk: c.context.desk)
      let priced = d.lines[..<before].map { describe($0, desk: c.context.desk) }.joined(separator: ", ")
      throw ParseError(
        "\(name) has no discount or price of its own, and the discount before it was read for \(priced).",
        suggestion: "Give it one (\(name) 0% off, or at a price), or one discount for every line at the end after a comma: …, 8% off")
    }
  }

  private static func pct(_ value: Decimal) -> String { "\(Money.trimmed(value))%" }

  /// A product, a category, or the whole catalog: opens a line with what was pending.
  static func readTarget(_ c: inout Cursor, into d: inout Draft) throws(ParseError) -> Bool {
    var scope: OfferScope?
    // "all (the) linen" is the category, not everything and then linen.
    var ahead = c
    if ahead.take("all") {
      ahead.skipFiller()
      if c.context.names.match(c.tokens, at: ahead.index, kinds: .fabrics) != nil { c = ahead }
    }
    if c.takeAny(everything) != nil {
      scope = .all
    } else {
      switch try c.name(.fabrics) {
      case .product(let sku)?: scope = .product(sku: sku)
      case .category(let name)?: scope = .category(name)
      default:
        // "everyting", "everthing": one slip in the word for the whole catalog, where no
        // fabric's name fits, is that word; it shows in the reading as "everything".
        if let token = c.current, token.kind == .word, token.folded.count >= 8,
          EditDistance.distance(token.folded, "everything", limit: 1) != nil {
          c.index += 1
          c.fill("everything", "as typed: \(token.text)")
          scope = .all
        }
      }
    }
    guard let scope else { return false }
    let nothingPending = d.pendingPercent == nil && d.pendingQuantity == nil && d.pendingPrice == nil
    var line = OfferLine(
      scope: scope, discountPercent: d.pendingPercent ?? (nothingPending ? d.sharedPercent : nil), unitPrice: d.pendingPrice)
    if let q = d.pendingQuantity {
      guard case .product(let sku) = scope else {
        throw ParseError("A quantity needs one product, not a whole category.", suggestion: "Try: offer Acme 500m linen 220 at 11.50")
      }
      line.meters = try Quantities.meters(q, sku: sku, desk: c.context.desk)
    }
    if line.unitPrice != nil { line.discountPercent = nil }
    d.sharedPercent = line.discountPercent
    d.pendingPercent = nil
    d.pendingQuantity = nil
    d.pendingPrice = nil
    d.lines.append(line)
    return true
  }

  static func describe(_ line: OfferLine, desk: Desk) -> String {
    var parts: [String] = []
    if let m = line.meters { parts.append("\(Money.trimmed(m)) m") }
    switch line.scope {
    case .all: parts.append("everything")
    case .category(let name): parts.append("category \(name)")
    case .product(let sku): parts.append(desk.products[sku]?.name ?? sku)
    }
    if let p = line.unitPrice { parts.append("at \(Money.plain(p))") }
    if let d = line.discountPercent { parts.append("\(Money.trimmed(d))% off") }
    return parts.joined(separator: " ")
  }

  /// Words of a question about offers. Those that only an open offer can be ("expiring",
  /// "pending") ask for the open ones; the open list shows when each expires, so "this week"
  /// needs no list of its own.
  private static let openWords: Set<String> = ["open", "pipeline", "expire", "expires", "expiring", "pending", "live", "outstanding", "active"]
  private static let questionWords = [
    "open", "still open", "expire", "expires", "expiring", "pending", "live", "outstanding", "active", "soon", "this week",
    "next week", "this month", "that", "do", "does", "have", "has", "are", "we", "made", "sent",
  ]

  static func offers(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    var openOnly = c.tokens.prefix(c.index).contains { openWords.contains($0.folded) }
    var client: String?
    while !c.isAtEnd {
      if let words = c.takeAny(questionWords) {
        if words.split(separator: " ").contains(where: { openWords.contains(String($0)) }) { openOnly = true }
      } else if let token = c.current, c.isFiller(token) {
        c.skipFiller()
      } else if client == nil, let id = try c.client() {
        client = id
        c.fill("client", c.context.desk.clients[id]?.name ?? id)
      } else {
        throw c.unexpected(kinds: .clients)
      }
    }
    if openOnly { c.fill("open only", "yes") }
    return .question(.offers(client: client, openOnly: openOnly))
  }
}
