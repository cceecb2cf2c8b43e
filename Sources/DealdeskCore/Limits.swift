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

  // What a file may hold beyond one typed line (ValueRanges.swift): figures the desk
  // builds from many lines, kept far below where a sum or a count could overflow.
  // A desk file holds at most 2^30 bytes, so at most about 10^8 lines: these bounds are a
  // billion lines of the largest size, out of any file's reach and far inside Decimal's.
  /// A lot, a warehouse figure or a shipment, filled by many lines.
  public static let maxHeldMeters: Decimal = maxMeters * 1_000_000_000
  /// An order, invoice or exposure: summed from lines at up to the largest price.
  public static let maxTotal: Decimal = maxMeters * maxPrice * 1_000_000_000
  /// Swatches added at once, and on a showroom's shelf.
  public static let maxSwatches = 1_000_000
  /// Payment terms run from 0 to this many days.
  public static let maxPaymentDays = 365
  /// Validity, holds, loans and extensions: 1 to this many days.
  public static let maxPeriodDays = 365
  /// A lead time: ten years, beyond any mill's.
  public static let maxLeadDays = 3650
  /// A call or meeting: a day.
  public static let maxMinutes = 1_440
  /// A fabric's width in centimetres or weight in grams per square metre: far past any cloth.
  public static let maxMeasure: Decimal = 100_000
  /// Record numbers and the counters that give them (`Ids.next` stops there): 2^53, exact
  /// as a JSON number anywhere.
  public static let maxRecordNumber = 9_007_199_254_740_992
  /// The years a typed date may fall in (the language reads no others).
  public static let years = 1900...2199

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
