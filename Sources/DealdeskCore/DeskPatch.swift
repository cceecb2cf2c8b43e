import Foundation

/// What one event changed, kept so that undo puts it back in place. Keeping the whole
/// desk from before a change instead made the next change to each collection copy all of
/// it (a branch's 50,000 notes, for one note): over 20 ms for a manager's first note or
/// offer of a session.
///
/// Only events that change one record (and the counters and index entries that go with
/// it) have a patch; for the rest — stock moving between lots, shipping, cancelling — undo
/// keeps the desk from before them, as it always did.
public struct DeskPatch: Sendable {
  private let revert: @Sendable (inout Desk) -> Void

  /// Puts the desk back as it was before the event; the desk must be as the event left it.
  public func revert(_ desk: inout Desk) { revert(&desk) }

  fileprivate init(_ revert: @escaping @Sendable (inout Desk) -> Void) { self.revert = revert }
}

extension Desk {
  /// The patch that undoes `event`, taken from this desk before the event is applied; nil
  /// when the event reaches beyond one record.
  public func patch(undoing event: Event) -> DeskPatch? {
    guard let change = change(made: event) else { return nil }
    let counters = Counters(of: self)
    return DeskPatch { desk in
      change(&desk)
      counters.restore(&desk)
    }
  }

  /// Restores the one record `event` changes (and its client's index entry).
  private func change(made event: Event) -> (@Sendable (inout Desk) -> Void)? {
    switch event {
    case .clientAdded(let client):
      let old = clients[client.id]
      let part = index.part(of: client.id, name: client.name, readding: old != nil)
      return { $0.clients[client.id] = old; $0.index.restore(part) }
    case .creditLimitSet(let id, _), .reliabilityRated(let id, _), .clientTermsSet(let id, _),
      .clientAliasAdded(let id, _), .clientAliasRemoved(let id, _), .clientTaxSet(let id, _):
      let old = clients[id]
      return { $0.clients[id] = old }
    case .offerMade(let offer):
      return offerChange(offer.id, client: offer.clientId)
    case .offerApproved(let id, _):
      // The approval is kept on the offer and as a step of its record of authority.
      let (restoreOffer, log) = (offerChange(id, client: offers[id]?.clientId), authorityLog)
      return { restoreOffer(&$0); $0.authorityLog = log }
    case .approvalRequested, .approvalRejected, .limitChanged, .personSet, .accountAssigned, .absenceSet, .doneInCover:
      let log = authorityLog
      return { $0.authorityLog = log }
    case .offerCountered(let id, _, _), .offerExtended(let id, _), .offerAccepted(let id, _, _),
      .offerDeclined(let id, _, _), .offerLost(let id, _, _, _), .offerWithdrawn(let id, _):
      return offerChange(id, client: offers[id]?.clientId)
    case .orderPlaced(let order):
      let (old, part) = (orders[order.id], index.part(of: order.clientId))
      return { $0.orders[order.id] = old; $0.index.restore(part) }
    case .orderApproved(let id, _), .orderDelivered(let id, _):
      let old = orders[id]
      return { $0.orders[id] = old }
    case .paymentReceived(let payment):
      let (old, part) = (payments[payment.id], index.part(of: payment.clientId))
      return { $0.payments[payment.id] = old; $0.index.restore(part) }
    case .noteAdded(let note):
      let (old, part) = (notes[note.id], index.part(of: note.client))
      return { $0.notes[note.id] = old; $0.index.restore(part) }
    case .followUpAdded(let followUp), .taskAssigned(let followUp):
      let (old, part) = (followUps[followUp.id], index.part(of: followUp.client))
      return { $0.followUps[followUp.id] = old; $0.index.restore(part) }
    case .followUpDone(let id, _), .followUpSnoozed(let id, _, _), .followUpMissed(let id, _):
      let old = followUps[id]
      return { $0.followUps[id] = old }
    case .complaintFiled(let complaint):
      let (old, part) = (complaints[complaint.id], index.part(of: complaint.clientId))
      return { $0.complaints[complaint.id] = old; $0.index.restore(part) }
    case .complaintResolved(let id, _, let resolution, _) where !resolution.isLegacyCredit:
      let old = complaints[id]
      return { $0.complaints[id] = old }
    case .expenseRecorded(let expense):
      let old = expenses[expense.id]
      return { $0.expenses[expense.id] = old }
    case .competitorPriceNoted:
      let count = competitorPrices.count
      return { $0.competitorPrices.removeLast(max(0, $0.competitorPrices.count - count)) }
    case .documentIssued(let document):
      // Undone, a document is voided, not removed; its number is not one of the restored
      // counters, so it is never issued again.
      let old = documents[document.id]
      return { $0.documents[document.id] = old ?? document.voided }
    case .bonusAgreed, .bonusApproved, .bonusEnded:
      let book = bonusBook
      return { $0.bonusBook = book }
    case .contractDrafted, .contractApproved, .contractSent, .contractSigned, .contractTerminated:
      // The book holds the contracts and their counter: restored whole.
      let book = contractBook
      return { $0.contractBook = book }
    case .settingsChanged, .expenseBudgetSet:
      let old = settings
      return { $0.settings = old }
    default:
      return nil
    }
  }

  private func offerChange(_ id: String, client: String?) -> @Sendable (inout Desk) -> Void {
    let old = offers[id]
    let part = client.map { index.part(of: $0) }
    return { desk in
      desk.offers[id] = old
      if let part { desk.index.restore(part) }
    }
  }
}

/// Every id counter of the desk, restored whole: an event moves at most one, and keeping
/// them all is cheaper than knowing which. Read field by field (through key paths it took
/// two thirds of making a patch).
private struct Counters: Sendable {
  let client, offer, order, payment, reservation, request, loan, note, followUp, complaint, expense: Int
  let invoice, creditNote, goodsReturn: Int

  init(of desk: Desk) {
    (client, offer, order, payment) = (desk.nextClientNumber, desk.nextOfferNumber, desk.nextOrderNumber, desk.nextPaymentNumber)
    (reservation, request, loan) = (desk.nextReservationNumber, desk.nextRequestNumber, desk.nextLoanNumber)
    (note, followUp, complaint, expense) = (desk.nextNoteNumber, desk.nextFollowUpNumber, desk.nextComplaintNumber, desk.nextExpenseNumber)
    (invoice, creditNote, goodsReturn) = (desk.nextInvoiceNumber, desk.nextCreditNoteNumber, desk.nextReturnNumber)
  }

  func restore(_ desk: inout Desk) {
    (desk.nextClientNumber, desk.nextOfferNumber, desk.nextOrderNumber, desk.nextPaymentNumber) = (client, offer, order, payment)
    (desk.nextReservationNumber, desk.nextRequestNumber, desk.nextLoanNumber) = (reservation, request, loan)
    (desk.nextNoteNumber, desk.nextFollowUpNumber, desk.nextComplaintNumber, desk.nextExpenseNumber) = (note, followUp, complaint, expense)
    (desk.nextInvoiceNumber, desk.nextCreditNoteNumber, desk.nextReturnNumber) = (invoice, creditNote, goodsReturn)
  }
}
