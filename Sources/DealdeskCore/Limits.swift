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
      throw DeskError("\(what) \(Money.displayQuantity(value)) has more than two decimals.", suggestion: "Money is kept to the cent, e.g. \(Money.display(value)).")
    }
    if value > max { throw DeskError("\(what) \(Money.displayQuantity(value)) is more than the desk accepts (\(Money.displayQuantity(max))).") }
  }

  public static func checkMeters(_ value: Decimal) throws(DeskError) {
    if value > maxMeters {
      throw DeskError("\(metersText(value)) is more than the desk accepts in one line (\(metersText(maxMeters))).", suggestion: "Check the quantity.")
    }
  }
}
