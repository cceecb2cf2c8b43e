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
  /// "discount limit 10% (the sample's 12%)".
  static func kept(yours: Settings, sample: Settings) -> [String] {
    var kept: [String] = []
    func note(_ what: String, _ mine: String, _ theirs: String) {
      kept.append("\(what) \(mine) (the sample's \(theirs))")
    }
    if yours.currency != sample.currency { note("currency", yours.currency, sample.currency) }
    if yours.discountLimit != sample.discountLimit {
      note("discount limit", Format.percent(yours.discountLimit), Format.percent(sample.discountLimit))
    }
    if yours.offerValidityDays != sample.offerValidityDays {
      note("offers valid", "\(yours.offerValidityDays) days", "\(sample.offerValidityDays)")
    }
    if yours.defaultPaymentTerms != sample.defaultPaymentTerms {
      note("default terms", yours.defaultPaymentTerms.label, sample.defaultPaymentTerms.label)
    }
    if yours.floorMarginPercent != sample.floorMarginPercent {
      kept.append("\(marginFloor(yours.floorMarginPercent)) (the sample's \(marginFloor(sample.floorMarginPercent)))")
    }
    if yours.volumeTiers != sample.volumeTiers || yours.tierBasis != sample.tierBasis {
      kept.append("\(volumeTiers(yours)) (the sample's \(volumeTiers(sample)))")
    }
    if yours.clientTiers != sample.clientTiers {
      kept.append("\(clientTiers(yours)) (the sample's \(clientTiers(sample)))")
    }
    if yours.holdDays != sample.holdDays { note("holds last", "\(yours.holdDays) days", "\(sample.holdDays)") }
    if yours.sampleLoanDays != sample.sampleLoanDays {
      note("swatches lent for", "\(yours.sampleLoanDays) days", "\(sample.sampleLoanDays)")
    }
    if yours.quotas != sample.quotas { kept.append("your quotas") }
    if yours.expenseBudget != sample.expenseBudget || yours.expenseBudgetPeriod != sample.expenseBudgetPeriod {
      kept.append("your expense budget")
    }
    return kept
  }

  private static func marginFloor(_ percent: Decimal?) -> String {
    percent.map { "margin floor \(Format.percent($0))" } ?? "no margin floor"
  }

  private static func volumeTiers(_ settings: Settings) -> String {
    guard !settings.volumeTiers.isEmpty else { return "no volume tiers" }
    let tiers = settings.volumeTiers.map { "\(Format.meters($0.fromMeters)) \(Format.percent($0.percent))" }
    return "volume tiers \(tiers.joined(separator: ", "))"
  }

  private static func clientTiers(_ settings: Settings) -> String {
    guard !settings.clientTiers.isEmpty else { return "no client tiers" }
    let tiers = settings.clientTiers.map { "\($0.name) from \(Format.money($0.fromSales)) \(Format.percent($0.percent))" }
    return "client tiers \(tiers.joined(separator: ", "))"
  }

  private static func counted(_ count: Int, _ noun: String) -> String {
    "\(Format.count(count)) \(noun)\(count == 1 ? "" : "s")"
  }
}
