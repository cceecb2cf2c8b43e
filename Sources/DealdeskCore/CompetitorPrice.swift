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

extension Desk {
  /// The latest price of each competitor for a product, competitors by name. Prices are kept
  /// in the order they were noted, so "latest" is the last one.
  public func competitorPrices(for sku: String) -> [CompetitorPrice] {
    var latest: [String: CompetitorPrice] = [:]
    for price in competitorPrices where price.sku == sku { latest[price.competitor.lowercased()] = price }
    return latest.keys.sorted().compactMap { latest[$0] }
  }
}

func decideCompetitorPrice(competitor: String, sku: String, price: Decimal, note: String?, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let name = normalisedName(competitor)
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
  guard let product = desk.products[sku] else { throw DeskError("There is no product \(sku).", suggestion: "`catalog` lists the fabrics.") }
  guard price > 0 else { throw DeskError("A price must be more than zero.", suggestion: "e.g. \(name) sells \(product.name) at 11.00") }
  try Limits.checkMoney(price, "A price of", max: Limits.maxPrice)
  let note = note.map(normalisedName).flatMap { $0.isEmpty ? nil : $0 }
  if let note, note.count > 200 { throw DeskError("That note is too long (200 characters at most).") }
  return [.competitorPriceNoted(CompetitorPrice(competitor: name, sku: sku, price: price, at: now, note: note))]
}
