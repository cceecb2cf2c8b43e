import Foundation

// Warehouse and production requests (duties 6, 7), tracked until the stock arrives. A
// receipt that names a request counts towards it, closes it once covered (more than asked is
// fine: it is all stock), and fills the reservation waiting for it on the lot just received.
// A receipt short of the reservation's need holds what came and leaves the rest awaiting the
// same request as a new reservation, so that one reservation stays one dye lot.

func decideRequestStock(
  sku: String, meters: Decimal, source: RequestSource, neededBy: Date?, desk: Desk, now: Date
) throws(DeskError) -> [Event] {
  guard desk.products[sku] != nil else { throw DeskError("There is no product \(sku).") }
  guard meters > 0 else { throw DeskError("Request a quantity above zero.") }
  try Limits.checkMeters(meters)
  if let neededBy, neededBy <= now {
    throw DeskError("Stock cannot be needed by \(DeskDate.day(neededBy)): that has passed.")
  }
  return [.stockRequested(StockRequest(
    id: Ids.stockRequest(desk.nextRequestNumber), sku: sku, meters: meters, source: source,
    requestedAt: now, neededBy: neededBy))]
}

/// Cancelling a request the client's reservation waits for releases that reservation too:
/// nothing else would ever fill it.
func decideCancelRequest(_ id: String, desk: Desk, now: Date) throws(DeskError) -> [Event] {
  let request = try openRequest(id, desk: desk)
  var events: [Event] = [.requestCancelled(request: id, at: now)]
  if let waiting = request.reservation, desk.reservations[waiting]?.status == .awaitingStock {
    events.append(.reservationReleased(reservation: waiting, at: now))
  }
  return events
}

func decideReceive(
  sku: String, meters: Decimal, lot: String?, request id: String, desk: Desk, now: Date
) throws(DeskError) -> [Event] {
  let request = try openRequest(id, desk: desk)
  guard request.sku == sku else {
    let asked = desk.products[request.sku]?.name ?? request.sku
    throw DeskError("\(id) is for \(asked), not \(desk.products[sku]?.name ?? sku).")
  }
  var events = try decideReceive(sku: sku, meters: meters, lot: lot, desk: desk, now: now)
  guard case .stockReceived(_, let lotId, _, _)? = events.first else { return events }
  events.append(.requestReceived(request: id, meters: meters, lot: lotId, at: now))
  guard let waitingId = request.reservation, let waiting = desk.reservations[waitingId],
    waiting.status == .awaitingStock
  else { return events }
  let filled = min(waiting.meters, meters)
  events.append(.reservationFilled(reservation: waitingId, lot: lotId, meters: filled, until: holdUntil(now, desk: desk)))
  if filled < waiting.meters {
    events.append(.reservationMade(Reservation(
      id: Ids.reservation(desk.nextReservationNumber), client: waiting.client, sku: sku, lot: nil,
      meters: waiting.meters - filled, status: .awaitingStock, createdAt: now, expiresAt: nil, request: id,
      group: waiting.group ?? waiting.id)))
  }
  return events
}

private func openRequest(_ id: String, desk: Desk) throws(DeskError) -> StockRequest {
  guard let request = desk.stockRequests[id] else { throw DeskError("There is no stock request \(id).") }
  switch request.status {
  case .open: return request
  case .received:
    throw DeskError("\(id) was received in full.", suggestion: "Receive further stock without naming the request.")
  case .cancelled: throw DeskError("\(id) was cancelled.")
  }
}
