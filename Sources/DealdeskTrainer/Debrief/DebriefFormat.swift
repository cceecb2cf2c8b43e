import DealdeskCore
import Foundation

/// The debrief's own number formatting: deterministic, the same on every machine and in
/// every locale (no `NumberFormatter`).
enum DebriefFormat {
  /// Money with two decimals and thousands separators: "1,234.50", "-98.79".
  static func money(_ value: Decimal) -> String { Money.grouped(Money.plain(value, scale: 2)) }

  /// A whole number with thousands separators: "2,000".
  static func number(_ value: Int) -> String { Money.grouped(String(value)) }

  /// Millionths of utility as a percentage with one decimal, rounded half away from zero:
  /// 670,000 → "67.0%", 53,618 → "5.4%".
  static func utility(_ millionths: Int) -> String {
    let tenths = (millionths.magnitude + 500) / 1_000
    return (millionths < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)%"
  }

  static func package(_ outcome: Outcome) -> String { outcome.terms }

  /// A Decimal percentage with its one decimal: "16.3%".
  static func percent(_ value: Decimal) -> String {
    Money.plain(value, scale: 1) + "%"
  }

  /// A change of one issue's value, the unit written once: "30→90 days", "2,000→3,000 m".
  static func issueChange(_ issue: Issue, from: Int, to: Int) -> String {
    switch issue {
    case .discount: "\(from)→\(to)%"
    case .quantity: "\(number(from))→\(number(to)) m"
    case .payment, .lead: "\(from)→\(to) days"
    }
  }

  /// A signed gap against the deal: "311.94 more than", "12.76 less than", "the same as".
  static func difference(_ value: Decimal) -> String {
    if value > 0 { return "\(money(value)) more than" }
    if value < 0 { return "\(money(-value)) less than" }
    return "the same as"
  }

  /// How `better` differs from `deal`, issue by issue in issue order: "16% off instead of
  /// 11%, 3,000 m instead of 2,000 m".
  static func differences(_ better: Outcome, from deal: Outcome) -> String {
    Issue.allCases.filter { better[$0] != deal[$0] }.map { issue in
      let (new, old) = (issue.values[better[issue]], issue.values[deal[issue]])
      switch issue {
      case .discount: return "\(new)% off instead of \(old)%"
      case .quantity: return "\(number(new)) m instead of \(number(old)) m"
      case .payment: return "net \(new) instead of net \(old)"
      case .lead: return "\(new)-day delivery instead of \(old)-day"
      }
    }.joined(separator: ", ")
  }

  /// The issue's name at the start of a sentence.
  static func issueName(_ issue: Issue) -> String {
    switch issue {
    case .discount: "Discount"
    case .quantity: "Quantity"
    case .payment: "Payment"
    case .lead: "Lead time"
    }
  }

  /// The persona's name for the trainee.
  static func persona(_ persona: Persona) -> String {
    switch persona {
    case .hawk: "Price Hawk"
    case .partner: "Partner"
    case .mirror: "Mirror"
    case .rush: "Rush"
    case .bluffer: "Bluffer"
    }
  }
}
