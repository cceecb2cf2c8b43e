import Foundation

/// Metres of one lot that leave the branch with an order, and the hold they came from.
public struct StockPick: Codable, Sendable, Equatable {
  public var sku: String
  public var lot: String
  public var meters: Decimal
  public var reservation: String?

  public init(sku: String, lot: String, meters: Decimal, reservation: String?) {
    self.sku = sku
    self.lot = lot
    self.meters = meters
    self.reservation = reservation
  }
}

extension Order {
  /// Metres of each fabric the order takes, in the order the fabrics first come: a fabric on
  /// several lines (volume bands, each at its own price) is held, picked and shipped as one
  /// quantity, so its holds are claimed once and it comes from as few lots as possible.
  public var fabricQuantities: [(sku: String, meters: Decimal)] {
    var quantities: [(sku: String, meters: Decimal)] = []
    for line in lines {
      if let i = quantities.firstIndex(where: { $0.sku == line.sku }) {
        quantities[i].meters += line.meters
      } else {
        quantities.append((line.sku, line.meters))
      }
    }
    return quantities
  }
}

/// How an order meets the stock. When it is placed, the client's own holds of the fabric
/// serve it first; what they do not cover is held from the one lot that fits best, so
/// nobody else is promised it. When it ships, those holds are consumed and anything still
/// missing comes from free stock, as few lots as possible. Holds for an order do not lapse.
extension Desk {
  /// The client's active holds of a fabric, and reservations waiting for stock, that no
  /// order has claimed yet, oldest first.
  func unclaimedHolds(client: String, sku: String, now: Date) -> [Reservation] {
    reservationsInOrder.filter {
      $0.client == client && $0.sku == sku && $0.order == nil
        && ($0.isHolding(at: now) || $0.status(at: now) == .awaitingStock)
    }
  }

  /// The holds serving an order.
  public func holds(for order: String, now: Date) -> [Reservation] {
    reservationsInOrder.filter { $0.order == order && $0.isHolding(at: now) }
  }

  /// Events that set stock aside for a new order: claims of existing holds, and one new hold
  /// per line from the best-fitting lot for the rest when one lot can cover it.
  func holdStock(for order: Order, now: Date) -> [Event] {
    var events: [Event] = []
    var number = nextReservationNumber
    for line in order.fabricQuantities {
      var covered: Decimal = 0
      for hold in unclaimedHolds(client: order.clientId, sku: line.sku, now: now) where covered < line.meters {
        events.append(.reservationClaimed(reservation: hold.id, order: order.id))
        covered += hold.meters
      }
      let rest = line.meters - covered
      guard rest > 0, let lot = LotChoice.bestFit(lotAvailability(sku: line.sku, now: now), meters: rest) else { continue }
      var hold = Reservation(
        id: Ids.reservation(number), client: order.clientId, sku: line.sku, lot: lot.lot, meters: rest, status: .held,
        createdAt: now, expiresAt: nil)
      hold.order = order.id
      events.append(.reservationMade(hold))
      number += 1
    }
    return events
  }

  /// Metres of each line not yet held for the order.
  public func unheld(_ order: Order, now: Date) -> [(sku: String, meters: Decimal)] {
    let holds = holds(for: order.id, now: now)
    return order.fabricQuantities.compactMap { line in
      let held = holds.filter { $0.sku == line.sku }.reduce(Decimal(0)) { $0 + $1.meters }
      return held < line.meters ? (line.sku, line.meters - held) : nil
    }
  }

  /// The picks that ship an order, or what is missing.
  func picks(for order: Order, now: Date) -> Result<[StockPick], DeskError> {
    var picks: [StockPick] = []
    var claimed = holds(for: order.id, now: now)
    for line in order.fabricQuantities {
      var need = line.meters
      for hold in claimed where hold.sku == line.sku && need > 0 {
        guard let lot = hold.lot else { continue }
        let take = min(need, hold.meters)
        picks.append(StockPick(sku: line.sku, lot: lot, meters: take, reservation: hold.id))
        need -= take
        claimed.removeAll { $0.id == hold.id }
      }
      guard need > 0 else { continue }
      let free = lotAvailability(sku: line.sku, now: now)
      let pieces = LotChoice.split(free, meters: need)
      let found = pieces.reduce(Decimal(0)) { $0 + $1.meters }
      guard found >= need else {
        let name = products[line.sku]?.name ?? line.sku
        return .failure(DeskError(
          "\(order.id) cannot ship: \(name) needs \(metersText(need)) more than is held for it, and \(metersText(found)) is free.",
          suggestion: "Request the rest: request \(Money.displayQuantity(need - found))m \(name) from warehouse"))
      }
      picks += pieces.map { StockPick(sku: line.sku, lot: $0.lot, meters: $0.meters, reservation: nil) }
    }
    return .success(picks)
  }

  /// Metres into a dye lot: a receipt, or sound goods coming back. A lot not held yet is
  /// added, dated `at`.
  mutating func putIntoLot(sku: String, lot: String, meters: Decimal, at: Date) {
    guard var product = products[sku] else { return }
    if let index = product.lots.firstIndex(where: { $0.id == lot }) {
      product.lots[index].meters += meters
    } else {
      product.lots.append(Lot(id: lot, meters: meters, receivedAt: at))
    }
    products[sku] = product
  }

  /// Metres out of their lots: a shipment, or a replacement shipped for a complaint.
  mutating func takeFromLots(_ picks: [StockPick]) {
    for pick in picks {
      if let i = products[pick.sku]?.lots.firstIndex(where: { $0.id == pick.lot }) {
        products[pick.sku]?.lots[i].meters -= pick.meters
      }
    }
  }

  /// Takes shipped metres out of their lots and marks the holds used.
  mutating func ship(_ picks: [StockPick], order: String) {
    takeFromLots(picks)
    for pick in picks {
      if let r = pick.reservation { reservations[r]?.status = .consumed }
    }
    // Whatever else was set aside for the order (a reservation still waiting for stock) is
    // no longer needed once it has shipped.
    for r in reservations.values where r.order == order && (r.status == .held || r.status == .awaitingStock) {
      reservations[r.id]?.status = .released
    }
    guard var shipped = orders[order] else { return }
    for i in shipped.lines.indices {
      let lots = picks.filter { $0.sku == shipped.lines[i].sku }.map(\.lot)
      var unique: [String] = []
      for lot in lots where !unique.contains(lot) { unique.append(lot) }
      if !unique.isEmpty { shipped.lines[i].lot = unique.joined(separator: ", ") }
    }
    orders[order] = shipped
  }
}
