import Foundation

/// Checks a command against the desk's rules and returns what happened. Pure: the clock
/// comes in as `now`, ids come from the desk's counters.
public func decide(_ command: Command, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  switch command {
  case .addClient(let new): return try decideAddClient(new, desk: desk, now: now)
  case .addProduct(let new): return try decideAddProduct(new, desk: desk)
  case .receiveStock(let sku, let meters, let lot):
    return try decideReceive(sku: sku, meters: meters, lot: lot, desk: desk, now: now)
  case .makeOffer(let new): return try decideOffer(new, desk: desk, now: now)
  case .counter(let id, let by, let change):
    return try decideCounter(id, by: by, change: change, desk: desk, now: now)
  case .accept(let id, let by): return try decideAccept(id, by: by, desk: desk, now: now)
  case .decline(let id, let reason): return try decideDecline(id, reason: reason, desk: desk, now: now)
  case .lose(let id, let competitor, let reason):
    return try decideLose(id, to: competitor, reason: reason, desk: desk, now: now)
  case .withdraw(let id): return try decideWithdraw(id, desk: desk, now: now)
  case .approve(let id, let by): return try decideApprove(id, by: by, desk: desk, now: now)
  case .extend(let id, let days, let until): return try decideExtend(id, days: days, until: until, desk: desk, now: now)
  case .changeSettings(let change): return try decideSettings(change, desk: desk)
  }
}

/// Compares names the way the manager reads them: case and accents don't matter.
func sameName(_ a: String, _ b: String) -> Bool {
  a.compare(b, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
}
