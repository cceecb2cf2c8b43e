import Foundation

/// Something that happened on the desk. Events are facts: `decide` produces them after
/// checking the rules, `Desk.apply` folds them into state, and the journal stores them, so a
/// replay never re-checks rules against a different clock.
public enum Event: Codable, Sendable, Equatable {
  case clientAdded(Client)
  case productAdded(Product)
  case stockReceived(sku: String, lot: String, meters: Decimal, at: Date)
  case offerMade(Offer)
  /// A new round; `status` is open, or pendingApproval when our terms go beyond authority.
  /// nil only in a counter saved by a Dealdesk from before approvals (see
  /// docs/desk-format.md): those builds wrote no status because a counter never changed
  /// it, so nil reads as "unchanged", which is what the counter meant when it was made.
  case offerCountered(offer: String, round: Round, status: OfferStatus?)
  case offerApproved(offer: String, approval: Approval)
  /// The manager asks for the offer's current terms to be approved, saying why (Authority.swift).
  case approvalRequested(offer: String, step: ApprovalStep)
  /// A director turns down the offer's current terms, saying why: the offer stays open, but
  /// those exact terms cannot be approved.
  case approvalRejected(offer: String, step: ApprovalStep)
  case offerExtended(offer: String, validUntil: Date)
  case offerAccepted(offer: String, by: Party, at: Date)
  case offerDeclined(offer: String, reason: String?, at: Date)
  case offerLost(offer: String, to: String?, reason: String?, at: Date)
  case offerWithdrawn(offer: String, at: Date)
  case settingsChanged(Settings)
  /// A limit of the manager's authority changed, and who changed it; comes with the
  /// `settingsChanged` that sets it.
  case limitChanged(LimitChange)
  // Orders, payments, credit
  case orderPlaced(Order)
  case orderApproved(order: String, approval: CreditApproval)
  /// Shipped from these lots; picks from the order's holds consume them.
  case orderShipped(order: String, at: Date, picks: [StockPick])
  /// An existing hold now serves an order, and lasts until it ships or is cancelled.
  case reservationClaimed(reservation: String, order: String)
  case orderDelivered(order: String, at: Date)
  case orderCancelled(order: String, at: Date)
  case paymentReceived(Payment)
  case creditLimitSet(client: String, limit: Decimal?)
  case reliabilityRated(client: String, grade: String)
  case clientTermsSet(client: String, terms: PaymentTerms)
  /// `alias` as the client keeps it: as typed when added, as stored when removed.
  case clientAliasAdded(client: String, alias: String)
  case clientAliasRemoved(client: String, alias: String)
  // Stock: each carries the resulting figures, so apply needs no rule and no clock.
  case warehouseStockSet(sku: String, meters: Decimal, at: Date)
  case minimumsSet(sku: String, order: Decimal?, cut: Decimal?)
  case reservationMade(Reservation)
  case reservationReleased(reservation: String, at: Date)
  case holdExtended(reservation: String, until: Date)
  /// A reservation awaiting stock now holds `meters` of the lot just received, until `until`.
  case reservationFilled(reservation: String, lot: String, meters: Decimal, until: Date)
  case stockRequested(StockRequest)
  /// Stock received against a request; it closes once received metres cover the request.
  case requestReceived(request: String, meters: Decimal, lot: String, at: Date)
  case requestCancelled(request: String, at: Date)
  case swatchesAdded(sku: String, count: Int)
  case swatchReorderSet(sku: String, below: Int)
  case sampleLent(SampleLoan)
  case sampleReturned(loan: String, at: Date)
  // Day: notes, calls and follow-ups (folded in DeskDay.swift).
  case noteAdded(Note)
  case followUpAdded(FollowUp)
  case followUpDone(followUp: String, at: Date)
  case followUpSnoozed(followUp: String, due: Date, hasTime: Bool)
  /// Snoozed only after its deadline had passed: the miss stays on the record.
  case followUpMissed(followUp: String, deadline: Date)
  // Claims:
  case complaintFiled(Complaint)
  case complaintResolved(complaint: String, verdict: ComplaintVerdict?, resolution: ComplaintResolution, at: Date)
  case competitorPriceNoted(CompetitorPrice)
  case expenseRecorded(Expense)
  case expenseBudgetSet(amount: Decimal?, period: BudgetPeriod)
  // Ledger (invoices are issued by `orderShipped`):
  case creditNoteIssued(CreditNote)
  /// Goods back from a shipped order: into their lot, or quarantine when damaged.
  case goodsReturned(GoodsReturn)
  /// Replacement metres for a complaint, shipped from these lots at no charge.
  case replacementShipped(complaint: String, picks: [StockPick], at: Date)
  // People (a team desk's, set by a director): someone added, or their role, limits or quota changed.
  case personSet(Person)
  /// A client's account given to a manager (a login), or taken back to nobody's (nil).
  case accountAssigned(client: String, to: String?)
  // VAT: a client's tax details as they now are (the company's travel in `settingsChanged`).
  case clientTaxSet(client: String, tax: ClientTax)
  // Cover (Absence.swift): someone away for some days and who covers their accounts; and the
  // mark on what the colleague covering did for one of those accounts.
  case absenceSet(Absence)
  case doneInCover(CoverMark)
  /// A director's task: a follow-up in one person's agenda (its `assignee`), marked as from
  /// the director (its `from`). Folded like `followUpAdded`; done and snoozed like any follow-up.
  case taskAssigned(FollowUp)
  /// A document written for a client and entered in the register (IssuedDocument.swift), once
  /// its file was written. Undoing it voids it: the number stays, never reused.
  case documentIssued(IssuedDocument)
  // Trade bonuses (Bonus.swift): agreed (waiting for approval when beyond the bonus limit),
  // approved by a director, or ended unpaid. One is settled by a `creditNoteIssued` of kind
  // `tradeBonus` whose source is the bonus.
  case bonusAgreed(Bonus)
  case bonusApproved(bonus: String, by: String, at: Date)
  case bonusEnded(bonus: String, at: Date)
  // Contracts (Contract.swift): drafted, approved beyond the drafter's authority, sent,
  // signed by both sides, terminated. Expiry is read from the end date, never an event.
  case contractDrafted(Contract)
  case contractApproved(contract: String, approval: ContractApproval)
  case contractSent(contract: String, at: Date)
  case contractSigned(contract: String, signing: ContractSigning)
  case contractTerminated(contract: String, reason: String, at: Date)
}

extension Event {
  /// The offer this event is about, if any.
  public var offer: String? {
    switch self {
    case .offerMade(let offer): return offer.id
    case .offerCountered(let id, _, _), .offerApproved(let id, _), .offerExtended(let id, _),
      .approvalRequested(let id, _), .approvalRejected(let id, _),
      .offerAccepted(let id, _, _), .offerDeclined(let id, _, _), .offerLost(let id, _, _, _),
      .offerWithdrawn(let id, _):
      return id
    default:
      return nil
    }
  }
}
