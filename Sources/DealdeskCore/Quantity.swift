import Foundation

/// How a length was written. The desk keeps every quantity in metres; yards and rolls are
/// converted exactly when the line is understood.
public enum LengthUnit: String, Codable, Sendable, Equatable {
  case meters, yards, rolls

  /// One yard is 0.9144 m exactly (international yard, 1959).
  public static let metersPerYard = Decimal(string: "0.9144") ?? 0  // safe: literal

  /// Metres for `amount` of this unit; rolls need the product's roll length.
  public func meters(_ amount: Decimal, rollLength: Decimal?) -> Decimal? {
    switch self {
    case .meters: return amount
    case .yards: return amount * Self.metersPerYard
    case .rolls: return rollLength.map { amount * $0 }
    }
  }
}
