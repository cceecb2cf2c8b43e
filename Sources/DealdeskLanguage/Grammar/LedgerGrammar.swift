import DealdeskCore
import Foundation

/// The account as a controller reads it: goods returned, a client's statement, and ageing.
enum LedgerGrammar {
  static let family = "Orders and payments"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "return", family: family,
      verbs: ["return", "return goods", "goods returned", "take back", "took back", "returned goods", "goods back"],
      summary: "Goods back from a shipped order: into the dye lot they left from (damaged: quarantine), with a credit note.",
      usage: "return QUANTITY PRODUCT from S-7 [lot LOT] [, REASON]   … , damaged",
      examples: ["return 50m linen 220 from S-1", "return 20m linen 220 from S-1 lot 24-117, wrong width", "return 10m linen 220 from S-1, damaged"],
      parse: goodsReturn),
    CommandSpec(
      name: "statement", family: family, verbs: ["statement", "statement of account", "account statement", "statement for"],
      summary: "A client's statement of account: invoices, payments and credit notes with the running balance (net of VAT), then net, VAT and gross per rate (VAT per document and rate, rounded half up to the cent).",
      usage: "statement CLIENT", examples: ["statement Acme", "statement of account for Acme"],
      parse: { c, subject throws(ParseError) in
        c.skipFiller()
        _ = c.takeAny(["for", "of"])
        var named = subject
        if named == nil { named = try c.client() }
        let id = try c.clientOrContext(named, example: "statement Acme")
        c.fill("client", c.context.desk.clients[id]?.name ?? id)
        guard c.isAtEnd else { throw c.unexpected(kinds: .clients) }
        return .question(.statement(client: id))
      }),
    CommandSpec(
      name: "ageing", family: family,
      verbs: ["ageing", "aging", "aged debt", "aged debtors", "ageing report", "aging report", "receivables ageing", "receivables aging"],
      summary: "What each client owes by days past due: current, 1–30, 31–60, 61–90, over 90.",
      usage: "ageing   aging", examples: ["ageing", "aging"],
      parse: { c, _ throws(ParseError) in
        c.skipWords(["report", "of", "receivables", "debts"])
        guard c.isAtEnd else { throw c.unexpected(kinds: []) }
        return .question(.ageing)
      }),
  ]

  /// Words after the comma that mean the goods cannot be sold again.
  private static let damage: Set<String> = ["damaged", "defective", "unsellable", "soiled", "stained", "torn", "quarantine"]

  static func goodsReturn(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    var quantity: (amount: Decimal, unit: QuantityUnit)?
    var sku: String?
    var client: String?
    var order: String?
    var lot: String?
    var damaged = false
    // Before a comma: what came back, from which order and lot. After it: why.
    let comma = c.tokens[c.index...].firstIndex { $0.kind == .punctuation && ($0.text == "," || $0.text == ":") }
    let end = comma ?? c.tokens.count
    while c.index < end {
      if quantity == nil, let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
        c.index += n
        quantity = q
      } else if order == nil, let ref = c.orderReference(allowWord: true) {
        order = ref
      } else if lot == nil, c.take("lot") || c.take("dye", "lot") {
        guard let token = c.current, token.kind != .punctuation else { throw c.error("Which lot?", suggestion: "e.g. return 50m linen 220 from S-7 lot 24-117") }
        lot = token.text
        c.index += 1
      } else if c.takeAny(["damaged", "as damaged"]) != nil {
        damaged = true
      } else if try !c.fillNames(product: &sku, client: &client, wantsClient: false, skipping: ["from", "of", "on", "back", "came"]) {
        throw c.unexpected(kinds: .products)
      }
    }
    var reason: String?
    if let comma {
      let words = c.tokens[(comma + 1)...].map(\.folded)
      let said = c.text(from: comma + 1, to: c.tokens.count)
      for (i, word) in words.enumerated() where damage.contains(word) && (i == 0 || words[i - 1] != "not") { damaged = true }
      // "…, damaged" alone says only that; anything more is the reason.
      if !words.allSatisfy({ damage.contains($0) }) { reason = said }
      c.index = c.tokens.count
    }
    let example = "return 50m linen 220 from S-7"
    guard let order else { throw ParseError("From which order?", suggestion: "e.g. \(example)") }
    guard c.context.desk.orders[order] != nil else { throw ParseError("There is no order \(order).", suggestion: "`orders` lists them.") }
    guard let sku else { throw ParseError("Which fabric came back?", suggestion: "e.g. \(example)") }
    guard let quantity else { throw ParseError("How much came back?", suggestion: "e.g. \(example)") }
    let meters = try Quantities.meters(quantity, sku: sku, desk: c.context.desk)
    c.fill("order", order)
    c.fill("product", sku)
    c.fill("meters", Money.trimmed(meters))
    if let lot { c.fill("lot", lot) }
    if damaged { c.fill("damaged", "yes (quarantine)") }
    if let reason { c.fill("reason", reason) }
    return .command(.returnGoods(NewReturn(order: order, sku: sku, meters: meters, lot: lot, damaged: damaged, reason: reason)))
  }
}
