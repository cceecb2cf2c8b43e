import Foundation

/// The desk's policy and preferences: what the manager may grant and the defaults used
/// when a line leaves something out.
public struct Settings: Codable, Sendable, Equatable {
  public var currency: String
  /// The manager's own discount authority, in percent, on top of what policy grants.
  public var discountLimit: Decimal
  public var offerValidityDays: Int
  public var defaultPaymentTerms: PaymentTerms
  /// The longest payment terms, in days, the manager may grant without approval.
  public var paymentTermsLimitDays: Int
  /// Below this gross margin (percent of revenue) an offer needs approval; nil for none.
  public var floorMarginPercent: Decimal?
  public var volumeTiers: [VolumeTier]
  public var tierBasis: TierBasis
  public var clientTiers: [ClientTier]
  /// Sales targets by period key ("2027-Q1", "2026-12", "2027").
  public var quotas: [String: Decimal] = [:]
  // Stock:
  /// How long a reservation holds a lot before it lapses.
  public var holdDays: Int
  /// How long a swatch may stay with a client.
  public var sampleLoanDays: Int
  // Claims: the entertainment budget per period; nil for none.
  public var expenseBudget: Decimal?
  public var expenseBudgetPeriod: BudgetPeriod
  // VAT: the company's own details and the rate table (TaxDetails.swift, Ledger/VAT.swift).
  public var company = CompanyDetails()
  public var vatRates = VATRates()
  // Trade bonuses: the largest bonus percent agreed without a director's approval.
  public var bonusLimit: Decimal = Settings.defaultBonusLimit

  public init(
    currency: String = "EUR", discountLimit: Decimal = 10, offerValidityDays: Int = 14,
    defaultPaymentTerms: PaymentTerms = .net(days: 30), paymentTermsLimitDays: Int = Settings.defaultPaymentTermsLimitDays,
    floorMarginPercent: Decimal? = nil,
    volumeTiers: [VolumeTier] = [], tierBasis: TierBasis = .wholeQuantity, clientTiers: [ClientTier] = [],
    holdDays: Int = 7, sampleLoanDays: Int = 14, expenseBudget: Decimal? = nil, expenseBudgetPeriod: BudgetPeriod = .month
  ) {
    self.currency = currency
    self.discountLimit = discountLimit
    self.offerValidityDays = offerValidityDays
    self.defaultPaymentTerms = defaultPaymentTerms
    self.paymentTermsLimitDays = paymentTermsLimitDays
    self.floorMarginPercent = floorMarginPercent
    self.volumeTiers = volumeTiers
    self.tierBasis = tierBasis
    self.clientTiers = clientTiers
    self.holdDays = holdDays
    self.sampleLoanDays = sampleLoanDays
    self.expenseBudget = expenseBudget  // Claims:
    self.expenseBudgetPeriod = expenseBudgetPeriod
  }

  /// 3%: the top of the usual range of annual trade bonuses; above it a director decides.
  public static let defaultBonusLimit: Decimal = 3

  /// Net 60: the longest common trade terms; beyond it a director should see the deal.
  public static let defaultPaymentTermsLimitDays = 60

  private enum CodingKeys: String, CodingKey {
    case currency, discountLimit, offerValidityDays, defaultPaymentTerms, paymentTermsLimitDays, floorMarginPercent
    case volumeTiers, tierBasis, clientTiers, quotas
    case holdDays, sampleLoanDays  // Stock:
    case expenseBudget, expenseBudgetPeriod  // Claims:
    case company, vatRates  // VAT:
    case bonusLimit  // Trade bonuses:
  }

  /// As synthesized, except that the company's details and the VAT rates are left out while
  /// they are the defaults: a desk that never set them is written byte for byte as before
  /// VAT (the pinned format-2 desk), and reads back the same.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(currency, forKey: .currency)
    try c.encode(discountLimit, forKey: .discountLimit)
    try c.encode(offerValidityDays, forKey: .offerValidityDays)
    try c.encode(defaultPaymentTerms, forKey: .defaultPaymentTerms)
    try c.encode(paymentTermsLimitDays, forKey: .paymentTermsLimitDays)
    try c.encodeIfPresent(floorMarginPercent, forKey: .floorMarginPercent)
    try c.encode(volumeTiers, forKey: .volumeTiers)
    try c.encode(tierBasis, forKey: .tierBasis)
    try c.encode(clientTiers, forKey: .clientTiers)
    try c.encode(quotas, forKey: .quotas)
    try c.encode(holdDays, forKey: .holdDays)
    try c.encode(sampleLoanDays, forKey: .sampleLoanDays)
    try c.encodeIfPresent(expenseBudget, forKey: .expenseBudget)
    try c.encode(expenseBudgetPeriod, forKey: .expenseBudgetPeriod)
    if company != CompanyDetails() { try c.encode(company, forKey: .company) }
    if vatRates != VATRates() { try c.encode(vatRates, forKey: .vatRates) }
    // Left out while it is the default, like the company's details.
    if bonusLimit != Settings.defaultBonusLimit { try c.encode(bonusLimit, forKey: .bonusLimit) }
  }

  /// Policy fields came after the first desks were written; a snapshot without them has none.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let defaults = Settings()
    currency = try c.decodeIfPresent(String.self, forKey: .currency) ?? defaults.currency
    discountLimit = try c.decodeIfPresent(Decimal.self, forKey: .discountLimit) ?? defaults.discountLimit
    offerValidityDays = try c.decodeIfPresent(Int.self, forKey: .offerValidityDays) ?? defaults.offerValidityDays
    defaultPaymentTerms = try c.decodeIfPresent(PaymentTerms.self, forKey: .defaultPaymentTerms) ?? defaults.defaultPaymentTerms
    // A desk from before payment terms had a limit gets the default one (net 60): terms
    // that long are uncommon in the trade, and beyond them a director should see the deal.
    paymentTermsLimitDays = try c.decodeIfPresent(Int.self, forKey: .paymentTermsLimitDays) ?? defaults.paymentTermsLimitDays
    floorMarginPercent = try c.decodeIfPresent(Decimal.self, forKey: .floorMarginPercent)
    volumeTiers = try c.decodeIfPresent([VolumeTier].self, forKey: .volumeTiers) ?? []
    tierBasis = try c.decodeIfPresent(TierBasis.self, forKey: .tierBasis) ?? .wholeQuantity
    clientTiers = try c.decodeIfPresent([ClientTier].self, forKey: .clientTiers) ?? []
    quotas = try c.decodeIfPresent([String: Decimal].self, forKey: .quotas) ?? [:]
    // Stock: came later still.
    holdDays = try c.decodeIfPresent(Int.self, forKey: .holdDays) ?? defaults.holdDays
    sampleLoanDays = try c.decodeIfPresent(Int.self, forKey: .sampleLoanDays) ?? defaults.sampleLoanDays
    // Claims:
    expenseBudget = try c.decodeIfPresent(Decimal.self, forKey: .expenseBudget)
    expenseBudgetPeriod = try c.decodeIfPresent(BudgetPeriod.self, forKey: .expenseBudgetPeriod) ?? defaults.expenseBudgetPeriod
    // VAT: a desk from before it has no company details and Albania's standard rate.
    company = try c.decodeIfPresent(CompanyDetails.self, forKey: .company) ?? defaults.company
    vatRates = try c.decodeIfPresent(VATRates.self, forKey: .vatRates) ?? defaults.vatRates
    bonusLimit = try c.decodeIfPresent(Decimal.self, forKey: .bonusLimit) ?? defaults.bonusLimit
  }
}

/// A volume discount the policy grants from a quantity of one product on.
public struct VolumeTier: Codable, Sendable, Equatable {
  public var fromMeters: Decimal
  public var percent: Decimal

  public init(fromMeters: Decimal, percent: Decimal) {
    self.fromMeters = fromMeters
    self.percent = percent
  }
}

/// Whether a volume tier's rate covers the whole quantity once the break is reached, or only
/// the metres above each break (graduated, like tax brackets).
public enum TierBasis: String, Codable, Sendable, Equatable {
  case wholeQuantity, aboveBreak
}

/// A client tier earned by trailing 12-month sales.
public struct ClientTier: Codable, Sendable, Equatable {
  public var name: String
  public var fromSales: Decimal
  public var percent: Decimal

  public init(name: String, fromSales: Decimal, percent: Decimal) {
    self.name = name
    self.fromSales = fromSales
    self.percent = percent
  }
}
