import DealdeskCore

/// Questions about a fabric or the range, asked in a sentence: "how much linen 220 do we
/// have", "what does linen 220 cost", "price of linen 220", "what linen do we have", "what's
/// in stock". A fabric's card answers with its price, stock and dye lots; the catalog with a
/// category's or the whole range's. Like "is linen 220 in stock", these open with no command
/// word, so they are read as a whole: every word must be a question word or the name.
enum FabricQuestions {
  /// Words a question about a fabric is made of, before or after its name.
  private static let questionWords: WordSet = [
    "how", "much", "many", "what", "what's", "whats", "which", "do", "does", "did", "is", "are", "we", "have", "got", "there",
    "any", "price", "prices", "cost", "costs", "stock", "left", "available", "hand", "in", "of", "for", "on", "metres",
    "meters", "yards", "rolls", "sell", "go", "per", "metre", "meter", "m", "the", "a", "an", "currently", "still", "now",
    "kinds", "types", "lots", "lot", "dye", "shades", "batches",
  ]
  /// Words that ask about more than one fabric: the range, or a category of it.
  private static let rangeWords: WordSet = ["fabrics", "products", "range", "catalog", "catalogue", "materials", "stock"]
  /// Words that make it a question at all: without one, "linen 220" alone is a name (read elsewhere).
  private static let askingWords: WordSet = [
    "how", "what", "what's", "whats", "which", "price", "prices", "cost", "costs", "stock", "left", "available", "any", "lots",
  ]

  static func line(_ c: inout Cursor) throws(ParseError) -> Understood? {
    let start = c.index
    guard c.current?.kind == .word else { return nil }
    // Every line passes here: without an asking word it is not this, and names are not looked up.
    guard c.tokens[c.index...].contains(where: { askingWords.contains($0.folded) }) else { return nil }
    var fabric: EntityRef?
    var asking = false
    var range = false
    while let token = c.current {
      if token.kind == .punctuation, Lexicon.isFiller(token) {
        c.index += 1
        continue
      }
      guard token.kind == .word else { break }
      let word = token.folded
      // A name first, so "linen" in "what linen do we have" is the category, not a stray word.
      if fabric == nil, !questionWords.contains(word) || c.context.names.hasExactName(c.tokens, at: c.index, kinds: .products),
        let found = c.match(.anyName), found.refs.allSatisfy({ $0.kind != .client }),
        let ref = try c.name(.fabrics)
      {
        fabric = ref
        continue
      }
      if rangeWords.contains(word) { range = true }
      if askingWords.contains(word) { asking = true }
      guard questionWords.contains(word) || rangeWords.contains(word) else { break }
      c.index += 1
    }
    guard c.isAtEnd, asking, fabric != nil || range else {
      c.index = start
      return nil
    }
    let intent: Intent
    switch fabric {
    case .product(let sku)?:
      c.fill("product", sku)
      intent = .question(.product(sku: sku))
    case .category(let name)? where c.context.names.soleProduct(ofCategory: name) != nil:
      // A category of one fabric ("which lots of satin"): that fabric's card, with its lots.
      let sku = c.context.names.soleProduct(ofCategory: name) ?? name
      c.fill("product", sku)
      fabric = .product(sku)
      intent = .question(.product(sku: sku))
    case .category(let name)?:
      c.fill("category", name)
      intent = .question(.catalog(category: name))
    default:
      intent = .question(.catalog(category: nil))
    }
    return Understood(intent: intent, action: fabric.map { $0.kind == .product ? "show" : "catalog" } ?? "catalog",
                      client: nil, slots: c.slots, ignored: c.ignored, roles: c.roles)
  }
}
