import Foundation

// The branch's stock request, proposed from demand (duty 9). Per product:
//
//   demand    = active holds + reservations awaiting stock
//               + open offers' quantities (beyond what the same client already has reserved)
//               + recent sales (passed in until orders exist)
//   supply    = metres in stock + metres still to come on open requests
//   shortfall = demand − supply, proposed rounded UP to whole rolls when the product has a roll length
//
// Supply is the stock on hand, not `available`: available already has the holds taken off, and
// the holds are in demand, so subtracting available would count every hold twice. A client's
// open offer and that client's reservation of the same fabric are usually the same goods, so
// only the offered metres beyond the reservation count. An offer counts while it reads open
// or pending approval at `now` (an offer past its validity no longer does).

/// One line of the proposed stock request, with the figures behind it.
public struct StockProposal: Sendable, Equatable {
  public var sku: String
  public var held: Decimal
  public var awaiting: Decimal
  public var offered: Decimal
  public var recentSales: Decimal
  public var inStock: Decimal
  public var onOrder: Decimal
  /// Metres to request: the shortfall, rounded up to whole rolls where the product has them.
  public var meters: Decimal
  /// Whole rolls, when the product is sold by the roll.
  public var rolls: Decimal?
  /// The warehouse, unless its recorded stock cannot cover the request: then production.
  public var source: RequestSource

  public init(
    sku: String, held: Decimal, awaiting: Decimal, offered: Decimal, recentSales: Decimal, inStock: Decimal,
    onOrder: Decimal, meters: Decimal, rolls: Decimal?, source: RequestSource
  ) {
    self.sku = sku
    self.held = held
    self.awaiting = awaiting
    self.offered = offered
    self.recentSales = recentSales
    self.inStock = inStock
    self.onOrder = onOrder
    self.meters = meters
    self.rolls = rolls
    self.source = source
  }

  public var demand: Decimal { held + awaiting + offered + recentSales }
  public var supply: Decimal { inStock + onOrder }
  public var shortfall: Decimal { demand - supply }
}

extension Desk {
  /// The proposed stock request at `now`: only products short of demand, by SKU.
  /// `recentSales` is metres sold per SKU over the period the manager plans for.
  public func stockProposal(now: Date, recentSales: [String: Decimal] = [:]) -> [StockProposal] {
    products.keys.sorted().compactMap { proposal(sku: $0, now: now, recentSales: max(0, recentSales[$0] ?? 0)) }
  }

  private func proposal(sku: String, now: Date, recentSales: Decimal) -> StockProposal? {
    guard let product = products[sku] else { return nil }
    var held: Decimal = 0
    var awaiting: Decimal = 0
    var reservedByClient: [String: Decimal] = [:]
    for reservation in reservations.values where reservation.sku == sku {
      switch reservation.status(at: now) {
      case .held: held += reservation.meters
      case .awaitingStock: awaiting += reservation.meters
      case .released, .expired, .consumed: continue
      }
      reservedByClient[reservation.client, default: 0] += reservation.meters
    }
    var offeredByClient: [String: Decimal] = [:]
    for offer in offers.values where offer.status(at: now).isOpen {
      for line in offer.current.lines where line.scope == .product(sku: sku) {
        offeredByClient[offer.clientId, default: 0] += line.meters ?? 0
      }
    }
    let offered = offeredByClient.reduce(Decimal(0)) { sum, entry in
      sum + max(0, entry.value - (reservedByClient[entry.key] ?? 0))
    }
    let onOrder = stockRequests.values.filter { $0.sku == sku }.reduce(Decimal(0)) { $0 + $1.remainingMeters }
    var line = StockProposal(
      sku: sku, held: held, awaiting: awaiting, offered: offered, recentSales: recentSales,
      inStock: product.metersInStock, onOrder: onOrder, meters: 0, rolls: nil, source: .warehouse)
    guard line.shortfall > 0 else { return nil }
    if let roll = product.rollLength, roll > 0 {
      let rolls = roundedUp(line.shortfall / roll)
      line.rolls = rolls
      line.meters = rolls * roll
    } else {
      line.meters = line.shortfall
    }
    if let warehouse = product.warehouseMeters, warehouse < line.meters { line.source = .production }
    return line
  }
}

/// The next whole number at or above `value` (for positive values, as here).
private func roundedUp(_ value: Decimal) -> Decimal {
  var input = value
  var result = Decimal()
  NSDecimalRound(&result, &input, 0, .up)
  return result
}
