import Foundation

/// A competitor's price for one of our products, as the manager heard it.
public struct CompetitorPrice: Codable, Sendable, Equatable {
  public var competitor: String
  public var sku: String
  /// Per metre, in the desk's currency.
  public var price: Decimal
  public var at: Date
  public var note: String?

  public init(competitor: String, sku: String, price: Decimal, at: Date, note: String? = nil) {
    self.competitor = competitor
    self.sku = sku
    self.price = price
    self.at = at
    self.note = note
  }
}

/// One price in a competitor report: a fabric of ours and what the competitor asks per metre.
public struct CompetitorQuote: Sendable, Equatable {
  public var sku: String
  public var price: Decimal

  public init(sku: String, price: Decimal) {
    self.sku = sku
    self.price = price
  }
}

/// Competitors are named as the manager heard them: one is the same whatever its case or accents.
public enum CompetitorNames {
  public static func fold(_ name: String) -> String {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}

extension Desk {
  /// Each competitor on record once, spelt as first noted.
  public var competitorNames: [String] {
    var seen: Set<String> = []
    return competitorPrices.map(\.competitor).filter { seen.insert(CompetitorNames.fold($0)).inserted }
  }

  /// The latest price of each competitor for a product, competitors by name. Prices are kept
  /// in the order they were noted, so "latest" is the last one.
  public func competitorPrices(for sku: String) -> [CompetitorPrice] {
    var latest: [String: CompetitorPrice] = [:]
    for price in competitorPrices where price.sku == sku { latest[CompetitorNames.fold(price.competitor)] = price }
    return latest.keys.sorted().compactMap { latest[$0] }
  }
}

func decideCompetitorPrices(competitor: String, quotes: [CompetitorQuote], note: String?, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let typed = normalisedName(competitor)
  // One competitor, one name: typed in another case it is still the one on record.
  let name = desk.competitorNames.first { CompetitorNames.fold($0) == CompetitorNames.fold(typed) } ?? typed
  guard !name.isEmpty else { throw DeskError("Which competitor?", suggestion: "e.g. Tekstil Plus sells linen 220 at 11.00") }
  guard name.count <= 80 else { throw DeskError("That competitor's name is too long (80 characters at most).") }
  // A client named in full or by the start of its name ("Acme" for Acme Textiles).
  let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  if let client = desk.clientsInOrder.first(where: {
    let full = $0.name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return full == folded || full.hasPrefix(folded + " ")
  }) {
    throw DeskError("\(client.name) is one of your clients, not a competitor.", suggestion: "A price a client quotes you belongs in a note: note \(client.name): …")
  }
  guard !quotes.isEmpty else { throw DeskError("At what price, for which fabric?", suggestion: "e.g. \(name) sells linen 220 at 11.00") }
  guard Set(quotes.map(\.sku)).count == quotes.count else {
    throw DeskError("A fabric is priced twice in that line.", suggestion: "Give each fabric one price.")
  }
  let note = note.map(normalisedName).flatMap { $0.isEmpty ? nil : $0 }
  if let note, note.count > 200 { throw DeskError("That note is too long (200 characters at most).") }
  var events: [Event] = []
  for quote in quotes {
    guard let product = desk.products[quote.sku] else { throw DeskError("There is no product \(quote.sku).", suggestion: "`catalog` lists the fabrics.") }
    guard quote.price > 0 else { throw DeskError("A price must be more than zero.", suggestion: "e.g. \(name) sells \(product.name) at 11.00") }
    try Limits.checkMoney(quote.price, "A price of", max: Limits.maxPrice)
    events.append(.competitorPriceNoted(CompetitorPrice(competitor: name, sku: quote.sku, price: quote.price, at: now, note: note)))
  }
  return events
}
