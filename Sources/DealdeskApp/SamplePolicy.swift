import DealdeskCore
import Foundation

/// What `load sample data` says about a desk in use: what it already holds, and which of the
/// manager's settings were kept where the sample's differ.
enum SamplePolicy {
  /// The manager's own things on the desk, in words: "1 client", "3 fabrics", "your own
  /// policy". Empty for a desk that holds nothing of the manager's, which loads at once.
  /// Every other record (offers, orders, notes, payments) belongs to a client or a fabric.
  static func holdings(of desk: Desk) -> [String] {
    var held: [String] = []
    if !desk.clients.isEmpty { held.append(counted(desk.clients.count, "client")) }
    if !desk.products.isEmpty { held.append(counted(desk.products.count, "fabric")) }
    if !desk.expenses.isEmpty { held.append(counted(desk.expenses.count, "expense")) }
    if desk.settings != Settings() { held.append("your own policy") }
    return held
  }

  /// Each setting where the sample's differs from the manager's, the manager's first:
  /// "discount limit 10% (the sample's 12%)", "no margin floor (the sample's 20%)".
  static func kept(yours: Settings, sample: Settings) -> [String] {
    zip(entries(yours), entries(sample)).compactMap { mine, theirs in
      guard mine.value != theirs.value else { return nil }
      return "\(phrase(mine)) (the sample's \(theirs.value ?? "none"))"
    }
  }

  /// Each setting the sample changed on a desk that held none of the manager's own:
  /// "margin floor 20%", "volume tiers 500 m 2%, 1,000 m 4%".
  static func set(before: Settings, after: Settings) -> [String] {
    zip(entries(before), entries(after)).compactMap { old, new in old.value == new.value ? nil : phrase(new) }
  }

  /// The settings in a fixed order, each named, its value in words (nil: none set).
  private static func entries(_ s: Settings) -> [(name: String, value: String?)] {
    [
      ("currency", s.currency),
      ("discount limit", Format.percent(s.discountLimit)),
      ("offers valid", "\(s.offerValidityDays) days"),
      ("default terms", s.defaultPaymentTerms.label),
      ("margin floor", s.floorMarginPercent.map(Format.percent)),
      ("volume tiers", s.volumeTiers.isEmpty ? nil : volumeTiers(s)),
      ("client tiers", s.clientTiers.isEmpty ? nil : clientTiers(s)),
      ("holds last", "\(s.holdDays) days"),
      ("swatches lent for", "\(s.sampleLoanDays) days"),
      ("quotas", s.quotas.isEmpty ? nil : s.quotas.sorted { $0.key < $1.key }.map { "\($0.key) \(Format.money($0.value))" }.joined(separator: ", ")),
      ("expense budget", s.expenseBudget.map { "\(Format.money($0)) a \(s.expenseBudgetPeriod)" }),
    ]
  }

  private static func phrase(_ entry: (name: String, value: String?)) -> String {
    entry.value.map { "\(entry.name) \($0)" } ?? "no \(entry.name)"
  }

  private static func volumeTiers(_ s: Settings) -> String {
    let tiers = s.volumeTiers.map { "\(Format.meters($0.fromMeters)) \(Format.percent($0.percent))" }.joined(separator: ", ")
    return s.tierBasis == .wholeQuantity ? tiers : tiers + " above each break"
  }

  private static func clientTiers(_ s: Settings) -> String {
    s.clientTiers.map { "\($0.name) from \(Format.money($0.fromSales)) \(Format.percent($0.percent))" }.joined(separator: ", ")
  }

  private static func counted(_ count: Int, _ noun: String) -> String {
    "\(Format.count(count)) \(noun)\(count == 1 ? "" : "s")"
  }
}
