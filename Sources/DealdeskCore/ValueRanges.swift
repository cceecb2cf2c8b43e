import Foundation

/// A value read from a desk's files that the desk would refuse if it were typed: too
/// large, negative, or a date no manager could have meant. A file holding one was damaged
/// or edited by hand, and replaying it could overflow a count or a sum and stop the desk.
public struct OutOfRange: Error, Sendable, Equatable, CustomStringConvertible {
  /// "a sample count"
  public var what: String
  /// The value as the file has it.
  public var value: String
  /// "0 to 1,000,000"
  public var allowed: String
  /// Where in the record: `events[0].swatchesAdded.count`, the path someone would look for.
  public var field: String

  /// "a sample count of -9223372036854775808 is outside what the desk accepts, 0 to
  /// 1,000,000, at events[0].swatchesAdded.count": the value as the file spells it, so it
  /// can be found there.
  public var description: String {
    "\(what) of \(value) is outside what the desk accepts, \(allowed), at \(field)"
  }

  /// The same value, found inside `outer` ("products[VEL-01]" before "lots[0].meters").
  public func within(_ outer: String) -> OutOfRange {
    var copy = self
    copy.field = field.isEmpty ? outer : field.hasPrefix("[") ? outer + field : outer + "." + field
    return copy
  }
}

/// What a value read from a file may be: the bounds a typed line is held to (Limits.swift),
/// and for figures the desk builds from many lines (a lot's metres, an invoice) bounds no
/// desk file is large enough to reach, under which no sum or count can overflow.
enum ValueRange {
  /// Metres in one line; metres built up over many (a lot, a request's receipts, a
  /// shipment); a lot's metres, which an edited journal can ship below zero.
  case meters, heldMeters, lotMeters
  /// Money: one price, one typed amount, a figure summed from lines; a credit exposure,
  /// which a client's payments can take below zero.
  case price, amount, total, signedTotal, percent
  /// Whole numbers.
  case swatches, paymentDays, days, leadDays, minutes, idNumber
  /// A fabric's width, weight or roll: any sensible measure.
  case measure(String)

  var what: String {
    switch self {
    case .meters: "a quantity"
    case .heldMeters, .lotMeters: "a stock quantity"
    case .price: "a price"
    case .amount: "an amount"
    case .total, .signedTotal: "a total"
    case .percent: "a percent"
    case .swatches: "a sample count"
    case .paymentDays: "a payment term"
    case .days: "a number of days"
    case .leadDays: "a lead time"
    case .minutes: "a duration in minutes"
    case .idNumber: "a record number"
    case .measure(let name): "a \(name)"
    }
  }

  private var decimals: ClosedRange<Decimal> {
    switch self {
    case .meters: 0...Limits.maxMeters
    case .heldMeters: 0...Limits.maxHeldMeters
    case .lotMeters: -Limits.maxHeldMeters...Limits.maxHeldMeters
    case .price: 0...Limits.maxPrice
    case .amount: 0...Limits.maxAmount
    case .total: 0...Limits.maxTotal
    case .signedTotal: -Limits.maxTotal...Limits.maxTotal
    case .percent: 0...100
    case .measure: 0...Limits.maxMeasure
    case .swatches, .paymentDays, .days, .leadDays, .minutes, .idNumber:
      Decimal(ints.lowerBound)...Decimal(ints.upperBound)
    }
  }

  private var ints: ClosedRange<Int> {
    switch self {
    case .swatches: 0...Limits.maxSwatches
    case .paymentDays: 0...Limits.maxPaymentDays
    case .days: 1...Limits.maxPeriodDays
    case .leadDays: 0...Limits.maxLeadDays
    case .minutes: 0...Limits.maxMinutes
    case .idNumber: 1...Limits.maxRecordNumber
    case .meters, .heldMeters, .lotMeters, .price, .amount, .total, .signedTotal, .percent, .measure: 0...0
    }
  }

  func check(_ value: Int, _ field: String) throws(OutOfRange) {
    guard ints.contains(value) else {
      throw OutOfRange(what: what, value: "\(value)", allowed: Self.span(Decimal(ints.lowerBound), Decimal(ints.upperBound)), field: field)
    }
  }

  func check(_ value: Int?, _ field: String) throws(OutOfRange) {
    if let value { try check(value, field) }
  }

  /// NaN is never a figure: sums with it go quietly wrong, and some conversions trap.
  func check(_ value: Decimal, _ field: String) throws(OutOfRange) {
    guard !value.isNaN, decimals.contains(value) else {
      throw OutOfRange(what: what, value: "\(value)", allowed: Self.span(decimals.lowerBound, decimals.upperBound), field: field)
    }
  }

  func check(_ value: Decimal?, _ field: String) throws(OutOfRange) {
    if let value { try check(value, field) }
  }

  /// "0 to 1,000,000", grouped as the desk shows figures.
  private static func span(_ low: Decimal, _ high: Decimal) -> String {
    "\(low < 0 ? "-" + Money.displayQuantity(-low) : Money.displayQuantity(low)) to \(Money.displayQuantity(high))"
  }
}

/// Dates in a file must fall in the years the language reads when one is typed.
public enum DateRange {
  /// 1900-01-01T00:00:00Z up to the end of 2199.
  static let dates = Date(timeIntervalSince1970: -2_208_988_800)..<Date(timeIntervalSince1970: 7_258_118_400)

  public static func check(_ date: Date, _ field: String) throws(OutOfRange) {
    guard dates.contains(date) else {
      throw OutOfRange(
        what: "a date", value: DeskDate.day(date), allowed: "the years \(Limits.years.lowerBound) to \(Limits.years.upperBound)",
        field: field)
    }
  }

  public static func check(_ date: Date?, _ field: String) throws(OutOfRange) {
    if let date { try check(date, field) }
  }
}
