import DealdeskCore
import Foundation

/// The catalog: products with their textile attributes, stock received into dye lots.
enum CatalogGrammar {
  static let family = "Catalog and stock"
  private static let fieldWords: Set<String> = [
    "sku", "category", "price", "list", "cost", "width", "gsm", "weight", "composition", "colour", "color",
    "finish", "roll",
  ]

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "add product", family: family, verbs: ["add product", "new product", "add fabric", "new fabric"],
      summary: "Add a fabric to the catalog with its attributes and cost.",
      usage: "add product NAME [sku SKU] category CAT price 12.40/m [cost 7.90] [width 150cm] [gsm 220] [composition …] [colour …] [finish …] [roll 50m]",
      examples: [
        "add product Linen 220 sku LIN-220 category linen price 12.40/m cost 7.90 width 150cm gsm 220 composition 100% linen roll 50m",
        "new fabric Poplin White category cotton price €6,90 cost 4.10",
      ],
      parse: addProduct),
    CommandSpec(
      name: "receive", family: family, verbs: ["receive", "received", "got"],
      summary: "Record stock arriving into a dye lot.",
      usage: "receive QUANTITY PRODUCT [lot LOT] [for RQ-2]",
      examples: ["receive 800m linen 220 lot 24-117", "receive 4 rolls of LIN-220 lot 24-118", "receive 300m linen 220 lot 24-140 for RQ-1",
                 "3 rolls linen 220 came in, lot 24-150"],
      parse: receive),
    CommandSpec(
      name: "catalog", family: family, verbs: ["catalog", "catalogue", "products", "fabrics", "stock", "price list"],
      summary: "List the catalog, or one category, with prices and stock.",
      usage: "catalog [CATEGORY]", examples: ["catalog", "catalog linen"],
      parse: catalog),
  ]

  static func addProduct(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let start = c.index
    while let w = c.word(), !fieldWords.contains(w) { c.index += 1 }
    let name = c.text(from: start, to: c.index)
    guard !name.isEmpty else {
      throw c.error("A product needs a name.", suggestion: "Try: add product Linen 220 category linen price 12.40")
    }
    var new = NewProduct(name: name)
    c.fill("name", name)
    while !c.isAtEnd {
      c.skipFiller()
      guard let field = c.word() else { break }
      guard fieldWords.contains(field) else {
        throw c.error(
          "I don't know \"\(c.current?.text ?? field)\" here.",
          suggestion: "After the name: sku, category, price, cost, width, gsm, composition, colour, finish, roll.")
      }
      c.index += 1
      _ = c.take("price")  // "list price"
      c.skipFiller()
      switch field {
      case "price", "list":
        new.listPrice = try money(&c, field: "price")
      case "cost":
        new.cost = try money(&c, field: "cost")
      case "width":
        new.widthCm = try measure(&c, unit: "cm", field: "width")
      case "gsm", "weight":
        new.gsm = try measure(&c, unit: "gsm", field: "weight")
        _ = c.takeAny(["gsm", "g/m2", "g/m²", "g"])
      case "roll":
        new.rollLength = try rollLength(&c)
      case "sku":
        guard let token = c.current, token.kind != .punctuation else { throw c.error("Which SKU?") }
        c.index += 1
        new.sku = token.text
        c.fill("sku", token.text)
      default:
        let from = c.index
        while let w = c.word(), !fieldWords.contains(w) { c.index += 1 }
        let value = c.text(from: from, to: c.index)
        guard !value.isEmpty else { throw c.error("What is the \(field)?") }
        switch field {
        case "category": new.category = value
        case "composition": new.composition = value
        case "finish": new.finish = value
        default: new.colour = value
        }
        c.fill(field == "color" ? "colour" : field, value)
      }
    }
    return .command(.addProduct(new))
  }

  private static func money(_ c: inout Cursor, field: String) throws(ParseError) -> Decimal {
    // "price 5.50 roll 50m": "roll" opens the next field here; it is no unit of the price.
    if let (value, n) = NumberScanner.scan(c.tokens, at: c.index), let next = c.word(n), fieldWords.contains(next) {
      c.index += n
      c.fill(field, "\(value)")
      return value
    }
    guard let (m, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else {
      throw c.error("What is the \(field)? Give an amount such as 12.40.")
    }
    try checkCurrency(m, &c)
    try Terms.perMetre(m, &c)
    c.index += n
    c.fill(field, "\(m.amount)")
    return m.amount
  }

  /// "roll 50m", "roll 50 metres", or a bare "roll 50": a roll is measured in metres.
  private static func rollLength(_ c: inout Cursor) throws(ParseError) -> Decimal {
    let read = QuantityScanner.scan(c.tokens, at: c.index).map { ($0.value.amount, $0.consumed, $0.value.unit) }
      ?? NumberScanner.scan(c.tokens, at: c.index).map { ($0.value, $0.consumed, QuantityUnit.meters) }
    guard let (length, n, unit) = read, unit == .meters else {
      throw c.error("Give the roll length in metres, e.g. roll 50m.")
    }
    c.index += n
    c.fill("roll", "\(Money.trimmed(length)) m")
    return length
  }

  /// A number with an optional unit written after it or glued on ("150cm", "150 cm").
  private static func measure(_ c: inout Cursor, unit: String, field: String) throws(ParseError) -> Decimal {
    if let w = c.word(), w.hasSuffix(unit), let value = Decimal(string: String(w.dropLast(unit.count)), locale: Locale(identifier: "en_US_POSIX")) {
      c.index += 1
      c.fill(field, "\(value)")
      return value
    }
    guard let (value, n) = NumberScanner.scan(c.tokens, at: c.index) else { throw c.error("What is the \(field)?") }
    c.index += n
    _ = c.take(unit)
    c.fill(field, "\(value)")
    return value
  }

  static func receive(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    // "received 500 from Acme": money, not metres; a payment.
    if receivesMoney(c) { return try PaymentGrammar.payment(&c, nil) }
    var quantity: (amount: Decimal, unit: QuantityUnit)?
    if let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
      quantity = q
      c.index += n
    }
    c.skipFiller()
    guard case .product(let sku)? = try c.name(.products) else {
      throw c.isAtEnd ? c.error("Receive which product?", suggestion: "Try: receive 800m linen 220 lot 24-117")
        : c.unexpected(kinds: .products)
    }
    c.fill("product", sku)
    if quantity == nil, let (q, n) = QuantityScanner.scan(c.tokens, at: c.index) {
      quantity = q
      c.index += n
    }
    guard let quantity else { throw ParseError("How much arrived?", suggestion: "Try: receive 800m linen 220 lot 24-117") }
    let meters = try Quantities.meters(quantity, sku: sku, desk: c.context.desk)
    c.fill("meters", Money.trimmed(meters))
    // "got 3 rolls satin in, lot 25-002": the words of arriving say nothing more.
    _ = c.takeAny(arrivalWords)
    c.skipPunctuation()
    return try receiveTail(&c, sku: sku, meters: meters)
  }

  /// The lot and the request a receipt names after its quantity and fabric.
  static func receiveTail(_ c: inout Cursor, sku: String, meters: Decimal) throws(ParseError) -> Intent {
    var lot: String?
    c.skipFiller()
    if c.take("lot") || c.take("dye", "lot") || c.take("batch") {
      c.skipFiller()
      guard let token = c.current, token.kind != .punctuation else { throw c.error("Which lot?") }
      lot = token.text
      c.index += 1
      c.fill("lot", token.text)
    }
    // "… for RQ-2" / "against RQ-2": stock that a request was waiting for.
    c.skipFiller()
    _ = c.takeAny(["against", "on", "from"])
    var request = c.prefixedReference("rq-")
    if request == nil, let open = c.context.desk.openStockRequests.first(where: { $0.sku == sku }), c.take("request") {
      request = open.id
    }
    if let request {
      guard c.context.desk.stockRequests[request] != nil else { throw ParseError("There is no request \(request).", suggestion: "`requests` lists them.") }
      c.fill("request", request)
    }
    return .command(.receiveStock(sku: sku, meters: meters, lot: lot, request: request))
  }

  /// An amount with no unit, then "from": what a client paid ("received 500 from Acme").
  private static func receivesMoney(_ c: Cursor) -> Bool {
    guard QuantityScanner.scan(c.tokens, at: c.index) == nil,
      let (_, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else { return false }
    return c.word(n) == "from"
  }

  static func catalog(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    if c.isAtEnd { return .question(.catalog(category: nil)) }
    switch try c.name(.fabrics) {
    case .category(let name)?:
      c.fill("category", name)
      return .question(.catalog(category: name))
    case .product(let sku)?:
      // "stock linen 220": one fabric of the catalog is its card, with its dye lots.
      c.fill("product", sku)
      return .question(.product(sku: sku))
    default:
      throw c.unexpected(kinds: .categories)
    }
  }
}

/// The desk has one currency; an amount written in another is refused, never converted.
func checkCurrency(_ money: MoneyMatch, _ c: inout Cursor) throws(ParseError) {
  let currency = c.context.desk.settings.currency
  if let code = money.currencyCode, code != currency {
    throw c.error("This desk works in \(currency), not \(code).", suggestion: "Give the amount in \(currency).")
  }
}

enum Quantities {
  /// Metres for a quantity as typed; rolls use the product's roll length, yards convert exactly.
  static func meters(_ q: (amount: Decimal, unit: QuantityUnit), sku: String, desk: Desk) throws(ParseError) -> Decimal {
    let product = desk.products[sku]
    let unit = LengthUnit(rawValue: q.unit.rawValue) ?? .meters
    guard let meters = unit.meters(q.amount, rollLength: product?.rollLength) else {
      throw ParseError("\(product?.name ?? sku) has no roll length on record.", suggestion: "Give the quantity in metres.")
    }
    return meters
  }
}
