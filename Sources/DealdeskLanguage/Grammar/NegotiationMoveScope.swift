import DealdeskCore
import Foundation

/// What a move (a counter or a client's ask) may name: the fabrics its offer covers, a
/// quantity only on the offer's one product line, a discount or price only on the whole of
/// it. Checked before the move is made, so nothing changes that the words did not name.
extension NegotiationGrammar {
  /// A product or category named in a move ("Acme wants 15% on linen"). Where a client's name
  /// starts the same way ("Linen House"), the longer name wins while no client is named yet.
  static func fabric(_ c: inout Cursor, clientNamed: Bool) throws(ParseError) -> EntityRef? {
    let kinds: Set<EntityRef.Kind> = clientNamed ? .fabrics : .anyName
    guard let found = c.match(kinds),
      found.refs.allSatisfy({ $0.kind != .client }) else { return nil }
    return try c.name(.fabrics)
  }

  /// A move changes the terms of the offer on the table, line by line as they stand; it can
  /// mention what the offer covers, but cannot bring in another fabric.
  static func checkCovered(_ fabric: EntityRef, offer id: String, c: Cursor) throws(ParseError) {
    guard covers(fabric, offer: id, desk: c.context.desk) else {
      throw ParseError(
        "\(id) does not cover \(c.context.names.display(fabric)).",
        suggestion: "A counter changes the terms of \(id) as they stand; make a new offer for other fabrics.")
    }
  }

  /// Whether an offer's lines take in the fabric named.
  static func covers(_ fabric: EntityRef, offer id: String, desk: Desk) -> Bool {
    let scopes = desk.offers[id]?.current.lines.map(\.scope) ?? []
    return scopes.contains { scope in
      switch (scope, fabric) {
      case (.all, _): return true
      case (.product(let sku), .product(let named)): return sku == named
      case (.product(let sku), .category(let named)), (.category(let named), .product(let sku)):
        return desk.products[sku]?.category.caseInsensitiveCompare(named) == .orderedSame
      case (.category(let name), .category(let named)): return name.caseInsensitiveCompare(named) == .orderedSame
      default: return false
      }
    }
  }

  /// A quantity goes on the offer's one product line: on an offer of a category ("10% on
  /// linen") a condition "if they take 500m" has nowhere to go, and is refused, named.
  static func checkOneProduct(_ id: String, condition: String, c: Cursor) throws(ParseError) {
    let lines = c.context.desk.offers[id]?.current.lines ?? []
    let products = lines.filter { if case .product = $0.scope { true } else { false } }
    guard products.count != 1 else { return }
    let covers = lines.map { OfferGrammar.describe($0, desk: c.context.desk) }.joined(separator: ", ")
    throw ParseError(
      "I can't read \"\(condition)\" into \(id): it is on \(covers), and a quantity needs the offer's one product line.",
      suggestion: "Make a new offer for the fabric at that quantity, e.g. offer CLIENT 15% on linen 220 if they take 500m")
  }

  /// A move's discount, price or quantity changes the offer's lines as a whole, so fabrics it
  /// names must be all the offer covers: "Acme wants 15% on linen" on an offer of linen and
  /// cotton would otherwise give cotton 15% too, without a word.
  static func checkWholeOffer(_ fabrics: [EntityRef], offer id: String, c: Cursor) throws(ParseError) {
    guard !fabrics.isEmpty, let lines = c.context.desk.offers[id]?.current.lines else { return }
    let desk = c.context.desk
    let left = lines.filter { line in
      !fabrics.contains { fabric in
        switch (line.scope, fabric) {
        case (.product(let sku), .product(let named)): return sku == named
        case (.product(let sku), .category(let named)):
          return desk.products[sku]?.category.caseInsensitiveCompare(named) == .orderedSame
        case (.category(let name), .category(let named)): return name.caseInsensitiveCompare(named) == .orderedSame
        default: return false
        }
      }
    }
    guard let first = left.first else { return }
    let named = fabrics.map { c.context.names.display($0) }.joined(separator: ", ")
    throw ParseError(
      "A move changes every line of \(id), and \(named) is not all of it: \(OfferGrammar.describe(first, desk: desk)) would change too.",
      suggestion: "Leave the fabric out to move the whole offer (counter 12%), or make a new offer for \(named) alone.")
  }

  /// Rolls need the offer's product to convert, so the offer is found first.
  static func quantity(
    _ q: (amount: Decimal, unit: QuantityUnit), reference: String?, client: String?, c: Cursor
  ) throws(ParseError) -> Decimal {
    guard q.unit == .rolls else { return try Quantities.meters(q, sku: "", desk: c.context.desk) }
    let id = try c.offerOrLatest(reference, client: client, verb: "counter")
    let skus = c.context.desk.offers[id]?.current.lines.compactMap { line -> String? in
      if case .product(let sku) = line.scope { return sku }
      return nil
    } ?? []
    guard let sku = skus.first, skus.count == 1 else { throw ParseError("Rolls of which product? Give metres instead.") }
    return try Quantities.meters(q, sku: sku, desk: c.context.desk)
  }
}
