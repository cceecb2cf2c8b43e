import Foundation

/// Utilities as fixed-point integers in millionths: 0 is the worst, `Micro.one` the best.
/// Integers compare exactly, so two replays cannot disagree about which package a client
/// prefers because a floating-point sum rounded differently.
public enum Micro {
  public static let one = 1_000_000

  /// numerator / denominator, rounded half up to an integer; both non-negative and the
  /// denominator positive (callers guarantee it). Exact: integer arithmetic only, and the
  /// callers keep 2·numerator + denominator far below Int.max (at most about 10^13).
  static func roundedQuotient(_ numerator: Int, _ denominator: Int) -> Int {
    (2 * numerator + denominator) / (2 * denominator)
  }

  /// A whole-number Decimal in 0…`one` as an Int. NSDecimalNumber converts small whole
  /// numbers exactly; the clamp keeps a caller's mistake from producing a value outside the
  /// utility range.
  static func int(fromWhole value: Decimal) -> Int {
    min(max(NSDecimalNumber(decimal: value).intValue, 0), one)
  }
}
