import Foundation

/// Questions about reservations, stock requests and samples, answered from the desk as it
/// stands. Whatever depends on holds lapsing takes `now`.
extension Desk {
  /// Reservations in the order they were made.
  public var reservationsInOrder: [Reservation] {
    Ids.inOrder(reservations.values, id: \.id)
  }

  /// One client's, in the order they were made.
  public func reservations(for clientId: String) -> [Reservation] {
    records(reservations, of: clientId, \.reservations, counted: \.reservations) { $0.client == clientId }
      .sorted { Ids.order($0.id, $1.id) }
  }

  /// Reservations that hold stock or wait for it at `now`: what the client can count on.
  public func activeReservations(now: Date) -> [Reservation] {
    reservationsInOrder.filter { [.held, .awaitingStock].contains($0.status(at: now)) }
  }

  /// The reservations that make up one client's ask: those one `reserve` made together (a
  /// split, or a hold plus the rest awaiting), and the rest of a part receipt. A group is named
  /// by its first reservation, which belongs to it even when made alone before the group grew.
  public func reservations(inGroup group: String) -> [Reservation] {
    reservationsInOrder.filter { $0.group == group || $0.id == group }
  }

  /// Whether a group's goods come, or will come, from more than one dye lot, so their shades
  /// can differ: several lots held, or a hold with the rest still to arrive in a new lot.
  public func mixesDyeLots(group: String) -> Bool {
    let pieces = reservations(inGroup: group).filter { $0.status != .released }
    let lots = Set(pieces.compactMap(\.lot))
    return lots.count > 1 || (!lots.isEmpty && pieces.contains { $0.lot == nil })
  }

  /// Stock requests in the order they were made.
  public var stockRequestsInOrder: [StockRequest] {
    stockRequests.values.sorted { Ids.order($0.id, $1.id) }
  }

  public var openStockRequests: [StockRequest] {
    stockRequestsInOrder.filter { $0.status == .open }
  }

  /// Swatch records by SKU.
  public var swatchesInOrder: [Swatches] {
    swatches.values.sorted { $0.sku < $1.sku }
  }

  /// Products whose showroom swatches are at or below their reorder level, by SKU. Only
  /// products the desk keeps swatches of are counted; see `productsWithoutSwatches`.
  public var samplesLow: [Swatches] {
    swatchesInOrder.filter(\.isLow)
  }

  /// Catalog products the showroom has never had a swatch of: gaps in the range (duty 3).
  public var productsWithoutSwatches: [Product] {
    productsInOrder.filter { swatches[$0.sku] == nil }
  }

  /// Sample loans in the order they were made.
  public var sampleLoansInOrder: [SampleLoan] {
    sampleLoans.values.sorted { Ids.order($0.id, $1.id) }
  }

  /// Swatches of a product out with clients now, oldest loan first.
  public func openLoans(sku: String) -> [SampleLoan] {
    sampleLoansInOrder.filter { $0.sku == sku && $0.isOut }
  }

  /// Swatches still out after their due date at `now`, longest overdue first.
  public func overdueLoans(now: Date) -> [SampleLoan] {
    sampleLoansInOrder.filter { $0.isOverdue(at: now) }.sorted {
      $0.dueBack != $1.dueBack ? $0.dueBack < $1.dueBack : Ids.order($0.id, $1.id)
    }
  }
}
