import DealdeskCore
import Foundation

/// The verbs of the trade for handing things to a client: a swatch is lent ("give vlora a
/// tweed swatch", "gave drini 2 satin swatches", "send vlora the tweed swatch"); a document is
/// shown ready to send ("email drini the invoice", "send drini the invoice for S-2"), since the
/// desk sends nothing itself until documents exist as files. What is handed over must be named:
/// "give vlora 5%" is no swatch and no document, and is refused rather than guessed at.
enum TradeVerbGrammar {
  static let family = SampleGrammar.family

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "give", family: family,
      verbs: ["give", "gave", "send", "email", "e-mail", "emailed", "mail", "mailed", "hand", "handed", "swatch", "drop off",
              "dropped off"],
      summary: "Give or send a client a swatch (lent, due back), or a document (shown ready to send).",
      usage: "give CLIENT [N] PRODUCT swatch[es]   email CLIENT the invoice [for S-7]",
      examples: ["give Acme a linen 220 swatch", "gave Acme 2 linen 220 swatches", "email Acme the invoice for S-1"],
      parse: give),
  ]

  private static let swatchWords: Set<String> = ["swatch", "swatches", "sample", "samples", "cutting", "cuttings", "hanger", "hangers"]
  private static let documentWords: Set<String> = ["invoice", "invoices", "bill", "document", "documents", "proforma", "pro-forma"]

  static func give(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let verb = c.tokens[c.index - 1].folded
    let rest = c.tokens[c.index...].map(\.folded)
    if verb == "swatch" || rest.contains(where: swatchWords.contains) { return try swatch(&c) }
    if rest.contains(where: documentWords.contains) { return try document(&c) }
    throw ParseError(
      "Give what? I read \"\(verb)\" but not a swatch or a document.",
      suggestion: "e.g. give Acme a linen 220 swatch, email Acme the invoice for S-7; an offer is `offer Acme 5% on linen`")
  }

  /// Swatches lent, one loan each: "gave drini 2 satin swatches".
  private static func swatch(_ c: inout Cursor) throws(ParseError) -> Intent {
    var sku: String?
    var client: String?
    var count: Int?
    var days: Int?
    while !c.isAtEnd {
      if days == nil, let n = Terms.returnIn(&c) {
        days = n
      } else if c.take("for"), let (n, consumed) = Terms.days(c) {
        c.index += consumed
        days = n
      } else if count == nil, let token = c.current, token.kind == .word, let (n, consumed) = NumberScanner.scan(c.tokens, at: c.index),
        let whole = Int("\(n)"), whole > 0, Decimal(whole) == n {
        c.index += consumed
        count = whole
      } else if try !c.fillNames(product: &sku, client: &client, wantsClient: true, skipping: swatchWords.union(["of", "x"])) {
        throw c.unexpected(kinds: .clientsAndProducts)
      }
    }
    guard let sku else { throw ParseError("A swatch of which fabric?", suggestion: "e.g. give Acme a linen 220 swatch") }
    // "gave vlora swatches of tweed": more than one, but how many is not said.
    let plural = c.tokens.contains { ["swatches", "samples", "cuttings", "hangers"].contains($0.folded) }
    if plural, count == nil {
      let name = c.context.desk.products[sku]?.name ?? sku
      throw ParseError("How many swatches of \(name)?", suggestion: "e.g. gave Acme 2 linen 220 swatches")
    }
    let id = try c.clientOrContext(client, example: "give Acme a linen 220 swatch")
    let swatches = count ?? 1
    guard swatches <= 20 else { throw ParseError("\(swatches) swatches to one client? Lend at most 20 at a time.") }
    c.fill("product", sku)
    c.fill("client", c.context.desk.clients[id]?.name ?? id)
    if swatches > 1 { c.fill("swatches", "\(swatches)") }
    if let days { c.fill("for", "\(days) days") }
    return .command(.lendSample(sku: sku, client: id, days: days, count: swatches))
  }

  /// An order's document, shown ready to send: the order named, else the client's latest
  /// shipped or delivered order (an invoice goes with the goods).
  private static func document(_ c: inout Cursor) throws(ParseError) -> Intent {
    var client: String?
    var order: String?
    while !c.isAtEnd {
      if order == nil, let ref = c.orderReference(allowWord: true) {
        order = ref
      } else if let word = c.word(), documentWords.contains(word) || ["for", "of", "on", "copy"].contains(word) {
        c.index += 1
      } else if let token = c.current, c.isFiller(token) {
        c.skipFiller()
      } else if client == nil, let id = try c.client() {
        client = id
      } else {
        throw c.unexpected(kinds: .clients)
      }
    }
    let desk = c.context.desk
    let id = try c.orderOrLatest(order, client: client, verb: "send an invoice for") { $0.status == .shipped || $0.status == .delivered }
    if let client, let placed = desk.orders[id], placed.clientId != client {
      let owner = desk.clients[placed.clientId]?.name ?? placed.clientId
      throw ParseError("\(id) is \(owner)'s order, not \(desk.clients[client]?.name ?? client)'s.",
                       suggestion: "Check the order: `orders for \(desk.clients[client]?.name ?? client)` lists theirs.")
    }
    c.fill("order", id)
    c.fill("to send", "shown, ready to send")
    return .question(.invoiceToSend(order: id))
  }
}
