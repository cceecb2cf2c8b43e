import DealdeskCore
import Foundation

/// Bars and sparklines drawn in the terminal: Unicode blocks where the terminal speaks
/// UTF-8, plain ASCII otherwise (a pipe to an old printer, LANG=C).
public enum ChartStyle: Sendable {
  case unicode, ascii

  /// UTF-8 unless the locale says otherwise.
  public static func from(environment: [String: String]) -> ChartStyle {
    // The first of these that is set and not empty decides, as the C library reads them.
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    return locale.uppercased().contains("UTF-8") || locale.uppercased().contains("UTF8") ? .unicode : .ascii
  }
}

enum Chart {
  private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
  private static let sparks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// A bar `width` characters wide at full `scale`, e.g. `██████▍` or `######`.
  static func bar(_ value: Decimal, of scale: Decimal, width: Int, style: ChartStyle) -> String {
    guard scale > 0, value > 0, width > 0 else { return "" }
    let fraction = min(value / scale, 1)
    let eighthsTotal = NSDecimalNumber(decimal: Money.round(fraction * Decimal(width * 8), scale: 0)).intValue
    switch style {
    case .unicode:
      return String(repeating: "█", count: eighthsTotal / 8) + eighths[eighthsTotal % 8]
    case .ascii:
      return String(repeating: "#", count: (eighthsTotal + 4) / 8)
    }
  }

  /// One character per value, scaled between the smallest and largest: `▁▃▅█`.
  static func sparkline(_ values: [Decimal], style: ChartStyle) -> String {
    guard let low = values.min(), let high = values.max() else { return "" }
    let marks = style == .unicode ? sparks : ["_", ".", "-", "=", "+", "*", "#", "@"]
    return values.map { value -> String in
      guard high > low else { return marks[high > 0 ? 3 : 0] }
      let step = NSDecimalNumber(decimal: Money.round((value - low) * 7 / (high - low), scale: 0)).intValue
      return marks[max(0, min(7, step))]
    }.joined()
  }
}
