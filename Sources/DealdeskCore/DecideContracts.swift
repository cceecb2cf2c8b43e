import Foundation

/// A contract as the manager drafts it, every name resolved and its period worked out.
public struct NewContract: Sendable, Equatable {
  public var client: String
  /// First and last day (any time of those days).
  public var start: Date
  public var end: Date
  public var lines: [ContractLine]
  public var commitment: Commitment?
  public var paymentTerms: PaymentTerms?

  public init(
    client: String, start: Date, end: Date, lines: [ContractLine], commitment: Commitment? = nil, paymentTerms: PaymentTerms? = nil
  ) {
    self.client = client
    self.start = start
    self.end = end
    self.lines = lines
    self.commitment = commitment
    self.paymentTerms = paymentTerms
  }
}

/// The longest contract the desk drafts: framework agreements run a year or a few.
let maxContractYears = 5

func decideDraftContract(_ new: NewContract, desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  guard let client = desk.clients[new.client] else { throw DeskError("There is no client \(new.client).") }
  guard client.status != .archived else {
    throw DeskError("\(client.name) is archived.", suggestion: "Restore the client before drafting a contract.")
  }
  let calendar = DeskDate.calendar
  let (start, end) = (calendar.startOfDay(for: new.start), calendar.startOfDay(for: new.end))
  guard start <= end else {
    throw DeskError("A contract cannot end on \(DeskDate.day(end)), before it starts on \(DeskDate.day(start)).",
                    suggestion: "e.g. contract \(client.name): from 1 Jan to 31 Dec, …")
  }
  guard DeskDate.dayNumber(end) >= DeskDate.dayNumber(now) else {
    throw DeskError("A contract ending on \(DeskDate.day(end)) has already ended.", suggestion: "Give a period that is still to come, e.g. 12 months from 1 Jan")
  }
  if let limit = calendar.date(byAdding: .year, value: maxContractYears, to: start), end >= limit {
    throw DeskError("A contract runs at most \(maxContractYears) years; \(DeskDate.day(start)) to \(DeskDate.day(end)) is longer.")
  }
  guard !new.lines.isEmpty else {
    throw DeskError("A contract needs at least one price.", suggestion: "e.g. contract \(client.name): 12 months from 1 Jan, linen 220 at 10.90/m, poplin 8% off")
  }
  try checkContractLines(new.lines, desk: desk)
  if let commitment = new.commitment {
    if let meters = commitment.meters {
      guard meters > 0 else { throw DeskError("A commitment in metres must be more than zero.") }
      try Limits.checkMeters(meters)
    }
    if let value = commitment.value {
      guard value > 0 else { throw DeskError("A commitment in value must be more than zero.") }
      try Limits.checkMoney(value, "A commitment of")
    }
  }
  if let terms = new.paymentTerms, terms.days < 0 || terms.days > Limits.maxPaymentDays {
    throw DeskError("Payment terms run from 0 to \(Limits.maxPaymentDays) days.")
  }
  let number = desk.nextContractNumber
  var contract = Contract(
    id: Ids.contract(number), number: number, clientId: client.id, start: start, end: end, lines: new.lines,
    commitment: new.commitment.flatMap { $0.meters == nil && $0.value == nil ? nil : $0 }, paymentTerms: new.paymentTerms,
    draftedAt: now, draftedBy: actor.name)
  try checkOverlap(contract, desk: desk)
  contract.approvalReasons = desk.contractApprovalReasons(contract, by: actor.name)
  return [.contractDrafted(contract)]
}

/// Each line a real price: a discount below 100%, a price above zero and within the desk's
/// bounds, a fixed price for one fabric, something in the catalog, nothing below cost.
private func checkContractLines(_ lines: [ContractLine], desk: Desk) throws(DeskError) {
  var scopes: [OfferScope] = []
  for line in lines {
    if let percent = line.discountPercent, percent <= 0 || percent >= 100 {
      throw DeskError("A contract discount must be above 0% and below 100%; \(Money.trimmed(percent))% is not.")
    }
    if (line.discountPercent == nil) == (line.unitPrice == nil) {
      throw DeskError("Give each contract line a price per metre or a percent off list, one of them.")
    }
    if let price = line.unitPrice {
      guard price > 0 else { throw DeskError("A price must be more than zero.") }
      try Limits.checkMoney(price, "A price of", max: Limits.maxPrice)
      guard case .product = line.scope else {
        throw DeskError("A fixed price per metre is for one fabric, not a category.", suggestion: "Give the category a percent off, e.g. poplin 8% off")
      }
    }
    if scopes.contains(line.scope) {
      throw DeskError("\(scopeLabel(line.scope, desk: desk)) is on two lines of this contract.", suggestion: "Give it one price.")
    }
    scopes.append(line.scope)
    let priced = desk.price(line.asOfferLine)
    guard !priced.isEmpty else { throw DeskError("\(scopeLabel(line.scope, desk: desk)) covers no fabric in the catalog.") }
    for item in priced {
      if let cost = item.product.cost, item.netPrice < cost {
        throw DeskError(
          "\(item.product.name) at \(Money.display(item.netPrice)) is below its cost of \(Money.display(cost)) (list \(Money.display(item.product.listPrice))): a contract never sells below cost.",
          suggestion: "The lowest contract price that covers cost is \(Money.display(cost)), \(Money.trimmed(Money.discountPercent(list: item.product.listPrice, net: cost)))% off.")
      }
    }
  }
}

/// How a contract line's scope reads: a fabric's name, a category, everything.
func scopeLabel(_ scope: OfferScope, desk: Desk) -> String {
  switch scope {
  case .all: return "Everything"
  case .category(let name): return name
  case .product(let sku): return desk.products[sku]?.name ?? sku
  }
}

/// Two signed contracts of one client cannot price the same fabric on the same day: which
/// price holds would be a guess.
private func checkOverlap(_ contract: Contract, desk: Desk) throws(DeskError) {
  let mine = Set(desk.products(of: contract).map(\.sku))
  for other in desk.contractsInOrder(client: contract.clientId) where other.id != contract.id && other.binds {
    guard DeskDate.dayNumber(other.start) <= DeskDate.dayNumber(contract.end),
      DeskDate.dayNumber(contract.start) <= DeskDate.dayNumber(other.end) else { continue }
    let shared = desk.products(of: other).filter { mine.contains($0.sku) }
    guard let first = shared.first else { continue }
    let more = shared.count > 1 ? " and \(shared.count - 1) more" : ""
    throw DeskError(
      "\(other.id), signed, already prices \(first.name)\(more) for \(desk.clients[contract.clientId]?.name ?? contract.clientId) from \(DeskDate.day(other.start)) to \(DeskDate.day(other.end)): two signed contracts cannot overlap on a fabric.",
      suggestion: "Start after \(DeskDate.day(other.end)), or terminate \(other.id) first.")
  }
}

extension Desk {
  /// Why a contract's terms go beyond `login`'s authority: a discount over their limit, or
  /// payment terms longer than theirs. Empty when within it.
  public func contractApprovalReasons(_ contract: Contract, by login: String?) -> [String] {
    let authority = limits(of: login)
    var reasons: [String] = []
    for line in contract.lines {
      var worst: (name: String, percent: Decimal)?
      for priced in price(line.asOfferLine) {
        let list = priced.product.listPrice
        let exact = line.unitPrice == nil ? (line.discountPercent ?? 0) : list > 0 ? (list - priced.netPrice) * 100 / list : 0
        if authority.discount < exact, worst.map({ $0.percent < exact }) ?? true { worst = (priced.product.name, exact) }
      }
      if let worst {
        reasons.append("\(scopeLabel(line.scope, desk: self)) at \(Money.trimmed(Money.round(worst.percent, scale: 1)))% off is over your \(Money.trimmed(authority.discount))%")
      }
    }
    if let terms = contract.paymentTerms, terms.days > authority.paymentTermsDays {
      reasons.append("\(terms.label) is longer than your net \(authority.paymentTermsDays)")
    }
    return reasons
  }
}

/// A contract that exists.
private func contract(_ id: String, desk: Desk) throws(DeskError) -> Contract {
  guard let contract = desk.contracts[id] else { throw DeskError("There is no contract \(id).", suggestion: "`contracts` lists them.") }
  return contract
}

/// Refuses a contract whose period is over, for a step that only makes sense before its end.
private func checkNotEnded(_ contract: Contract, now: Date, verb: String) throws(DeskError) {
  if DeskDate.dayNumber(now) > DeskDate.dayNumber(contract.end) {
    throw DeskError("\(contract.id) ran to \(DeskDate.day(contract.end)), which is past: it cannot be \(verb).", suggestion: "Draft a new one.")
  }
}

func decideApproveContract(_ id: String, by: String?, actor: Acting, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard actor.isDirector else {
    throw DeskError("Only a director approves \(id).", suggestion: "Ask a director: approve contract \(id)")
  }
  let contract = try contract(id, desk: desk)
  guard !contract.approvalReasons.isEmpty else {
    throw DeskError("\(id) needs no approval: its prices and terms are within \(contract.draftedBy == "you" ? "your" : "\(contract.draftedBy)'s") authority.")
  }
  if let approval = contract.approval {
    throw DeskError("\(id) was already approved by \(approval.by) on \(DeskDate.day(approval.at)).")
  }
  guard contract.status == .draft || contract.status == .sent else {
    throw DeskError("\(id) is \(contract.state(at: now).rawValue): there is nothing to approve.")
  }
  try checkNotEnded(contract, now: now, verb: "approved")
  let approver = try approverName(by, id: id, actor: actor, desk: desk, verb: "approve contract")
  if !actor.namesApprover, sameName(contract.draftedBy, approver) {
    throw DeskError("Nobody approves their own contract: \(id) was drafted by \(contract.draftedBy).", suggestion: "Another director approves it.")
  }
  return [.contractApproved(contract: id, approval: ContractApproval(by: approver, at: now))]
}

func decideSendContract(_ id: String, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let contract = try contract(id, desk: desk)
  switch contract.status {
  case .draft: break
  case .sent: throw DeskError("\(id) was already sent on \(contract.sentAt.map(DeskDate.day) ?? "an earlier day").", suggestion: "When they sign: sign contract \(id) by OUR SIGNATORY and THEIRS")
  case .signed: throw DeskError("\(id) is already signed.")
  case .terminated: throw DeskError("\(id) was terminated.")
  }
  try checkNotEnded(contract, now: now, verb: "sent")
  try checkApproved(contract)
  return [.contractSent(contract: id, at: now)]
}

func decideSignContract(_ id: String, ours: String, theirs: String, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let contract = try contract(id, desk: desk)
  switch contract.status {
  case .sent: break
  // Decided: a contract is signed only once the client has had it, so it is sent first.
  case .draft: throw DeskError("\(id) is a draft that was never sent: the client signs what they received.", suggestion: "send contract \(id), then sign it.")
  case .signed: throw DeskError("\(id) was already signed on \(contract.signing.map { DeskDate.day($0.at) } ?? "an earlier day").")
  case .terminated: throw DeskError("\(id) was terminated.")
  }
  try checkNotEnded(contract, now: now, verb: "signed")
  try checkApproved(contract)
  let (ours, theirs) = (normalisedName(ours), normalisedName(theirs))
  guard !ours.isEmpty, !theirs.isEmpty else {
    throw DeskError("A contract is signed by two people: ours, then theirs.", suggestion: "e.g. sign contract \(id) by Sofia Marku and Ilir Gashi")
  }
  guard !sameName(ours, theirs) else {
    throw DeskError("\(ours) cannot sign for both sides.", suggestion: "e.g. sign contract \(id) by Sofia Marku and Ilir Gashi")
  }
  // Another contract may have been signed for these fabrics since this one was drafted.
  try checkOverlap(contract, desk: desk)
  return [.contractSigned(contract: id, signing: ContractSigning(ours: ours, theirs: theirs, at: now))]
}

func decideTerminateContract(_ id: String, reason: String?, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let contract = try contract(id, desk: desk)
  switch contract.state(at: now) {
  case .terminated:
    throw DeskError("\(id) was already terminated on \(contract.terminatedAt.map(DeskDate.day) ?? "an earlier day")\(contract.terminationReason.map { ": \($0)" } ?? "").")
  case .expired:
    throw DeskError("\(id) expired on \(DeskDate.day(contract.end)): there is nothing to terminate.")
  case .draft, .sent, .signedNotYetInForce, .inForce: break
  }
  guard let reason = reason.map(normalisedName), !reason.isEmpty else {
    throw DeskError("Say why \(id) ends.", suggestion: "e.g. terminate \(id): client closed the Durrës plant")
  }
  return [.contractTerminated(contract: id, reason: reason, at: now)]
}

private func checkApproved(_ contract: Contract) throws(DeskError) {
  guard contract.awaitsApproval else { return }
  throw DeskError(
    "\(contract.id) needs approval first: \(contract.approvalReasons.joined(separator: "; ")).",
    suggestion: "A director approves it: approve contract \(contract.id) by NAME")
}
