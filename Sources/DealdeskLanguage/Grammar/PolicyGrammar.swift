import DealdeskCore
import Foundation

/// The policy parts of `set`: the margin floor, volume tiers, client tiers and the bonus limit.
enum PolicyGrammar {
  /// Reads a policy setting at the cursor; nil when the words are not one.
  static func setting(_ c: inout Cursor) throws(ParseError) -> SettingsChange? {
    // Trade bonuses: above this percent a bonus waits for a director (Bonus.swift).
    if c.takeAny(["trade bonus limit", "bonus limit", "max bonus", "maximum bonus", "bonus cap"]) != nil {
      c.skipFiller()
      _ = c.takeAny(["to", "is", "at"])
      guard let (percent, n) = PercentScanner.scan(c.tokens, at: c.index) ?? NumberScanner.scan(c.tokens, at: c.index) else {
        throw c.error("What bonus limit?", suggestion: "e.g. set bonus limit 3%")
      }
      c.index += n
      c.fill("bonus limit", "\(Money.trimmed(percent))%")
      var change = SettingsChange()
      change.bonusLimit = percent
      return change
    }
    if c.takeAny(["floor margin", "margin floor", "minimum margin", "min margin", "floor"]) != nil {
      c.skipFiller()
      guard let (percent, n) = PercentScanner.scan(c.tokens, at: c.index) ?? NumberScanner.scan(c.tokens, at: c.index) else {
        throw c.error("What floor?", suggestion: "e.g. set floor margin 20% (0% removes it)")
      }
      c.index += n
      c.fill("floor margin", "\(Money.trimmed(percent))%")
      return SettingsChange(floorMarginPercent: percent)
    }
    if c.takeAny(["volume tiers", "volume tier", "volume discounts", "tiers"]) != nil {
      return try volumeTiers(&c)
    }
    if c.takeAny(["quota", "target", "sales target", "plan"]) != nil {
      c.skipFiller()
      _ = c.take("of")
      guard let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else {
        throw c.error("What quota?", suggestion: "e.g. set quota 120,000 for Q1")
      }
      try checkCurrency(money, &c)
      c.index += n
      c.skipFiller()
      guard let period = PeriodReader.read(&c, for: .target) else { throw c.error("For which period?", suggestion: "e.g. set quota 120,000 for Q1, or for this month") }
      c.fill("quota", "\(Money.plain(money.amount)) for \(period.label)")
      return SettingsChange(quota: QuotaTarget(period: period, amount: money.amount))
    }
    if c.takeAny(["client tier", "customer tier"]) != nil {
      return try clientTier(&c)
    }
    if let which = c.takeAny(["hold days", "holds", "hold", "reservation days", "sample loan days", "sample loans", "loan days", "loans"]) {
      c.skipFiller()
      _ = c.takeAny(["by default", "default"])
      _ = c.takeAny(["should be", "should last", "last", "are", "for", "to"])
      guard let (days, n) = Terms.days(c) ?? NumberScanner.scan(c.tokens, at: c.index).flatMap({ v in Int("\(v.value)").map { ($0, v.consumed) } }) else {
        throw c.error("How many days?", suggestion: "e.g. set hold days 7, set sample loan days 14")
      }
      c.index += n
      _ = c.takeAny(["by default", "as default", "as the default", "as standard"])
      let loans = which.contains("loan")
      c.fill(loans ? "sample loan days" : "hold days", "\(days)")
      return loans ? SettingsChange(sampleLoanDays: days) : SettingsChange(holdDays: days)
    }
    return nil
  }

  /// "500m 2%, 1000m 4% on the whole quantity" / "… above the break" / "none".
  private static func volumeTiers(_ c: inout Cursor) throws(ParseError) -> SettingsChange {
    var tiers: [VolumeTier] = []
    var basis: TierBasis?
    while !c.isAtEnd {
      c.skipFiller()
      if c.takeAny(["none", "off", "no tiers"]) != nil {
        c.fill("volume tiers", "none")
        return SettingsChange(volumeTiers: [])
      }
      if c.takeAny(["whole quantity", "on the whole quantity", "whole", "all metres", "all meters"]) != nil {
        basis = .wholeQuantity
      } else if c.takeAny(["above the break", "above break", "above each break", "graduated", "above"]) != nil {
        basis = .aboveBreak
      } else if let (q, n) = QuantityScanner.scan(c.tokens, at: c.index), q.unit == .meters {
        c.index += n
        c.skipFiller()
        guard let (percent, m) = PercentScanner.scan(c.tokens, at: c.index) else {
          throw c.error("What discount from \(q.amount) m?", suggestion: "e.g. set volume tiers 500m 2%, 1000m 4%")
        }
        c.index += m
        tiers.append(VolumeTier(fromMeters: q.amount, percent: percent))
        c.fill("tier", "from \(Money.trimmed(q.amount)) m: \(Money.trimmed(percent))%")
      } else if !c.isAtEnd {
        throw c.error("A tier is a quantity in metres and a percent.", suggestion: "e.g. set volume tiers 500m 2%, 1000m 4% on the whole quantity")
      }
    }
    if let basis { c.fill("basis", basis == .wholeQuantity ? "whole quantity" : "above the break") }
    guard !tiers.isEmpty || basis != nil else {
      throw ParseError("Which tiers?", suggestion: "e.g. set volume tiers 500m 2%, 1000m 4% on the whole quantity")
    }
    return SettingsChange(volumeTiers: tiers.isEmpty ? nil : tiers, tierBasis: basis)
  }

  /// "gold from 50,000 3%"
  private static func clientTier(_ c: inout Cursor) throws(ParseError) -> SettingsChange {
    c.skipFiller()
    guard let token = c.current, token.kind != .punctuation else {
      throw c.error("Which tier?", suggestion: "e.g. set client tier gold from 50,000 3%")
    }
    c.index += 1
    let name = token.text
    c.skipFiller()
    _ = c.takeAny(["from", "at", "over", "above", "sales"])
    guard let (money, n) = MoneyScanner.scan(c.tokens, at: c.index, requireMarker: false) else {
      throw c.error("From what yearly sales?", suggestion: "e.g. set client tier gold from 50,000 3%")
    }
    try checkCurrency(money, &c)
    c.index += n
    c.skipFiller()
    _ = c.takeAny(["sales", "a year", "per year", "gets", "get"])
    c.skipFiller()
    guard let (percent, m) = PercentScanner.scan(c.tokens, at: c.index) else {
      throw c.error("What discount for \(name)?", suggestion: "e.g. set client tier \(name) from \(money.amount) 3%")
    }
    c.index += m
    c.fill("client tier", "\(name) from \(Money.plain(money.amount)): \(Money.trimmed(percent))%")
    return SettingsChange(clientTier: ClientTier(name: name, fromSales: money.amount, percent: percent))
  }
}
