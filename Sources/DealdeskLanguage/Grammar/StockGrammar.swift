import DealdeskCore
import Foundation

/// Stock for clients: reservations from dye lots, warehouse and production requests, the
/// branch's stock request, and catalog facts (minimum order, the warehouse's figure).
enum StockGrammar {
  static let family = "Stock and samples"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "reserve", family: family, verbs: ["reserve", "hold", "put aside", "set aside", "keep"],
      summary: "Hold metres for a client from one dye lot; `across lots` allows several, `request the rest` asks the warehouse.",
      usage: "reserve QUANTITY PRODUCT for CLIENT [across lots] [request the rest from warehouse|production]",
      examples: ["reserve 200m linen 220 for Acme", "reserve 1000m linen 220 for Acme across lots",
                 "reserve 1500m linen 220 for Acme and request the rest from warehouse"],
      parse: reserve),
    CommandSpec(
      name: "release", family: family,
      verbs: ["release", "unreserve", "drop hold", "let go", "drop", "cancel hold", "cancel reservation", "remove hold", "free up"],
      summary: "Let a hold go so the stock is free again.", usage: "release R-3", examples: ["release R-1"],
      parse: { c, _ throws(ParseError) in .command(.release(reservation: try reservation(&c))) }),
    CommandSpec(
      name: "extend hold", family: family, verbs: ["extend hold", "extend reservation", "keep holding"],
      summary: "Keep a hold longer.", usage: "extend hold R-3 by N days", examples: ["extend hold R-1 by 3 days"],
      parse: extendHold),
    CommandSpec(
      name: "request", family: family, verbs: ["request", "ask warehouse for", "ask production for", "requisition"],
      summary: "Ask the central warehouse or production for stock.",
      usage: "request QUANTITY PRODUCT from warehouse|production [by DATE]",
      examples: ["request 300m linen 220 from warehouse", "request 1000m silk habotai from production by 15 jan"],
      parse: request),
    CommandSpec(
      name: "cancel request", family: family, verbs: ["cancel request"],
      summary: "Cancel an open stock request (its waiting reservation is released).", usage: "cancel request RQ-2",
      examples: ["cancel request RQ-1"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        guard let id = c.prefixedReference("rq-") else { throw c.error("Which request?", suggestion: "e.g. cancel request RQ-2") }
        c.fill("request", id)
        return .command(.cancelRequest(request: id))
      }),
    CommandSpec(
      name: "reservations", family: family,
      verbs: ["reservations", "holds", "reserved", "what's reserved", "what is reserved", "what's on hold", "what is on hold",
              "whats on hold", "whats reserved", "what is held", "whats held", "what's held", "anything on hold"],
      summary: "Holds and reservations waiting for stock, all or one client's.", usage: "reservations [for CLIENT]",
      examples: ["reservations", "reservations for Acme"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        let client = try c.client()
        if let client { c.fill("client", c.context.desk.clients[client]?.name ?? client) }
        return .question(.reservations(client: client))
      }),
    CommandSpec(
      name: "requests", family: family,
      verbs: ["requests", "open requests", "stock requests", "open stock requests", "which stock requests", "which requests",
              "what stock requests", "what requests"],
      summary: "Warehouse and production requests and what is still to come.", usage: "requests", examples: ["requests"],
      parse: { c, _ throws(ParseError) in
        // "which stock requests still open", "stock requests are open".
        c.skipWords(["are", "is", "still", "open", "do", "we", "have"])
        return .question(.stockRequests)
      }),
    CommandSpec(
      name: "stock request", family: family,
      verbs: ["stock request", "what should we order", "suggest stock request", "reorder", "what should we reorder",
              "what do we need to order", "what do we need", "what should i order", "what do i need to order"],
      summary: "What the branch should ask the central warehouse for, from holds, open offers and recent sales.",
      usage: "stock request", examples: ["stock request"],
      parse: { _, _ throws(ParseError) in .question(.stockProposal) }),
    CommandSpec(
      name: "warehouse has", family: family, verbs: ["warehouse has", "central warehouse has", "warehouse stock"],
      summary: "Record the central warehouse's stock of a fabric, as you were told it.",
      usage: "warehouse has QUANTITY PRODUCT", examples: ["warehouse has 5,000m linen 220"],
      parse: warehouse),
    CommandSpec(
      name: "minimum order", family: family, verbs: ["minimum order", "min order", "moq", "minimum cut"],
      summary: "Set a fabric's minimum order (or minimum cut); 0 removes it.",
      usage: "minimum order PRODUCT QUANTITY   minimum cut PRODUCT QUANTITY",
      examples: ["minimum order linen 220 100m", "minimum cut silk habotai 5m"],
      parse: minimums),
  ]

  static func reserve(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    var quantity: (amount: Decimal, unit: QuantityUnit)?
    var sku: String?
    var client: String?
    var split = false
    var oneLot = false
    var source: RequestSource?
    var offer: String?
    // Lines before the last, each its quantity and fabric: "100m flannel + 80m tweed".
    var earlier: [OrderItem] = []
    while !c.isAtEnd {
      if quantity == nil, let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
        c.index += n
        quantity = q
      } else if offer == nil, client == nil, let ref = try offerNamed(&c) {
        offer = ref
      } else if let q = quantity, let found = sku, let (next, n) = QuantityScanner.scan(c.tokens, at: c.index) {
        // A second quantity after a fabric opens another line.
        earlier.append(OrderItem(sku: found, meters: try Quantities.meters(q, sku: found, desk: c.context.desk)))
        c.index += n
        quantity = next
        sku = nil
      } else if c.word() == "+" || c.word() == "plus" {
        c.index += 1
      } else if c.takeAny(["across lots", "across dye lots", "split", "from several lots", "any lots", "split across lots"]) != nil {
        if oneLot { throw ParseError("One lot, or across lots?", suggestion: "e.g. reserve 500m poplin for Bora from one lot") }
        split = true
      } else if c.takeAny(["same lot", "same dye lot", "one lot", "one dye lot", "single lot", "a single lot", "from one lot",
                           "from the same lot", "from one dye lot", "from a single lot", "all from one lot"]) != nil {
        // A hold is from one dye lot unless split is asked for: said, it is read and kept so.
        if split { throw ParseError("One lot, or across lots?", suggestion: "e.g. reserve 500m poplin for Bora from one lot") }
        oneLot = true
        c.fill("lot", "one dye lot")
      } else if c.takeAny(["request the rest from", "request the rest", "order the rest from", "and request", "request rest from", "rest from"]) != nil {
        c.skipFiller()
        source = c.takeAny(["production", "the production"]) != nil ? .production : .warehouse
        _ = c.takeAny(["warehouse", "the warehouse", "central warehouse"])
      } else if try !c.fillNames(product: &sku, client: &client, wantsClient: true) {
        throw c.unexpected(kinds: .clientsAndProducts)
      }
    }
    // "reserve for O-3": the offer says whose, which fabric and how much, when it says each once.
    var offered: Decimal?
    if let offer, let made = c.context.desk.offers[offer] {
      client = made.clientId
      let fabric = try offeredFabric(made, sku: sku, names: c.context.names)
      sku = fabric.sku
      offered = fabric.meters
      c.fill("offer", offer)
    }
    guard let sku else { throw ParseError("Reserve which fabric?", suggestion: "e.g. reserve 200m linen 220 for Acme") }
    let meters: Decimal
    if let quantity {
      meters = try Quantities.meters(quantity, sku: sku, desk: c.context.desk)
    } else if let offered {
      meters = offered
    } else {
      let how = offer.map { "\($0) names no quantity of \(c.context.desk.products[sku]?.name ?? sku)." }
      throw ParseError(how.map { "How much? \($0)" } ?? "How much?", suggestion: "e.g. reserve 200m \(c.context.desk.products[sku]?.name.lowercased() ?? "linen 220") for \(offer ?? "Acme")")
    }
    let id = try c.clientOrContext(client, example: "reserve 200m linen 220 for Acme")
    if !earlier.isEmpty {
      // Splitting across lots or requesting a shortfall is asked per fabric, one line each.
      guard !split, source == nil else {
        throw ParseError("Across lots or with the rest requested, reserve one fabric per line.",
                         suggestion: "e.g. reserve 200m linen 220 for Acme across lots")
      }
      let items = earlier + [OrderItem(sku: sku, meters: meters)]
      c.fill("client", c.context.desk.clients[id]?.name ?? id)
      for item in items { c.fill("line", "\(Money.trimmed(item.meters)) m \(c.context.desk.products[item.sku]?.name ?? item.sku)") }
      return .command(.reserveLines(client: id, items: items))
    }
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    c.fill("product", sku)
    c.fill("meters", Money.trimmed(meters))
    if split { c.fill("across lots", "yes") }
    if let source { c.fill("request the rest from", source.rawValue) }
    return .command(.reserve(client: id, sku: sku, meters: meters, split: split, requestShortfall: source))
  }

  /// "for O-3", "for their offer", "for it": the offer a reservation is for.
  private static func offerNamed(_ c: inout Cursor) throws(ParseError) -> String? {
    let start = c.index
    _ = c.takeAny(["for", "against", "on"])
    let desk = c.context.desk
    let open = RecordReference(kind: .offer, fits: { desk.offers[$0]?.status.isOpen ?? false || desk.offers[$0]?.status == .accepted }, verb: "reserve for")
    if let id = try c.recordReference(open) { return id }
    c.skipFiller()
    if let id = c.offerReference() {
      guard desk.offers[id] != nil else { throw ParseError("There is no offer \(id).", suggestion: "`offers` lists them.") }
      return id
    }
    c.index = start
    return nil
  }

  /// The fabric and metres of an offer a reservation is for: its one product line (a
  /// category with one product counts), or the line of the fabric named.
  private static func offeredFabric(_ offer: Offer, sku named: String?, names: NameIndex) throws(ParseError) -> (sku: String, meters: Decimal?) {
    let lines: [(sku: String, meters: Decimal?)] = offer.current.lines.compactMap { line in
      switch line.scope {
      case .product(let sku): (sku, line.meters)
      case .category(let category): names.soleProduct(ofCategory: category).map { ($0, line.meters) }
      default: nil
      }
    }
    if let named {
      return (named, lines.first { $0.sku == named }?.meters)
    }
    guard lines.count == 1, let only = lines.first else {
      throw ParseError(
        lines.isEmpty ? "\(offer.id) names no one fabric to reserve." : "\(offer.id) has \(lines.count) fabrics; which one?",
        suggestion: "Name it, e.g. reserve 200m linen 220 for \(offer.id)")
    }
    return only
  }

  private static func reservation(_ c: inout Cursor) throws(ParseError) -> String {
    if let id = try holdReference(&c, verb: "release") {
      c.fill("reservation", id)
      return id
    }
    // "drop the hold": the verb's phrase took the noun; the hold is the one in context.
    if c.isAtEnd, c.tokens.contains(where: { ["hold", "reservation"].contains($0.folded) }),
      let id = try c.recordInContext(holdRecord(c, verb: "release")) {
      c.fill("reservation", id)
      return id
    }
    c.skipFiller()
    guard let id = c.prefixedReference("r-") else { throw c.error("Which reservation?", suggestion: "e.g. release R-3 (reservations lists them)") }
    guard c.context.desk.reservations[id] != nil else { throw ParseError("There is no reservation \(id).", suggestion: "`reservations` lists them.") }
    c.fill("reservation", id)
    return id
  }

  /// A hold named without its id: "it", "vlora's satin hold", "the drini hold".
  static func holdReference(_ c: inout Cursor, verb: String, pronounFallsBack: Bool = true) throws(ParseError) -> String? {
    var ref = holdRecord(c, verb: verb)
    ref.pronounFallsBack = pronounFallsBack
    return try c.recordReference(ref)
  }

  /// A hold still holding or waiting for stock: what can be let go.
  static func holdRecord(_ c: Cursor, verb: String) -> RecordReference {
    let desk = c.context.desk
    let live: Set<ReservationStatus> = [.held, .awaitingStock]
    let now = c.context.now
    return RecordReference(kind: .hold, fits: { desk.reservations[$0].map { live.contains($0.status(at: now)) } ?? false }, verb: verb)
  }

  static func extendHold(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let id = try reservation(&c)
    c.skipFiller()
    if let until = try Terms.untilDay(&c, example: "extend hold \(id) till friday", alsoTo: true) {
      // The hold ends that day, at the time of day it ends now.
      let expiry = c.context.desk.reservations[id]?.expiresAt ?? c.context.now
      let days = Terms.daysBetween(expiry, until)
      guard days > 0 else { throw ParseError("\(id) already holds until \(DeskDate.day(expiry)).", suggestion: "e.g. extend hold \(id) by 3 days") }
      c.fill("by", "\(days) days")
      return .command(.extendHold(reservation: id, days: days))
    }
    _ = c.takeAny(["by", "for", "another"])
    guard let (days, n) = Terms.days(c) else { throw c.error("By how many days?", suggestion: "e.g. extend hold \(id) by 3 days") }
    c.index += n
    c.fill("by", "\(days) days")
    return .command(.extendHold(reservation: id, days: days))
  }

  static func request(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    var quantity: (amount: Decimal, unit: QuantityUnit)?
    var sku: String?
    var none: String?
    var source: RequestSource = .warehouse
    var neededBy: Date?
    while !c.isAtEnd {
      if quantity == nil, let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
        c.index += n
        quantity = q
      } else if c.takeAny(["production", "the factory", "factory", "mill"]) != nil {
        source = .production
      } else if c.takeAny(["warehouse", "central warehouse", "regional department"]) != nil {
        source = .warehouse
      } else if c.takeAny(["by", "before", "needed by", "for delivery by"]) != nil {
        guard let (result, n) = DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar) else {
          throw c.error("Needed by when?", suggestion: "e.g. request 300m linen 220 from warehouse by friday")
        }
        switch result {
        case .success(let match): neededBy = match.date
        case .failure(let error): throw c.error(error.message)
        }
        c.index += n
      } else if try !c.fillNames(product: &sku, client: &none, wantsClient: false, skipping: ["from"]) {
        throw c.unexpected(kinds: .products)
      }
    }
    guard let sku, let quantity else {
      throw ParseError("Request how much of which fabric?", suggestion: "e.g. request 300m linen 220 from warehouse")
    }
    let meters = try Quantities.meters(quantity, sku: sku, desk: c.context.desk)
    c.fill("product", sku)
    c.fill("meters", Money.trimmed(meters))
    c.fill("from", source.rawValue)
    if let neededBy { c.fill("needed by", DeskDate.day(neededBy)) }
    return .command(.requestStock(sku: sku, meters: meters, source: source, neededBy: neededBy))
  }

  static func warehouse(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let (sku, meters) = try productQuantity(&c, example: "warehouse has 5,000m linen 220")
    c.fill("warehouse stock", "\(Money.trimmed(meters)) m")
    return .command(.setWarehouseStock(sku: sku, meters: meters))
  }

  static func minimums(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let cut = c.tokens.prefix(c.index).contains { $0.folded == "cut" }
    let (sku, meters) = try productQuantity(&c, example: "minimum order linen 220 100m")
    c.fill(cut ? "minimum cut" : "minimum order", "\(Money.trimmed(meters)) m")
    return .command(.setMinimums(sku: sku, order: cut ? nil : meters, cut: cut ? meters : nil))
  }

  /// A product and a quantity in either order; a bare number counts as metres.
  private static func productQuantity(_ c: inout Cursor, example: String) throws(ParseError) -> (String, Decimal) {
    var sku: String?
    var none: String?
    var quantity: (amount: Decimal, unit: QuantityUnit)?
    while !c.isAtEnd {
      if quantity == nil, let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
        c.index += n
        quantity = q
      } else if try c.fillNames(product: &sku, client: &none, wantsClient: false, skipping: ["of", "is", "to"]) {
        continue
      } else if quantity == nil, let (n, consumed) = NumberScanner.scan(c.tokens, at: c.index) {
        c.index += consumed
        quantity = (n, .meters)
      } else {
        throw c.unexpected(kinds: .products)
      }
    }
    guard let sku, let quantity else { throw ParseError("Which fabric, and how many metres?", suggestion: "e.g. \(example)") }
    c.fill("product", sku)
    return (sku, try Quantities.meters(quantity, sku: sku, desk: c.context.desk))
  }
}
