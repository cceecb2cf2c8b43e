import Foundation

// Every value a desk's files hold, checked as the store reads it against the bounds a
// typed line is held to (ValueRanges.swift). `decide` keeps typed lines within them, so
// only a damaged or hand-edited file fails here; the store then refuses it as damage,
// naming the value, and `repair` sets it aside. Each switch names every case, so a new
// event or record field is checked by whoever adds it. A record's field is named in full
// (`products[VEL-01].lots[0].meters`) only once a value fails, in its `catch`: a branch's
// snapshot passes tens of thousands of records through here.

extension Event {
  /// Throws the first value in this event that the desk would refuse to be typed.
  public func checkRanges() throws(OutOfRange) {
    switch self {
    case .clientAdded(let client): do { try client.checkRanges() } catch { throw error.within("clientAdded") }
    case .productAdded(let product): do { try product.checkRanges() } catch { throw error.within("productAdded") }
    case .stockReceived(_, _, let meters, let at):
      try ValueRange.meters.check(meters, "stockReceived.meters")
      try DateRange.check(at, "stockReceived.at")
    case .offerMade(let offer): do { try offer.checkRanges() } catch { throw error.within("offerMade") }
    case .offerCountered(_, let round, _): do { try round.checkRanges() } catch { throw error.within("offerCountered.round") }
    case .offerApproved(_, let approval): do { try approval.checkRanges() } catch { throw error.within("offerApproved.approval") }
    case .approvalRequested(_, let step): do { try step.checkRanges() } catch { throw error.within("approvalRequested.step") }
    case .approvalRejected(_, let step): do { try step.checkRanges() } catch { throw error.within("approvalRejected.step") }
    case .limitChanged(let change): do { try change.checkRanges() } catch { throw error.within("limitChanged") }
    case .personSet(let person): do { try person.checkRanges() } catch { throw error.within("personSet") }
    case .accountAssigned: break
    case .absenceSet(let absence): do { try absence.checkRanges() } catch { throw error.within("absenceSet") }
    case .doneInCover(let mark): try DateRange.check(mark.at, "doneInCover.at")
    case .offerExtended(_, let until): try DateRange.check(until, "offerExtended.validUntil")
    case .offerAccepted(_, _, let at): try DateRange.check(at, "offerAccepted.at")
    case .offerDeclined(_, _, let at): try DateRange.check(at, "offerDeclined.at")
    case .offerLost(_, _, _, let at): try DateRange.check(at, "offerLost.at")
    case .offerWithdrawn(_, let at): try DateRange.check(at, "offerWithdrawn.at")
    case .settingsChanged(let settings): do { try settings.checkRanges() } catch { throw error.within("settingsChanged") }
    case .orderPlaced(let order): do { try order.checkRanges() } catch { throw error.within("orderPlaced") }
    case .orderApproved(_, let approval): do { try approval.checkRanges() } catch { throw error.within("orderApproved.approval") }
    case .orderShipped(_, let at, let picks):
      try DateRange.check(at, "orderShipped.at")
      do { try picks.checkRanges() } catch { throw error.within("orderShipped.picks") }
    case .reservationClaimed: return
    case .orderDelivered(_, let at): try DateRange.check(at, "orderDelivered.at")
    case .orderCancelled(_, let at): try DateRange.check(at, "orderCancelled.at")
    case .paymentReceived(let payment): do { try payment.checkRanges() } catch { throw error.within("paymentReceived") }
    case .creditLimitSet(_, let limit): try ValueRange.amount.check(limit, "creditLimitSet.limit")
    case .reliabilityRated, .clientAliasAdded, .clientAliasRemoved, .clientTaxSet: return
    case .clientTermsSet(_, let terms): do { try terms.checkRanges() } catch { throw error.within("clientTermsSet.terms") }
    case .warehouseStockSet(_, let meters, let at):
      try ValueRange.heldMeters.check(meters, "warehouseStockSet.meters")
      try DateRange.check(at, "warehouseStockSet.at")
    case .minimumsSet(_, let order, let cut):
      try ValueRange.meters.check(order, "minimumsSet.order")
      try ValueRange.meters.check(cut, "minimumsSet.cut")
    case .reservationMade(let reservation): do { try reservation.checkRanges() } catch { throw error.within("reservationMade") }
    case .reservationReleased(_, let at): try DateRange.check(at, "reservationReleased.at")
    case .holdExtended(_, let until): try DateRange.check(until, "holdExtended.until")
    case .reservationFilled(_, _, let meters, let until):
      try ValueRange.meters.check(meters, "reservationFilled.meters")
      try DateRange.check(until, "reservationFilled.until")
    case .stockRequested(let request): do { try request.checkRanges() } catch { throw error.within("stockRequested") }
    case .requestReceived(_, let meters, _, let at):
      try ValueRange.meters.check(meters, "requestReceived.meters")
      try DateRange.check(at, "requestReceived.at")
    case .requestCancelled(_, let at): try DateRange.check(at, "requestCancelled.at")
    case .swatchesAdded(_, let count): try ValueRange.swatches.check(count, "swatchesAdded.count")
    case .swatchReorderSet(_, let below): try ValueRange.swatches.check(below, "swatchReorderSet.below")
    case .sampleLent(let loan): do { try loan.checkRanges() } catch { throw error.within("sampleLent") }
    case .sampleReturned(_, let at): try DateRange.check(at, "sampleReturned.at")
    case .noteAdded(let note): do { try note.checkRanges() } catch { throw error.within("noteAdded") }
    case .followUpAdded(let followUp): do { try followUp.checkRanges() } catch { throw error.within("followUpAdded") }
    case .taskAssigned(let followUp): do { try followUp.checkRanges() } catch { throw error.within("taskAssigned") }
    case .followUpDone(_, let at): try DateRange.check(at, "followUpDone.at")
    case .followUpSnoozed(_, let due, _): try DateRange.check(due, "followUpSnoozed.due")
    case .followUpMissed(_, let deadline): try DateRange.check(deadline, "followUpMissed.deadline")
    case .complaintFiled(let complaint): do { try complaint.checkRanges() } catch { throw error.within("complaintFiled") }
    case .complaintResolved(_, _, let resolution, let at):
      do { try resolution.checkRanges() } catch { throw error.within("complaintResolved.resolution") }
      try DateRange.check(at, "complaintResolved.at")
    case .competitorPriceNoted(let price): do { try price.checkRanges() } catch { throw error.within("competitorPriceNoted") }
    case .expenseRecorded(let expense): do { try expense.checkRanges() } catch { throw error.within("expenseRecorded") }
    case .expenseBudgetSet(let amount, _): try ValueRange.amount.check(amount, "expenseBudgetSet.amount")
    case .creditNoteIssued(let note): do { try note.checkRanges() } catch { throw error.within("creditNoteIssued") }
    case .goodsReturned(let goods): do { try goods.checkRanges() } catch { throw error.within("goodsReturned") }
    case .replacementShipped(_, let picks, let at):
      do { try picks.checkRanges() } catch { throw error.within("replacementShipped.picks") }
      try DateRange.check(at, "replacementShipped.at")
    case .documentIssued(let document): do { try document.checkRanges() } catch { throw error.within("documentIssued") }
    case .bonusAgreed(let bonus): do { try bonus.checkRanges() } catch { throw error.within("bonusAgreed") }
    case .bonusApproved(_, _, let at): try DateRange.check(at, "bonusApproved.at")
    case .bonusEnded(_, let at): try DateRange.check(at, "bonusEnded.at")
    case .contractDrafted(let contract): do { try contract.checkRanges() } catch { throw error.within("contractDrafted") }
    case .contractApproved(_, let approval): try DateRange.check(approval.at, "contractApproved.approval.at")
    case .contractSent(_, let at): try DateRange.check(at, "contractSent.at")
    case .contractSigned(_, let signing): try DateRange.check(signing.at, "contractSigned.signing.at")
    case .contractTerminated(_, _, let at): try DateRange.check(at, "contractTerminated.at")
    }
  }
}

extension Desk {
  /// Throws the first value in this desk that the desk would refuse to be typed.
  public func checkRanges() throws(OutOfRange) {
    do { try settings.checkRanges() } catch { throw error.within("settings") }
    let numbers: [(String, Int)] = [
      ("nextClientNumber", nextClientNumber), ("nextOfferNumber", nextOfferNumber), ("nextOrderNumber", nextOrderNumber),
      ("nextPaymentNumber", nextPaymentNumber), ("nextReservationNumber", nextReservationNumber),
      ("nextRequestNumber", nextRequestNumber), ("nextLoanNumber", nextLoanNumber), ("nextNoteNumber", nextNoteNumber),
      ("nextFollowUpNumber", nextFollowUpNumber), ("nextComplaintNumber", nextComplaintNumber),
      ("nextExpenseNumber", nextExpenseNumber), ("nextInvoiceNumber", nextInvoiceNumber),
      ("nextCreditNoteNumber", nextCreditNoteNumber), ("nextReturnNumber", nextReturnNumber),
      ("nextDocumentNumber", nextDocumentNumber),
    ]
    for (field, number) in numbers { try ValueRange.idNumber.check(number, field) }
    for (id, client) in clients { do { try client.checkRanges() } catch { throw error.within("clients[\(id)]") } }
    for (sku, product) in products { do { try product.checkRanges() } catch { throw error.within("products[\(sku)]") } }
    for (id, offer) in offers { do { try offer.checkRanges() } catch { throw error.within("offers[\(id)]") } }
    for (id, order) in orders { do { try order.checkRanges() } catch { throw error.within("orders[\(id)]") } }
    for (id, payment) in payments { do { try payment.checkRanges() } catch { throw error.within("payments[\(id)]") } }
    for (id, reservation) in reservations { do { try reservation.checkRanges() } catch { throw error.within("reservations[\(id)]") } }
    for (id, request) in stockRequests { do { try request.checkRanges() } catch { throw error.within("stockRequests[\(id)]") } }
    for (sku, shelf) in swatches {
      try ValueRange.swatches.check(shelf.inShowroom, "swatches[\(sku)].inShowroom")
      try ValueRange.swatches.check(shelf.reorderBelow, "swatches[\(sku)].reorderBelow")
    }
    for (id, loan) in sampleLoans { do { try loan.checkRanges() } catch { throw error.within("sampleLoans[\(id)]") } }
    for (id, note) in notes { do { try note.checkRanges() } catch { throw error.within("notes[\(id)]") } }
    for (id, followUp) in followUps { do { try followUp.checkRanges() } catch { throw error.within("followUps[\(id)]") } }
    for (id, complaint) in complaints { do { try complaint.checkRanges() } catch { throw error.within("complaints[\(id)]") } }
    for (n, price) in competitorPrices.enumerated() { do { try price.checkRanges() } catch { throw error.within("competitorPrices[\(n)]") } }
    for (id, expense) in expenses { do { try expense.checkRanges() } catch { throw error.within("expenses[\(id)]") } }
    for (id, invoice) in invoices { do { try invoice.checkRanges() } catch { throw error.within("invoices[\(id)]") } }
    for (id, note) in creditNotes { do { try note.checkRanges() } catch { throw error.within("creditNotes[\(id)]") } }
    for (id, goods) in returns { do { try goods.checkRanges() } catch { throw error.within("returns[\(id)]") } }
    if let book = contractBook {
      try ValueRange.idNumber.check(book.nextNumber, "contractBook.nextNumber")
      for (id, contract) in book.contracts { do { try contract.checkRanges() } catch { throw error.within("contractBook.contracts[\(id)]") } }
    }
    for (id, steps) in authority.steps {
      for (n, step) in steps.enumerated() { do { try step.checkRanges() } catch { throw error.within("authorityLog.steps[\(id)][\(n)]") } }
    }
    for (n, change) in authority.limitChanges.enumerated() {
      do { try change.checkRanges() } catch { throw error.within("authorityLog.limitChanges[\(n)]") }
    }
    for (login, person) in authority.people {
      do { try person.checkRanges() } catch { throw error.within("authorityLog.people[\(login)]") }
    }
    for (n, absence) in authority.absences.enumerated() {
      do { try absence.checkRanges() } catch { throw error.within("authorityLog.absences[\(n)]") }
    }
    for (n, mark) in authority.coverMarks.enumerated() { try DateRange.check(mark.at, "authorityLog.coverMarks[\(n)].at") }
    for (id, document) in documents { do { try document.checkRanges() } catch { throw error.within("documents[\(id)]") } }
    if let book = bonusBook {
      try ValueRange.idNumber.check(book.nextNumber, "bonusBook.nextNumber")
      for (id, bonus) in book.bonuses { do { try bonus.checkRanges() } catch { throw error.within("bonusBook.bonuses[\(id)]") } }
    }
  }
}

extension Absence {
  func checkRanges() throws(OutOfRange) {
    try DateRange.check(from, "from")
    try DateRange.check(to, "to")
    try DateRange.check(at, "at")
  }
}

extension Person {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.percent.check(discountLimit, "discountLimit")
    try ValueRange.paymentDays.check(paymentTermsLimitDays, "paymentTermsLimitDays")
    try ValueRange.amount.check(quota?.amount, "quota.amount")
  }
}

extension Settings {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.percent.check(discountLimit, "discountLimit")
    try ValueRange.days.check(offerValidityDays, "offerValidityDays")
    do { try defaultPaymentTerms.checkRanges() } catch { throw error.within("defaultPaymentTerms") }
    try ValueRange.paymentDays.check(paymentTermsLimitDays, "paymentTermsLimitDays")
    try ValueRange.percent.check(floorMarginPercent, "floorMarginPercent")
    for (n, tier) in volumeTiers.enumerated() {
      try ValueRange.meters.check(tier.fromMeters, "volumeTiers[\(n)].fromMeters")
      try ValueRange.percent.check(tier.percent, "volumeTiers[\(n)].percent")
    }
    for (n, tier) in clientTiers.enumerated() {
      try ValueRange.total.check(tier.fromSales, "clientTiers[\(n)].fromSales")
      try ValueRange.percent.check(tier.percent, "clientTiers[\(n)].percent")
    }
    for (period, quota) in quotas { try ValueRange.amount.check(quota, "quotas[\(period)]") }
    try ValueRange.days.check(holdDays, "holdDays")
    try ValueRange.days.check(sampleLoanDays, "sampleLoanDays")
    try ValueRange.amount.check(expenseBudget, "expenseBudget")
    try ValueRange.percent.check(vatRates.standardPercent, "vatRates.standardPercent")
    try ValueRange.percent.check(bonusLimit, "bonusLimit")
  }
}

extension PaymentTerms {
  func checkRanges() throws(OutOfRange) {
    switch self {
    case .prepayment, .cashOnDelivery: return
    case .net(let days): try ValueRange.paymentDays.check(days, "net.days")
    }
  }
}

extension Client {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.amount.check(creditLimit, "creditLimit")
    if let paymentTerms { do { try paymentTerms.checkRanges() } catch { throw error.within("paymentTerms") } }
    try DateRange.check(addedAt, "addedAt")
  }
}

extension Product {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.price.check(listPrice, "listPrice")
    try ValueRange.price.check(cost, "cost")
    try ValueRange.measure("width").check(widthCm, "widthCm")
    try ValueRange.measure("weight").check(gsm, "gsm")
    try ValueRange.meters.check(rollLength, "rollLength")
    for (n, lot) in lots.enumerated() {
      try ValueRange.lotMeters.check(lot.meters, "lots[\(n)].meters")
      try DateRange.check(lot.receivedAt, "lots[\(n)].receivedAt")
    }
    try ValueRange.meters.check(minimumOrderMeters, "minimumOrderMeters")
    try ValueRange.meters.check(minimumCutMeters, "minimumCutMeters")
    try ValueRange.heldMeters.check(warehouseMeters, "warehouseMeters")
    try DateRange.check(warehouseMetersAt, "warehouseMetersAt")
  }
}

extension Terms {
  func checkRanges() throws(OutOfRange) {
    for (n, line) in lines.enumerated() {
      try ValueRange.meters.check(line.meters, "lines[\(n)].meters")
      try ValueRange.percent.check(line.discountPercent, "lines[\(n)].discountPercent")
      try ValueRange.price.check(line.unitPrice, "lines[\(n)].unitPrice")
    }
    if let paymentTerms { do { try paymentTerms.checkRanges() } catch { throw error.within("paymentTerms") } }
    try ValueRange.leadDays.check(leadTimeDays, "leadTimeDays")
  }
}

extension Round {
  func checkRanges() throws(OutOfRange) {
    do { try terms.checkRanges() } catch { throw error.within("terms") }
    try DateRange.check(at, "at")
  }
}

extension Approval {
  func checkRanges() throws(OutOfRange) {
    do { try terms.checkRanges() } catch { throw error.within("terms") }
    try DateRange.check(at, "at")
  }
}

extension ApprovalStep {
  func checkRanges() throws(OutOfRange) {
    do { try terms.checkRanges() } catch { throw error.within("terms") }
    try DateRange.check(at, "at")
  }
}

extension LimitChange {
  func checkRanges() throws(OutOfRange) {
    switch kind {
    case .discount, .floorMargin:
      try ValueRange.percent.check(from, "from")
      try ValueRange.percent.check(to, "to")
    case .paymentTerms:
      // Days kept as a Decimal, so one record holds either kind of limit.
      for (value, field) in [(from, "from"), (to, "to")] {
        if let value, value < 0 || value > Decimal(Limits.maxPaymentDays) {
          throw OutOfRange(what: "a payment term", value: Money.trimmed(value), allowed: "0 to \(Limits.maxPaymentDays) days", field: field)
        }
      }
    }
    try DateRange.check(at, "at")
  }
}

extension Offer {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.idNumber.check(number, "number")
    for (n, round) in rounds.enumerated() { do { try round.checkRanges() } catch { throw error.within("rounds[\(n)]") } }
    try DateRange.check(validUntil, "validUntil")
    try DateRange.check(closedAt, "closedAt")
    if let approval { do { try approval.checkRanges() } catch { throw error.within("approval") } }
  }
}

extension CreditApproval {
  func checkRanges() throws(OutOfRange) {
    try DateRange.check(at, "at")
    try ValueRange.signedTotal.check(exposure, "exposure")
    try ValueRange.amount.check(limit, "limit")
  }
}

extension Order {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.idNumber.check(number, "number")
    for (n, line) in lines.enumerated() {
      do {
        try ValueRange.meters.check(line.meters, "meters")
        try ValueRange.price.check(line.listPrice, "listPrice")
        for (k, discount) in line.discounts.enumerated() {
          try ValueRange.percent.check(discount.percent, "discounts[\(k)].percent")
        }
        try ValueRange.price.check(line.unitPrice, "unitPrice")
        try ValueRange.total.check(line.lineTotal, "lineTotal")
      } catch {
        throw error.within("lines[\(n)]")
      }
    }
    do { try paymentTerms.checkRanges() } catch { throw error.within("paymentTerms") }
    try DateRange.check(createdAt, "createdAt")
    try DateRange.check(shippedAt, "shippedAt")
    try DateRange.check(deliveredAt, "deliveredAt")
    try DateRange.check(cancelledAt, "cancelledAt")
    if let creditApproval { do { try creditApproval.checkRanges() } catch { throw error.within("creditApproval") } }
  }
}

extension Array where Element == StockPick {
  func checkRanges() throws(OutOfRange) {
    // A pick takes a fabric's whole quantity from a lot, which can be more than one line.
    for (n, pick) in enumerated() { try ValueRange.heldMeters.check(pick.meters, "[\(n)].meters") }
  }
}

extension Payment {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.amount.check(amount, "amount")
    try DateRange.check(at, "at")
  }
}

extension Reservation {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.meters.check(meters, "meters")
    try DateRange.check(createdAt, "createdAt")
    try DateRange.check(expiresAt, "expiresAt")
    try DateRange.check(releasedAt, "releasedAt")
  }
}

extension StockRequest {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.meters.check(meters, "meters")
    try ValueRange.heldMeters.check(receivedMeters, "receivedMeters")
    try DateRange.check(requestedAt, "requestedAt")
    try DateRange.check(neededBy, "neededBy")
    try DateRange.check(closedAt, "closedAt")
  }
}

extension SampleLoan {
  func checkRanges() throws(OutOfRange) {
    try DateRange.check(lentAt, "lentAt")
    try DateRange.check(dueBack, "dueBack")
    try DateRange.check(returnedAt, "returnedAt")
  }
}

extension Note {
  func checkRanges() throws(OutOfRange) {
    try DateRange.check(at, "at")
    try ValueRange.minutes.check(durationMinutes, "durationMinutes")
  }
}

extension FollowUp {
  func checkRanges() throws(OutOfRange) {
    try DateRange.check(due, "due")
    try DateRange.check(createdAt, "createdAt")
    try DateRange.check(doneAt, "doneAt")
    try DateRange.check(snoozedFrom, "snoozedFrom")
    try DateRange.check(missedDeadline, "missedDeadline")
  }
}

extension ComplaintResolution {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.amount.check(credit, "credit")
    try ValueRange.meters.check(replacementMeters, "replacementMeters")
    try ValueRange.percent.check(discountPercent, "discountPercent")
  }
}

extension Complaint {
  func checkRanges() throws(OutOfRange) {
    if let resolution { do { try resolution.checkRanges() } catch { throw error.within("resolution") } }
    try DateRange.check(openedAt, "openedAt")
    try DateRange.check(resolvedAt, "resolvedAt")
    for (n, line) in (replacement ?? []).enumerated() {
      try ValueRange.heldMeters.check(line.meters, "replacement[\(n)].meters")
    }
  }
}

extension CompetitorPrice {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.price.check(price, "price")
    try DateRange.check(at, "at")
  }
}

extension Expense {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.amount.check(amount, "amount")
    try DateRange.check(at, "at")
  }
}

extension Invoice {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.idNumber.check(number, "number")
    try DateRange.check(issuedAt, "issuedAt")
    try ValueRange.total.check(amount, "amount")
    for (n, line) in shipped.enumerated() { try ValueRange.heldMeters.check(line.meters, "shipped[\(n)].meters") }
    try ValueRange.percent.check(vatPercent, "vatPercent")
  }
}

extension CreditNote {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.idNumber.check(number, "number")
    try ValueRange.total.check(amount, "amount")
    try DateRange.check(at, "at")
    try ValueRange.percent.check(vatPercent, "vatPercent")
  }
}

extension Bonus {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.idNumber.check(number, "number")
    try ValueRange.percent.check(percent, "percent")
    try ValueRange.amount.check(threshold, "threshold")
    try DateRange.check(agreedAt, "agreedAt")
    try DateRange.check(approvedAt, "approvedAt")
    try DateRange.check(endedAt, "endedAt")
  }
}

extension GoodsReturn {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.idNumber.check(number, "number")
    try ValueRange.meters.check(meters, "meters")
    try ValueRange.price.check(unitPrice, "unitPrice")
    try ValueRange.total.check(credit, "credit")
    try DateRange.check(at, "at")
  }
}

extension IssuedDocument {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.idNumber.check(number, "number")
    try DateRange.check(at, "at")
    // A statement's VAT block is its invoices' less its credit notes': it may be below zero.
    try ValueRange.signedTotal.check(totals?.net, "totals.net")
    try ValueRange.signedTotal.check(totals?.vat, "totals.vat")
  }
}

extension Contract {
  func checkRanges() throws(OutOfRange) {
    try ValueRange.idNumber.check(number, "number")
    try DateRange.check(start, "start")
    try DateRange.check(end, "end")
    for (n, line) in lines.enumerated() {
      do {
        try ValueRange.price.check(line.unitPrice, "unitPrice")
        try ValueRange.percent.check(line.discountPercent, "discountPercent")
      } catch {
        throw error.within("lines[\(n)]")
      }
    }
    try ValueRange.meters.check(commitment?.meters, "commitment.meters")
    try ValueRange.amount.check(commitment?.value, "commitment.value")
    if let paymentTerms { do { try paymentTerms.checkRanges() } catch { throw error.within("paymentTerms") } }
    try DateRange.check(draftedAt, "draftedAt")
    try DateRange.check(approval?.at, "approval.at")
    try DateRange.check(sentAt, "sentAt")
    try DateRange.check(signing?.at, "signing.at")
    try DateRange.check(terminatedAt, "terminatedAt")
  }
}
