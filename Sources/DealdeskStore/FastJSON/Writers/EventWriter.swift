import DealdeskCore
import Foundation

// Every event as the synthesized `Codable` of `Event` writes it with DeskJSON's settings:
// `{"case":{"label":value,...}}`, labels in sorted order, an unlabelled value as `_0`, a
// nil optional left out. A script's one record holds every event of the script, and the
// generic writer built a tree of boxed values for each (EventWriterTests hold this to
// JSONEncoder over thousands of seeded events). The switch has no `default`, and each
// pattern binds every value, so a new case or a new value does not compile until it is
// written here; a record without a hand-written form goes through the generic writer, so a
// field added to it is kept.

extension JSONBytes {
  mutating func event(_ e: Event) throws {
    switch e {
    case .clientAdded(let client): try one("clientAdded") { try $0.encodable(client) }
    case .productAdded(let product): try one("productAdded") { try $0.encodable(product) }
    case .stockReceived(let sku, let lot, let meters, let at):
      try values("stockReceived") { w in
        w.key("at"); try w.date(at)
        w.key("lot"); w.string(lot)
        w.key("meters"); w.decimal(meters)
        w.key("sku"); w.string(sku)
      }
    case .offerMade(let offer): try one("offerMade") { try $0.offer(offer) }
    case .offerCountered(let offer, let round, let status):
      try values("offerCountered") { w in
        w.key("offer"); w.string(offer)
        w.key("round"); try w.round(round)
        w.string("status", status?.rawValue)
      }
    case .offerApproved(let offer, let approval):
      try values("offerApproved") { w in
        w.key("approval"); try w.approval(approval)
        w.key("offer"); w.string(offer)
      }
    case .approvalRequested(let offer, let step):
      try values("approvalRequested") { w in
        w.key("offer"); w.string(offer)
        w.key("step"); try w.encodable(step)
      }
    case .approvalRejected(let offer, let step):
      try values("approvalRejected") { w in
        w.key("offer"); w.string(offer)
        w.key("step"); try w.encodable(step)
      }
    case .offerExtended(let offer, let validUntil):
      try values("offerExtended") { w in
        w.key("offer"); w.string(offer)
        w.key("validUntil"); try w.date(validUntil)
      }
    case .offerAccepted(let offer, let by, let at):
      try values("offerAccepted") { w in
        w.key("at"); try w.date(at)
        w.key("by"); w.string(by.rawValue)
        w.key("offer"); w.string(offer)
      }
    case .offerDeclined(let offer, let reason, let at):
      try values("offerDeclined") { w in
        w.key("at"); try w.date(at)
        w.key("offer"); w.string(offer)
        w.string("reason", reason)
      }
    case .offerLost(let offer, let to, let reason, let at):
      try values("offerLost") { w in
        w.key("at"); try w.date(at)
        w.key("offer"); w.string(offer)
        w.string("reason", reason)
        w.string("to", to)
      }
    case .offerWithdrawn(let offer, let at): try idAndTime("offerWithdrawn", at, "offer", offer)
    case .settingsChanged(let settings): try one("settingsChanged") { try $0.encodable(settings) }
    case .limitChanged(let change): try one("limitChanged") { try $0.encodable(change) }
    case .personSet(let person): try one("personSet") { try $0.encodable(person) }
    case .accountAssigned(let client, let login):
      try values("accountAssigned") { w in
        w.key("client"); w.string(client)
        w.string("to", login)
      }
    case .absenceSet(let absence): try one("absenceSet") { try $0.encodable(absence) }
    case .doneInCover(let mark): try one("doneInCover") { try $0.encodable(mark) }
    case .orderPlaced(let order): try one("orderPlaced") { try $0.order(order) }
    case .orderApproved(let order, let approval):
      try values("orderApproved") { w in
        w.key("approval"); try w.creditApproval(approval)
        w.key("order"); w.string(order)
      }
    case .orderShipped(let order, let at, let picks):
      try values("orderShipped") { w in
        w.key("at"); try w.date(at)
        w.key("order"); w.string(order)
        w.key("picks"); try w.encodable(picks)
      }
    case .reservationClaimed(let reservation, let order):
      try values("reservationClaimed") { w in
        w.key("order"); w.string(order)
        w.key("reservation"); w.string(reservation)
      }
    case .orderDelivered(let order, let at): try idAndTime("orderDelivered", at, "order", order)
    case .orderCancelled(let order, let at): try idAndTime("orderCancelled", at, "order", order)
    case .paymentReceived(let payment): try one("paymentReceived") { try $0.payment(payment) }
    case .creditLimitSet(let client, let limit):
      try values("creditLimitSet") { w in
        w.key("client"); w.string(client)
        w.decimal("limit", limit)
      }
    case .reliabilityRated(let client, let grade):
      try values("reliabilityRated") { w in
        w.key("client"); w.string(client)
        w.key("grade"); w.string(grade)
      }
    case .clientTermsSet(let client, let terms):
      try values("clientTermsSet") { w in
        w.key("client"); w.string(client)
        w.key("terms"); w.paymentTerms(terms)
      }
    case .clientAliasAdded(let client, let alias): try clientAlias("clientAliasAdded", client, alias)
    case .clientAliasRemoved(let client, let alias): try clientAlias("clientAliasRemoved", client, alias)
    case .warehouseStockSet(let sku, let meters, let at):
      try values("warehouseStockSet") { w in
        w.key("at"); try w.date(at)
        w.key("meters"); w.decimal(meters)
        w.key("sku"); w.string(sku)
      }
    case .minimumsSet(let sku, let order, let cut):
      try values("minimumsSet") { w in
        w.decimal("cut", cut)
        w.decimal("order", order)
        w.key("sku"); w.string(sku)
      }
    case .reservationMade(let reservation): try one("reservationMade") { try $0.encodable(reservation) }
    case .reservationReleased(let reservation, let at): try idAndTime("reservationReleased", at, "reservation", reservation)
    case .holdExtended(let reservation, let until):
      try values("holdExtended") { w in
        w.key("reservation"); w.string(reservation)
        w.key("until"); try w.date(until)
      }
    case .reservationFilled(let reservation, let lot, let meters, let until):
      try values("reservationFilled") { w in
        w.key("lot"); w.string(lot)
        w.key("meters"); w.decimal(meters)
        w.key("reservation"); w.string(reservation)
        w.key("until"); try w.date(until)
      }
    case .stockRequested(let request): try one("stockRequested") { try $0.encodable(request) }
    case .requestReceived(let request, let meters, let lot, let at):
      try values("requestReceived") { w in
        w.key("at"); try w.date(at)
        w.key("lot"); w.string(lot)
        w.key("meters"); w.decimal(meters)
        w.key("request"); w.string(request)
      }
    case .requestCancelled(let request, let at): try idAndTime("requestCancelled", at, "request", request)
    case .swatchesAdded(let sku, let count):
      try values("swatchesAdded") { w in
        w.key("count"); w.int(count)
        w.key("sku"); w.string(sku)
      }
    case .swatchReorderSet(let sku, let below):
      try values("swatchReorderSet") { w in
        w.key("below"); w.int(below)
        w.key("sku"); w.string(sku)
      }
    case .sampleLent(let loan): try one("sampleLent") { try $0.encodable(loan) }
    case .sampleReturned(let loan, let at): try idAndTime("sampleReturned", at, "loan", loan)
    case .noteAdded(let note): try one("noteAdded") { try $0.note(note) }
    case .followUpAdded(let followUp): try one("followUpAdded") { try $0.followUp(followUp) }
    case .taskAssigned(let followUp): try one("taskAssigned") { try $0.followUp(followUp) }
    case .documentIssued(let document): try one("documentIssued") { try $0.encodable(document) }
    case .followUpDone(let followUp, let at): try idAndTime("followUpDone", at, "followUp", followUp)
    case .followUpSnoozed(let followUp, let due, let hasTime):
      try values("followUpSnoozed") { w in
        w.key("due"); try w.date(due)
        w.key("followUp"); w.string(followUp)
        w.key("hasTime"); w.bool(hasTime)
      }
    case .followUpMissed(let followUp, let deadline):
      try values("followUpMissed") { w in
        w.key("deadline"); try w.date(deadline)
        w.key("followUp"); w.string(followUp)
      }
    case .complaintFiled(let complaint): try one("complaintFiled") { try $0.encodable(complaint) }
    case .complaintResolved(let complaint, let verdict, let resolution, let at):
      try values("complaintResolved") { w in
        w.key("at"); try w.date(at)
        w.key("complaint"); w.string(complaint)
        w.key("resolution"); try w.encodable(resolution)
        w.string("verdict", verdict?.rawValue)
      }
    case .competitorPriceNoted(let price): try one("competitorPriceNoted") { try $0.encodable(price) }
    case .expenseRecorded(let expense): try one("expenseRecorded") { try $0.encodable(expense) }
    case .expenseBudgetSet(let amount, let period):
      try values("expenseBudgetSet") { w in
        w.decimal("amount", amount)
        w.key("period"); w.string(period.rawValue)
      }
    case .creditNoteIssued(let note): try one("creditNoteIssued") { try $0.encodable(note) }
    case .goodsReturned(let goods): try one("goodsReturned") { try $0.encodable(goods) }
    case .replacementShipped(let complaint, let picks, let at):
      try values("replacementShipped") { w in
        w.key("at"); try w.date(at)
        w.key("complaint"); w.string(complaint)
        w.key("picks"); try w.encodable(picks)
      }
    case .clientTaxSet(let client, let tax):
      try values("clientTaxSet") { w in
        w.key("client"); w.string(client)
        w.key("tax"); try w.encodable(tax)
      }
    case .bonusAgreed(let bonus): try one("bonusAgreed") { try $0.encodable(bonus) }
    case .bonusApproved(let bonus, let by, let at):
      try values("bonusApproved") { w in
        w.key("at"); try w.date(at)
        w.key("bonus"); w.string(bonus)
        w.key("by"); w.string(by)
      }
    case .bonusEnded(let bonus, let at): try idAndTime("bonusEnded", at, "bonus", bonus)
    case .contractDrafted(let contract): try one("contractDrafted") { try $0.encodable(contract) }
    case .contractApproved(let contract, let approval):
      try values("contractApproved") { w in
        w.key("approval"); try w.encodable(approval)
        w.key("contract"); w.string(contract)
      }
    case .contractSent(let contract, let at): try idAndTime("contractSent", at, "contract", contract)
    case .contractSigned(let contract, let signing):
      try values("contractSigned") { w in
        w.key("contract"); w.string(contract)
        w.key("signing"); try w.encodable(signing)
      }
    case .contractTerminated(let contract, let reason, let at):
      try values("contractTerminated") { w in
        w.key("at"); try w.date(at)
        w.key("contract"); w.string(contract)
        w.key("reason"); w.string(reason)
      }
    }
  }

  /// `{"name":{...}}`: a case and its labelled values, which `body` writes in sorted order.
  private mutating func values(_ name: StaticString, _ body: (inout JSONBytes) throws -> Void) throws {
    try object { w in
      w.key(name)
      try w.object(body)
    }
  }

  /// A case with one unlabelled value, `{"name":{"_0":...}}`.
  private mutating func one(_ name: StaticString, _ value: (inout JSONBytes) throws -> Void) throws {
    try values(name) { w in
      w.key("_0")
      try value(&w)
    }
  }

  /// A case of an id and when: `at` sorts before every id label these cases have.
  private mutating func idAndTime(_ name: StaticString, _ at: Date, _ label: StaticString, _ id: String) throws {
    try values(name) { w in
      w.key("at"); try w.date(at)
      w.key(label); w.string(id)
    }
  }

  private mutating func clientAlias(_ name: StaticString, _ client: String, _ alias: String) throws {
    try values(name) { w in
      w.key("alias"); w.string(alias)
      w.key("client"); w.string(client)
    }
  }
}
