import DealdeskCore
import Foundation

/// Orders: from an accepted offer or at standing terms; ship, deliver, cancel; the document.
enum OrderGrammar {
  static let family = "Orders and payments"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "order", family: family, verbs: ["order", "place order", "new order", "book", "make order", "turn"],
      subjectVerbs: ["orders", "ordered", "order", "wants to order", "want to order", "places an order for", "buys", "takes"],
      summary: "Turn an accepted offer into an order, or order at the client's standing terms.",
      usage: "order O-12 [QUANTITY PRODUCT …]   CLIENT orders QUANTITY PRODUCT [and …]",
      examples: ["order O-1", "Acme orders 300m poplin", "order 200m linen 220 and 100m poplin for Acme", "order the accepted offer for Acme"],
      parse: order),
    CommandSpec(
      name: "ship", family: family, verbs: ["ship", "dispatch", "send out"],
      // "sent" is also a payment's word ("Acme sent 500"): PaymentGrammar hands an order's "sent" here.
      subjectVerbs: ["shipped", "was shipped", "went out", "is shipped", "dispatched", "sent out", "has gone out", "is out",
                     "left the warehouse"],
      summary: "The order has left the warehouse.", usage: "ship S-7   S-7 shipped   order 7 was shipped",
      examples: ["ship S-1", "S-1 shipped", "order 1 was shipped", "mark S-1 shipped"],
      parse: { c, subject throws(ParseError) in
        let order = try target(&c, subject, move: .ship)
        try onToday(&c)
        return .command(.ship(order: order))
      }),
    CommandSpec(
      name: "deliver", family: family, verbs: ["deliver", "delivered"],
      subjectVerbs: ["delivered", "was delivered", "arrived", "is delivered", "received it", "got it"],
      summary: "The client has the goods.", usage: "S-7 delivered   deliver S-7",
      examples: ["S-1 delivered", "deliver S-1"],
      parse: { c, subject throws(ParseError) in
        let order = try target(&c, subject, move: .deliver)
        try onToday(&c)
        return .command(.deliver(order: order))
      }),
    CommandSpec(
      name: "cancel", family: family, verbs: ["cancel", "cancel order"],
      subjectVerbs: ["cancelled", "canceled", "is cancelled", "cancels"],
      summary: "Cancel an order that has not shipped.", usage: "cancel S-7",
      examples: ["cancel S-1"],
      parse: { c, subject throws(ParseError) in
        // An offer is not cancelled but withdrawn: "cancel O-12", "O-12 cancelled", "offer 12 was cancelled".
        if let offer = try offerNamed(&c, subject) { return .command(.withdraw(offer: offer)) }
        // "cancel vlora's satin hold": a hold is let go.
        // "cancel it" is a hold only when a hold was last talked about: an order is what is cancelled.
        if subject == nil, let hold = try StockGrammar.holdReference(&c, verb: "cancel", pronounFallsBack: false) {
          return .command(.release(reservation: hold))
        }
        return .command(.cancelOrder(order: try target(&c, subject, move: .cancel)))
      }),
    CommandSpec(
      name: "invoice", family: family,
      verbs: ["invoice", "total", "document", "bill", "show order", "how much is", "how much was", "total of", "whats the total of",
              "what's the total of", "what is the total of", "value of", "what's the value of", "whats the value of",
              "purchase doc", "purchase document", "the purchase document", "purchase document for", "purchase doc for"],
      summary: "The purchase document: each line's list price, discounts and why, net price, total, terms and due date, and net, VAT and gross at the client's rate.",
      usage: "invoice S-7   total S-7", examples: ["invoice S-1", "total S-1"],
      parse: { c, subject throws(ParseError) in
        let order = try target(&c, subject, verb: "show") { _ in true }
        // "how much is S-6 all in": the document's total is everything in.
        _ = c.takeAny(["all in", "in total", "all included", "everything included", "total"])
        return .question(.invoice(order: order))
      }),
    CommandSpec(
      name: "orders", family: family,
      verbs: ["orders", "unpaid orders", "open orders", "list orders", "what's unpaid", "what is unpaid", "what's outstanding",
              "what is outstanding", "outstanding orders"],
      summary: "List orders, all or one client's; unpaid orders for what is still owed.",
      usage: "orders [for CLIENT]   unpaid orders", examples: ["orders", "orders for Acme", "unpaid orders"],
      parse: orders),
  ]

  /// The order a move is about: a reference, the subject, or the client's latest that the
  /// desk's rule for the move allows (OrderRules), so a line never picks an order decide refuses.
  /// "S-2 shipped today": the day the desk records a shipment or delivery anyway, so it is
  /// read; any other day ("yesterday", "28/11", "fri", "today at 10") is left unread and
  /// refused, since the desk keeps no other day for the move: never recorded as today.
  static func onToday(_ c: inout Cursor) throws(ParseError) {
    let start = c.index
    c.skipFiller()
    _ = c.take("on")
    guard let (result, n) = DateScanner.scan(c.tokens, at: c.index, now: c.context.now, calendar: DeskDate.calendar) else {
      c.index = start
      return
    }
    guard case .success(let match) = result, !match.hasTime, DeskDate.calendar.isDate(match.date, inSameDayAs: c.context.now)
    else {
      // "S-3 delivered 5/12": the day is named as what was not read, not taken for a number.
      let read = c.text(from: 0, to: c.index)
      throw ParseError("I read `\(read)` but not `\(c.text(from: c.index, to: c.tokens.count))`.", suggestion: Cursor.leaveOut,
                       offset: c.tokens[c.index].offset)
    }
    for i in c.index..<(c.index + n) { c.roles[i] = "date" }
    c.index += n
    c.fill("on", "today")
  }

  static func target(_ c: inout Cursor, _ subject: String?, move: OrderMove) throws(ParseError) -> String {
    let desk = c.context.desk
    return try target(&c, subject, verb: move.verb) { desk.can(move, $0) }
  }

  /// The order a move is about: a reference, the subject, or the client's latest that fits.
  static func target(_ c: inout Cursor, _ subject: String?, verb: String, where fits: @escaping (Order) -> Bool) throws(ParseError) -> String {
    let desk = c.context.desk
    // "ship it", "invoice drini's latest order", "cancel vlora's order", "the tweed order".
    if subject == nil || desk.clients[subject ?? ""] != nil,
      let id = try c.recordReference(RecordReference(kind: .order, fits: { desk.orders[$0].map(fits) ?? false }, verb: verb)) {
      c.fill("order", id)
      return id
    }
    c.skipFiller()
    let reference = c.orderReference(allowWord: true) ?? c.numberAfter(["order"]).map(Ids.order)
    // "ship K-1": an id that is no order's is refused, not read as the client's latest order.
    if reference == nil, subject == nil, let typed = c.idShaped() {
      throw c.error("There is no order \(typed).", suggestion: "`orders` lists them.")
    }
    c.skipFiller()
    // "ship the order for Acme": the word says what moves; the client says whose.
    if reference == nil, c.takeAny(["order", "it", "the goods"]) != nil { c.skipFiller() }
    var client = subject
    if reference == nil, client == nil { client = try c.client() }
    c.skipFiller()
    let id = try c.orderOrLatest(reference, client: client, verb: verb, where: fits)
    c.fill("order", id)
    return id
  }

  /// The offer a cancel line is about, when it names one rather than an order.
  private static func offerNamed(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> String? {
    if let subject, c.context.desk.offers[subject] != nil {
      c.fill("offer", subject)
      return subject
    }
    guard subject == nil else { return nil }
    let start = c.index
    c.skipFiller()
    guard let offer = c.offerReference() else {
      c.index = start
      return nil
    }
    guard c.context.desk.offers[offer] != nil else { throw ParseError("There is no offer \(offer).", suggestion: "`offers` lists them.") }
    c.fill("offer", offer)
    return offer
  }

  static func order(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    // "order 300m linen 220 from the warehouse": the branch orders stock, a request; a
    // client's order never names where the stock comes from.
    if subject == nil, c.tokens[c.index...].contains(where: { ["warehouse", "production", "factory", "mill"].contains($0.folded) }) {
      return try StockGrammar.request(&c, nil)
    }
    var client = subject.flatMap { c.context.desk.clients[$0] != nil ? $0 : nil }
    var offer = subject.flatMap { c.context.desk.offers[$0] != nil ? $0 : nil }
    var items: [OrderItem] = []
    var pending: (amount: Decimal, unit: QuantityUnit)?
    var acceptedWanted = false
    let desk = c.context.desk
    let orderable = RecordReference(kind: .offer, fits: { desk.offers[$0]?.status == .accepted }, verb: "order")
    while !c.isAtEnd {
      if offer == nil, let ref = c.offerReference() {
        offer = ref
      } else if let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
        c.index += n
        pending = q
      } else if offer == nil, items.isEmpty, pending == nil, let ref = try c.recordReference(orderable) {
        // "order it", "turn it into an order", "order their offer".
        offer = ref
      } else if c.takeAny(["accepted offer", "accepted deal", "agreed offer", "deal", "accepted"]) != nil {
        acceptedWanted = true
      } else if c.takeAny(["into an order", "into order", "into", "an order", "order", "from", "+", "plus"]) != nil {
        continue  // "turn O-12 into an order", "make an order from O-12"
      } else if let token = c.current, Lexicon.isFiller(token) {
        c.skipFiller()
      } else if case .product(let sku)? = try c.name(.products) {
        guard let q = pending else {
          throw ParseError("How much \(c.context.desk.products[sku]?.name ?? sku)?", suggestion: "e.g. order 300m poplin for Acme")
        }
        let meters = try Quantities.meters(q, sku: sku, desk: c.context.desk)
        items.append(OrderItem(sku: sku, meters: meters))
        c.fill("line", "\(Money.trimmed(meters)) m \(c.context.desk.products[sku]?.name ?? sku)")
        pending = nil
      } else if client == nil, let id = try c.client() {
        client = id
      } else {
        throw c.unexpected(kinds: .clientsAndProducts)
      }
    }
    if pending != nil { throw ParseError("A quantity of which product?", suggestion: "e.g. Acme orders 300m poplin") }
    if acceptedWanted, offer == nil {
      let id = try c.clientOrContext(client, example: "order the accepted offer for Acme")
      guard let accepted = c.context.desk.offers(for: id).last(where: { $0.status == .accepted }) else {
        throw ParseError("\(c.context.desk.clients[id]?.name ?? id) has no accepted offer.")
      }
      offer = accepted.id
    }
    if let offer {
      c.fill("offer", offer)
      return .command(.order(client: nil, offer: offer, items: items))
    }
    let id = try c.clientOrContext(client, example: "Acme orders 300m poplin")
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    return .command(.order(client: id, offer: nil, items: items))
  }

  static func orders(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let unpaid = c.tokens.prefix(c.index).contains { $0.folded == "unpaid" || $0.folded == "outstanding" } || c.take("unpaid")
    let client = try c.listedClient()
    return .question(.orders(client: client, unpaidOnly: unpaid))
  }
}
