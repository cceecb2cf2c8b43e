import Foundation

/// A change the manager asked for, with every name already resolved to an id. `decide`
/// checks it against the rules and turns it into events.
public enum Command: Sendable, Equatable {
  case addClient(NewClient)
  case addProduct(NewProduct)
  /// `request` names the stock request this receipt answers (Stock:); without it, plain stock.
  case receiveStock(sku: String, meters: Decimal, lot: String?, request: String? = nil)
  case makeOffer(NewOffer)
  // Contracts: drafted, approved by a director when beyond authority, sent, signed, terminated.
  case draftContract(NewContract)
  case approveContract(contract: String, by: String?)
  case sendContract(contract: String)
  /// `ours` signs for the company, `theirs` for the client.
  case signContract(contract: String, ours: String, theirs: String)
  case terminateContract(contract: String, reason: String?)
  case counter(offer: String, by: Party, change: TermsChange)
  case accept(offer: String, by: Party?)
  case decline(offer: String, reason: String?)
  case lose(offer: String, to: String?, reason: String?)
  case withdraw(offer: String)
  /// Clears the offer's current terms beyond the manager's authority; `by` names who approved.
  case approve(offer: String, by: String?)
  /// Asks for the offer's current terms to be approved, saying why.
  case askApproval(offer: String, reason: String?)
  /// Turns down the offer's current terms, saying why; `by` names who rejected, when said.
  case rejectApproval(offer: String, by: String?, reason: String?)
  case extend(offer: String, days: Int?, until: Date?)
  case changeSettings(SettingsChange)
  // Orders, payments, credit
  /// From an accepted offer (its agreed terms), or at the client's standing terms.
  case order(client: String?, offer: String?, items: [OrderItem])
  case ship(order: String)
  case deliver(order: String)
  case cancelOrder(order: String)
  case approveOrder(order: String, by: String?)
  /// `onAccount`: the manager said so, so a payment far above what the client owes is meant.
  case pay(client: String?, order: String?, amount: Decimal, onAccount: Bool = false)
  case setCreditLimit(client: String, limit: Decimal?)
  /// `note`: the reason given with the rating ("rate Acme B, pays two weeks late"), kept
  /// as a note on the client so it is not lost.
  case rateReliability(client: String, grade: String, note: String? = nil)
  case setClientTerms(client: String, terms: PaymentTerms)
  /// Another name the client goes by ("AT" for Acme Textiles), as typed.
  case addAlias(client: String, alias: String)
  case removeAlias(client: String, alias: String)
  // Stock: warehouse figures, minimums, reservations, stock requests, showroom samples.
  /// Records the central warehouse's stock of a product (a figure the manager is told).
  case setWarehouseStock(sku: String, meters: Decimal)
  /// Sets a product's minimum order and minimum cut; nil leaves one as it is, zero removes it.
  case setMinimums(sku: String, order: Decimal?, cut: Decimal?)
  /// Holds metres for a client from one dye lot; `split` allows several lots, and
  /// `requestShortfall` asks the warehouse or production for what the lots cannot cover.
  case reserve(client: String, sku: String, meters: Decimal, split: Bool = false, requestShortfall: RequestSource? = nil)
  /// Several fabrics held for one client in one line ("reserve 100m flannel + 80m tweed for
  /// vlora"): each line a reservation of its own, all or none.
  case reserveLines(client: String, items: [OrderItem])
  case release(reservation: String)
  case extendHold(reservation: String, days: Int)
  case requestStock(sku: String, meters: Decimal, source: RequestSource, neededBy: Date? = nil)
  /// Cancels an open request, and releases the reservation waiting for it.
  case cancelRequest(request: String)
  case addSwatches(sku: String, count: Int)
  case setSwatchReorder(sku: String, below: Int)
  /// Lends swatches; `days` until it is due back, or the desk's `sampleLoanDays`.
  /// `count` swatches of one fabric, each its own loan ("gave drini 2 satin swatches").
  case lendSample(sku: String, client: String, days: Int? = nil, count: Int = 1)
  case returnSample(loan: String)
  // Day: notes, calls and follow-ups.
  case addNote(NewNote)
  case followUp(NewFollowUp)
  case completeFollowUp(id: String)
  /// Moves an open follow-up later; a day without a time keeps its time of day.
  case snoozeFollowUp(id: String, to: Date, hasTime: Bool)
  // Claims: complaints, competitor prices, entertainment expenses.
  case fileComplaint(NewComplaint)
  /// Closes an open complaint; `verdict` nil when the manager did not say whether it was justified.
  case resolveComplaint(complaint: String, verdict: ComplaintVerdict?, resolution: ComplaintResolution)
  /// Goods back from a shipped order, with a credit note for them.
  case returnGoods(NewReturn)
  /// One competitor's prices for one or more of our fabrics, heard together ("Tekstil Plus:
  /// jersey 6.95, satin 4.80"); the note is said of all of them.
  case noteCompetitorPrices(competitor: String, quotes: [CompetitorQuote], note: String?)
  case recordExpense(amount: Decimal, text: String, client: String?)
  /// nil removes the budget.
  case setExpenseBudget(amount: Decimal?, period: BudgetPeriod)
  // People (a director's): someone added to the team desk, or their own limits or quota set.
  case setPerson(PersonChange)
  /// A client's account given to a person (as typed: login or name), or to nobody (nil).
  case assignAccount(client: String, to: String?)
  // VAT: a client's tax number, billing address or VAT treatment (TaxDetails.swift).
  case setClientTax(client: String, change: ClientTaxChange)
  /// Someone away for some days, and who covers their accounts (`away 20 Dec – 3 Jan, Arben covers`).
  case setAbsence(AbsenceAsk)
  /// A director's task for a person (as typed: login or name): a follow-up in their agenda,
  /// marked as from the director (`assign Arben: call Acme about the overdue by fri`).
  case assignTask(NewFollowUp, to: String)
  // Trade bonuses (Bonus.swift):
  /// `bonus Acme 2% on purchases over 50,000 a year`.
  case agreeBonus(NewBonus)
  /// A director clears a client's bonus beyond the bonus limit; `by` names who approved.
  case approveBonus(BonusPick, by: String?)
  /// Calls off a client's bonus before it is settled: it pays nothing.
  case endBonus(BonusPick)
  /// Pays a client's bonus whose period is over, as a credit note.
  case settleBonus(BonusPick)
}

/// Which bonus a line means: a client's (the one the verb can act on), or one by id (TB-2).
public enum BonusPick: Sendable, Equatable {
  case client(String)
  case bonus(String)
}

/// A trade bonus as typed: a percent of the client's purchases in a calendar year or quarter
/// once they reach a threshold.
public struct NewBonus: Sendable, Equatable {
  public var client: String
  public var percent: Decimal
  public var threshold: Decimal
  /// Year or quarter (`a year`, `a quarter`).
  public var kind: Period.Kind
  /// The period named ("for 2027", "in Q2"); nil: the calendar year or quarter of today.
  public var period: Period?

  public init(client: String, percent: Decimal, threshold: Decimal, kind: Period.Kind, period: Period? = nil) {
    self.client = client
    self.percent = percent
    self.threshold = threshold
    self.kind = kind
    self.period = period
  }
}

public struct NewClient: Sendable, Equatable {
  public var name: String
  public var status: ClientStatus
  public var city: String?
  public var phone: String?
  public var email: String?

  public init(
    name: String, status: ClientStatus = .active, city: String? = nil, phone: String? = nil,
    email: String? = nil
  ) {
    self.name = name
    self.status = status
    self.city = city
    self.phone = phone
    self.email = email
  }
}

public struct NewProduct: Sendable, Equatable {
  public var name: String
  public var sku: String?
  public var category: String?
  public var listPrice: Decimal?
  public var cost: Decimal?
  public var widthCm: Decimal?
  public var gsm: Decimal?
  public var composition: String?
  public var colour: String?
  public var finish: String?
  public var rollLength: Decimal?
  // Stock:
  public var minimumOrderMeters: Decimal?
  public var minimumCutMeters: Decimal?

  public init(name: String) { self.name = name }
}

public struct NewOffer: Sendable, Equatable {
  public var client: String
  public var lines: [OfferLine]
  public var paymentTerms: PaymentTerms?
  public var leadTimeDays: Int?
  public var validityDays: Int?
  public var validUntil: Date?
  /// Who put these terms on the table first: an offer is ours, unless the client asked
  /// before we offered anything ("Vlora wants 7% on satin"), which opens it from their side.
  public var by: Party

  public init(
    client: String, lines: [OfferLine], paymentTerms: PaymentTerms? = nil,
    leadTimeDays: Int? = nil, validityDays: Int? = nil, validUntil: Date? = nil, by: Party = .us
  ) {
    self.by = by
    self.client = client
    self.lines = lines
    self.paymentTerms = paymentTerms
    self.leadTimeDays = leadTimeDays
    self.validityDays = validityDays
    self.validUntil = validUntil
  }
}

/// What a counter or an ask changes; everything left nil carries over from the standing terms.
public struct TermsChange: Sendable, Equatable {
  public var discountPercent: Decimal?
  public var unitPrice: Decimal?
  public var meters: Decimal?
  public var paymentTerms: PaymentTerms?
  public var leadTimeDays: Int?
  /// Terms line by line ("counter 9% on satin and 6% on tweed"): each replaces the discount or
  /// price (and the quantity, if given) of the offer's line it names; lines not named keep theirs.
  public var lines: [OfferLine]

  public init(
    discountPercent: Decimal? = nil, unitPrice: Decimal? = nil, meters: Decimal? = nil,
    paymentTerms: PaymentTerms? = nil, leadTimeDays: Int? = nil, lines: [OfferLine] = []
  ) {
    self.lines = lines
    self.discountPercent = discountPercent
    self.unitPrice = unitPrice
    self.meters = meters
    self.paymentTerms = paymentTerms
    self.leadTimeDays = leadTimeDays
  }

  public var isEmpty: Bool { self == TermsChange() }
}

public struct SettingsChange: Sendable, Equatable {
  public var currency: String?
  public var discountLimit: Decimal?
  public var offerValidityDays: Int?
  public var defaultPaymentTerms: PaymentTerms?
  /// The longest payment terms, in days, the manager may grant without approval.
  public var paymentTermsLimitDays: Int?
  /// A floor margin in percent; zero removes the floor.
  public var floorMarginPercent: Decimal?
  /// The whole table of volume tiers (an empty list removes them).
  public var volumeTiers: [VolumeTier]?
  public var tierBasis: TierBasis?
  /// One client tier to add or replace (by name).
  public var clientTier: ClientTier?
  /// A sales target for one period.
  public var quota: QuotaTarget?
  // Stock:
  public var holdDays: Int?
  public var sampleLoanDays: Int?
  // VAT:
  /// One of the company's details.
  public var company: CompanyDetailChange?
  /// The standard VAT rate, in percent.
  public var vatStandardPercent: Decimal?
  // Trade bonuses:
  /// The largest bonus percent a manager agrees without a director's approval.
  public var bonusLimit: Decimal?

  public init(
    currency: String? = nil, discountLimit: Decimal? = nil, offerValidityDays: Int? = nil,
    defaultPaymentTerms: PaymentTerms? = nil, floorMarginPercent: Decimal? = nil,
    volumeTiers: [VolumeTier]? = nil, tierBasis: TierBasis? = nil, clientTier: ClientTier? = nil,
    holdDays: Int? = nil, sampleLoanDays: Int? = nil, quota: QuotaTarget? = nil, paymentTermsLimitDays: Int? = nil
  ) {
    self.paymentTermsLimitDays = paymentTermsLimitDays
    self.currency = currency
    self.discountLimit = discountLimit
    self.offerValidityDays = offerValidityDays
    self.defaultPaymentTerms = defaultPaymentTerms
    self.floorMarginPercent = floorMarginPercent
    self.volumeTiers = volumeTiers
    self.tierBasis = tierBasis
    self.clientTier = clientTier
    self.holdDays = holdDays
    self.sampleLoanDays = sampleLoanDays
    self.quota = quota
  }
}

/// A sales target: so much turnover in one period.
public struct QuotaTarget: Sendable, Equatable {
  public var period: Period
  public var amount: Decimal

  public init(period: Period, amount: Decimal) {
    self.period = period
    self.amount = amount
  }
}

extension Command {
  /// A single competitor price: the common case, and how most tests write it.
  public static func noteCompetitorPrice(competitor: String, sku: String, price: Decimal, note: String?) -> Command {
    .noteCompetitorPrices(competitor: competitor, quotes: [CompetitorQuote(sku: sku, price: price)], note: note)
  }
}
