/// The units fabric is counted in. A roll's length is the product's, so converting rolls
/// is left to whoever knows the product.
public enum QuantityUnit: String, Equatable, Sendable {
  case meters, yards, rolls

  /// The unit a folded word names ("m", "metres", "yds", "roll"), or nil.
  static func named(_ word: String) -> QuantityUnit? {
    names[word]
  }

  private static let names: [String: QuantityUnit] = [
    "m": .meters, "meter": .meters, "meters": .meters, "metre": .meters, "metres": .meters,
    "mtr": .meters, "mtrs": .meters,
    "yd": .yards, "yds": .yards, "yard": .yards, "yards": .yards,
    "roll": .rolls, "rolls": .rolls,
  ]
}
