import Foundation

/// Checks a command against the desk's rules and returns what happened. Pure: the clock
/// comes in as `now`, ids come from the desk's counters, and `actor` says who acts where
/// authority matters (the one-person desk's manager, who is also director, unless told).
public func decide(_ command: Command, desk: Desk, now: Date, actor: Acting = .deskOwner) throws(DeskError) -> [Event] {
  let events = try decideOnly(command, desk: desk, now: now, actor: actor)
  // What a colleague does for an absent account manager is marked as done in cover.
  return events + coverMarks(for: events, desk: desk, now: now, actor: actor)
}

private func decideOnly(_ command: Command, desk: Desk, now: Date, actor: Acting) throws(DeskError) -> [Event] {
  switch command {
  case .addClient(let new): return try decideAddClient(new, desk: desk, now: now)
  case .addProduct(let new): return try decideAddProduct(new, desk: desk)
  case .receiveStock(let sku, let meters, let lot, let request):
    if let request {  // Stock:
      return try decideReceive(sku: sku, meters: meters, lot: lot, request: request, desk: desk, now: now)
    }
    return try decideReceive(sku: sku, meters: meters, lot: lot, desk: desk, now: now)
  case .makeOffer(let new): return try decideOffer(new, desk: desk, now: now, actor: actor)
  case .draftContract(let new): return try decideDraftContract(new, desk: desk, now: now, actor: actor)
  case .approveContract(let id, let by): return try decideApproveContract(id, by: by, actor: actor, desk: desk, now: now)
  case .sendContract(let id): return try decideSendContract(id, desk: desk, now: now)
  case .signContract(let id, let ours, let theirs): return try decideSignContract(id, ours: ours, theirs: theirs, desk: desk, now: now)
  case .terminateContract(let id, let reason): return try decideTerminateContract(id, reason: reason, desk: desk, now: now)
  case .counter(let id, let by, let change):
    return try decideCounter(id, by: by, change: change, desk: desk, now: now, actor: actor)
  case .accept(let id, let by): return try decideAccept(id, by: by, desk: desk, now: now, actor: actor)
  case .decline(let id, let reason): return try decideDecline(id, reason: reason, desk: desk, now: now)
  case .lose(let id, let competitor, let reason):
    return try decideLose(id, to: competitor, reason: reason, desk: desk, now: now)
  case .withdraw(let id): return try decideWithdraw(id, desk: desk, now: now)
  case .approve(let id, let by): return try decideApprove(id, by: by, actor: actor, desk: desk, now: now)
  case .askApproval(let id, let reason): return try decideAskApproval(id, reason: reason, actor: actor, desk: desk, now: now)
  case .rejectApproval(let id, let by, let reason):
    return try decideReject(id, by: by, reason: reason, actor: actor, desk: desk, now: now)
  case .extend(let id, let days, let until): return try decideExtend(id, days: days, until: until, desk: desk, now: now)
  case .changeSettings(let change): return try decideSettings(change, desk: desk, now: now, actor: actor)
  case .order(let client, let offer, let items):
    return try decideOrder(client: client ?? "", offer: offer, items: items, desk: desk, now: now, actor: actor)
  case .ship(let id): return try decideShip(id, desk: desk, now: now)
  case .deliver(let id): return try decideDeliver(id, desk: desk, now: now)
  case .cancelOrder(let id): return try decideCancel(id, desk: desk, now: now)
  case .approveOrder(let id, let by): return try decideApproveOrder(id, by: by, desk: desk, now: now)
  case .pay(let client, let order, let amount, let onAccount):
    return try decidePayment(client: client, order: order, amount: amount, onAccount: onAccount, desk: desk, now: now)
  case .setCreditLimit(let client, let limit): return try decideCreditLimit(client: client, limit: limit, desk: desk)
  case .rateReliability(let client, let grade, let note):
    let rated = try decideReliability(client: client, grade: grade, desk: desk)
    guard let note else { return rated }
    return rated + (try decideAddNote(NewNote(client: client, text: "Rated \(grade.uppercased()): \(note)"), desk: desk, now: now))
  case .setClientTerms(let client, let terms): return try decideClientTerms(client: client, terms: terms, desk: desk)
  case .addAlias(let client, let alias): return try decideAddAlias(client: client, alias: alias, desk: desk)
  case .removeAlias(let client, let alias): return try decideRemoveAlias(client: client, alias: alias, desk: desk)
  // Stock:
  case .setWarehouseStock(let sku, let meters): return try decideWarehouseStock(sku: sku, meters: meters, desk: desk, now: now)
  case .setMinimums(let sku, let order, let cut): return try decideMinimums(sku: sku, order: order, cut: cut, desk: desk)
  case .reserve(let client, let sku, let meters, let split, let source):
    return try decideReserve(
      ReserveAsk(client: client, sku: sku, meters: meters, split: split, requestShortfall: source), desk: desk, now: now)
  case .reserveLines(let client, let items): return try decideReserveLines(client: client, items: items, desk: desk, now: now)
  case .release(let id): return try decideRelease(id, desk: desk, now: now)
  case .extendHold(let id, let days): return try decideExtendHold(id, days: days, desk: desk, now: now)
  case .requestStock(let sku, let meters, let source, let neededBy):
    return try decideRequestStock(sku: sku, meters: meters, source: source, neededBy: neededBy, desk: desk, now: now)
  case .cancelRequest(let id): return try decideCancelRequest(id, desk: desk, now: now)
  case .addSwatches(let sku, let count): return try decideAddSwatches(sku: sku, count: count, desk: desk)
  case .setSwatchReorder(let sku, let below): return try decideSwatchReorder(sku: sku, below: below, desk: desk)
  case .lendSample(let sku, let client, let days, let count):
    return try decideLend(sku: sku, client: client, days: days, count: count, desk: desk, now: now)
  case .returnSample(let id): return try decideReturnSample(id, desk: desk, now: now)
  // Day:
  case .addNote(let new): return try decideAddNote(new, desk: desk, now: now)
  case .followUp(let new): return try decideFollowUp(new, desk: desk, now: now)
  case .completeFollowUp(let id): return try decideFollowUpDone(id, desk: desk, now: now)
  case .snoozeFollowUp(let id, let due, let hasTime): return try decideSnooze(id, to: due, hasTime: hasTime, desk: desk, now: now)
  // Claims:
  case .fileComplaint(let new): return try decideComplaint(new, desk: desk, now: now)
  case .resolveComplaint(let id, let verdict, let resolution):
    return try decideResolveComplaint(id, verdict: verdict, resolution: resolution, desk: desk, now: now)
  case .noteCompetitorPrices(let competitor, let quotes, let note):
    return try decideCompetitorPrices(competitor: competitor, quotes: quotes, note: note, desk: desk, now: now)
  case .returnGoods(let new): return try decideReturn(new, desk: desk, now: now)
  case .recordExpense(let amount, let text, let client): return try decideExpense(amount: amount, text: text, client: client, desk: desk, now: now)
  case .setExpenseBudget(let amount, let period): return try decideExpenseBudget(amount: amount, period: period, desk: desk)
  case .setPerson(let change): return try decidePerson(change, desk: desk, now: now, actor: actor)
  case .assignAccount(let client, let person): return try decideAssignAccount(client: client, to: person, desk: desk, actor: actor)
  case .setClientTax(let client, let change): return try decideClientTax(client: client, change: change, desk: desk)
  case .setAbsence(let ask): return try decideAbsence(ask, desk: desk, now: now, actor: actor)
  case .assignTask(let new, let person): return try decideAssignTask(new, to: person, desk: desk, now: now, actor: actor)
  // Trade bonuses:
  case .agreeBonus(let new): return try decideAgreeBonus(new, desk: desk, now: now, actor: actor)
  case .approveBonus(let pick, let by): return try decideApproveBonus(pick, by: by, desk: desk, now: now, actor: actor)
  case .endBonus(let pick): return try decideEndBonus(pick, desk: desk, now: now)
  case .settleBonus(let pick): return try decideSettleBonus(pick, desk: desk, now: now)
  }
}

/// Compares names the way the manager reads them: case and accents don't matter.
func sameName(_ a: String, _ b: String) -> Bool {
  a.compare(b, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
}

/// A name as the desk keeps it: trimmed, with runs of spaces made one, so "Zed  Co" and
/// "Zed Co" are the same name everywhere (lookup folds spaces the same way).
func normalisedName(_ name: String) -> String {
  name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}
