import Foundation

func decideSettings(_ change: SettingsChange, desk: Desk, now: Date, actor: Acting = .deskOwner) throws(DeskError) -> [Event] {
  // The limits of authority are the director's: a manager sees them and works within them.
  if change.touchesAuthority, !actor.isDirector {
    throw DeskError("Your limits are set by a director.", suggestion: "Ask a director to change them; `approvals` shows what waits for one.")
  }
  // The rest of the settings are the branch's policy too (and a team desk's database takes
  // them from a director's login only).
  guard actor.isDirector else {
    throw DeskError("The desk's settings are the branch's policy, set by a director.", suggestion: "Ask a director to change it.")
  }
  var settings = desk.settings
  if let currency = change.currency {
    let code = currency.uppercased()
    guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
      throw DeskError("\(currency) is not a currency code.", suggestion: "Use a three-letter code such as EUR.")
    }
    try checkCurrencyChange(to: code, desk: desk)
    settings.currency = code
  }
  if let limit = change.discountLimit {
    guard limit >= 0, limit < 100 else { throw DeskError("A discount limit is from 0% to below 100%.") }
    settings.discountLimit = limit
  }
  if let days = change.paymentTermsLimitDays {
    guard (0...Limits.maxPaymentDays).contains(days) else { throw DeskError("A payment terms limit runs from 0 to \(Limits.maxPaymentDays) days.") }
    settings.paymentTermsLimitDays = days
  }
  if let days = change.offerValidityDays {
    guard (1...365).contains(days) else { throw DeskError("Offers can be valid for 1 to 365 days.") }
    settings.offerValidityDays = days
  }
  if let terms = change.defaultPaymentTerms {
    guard (0...Limits.maxPaymentDays).contains(terms.days) else { throw DeskError("Payment terms run from 0 to \(Limits.maxPaymentDays) days.") }
    settings.defaultPaymentTerms = terms
  }
  if let floor = change.floorMarginPercent {
    guard floor >= 0, floor < 100 else { throw DeskError("A floor margin is from 0% to below 100%.") }
    settings.floorMarginPercent = floor == 0 ? nil : floor
  }
  if let tiers = change.volumeTiers {
    for tier in tiers where tier.fromMeters <= 0 || tier.percent <= 0 || tier.percent >= 100 {
      throw DeskError("A volume tier needs a quantity above zero and a discount from above 0% to below 100%.")
    }
    for tier in tiers { try Limits.checkMeters(tier.fromMeters) }
    let sorted = tiers.sorted { $0.fromMeters < $1.fromMeters }
    for (a, b) in zip(sorted, sorted.dropFirst()) where a.fromMeters == b.fromMeters || a.percent >= b.percent {
      throw DeskError("Volume tiers must grow: a larger quantity gets a larger discount (\(Money.trimmed(a.fromMeters)) m \(Money.trimmed(a.percent))% vs \(Money.trimmed(b.fromMeters)) m \(Money.trimmed(b.percent))%).")
    }
    settings.volumeTiers = sorted
  }
  if let basis = change.tierBasis { settings.tierBasis = basis }
  if let tier = change.clientTier {
    guard tier.fromSales >= 0, tier.percent > 0, tier.percent < 100 else {
      throw DeskError("A client tier needs sales of zero or more and a discount from above 0% to below 100%.")
    }
    try Limits.checkMoney(tier.fromSales, "Sales of")
    settings.clientTiers.removeAll { sameName($0.name, tier.name) }
    settings.clientTiers.append(tier)
    settings.clientTiers.sort { $0.fromSales < $1.fromSales }
  }
  // Stock:
  if let days = change.holdDays {
    guard (1...365).contains(days) else { throw DeskError("A hold lasts 1 to 365 days.") }
    settings.holdDays = days
  }
  if let days = change.sampleLoanDays {
    guard (1...365).contains(days) else { throw DeskError("A sample loan lasts 1 to 365 days.") }
    settings.sampleLoanDays = days
  }
  if let quota = change.quota {
    guard quota.amount > 0 else { throw DeskError("A quota must be more than zero.") }
    try Limits.checkMoney(quota.amount, "A quota of")
    settings.quotas[quota.period.key] = quota.amount
  }
  // VAT:
  if let percent = change.vatStandardPercent {
    guard percent >= 0, percent <= 100 else {
      throw DeskError("A VAT rate runs from 0% to 100%, not \(Money.trimmed(percent))%.", suggestion: "e.g. set vat 20%")
    }
    guard Money.round(percent, scale: 2) == percent else { throw DeskError("A VAT rate has at most two decimals.") }
    settings.vatRates.standardPercent = percent
  }
  // Trade bonuses:
  if let limit = change.bonusLimit {
    guard limit >= 0, limit <= 100 else {
      throw DeskError("A bonus limit runs from 0% to 100%, not \(Money.trimmed(limit))%.", suggestion: "e.g. set bonus limit 3%")
    }
    guard Money.round(limit, scale: 2) == limit else { throw DeskError("A bonus limit has at most two decimals.") }
    settings.bonusLimit = limit
  }
  if let detail = change.company { settings.company = try companyDetails(settings.company, changing: detail) }
  // Setting what is already set changes nothing and is no mistake.
  guard settings != desk.settings else { return [] }
  return [.settingsChanged(settings)] + limitChanges(from: desk.settings, to: settings, actor: actor, now: now)
}

/// Each limit of authority the change moves, with who moved it: a limit one raises for
/// oneself is recorded, never silent.
private func limitChanges(from old: Settings, to new: Settings, actor: Acting, now: Date) -> [Event] {
  var changes: [LimitChange] = []
  if old.discountLimit != new.discountLimit {
    changes.append(LimitChange(kind: .discount, from: old.discountLimit, to: new.discountLimit, by: actor.name, at: now))
  }
  if old.paymentTermsLimitDays != new.paymentTermsLimitDays {
    changes.append(LimitChange(
      kind: .paymentTerms, from: Decimal(old.paymentTermsLimitDays), to: Decimal(new.paymentTermsLimitDays), by: actor.name, at: now))
  }
  if old.floorMarginPercent != new.floorMarginPercent {
    changes.append(LimitChange(kind: .floorMargin, from: old.floorMarginPercent, to: new.floorMarginPercent, by: actor.name, at: now))
  }
  return changes.map { .limitChanged($0) }
}

extension SettingsChange {
  /// Whether the change moves a limit of the manager's authority.
  var touchesAuthority: Bool { discountLimit != nil || paymentTermsLimitDays != nil || floorMarginPercent != nil }
}
