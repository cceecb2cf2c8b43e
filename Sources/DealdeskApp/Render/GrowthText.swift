import DealdeskCore
import Foundation

/// How a growth figure says what it compares, so a manager reading it aloud never sets part
/// of a month against all of another without knowing.
enum GrowthText {
  /// "month to date", "whole quarters"
  static func basis(_ growth: Growth) -> String {
    let kind = growth.period.kind.rawValue
    return growth.toDate ? "\(kind) to date" : "whole \(kind)s"
  }

  /// The stretch compared against: "1–3 Nov 2026"; all of a shorter month when the running
  /// one has passed its length ("all of Feb 2026, a shorter month").
  static func before(_ growth: Growth) -> String {
    guard growth.toDate, growth.before.isWhole else { return growth.before.label }
    return "all of \(growth.before.label), a shorter \(growth.period.kind.rawValue)"
  }

  /// "+16%", "-2.5%"
  static func percent(_ value: Decimal) -> String { (value >= 0 ? "+" : "") + Format.percent(value) }
}
