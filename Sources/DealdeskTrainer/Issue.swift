/// The four negotiated issues of the training case and the values each may take
/// (TRAINER.md, "The case"). Values are whole numbers in the issue's natural unit, so an
/// outcome can name them exactly without Decimal.
public enum Issue: Int, CaseIterable, Sendable {
  /// Discount off list, in percent.
  case discount
  /// Quantity, in metres.
  case quantity
  /// Payment terms, in days after delivery.
  case payment
  /// Delivery lead time, in days.
  case lead

  /// The values in increasing order; an outcome holds an index into this list.
  public var values: [Int] {
    switch self {
    case .discount: Self.discountValues
    case .quantity: Self.quantityValues
    case .payment: Self.paymentValues
    case .lead: Self.leadValues
    }
  }

  // Stored once: the analysis reads them for every one of the 2,625 outcomes.
  private static let discountValues = Array(0...20)
  private static let quantityValues = [1000, 1500, 2000, 2500, 3000]
  private static let paymentValues = [0, 30, 45, 60, 90]
  private static let leadValues = [7, 14, 21, 30, 45]

  public var count: Int { values.count }

  /// The index of `value`, or nil if the issue cannot take it.
  public func index(of value: Int) -> Int? { values.firstIndex(of: value) }
}
