import DealdeskCore
import Foundation

/// How amounts, quantities and percents read in replies.
enum Format {
  /// "5,580.00": two decimals, thousands grouped.
  static func money(_ value: Decimal) -> String { Money.display(value) }

  /// "500 m", "1,274.32 m"
  static func meters(_ value: Decimal) -> String { Money.displayQuantity(value) + " m" }

  static func percent(_ value: Decimal) -> String { "\(Money.trimmed(value))%" }

  /// "10,485,760": a whole number with thousands grouped.
  static func count(_ value: Int) -> String { Money.grouped(String(value)) }

  static func terms(_ terms: PaymentTerms?) -> String { terms?.label ?? "standard terms" }

  /// "a, b and c": items in a sentence.
  static func and(_ items: [String]) -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }

  /// When an order's payment falls due: a date once known, else the rule that will fix it.
  static func due(_ order: Order) -> String {
    if let due = order.dueDate { return DeskDate.day(due) }
    switch order.paymentTerms {
    case .cashOnDelivery: return "on delivery"
    case .net(let days): return "\(days) days after shipping"
    case .prepayment: return "before shipping"
    }
  }

  /// "Acme Textiles' credit limit", "Bora's credit limit"
  static func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }
}
