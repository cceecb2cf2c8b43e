import Foundation

// Reservations (duty 6): goods put aside for a client, from one dye lot wherever one lot can
// cover the ask, because two lots of one colour can differ in shade.
//
// How `reserve` allocates, in order:
// 1. One lot covers it: hold it from the lot that leaves the least remnant (the smallest free
//    figure that still covers the ask; ties → the older lot, then the lower lot id).
// 2. No one lot covers it, but the lots together do, and the manager said `split`: several
//    reservations, largest lots first so the fewest lots are used, the last piece from the lot
//    that covers the rest with the least remnant. They share a `group`: the app warns of shade.
// 3. The manager asked for the shortfall to be requested (`requestShortfall`): hold what the
//    largest lot has free (or, with `split`, what every lot has free) and request the rest from
//    the warehouse or production; the rest is a reservation `awaitingStock` linked to the
//    request, filled on the lot that arrives. Holding the largest lot now, rather than nothing
//    until the whole quantity comes, is what a manager expects: the client's goods are safe
//    from the next caller, and most of them ship from one lot.
// 4. Otherwise refuse, naming each lot's free metres, and suggest both ways out.
//
// A hold lasts `settings.holdDays` and lapses by the clock (see `Reservation.status(at:)`).
// A reservation awaiting stock does not lapse; its hold starts when the stock is received.

/// What the manager asked `reserve` for.
struct ReserveAsk {
  var client: String
  var sku: String
  var meters: Decimal
  var split: Bool
  var requestShortfall: RequestSource?
}

/// Each line held as `reserve` holds one, from what the lines before it left free, so two
/// lines never count the same metres; one line refused refuses them all.
func decideReserveLines(client: String, items: [OrderItem], desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard !items.isEmpty else { throw DeskError("Reserve what?") }
  var after = desk
  var events: [Event] = []
  for item in items {
    let held = try decideReserve(ReserveAsk(client: client, sku: item.sku, meters: item.meters, split: false), desk: after, now: now)
    for event in held { after.apply(event) }
    events += held
  }
  return events
}

func decideReserve(_ ask: ReserveAsk, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard ask.meters > 0 else { throw DeskError("Reserve a quantity above zero.") }
  try Limits.checkMeters(ask.meters)
  guard let client = desk.clients[ask.client] else { throw DeskError("There is no client \(ask.client).") }
  guard client.status != .archived else {
    throw DeskError("\(client.name) is archived.", suggestion: "Restore the client before reserving goods for them.")
  }
  guard let product = desk.products[ask.sku] else { throw DeskError("There is no product \(ask.sku).") }
  try checkAgainstMinimums(ask.meters, product: product)
  let lots = desk.lotAvailability(sku: product.sku, now: now)
  let (pieces, shortfall) = try allocate(
    ask, product: product, lots: lots, holders: desk.holders(of: product.sku, at: now))

  var number = desk.nextReservationNumber
  let count = pieces.count + (shortfall > 0 ? 1 : 0)
  let group = count > 1 ? Ids.reservation(number) : nil
  let until = holdUntil(now, desk: desk)
  var events: [Event] = []
  for piece in pieces {
    events.append(.reservationMade(Reservation(
      id: Ids.reservation(number), client: client.id, sku: product.sku, lot: piece.lot, meters: piece.meters,
      status: .held, createdAt: now, expiresAt: until, group: group)))
    number += 1
  }
  if shortfall > 0, let source = ask.requestShortfall {
    let request = Ids.stockRequest(desk.nextRequestNumber)
    let waiting = Ids.reservation(number)
    events.append(.stockRequested(StockRequest(
      id: request, sku: product.sku, meters: shortfall, source: source, requestedAt: now, reservation: waiting)))
    events.append(.reservationMade(Reservation(
      id: waiting, client: client.id, sku: product.sku, lot: nil, meters: shortfall, status: .awaitingStock,
      createdAt: now, expiresAt: nil, request: request, group: group)))
  }
  return events
}

/// When a hold made now lapses.
func holdUntil(_ now: Date, desk: Desk) -> Date {
  now.addingTimeInterval(Double(desk.settings.holdDays) * 86_400)
}

/// The pieces to hold and the metres left to request, by the rules in the header.
private func allocate(
  _ ask: ReserveAsk, product: Product, lots: [LotAvailability], holders: @autoclosure () -> String
) throws(DeskError) -> (pieces: [LotChoice.Piece], shortfall: Decimal) {
  if let one = LotChoice.bestFit(lots, meters: ask.meters) {
    return ([LotChoice.Piece(lot: one.lot, meters: ask.meters)], 0)
  }
  let free = freeMeters(lots)
  if ask.split && free >= ask.meters { return (LotChoice.split(lots, meters: ask.meters), 0) }
  guard ask.requestShortfall != nil else { throw refusal(ask, product: product, lots: lots, holders: holders) }
  let pieces =
    ask.split
    ? LotChoice.split(lots, meters: ask.meters)
    : LotChoice.largest(lots).map { [LotChoice.Piece(lot: $0.lot, meters: $0.available)] } ?? []
  return (pieces, ask.meters - pieces.reduce(0) { $0 + $1.meters })
}

private func freeMeters(_ lots: [LotAvailability]) -> Decimal {
  lots.reduce(0) { $0 + max(0, $1.available) }
}

/// The refusal when no one lot covers the ask: every lot's free metres, and both ways out.
private func refusal(_ ask: ReserveAsk, product: Product, lots: [LotAvailability], holders: () -> String) -> DeskError {
  let free = freeMeters(lots)
  let figures = lots.filter { $0.meters > 0 }.map { "lot \($0.lot) \(metersText(max(0, $0.available)))" }
    .joined(separator: ", ")
  let held = lots.reduce(0) { $0 + $1.held }
  let heldNote = held > 0 ? "; \(metersText(held)) more held\(holders())" : ""
  let warehouse = product.warehouseMeters.map { meters in
    " (the warehouse had \(metersText(meters))" + (product.warehouseMetersAt.map { " on \(DeskDate.day($0))" } ?? "") + ")"
  } ?? ""
  let request = "from the warehouse or production\(warehouse)"
  guard let largest = LotChoice.largest(lots) else {
    let what = held > 0 ? "\(product.name) has nothing free (\(metersText(held)) held\(holders()))" : "\(product.name) has no stock"
    return DeskError(
      "\(what); \(metersText(ask.meters)) asked.",
      suggestion: "Request \(metersText(ask.meters)) \(request); the reservation waits for it.")
  }
  let holdLargest = "hold lot \(largest.lot)'s \(metersText(largest.available)) and request the other \(metersText(ask.meters - largest.available)) \(request)"
  let lotCount = lots.filter { $0.available > 0 }.count
  if free >= ask.meters {
    let pieces = LotChoice.split(lots, meters: ask.meters).count
    return DeskError(
      "No single dye lot of \(product.name) has \(metersText(ask.meters)) free: \(figures) (\(metersText(free)) in all\(heldNote)).",
      suggestion: "Split it across \(pieces) lots (their shades can differ), or \(holdLargest).")
  }
  let every = lotCount == 2 ? "both lots" : "all \(lotCount) lots"
  let also = lotCount > 1 ? ", or split it across \(every) and request only the \(metersText(ask.meters - free)) short" : ""
  return DeskError(
    "Only \(metersText(free)) of \(product.name) is free (\(figures)\(heldNote)); \(metersText(ask.meters)) asked.",
    suggestion: capitalized(holdLargest) + also + ".")
}

extension Desk {
  /// Whom a product's held metres are held for, and by whom on a team desk, so a manager
  /// refused knows whom to call: " for Acme Textiles by arben", or with several, the largest
  /// first with their metres (": 500 m for Acme Textiles by arben, 300 m for Bora and 2 more").
  func holders(of sku: String, at now: Date) -> String {
    struct Holder { var client: String, by: String?, meters: Decimal }
    var held: [String: Holder] = [:]
    for reservation in reservations.values where reservation.sku == sku && reservation.lot != nil && reservation.isHolding(at: now) {
      let key = reservation.client + "\u{1F}" + (reservation.by ?? "")
      held[key, default: Holder(client: reservation.client, by: reservation.by, meters: 0)].meters += reservation.meters
    }
    let largest = held.values.sorted { a, b in
      a.meters != b.meters ? a.meters > b.meters : a.client != b.client ? a.client < b.client : (a.by ?? "") < (b.by ?? "")
    }
    func whom(_ holder: Holder) -> String {
      "for " + (clients[holder.client]?.name ?? holder.client) + (holder.by.map { " by \($0)" } ?? "")
    }
    guard largest.count > 1 else { return " " + (largest.first.map(whom) ?? "for other reservations") }
    let named = largest.prefix(3).map { "\(metersText($0.meters)) \(whom($0))" }.joined(separator: ", ")
    return ": " + (largest.count > 3 ? "\(named) and \(largest.count - 3) more" : named)
  }
}

private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

func decideRelease(_ id: String, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let reservation = try existing(id, desk: desk)
  switch reservation.status(at: now) {
  case .held, .awaitingStock:
    // A request the reservation waited for stays open: the goods may still be wanted for stock.
    return [.reservationReleased(reservation: id, at: now)]
  case .expired:
    throw DeskError("\(id) expired on \(expiry(reservation)); it already holds nothing.")
  case .released: throw DeskError("\(id) was already released.")
  case .consumed: throw DeskError("\(id) has gone into an order.")
  }
}

func decideExtendHold(_ id: String, days: Int, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  guard (1...365).contains(days) else { throw DeskError("Extend a hold by 1 to 365 days.") }
  let reservation = try existing(id, desk: desk)
  let extra = Double(days) * 86_400
  switch reservation.status(at: now) {
  case .held:
    return [.holdExtended(reservation: id, until: (reservation.expiresAt ?? now).addingTimeInterval(extra))]
  case .expired:
    // Since the hold lapsed, its metres may have been promised to someone else.
    let lot = reservation.lot ?? ""
    let free = desk.available(sku: reservation.sku, lot: lot, now: now)
    guard free >= reservation.meters else {
      throw DeskError(
        "\(id) expired on \(expiry(reservation)), and lot \(lot) now has only \(metersText(max(0, free))) free of the \(metersText(reservation.meters)) it held.",
        suggestion: "Reserve again: the desk will find the best lot.")
    }
    return [.holdExtended(reservation: id, until: now.addingTimeInterval(extra))]
  case .awaitingStock:
    throw DeskError("\(id) is waiting for stock (\(reservation.request ?? "no request")); its hold starts when the stock arrives.")
  case .released: throw DeskError("\(id) was released.", suggestion: "Reserve again.")
  case .consumed: throw DeskError("\(id) has gone into an order.")
  }
}

private func existing(_ id: String, desk: Desk) throws(DeskError) -> Reservation {
  guard let reservation = desk.reservations[id] else { throw DeskError("There is no reservation \(id).") }
  return reservation
}

private func expiry(_ reservation: Reservation) -> String {
  reservation.expiresAt.map { DeskDate.day($0) } ?? "an unknown day"
}
