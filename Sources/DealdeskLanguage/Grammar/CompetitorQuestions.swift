import DealdeskCore
import Foundation

/// Competitors the desk already knows, as subjects ("tekstil plus prices?", "tekstil plus
/// jersey 6.95/m"), a client passing on a competitor's quote ("acme got a quote from Fabrika
/// Ilir: canvas 8.90"), and the questions about competitor prices.
enum CompetitorQuestions {
  /// "competitors", "competitor prices linen", "who is cheaper than us on poplin", "how far
  /// are we from tekstil plus on poplin", "which competitors we have on file".
  static func competitors(_ c: inout Cursor) throws(ParseError) -> Intent {
    let onFile = ["on file", "on record"]
    _ = c.takeAny(onFile)
    c.skipFiller()
    let competitor = knownCompetitor(&c)
    if c.takeAny(onFile) == nil { _ = c.takeAny(["on", "for", "in"]) }
    c.skipFiller()
    guard !c.isAtEnd else { return .question(.competitors(sku: nil, competitor: competitor)) }
    if let competitor { c.fill("competitor", competitor) }
    switch try c.name(.fabrics) {
    case .product(let sku)?:
      c.fill("product", c.context.desk.products[sku]?.name ?? sku)
      return .question(.competitors(sku: sku, competitor: competitor))
    case .category(let name)?:
      c.fill("category", name)
      return .question(.competitors(sku: nil, category: name, competitor: competitor))
    default:
      throw c.unexpected(kinds: .fabrics)
    }
  }

  /// A line that opens with a competitor on record, or a client passing one on.
  static func knownCompetitorLine(_ c: inout Cursor) throws(ParseError) -> Understood? {
    let start = c.index
    if let intent = try reported(&c) { return try CompetitorGrammar.understood(intent, &c) }
    c.index = start
    guard let competitor = knownCompetitor(&c) else { return nil }
    c.skipFiller()
    // "tekstil plus?", "tekstil plus prices", "tekstil plus prices on poplin".
    if c.isAtEnd || c.takeAny(["prices", "price", "price list", "prices list"]) != nil {
      let intent = try competitors(&c, of: competitor)
      return Understood(intent: intent, action: "competitors", client: nil, slots: c.slots, ignored: c.ignored, roles: c.roles)
    }
    // "tekstil plus sells …" and "tekstil plus - …" are the general form's; a fabric straight
    // after the name is a price with no verb.
    var probe = c
    guard case .product? = (try? probe.name(.products)) ?? nil else {
      c.index = start
      return nil
    }
    let intent = try CompetitorGrammar.prices(&c, competitor: competitor, reportedBy: nil)
    return try CompetitorGrammar.understood(intent, &c)
  }

  private static func competitors(_ c: inout Cursor, of competitor: String) throws(ParseError) -> Intent {
    c.fill("competitor", competitor)
    c.skipFiller()
    _ = c.takeAny(["on", "for", "of"])
    c.skipFiller()
    guard !c.isAtEnd else { return .question(.competitors(sku: nil, competitor: competitor)) }
    switch try c.name(.fabrics) {
    case .product(let sku)?: return .question(.competitors(sku: sku, competitor: competitor))
    case .category(let name)?: return .question(.competitors(sku: nil, category: name, competitor: competitor))
    default: throw c.unexpected(kinds: .fabrics)
    }
  }

  private static let quoteWords = ["a quote", "quote", "an offer", "offer", "a price", "price", "prices", "quotes"]

  /// "acme got a quote from Fabrika Ilir: canvas 8.90, min 500m": the client is who passed it on.
  private static func reported(_ c: inout Cursor) throws(ParseError) -> Intent? {
    guard case .client(let client)? = (try? c.name(.clients)) ?? nil else { return nil }
    guard c.takeAny(["got", "has", "received", "had", "was given", "was offered"]) != nil,
      c.takeAny(quoteWords) != nil, c.take("from")
    else { return nil }
    let start = c.index
    var end: Int?
    for i in start..<c.tokens.count where [":", "-", ","].contains(c.tokens[i].text) {
      end = i
      break
    }
    guard let end, end > start else {
      throw c.error("Which competitor, and what did they quote?", suggestion: "e.g. Acme got a quote from Tekstil Plus: linen 220 11.00")
    }
    let competitor = c.text(from: start, to: end).trimmingCharacters(in: .whitespaces)
    c.index = end + 1
    return try CompetitorGrammar.prices(&c, competitor: competitor, reportedBy: client)
  }

  /// The longest competitor on record whose words come next, as first noted.
  static func knownCompetitor(_ c: inout Cursor) -> String? {
    guard c.current?.kind == .word else { return nil }
    var best: (name: String, end: Int)?
    for name in c.context.desk.competitorNames {
      let words = Fold.fold(name).split(separator: " ").map(String.init)
      var probe = c
      if probe.take(words), probe.index > (best?.end ?? c.index) { best = (name, probe.index) }
    }
    guard let best else { return nil }
    c.index = best.end
    return best.name
  }
}
