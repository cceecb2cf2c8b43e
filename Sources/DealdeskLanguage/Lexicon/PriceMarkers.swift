/// What may follow an amount to make it a price, glued on or as its own word: a currency,
/// a unit it is per, or both ("€", "eur", "/m", "€/m", "eur/yd").
struct PriceMarkers: Equatable {
  var currencyCode: String?
  var perUnit: QuantityUnit?

  /// Reads `text` whole, or returns nil: "12.40xyz" is not a price with a typo in it.
  static func parse(_ text: String) -> PriceMarkers? {
    let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    let currencyText = String(parts[0])
    var markers = PriceMarkers()
    if !currencyText.isEmpty {
      guard let code = Currency.suffix(currencyText) else { return nil }
      markers.currencyCode = code
    }
    if parts.count == 2 {
      guard let unit = QuantityUnit.named(String(parts[1])) else { return nil }
      markers.perUnit = unit
    }
    return markers.currencyCode == nil && markers.perUnit == nil ? nil : markers
  }
}
