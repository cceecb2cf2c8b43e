import Foundation

/// Bounds on what a line can ask for. Far above any real fabric deal, they stop a typo
/// ("5000k m") or a paste from producing figures Decimal cannot keep exact, and say so.
public enum Limits {
  /// Ten million metres: more than a branch ships in years.
  public static let maxMeters: Decimal = 10_000_000
  /// A hundred thousand per metre.
  public static let maxPrice: Decimal = 100_000
  /// A billion in one payment or limit.
  public static let maxAmount: Decimal = 1_000_000_000

  /// Refuses an amount of money with more than two decimals or beyond the bound.
  public static func checkMoney(_ value: Decimal, _ what: String, max: Decimal = maxAmount) throws(DeskError) {
    if Money.round(value) != value {
      throw DeskError("\(what) \(Money.trimmed(value)) has more than two decimals.", suggestion: "Money is kept to the cent, e.g. \(Money.plain(value)).")
    }
    if value > max { throw DeskError("\(what) \(Money.trimmed(value)) is more than the desk accepts (\(Money.trimmed(max))).") }
  }

  public static func checkMeters(_ value: Decimal) throws(DeskError) {
    if value > maxMeters {
      throw DeskError("\(Money.trimmed(value)) m is more than the desk accepts in one line (\(Money.trimmed(maxMeters)) m).", suggestion: "Check the quantity.")
    }
  }
}
