import DealdeskCore
import Foundation

/// Stock arriving, said as it happens: "3 rolls satin came in, lot 25-002", "150 yards tweed
/// arrived, lot T-7", "satin arrived 3 rolls lot 25-002". The quantity and the fabric, then a
/// word of arriving: a receipt into the lot named, as `receive` is.
extension CatalogGrammar {
  static let arrivalWords = [
    "came in", "come in", "just came in", "has come in", "have come in", "arrived", "has arrived", "have arrived",
    "just arrived", "arrived today", "came today", "got in", "is in", "are in", "in", "landed", "received", "was received",
    "were received", "delivered to us", "came", "arrives", "in stock now", "is here", "are here",
  ]

  private static func onlyProduct(_ ref: EntityRef, desk: Desk) -> String? {
    switch ref {
    case .product(let sku): return sku
    case .category(let name):
      let skus = desk.products.values.filter { $0.category.caseInsensitiveCompare(name) == .orderedSame }.map(\.sku)
      return skus.count == 1 ? skus.first : nil
    default: return nil
    }
  }

  private static let arrivalHeads: Set<String> = Set(arrivalWords.compactMap { $0.split(separator: " ").first.map(String.init) })

  /// A whole receipt line that opens with the goods; nil when the line is not one.
  static func arrivalLine(_ c: inout Cursor) throws(ParseError) -> Understood? {
    // Only a line with a word of arriving in it is looked at for a fabric: the lookup is the
    // costly part, and most lines are something else.
    guard c.tokens[c.index...].prefix(8).contains(where: { arrivalHeads.contains($0.folded) }) else { return nil }
    var p = c
    var quantity: (amount: Decimal, unit: QuantityUnit)?
    if let (q, n) = QuantityScanner.scan(p.tokens, at: p.index) {
      quantity = q
      p.index += n
      p.skipFiller()
    }
    // A fabric, never a typo's guess: a line opening with a client is theirs. A category that
    // holds one product ("satin") is that product.
    guard let found = p.match(.fabrics), found.quality != .typo, found.refs.count == 1, let ref = found.refs.first else { return nil }
    p.index += found.consumed
    if quantity == nil, let (q, n) = QuantityScanner.scan(p.tokens, at: p.index) {
      quantity = q
      p.index += n
    }
    let verbStart = p.index
    guard p.takeAny(arrivalWords) != nil else { return nil }
    p.mark(from: verbStart, to: p.index, as: "verb")  // "came in" is the command's verb, not a name
    guard let sku = onlyProduct(ref, desk: p.context.desk) else {
      let name = p.context.names.display(ref)
      throw ParseError("Which \(name) came in? Stock is received into one fabric's lot.",
                       suggestion: "Name the fabric, e.g. 3 rolls linen 220 came in, lot 25-002")
    }
    p.skipPunctuation()
    if quantity == nil, let (q, n) = QuantityScanner.scan(p.tokens, at: p.index) {
      quantity = q
      p.index += n
      p.skipPunctuation()
    }
    c = p
    guard let quantity else {
      throw ParseError("How much \(c.context.desk.products[sku]?.name ?? sku) arrived?", suggestion: "e.g. 3 rolls satin came in, lot 25-002")
    }
    c.fill("product", sku)
    let meters = try Quantities.meters(quantity, sku: sku, desk: c.context.desk)
    c.fill("meters", Money.trimmed(meters))
    let intent = try receiveTail(&c, sku: sku, meters: meters)
    c.skipFiller()
    guard c.isAtEnd else { throw c.unexpected() }
    return Understood(intent: intent, action: "receive", client: nil, slots: c.slots, ignored: c.ignored, roles: c.roles)
  }
}
