import Foundation

extension Desk {
  /// Folds a stock event (reservations, requests, samples, catalog facts) into the state. Like
  /// `apply`, it never fails: an event naming something missing is ignored.
  mutating func applyStock(_ event: Event) {
    switch event {
    case .warehouseStockSet(let sku, let meters, let at):
      products[sku]?.warehouseMeters = meters
      products[sku]?.warehouseMetersAt = at
    case .minimumsSet(let sku, let order, let cut):
      products[sku]?.minimumOrderMeters = order
      products[sku]?.minimumCutMeters = cut
    case .reservationMade(let reservation):
      reservations[reservation.id] = reservation
      nextReservationNumber = Ids.next(nextReservationNumber, after: Ids.number(in: reservation.id) ?? 0)
      // A reservation awaiting a request is the one the request's stock fills.
      if reservation.status == .awaitingStock, let request = reservation.request {
        stockRequests[request]?.reservation = reservation.id
      }
    case .reservationReleased(let id, let at):
      reservations[id]?.status = .released
      reservations[id]?.releasedAt = at
    case .holdExtended(let id, let until):
      reservations[id]?.expiresAt = until
    case .reservationFilled(let id, let lot, let meters, let until):
      reservations[id]?.lot = lot
      reservations[id]?.meters = meters
      reservations[id]?.status = .held
      reservations[id]?.expiresAt = until
    case .stockRequested(let request):
      stockRequests[request.id] = request
      nextRequestNumber = Ids.next(nextRequestNumber, after: Ids.number(in: request.id) ?? 0)
    case .requestReceived(let id, let meters, _, let at):
      guard var request = stockRequests[id] else { return }
      request.receivedMeters += meters
      if request.receivedMeters >= request.meters {
        request.status = .received
        request.closedAt = at
      }
      stockRequests[id] = request
    case .requestCancelled(let id, let at):
      stockRequests[id]?.status = .cancelled
      stockRequests[id]?.closedAt = at
    case .swatchesAdded(let sku, let count):
      swatches[sku, default: Swatches(sku: sku)].inShowroom = Self.shelf(swatches[sku]?.inShowroom ?? 0, count)
    case .swatchReorderSet(let sku, let below):
      swatches[sku, default: Swatches(sku: sku)].reorderBelow = below
    case .sampleLent(let loan):
      sampleLoans[loan.id] = loan
      nextLoanNumber = Ids.next(nextLoanNumber, after: Ids.number(in: loan.id) ?? 0)
      swatches[loan.sku, default: Swatches(sku: loan.sku)].inShowroom = Self.shelf(swatches[loan.sku]?.inShowroom ?? 0, -1)
    case .sampleReturned(let id, let at):
      guard let loan = sampleLoans[id], loan.isOut else { return }
      sampleLoans[id]?.returnedAt = at
      swatches[loan.sku, default: Swatches(sku: loan.sku)].inShowroom = Self.shelf(swatches[loan.sku]?.inShowroom ?? 0, 1)
    default:
      // Other families are folded in Desk.apply.
      return
    }
  }

  /// The showroom count after `change` swatches, kept from 0 to `Limits.maxSwatches`.
  /// `decide` never lends from an empty shelf nor adds past the limit, but an edited
  /// journal can (each of its counts is range-checked as it is read, not their sum), and
  /// the snapshot written after replaying it must still be one the desk reads.
  private static func shelf(_ count: Int, _ change: Int) -> Int {
    let (sum, overflow) = count.addingReportingOverflow(change)
    if overflow { return change < 0 ? 0 : Limits.maxSwatches }
    return min(Limits.maxSwatches, max(0, sum))
  }
}
