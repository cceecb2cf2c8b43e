import Foundation

/// One dye lot as the desk can promise it at a moment: what the lot holds, less what active
/// holds keep for clients. Availability is a function of `now` because holds lapse by the
/// clock: a hold past its expiry stops counting without anything being written.
public struct LotAvailability: Sendable, Equatable {
  public var lot: String
  public var receivedAt: Date
  /// Metres in the lot.
  public var meters: Decimal
  /// Metres of it held by reservations active at the moment asked.
  public var held: Decimal

  public init(lot: String, receivedAt: Date, meters: Decimal, held: Decimal) {
    self.lot = lot
    self.receivedAt = receivedAt
    self.meters = meters
    self.held = held
  }

  public var available: Decimal { meters - held }
}

extension Desk {
  /// Every lot of a product in the order received, with what is free of it at `now`.
  public func lotAvailability(sku: String, now: Date) -> [LotAvailability] {
    guard let product = products[sku] else { return [] }
    var held: [String: Decimal] = [:]
    for reservation in reservations.values where reservation.sku == sku && reservation.isHolding(at: now) {
      if let lot = reservation.lot { held[lot, default: 0] += reservation.meters }
    }
    return product.lots.map {
      LotAvailability(lot: $0.id, receivedAt: $0.receivedAt, meters: $0.meters, held: held[$0.id] ?? 0)
    }
  }

  /// Metres of one lot free to promise at `now`.
  public func available(sku: String, lot: String, now: Date) -> Decimal {
    lotAvailability(sku: sku, now: now).first { $0.lot == lot }?.available ?? 0
  }

  /// Metres of a product free to promise at `now`, over all its lots. Lots are never pooled
  /// into one reservation without the manager's say (see `reserve … split`).
  public func available(sku: String, now: Date) -> Decimal {
    lotAvailability(sku: sku, now: now).reduce(0) { $0 + $1.available }
  }

  /// Metres of a product held for clients at `now`.
  public func held(sku: String, now: Date) -> Decimal {
    lotAvailability(sku: sku, now: now).reduce(0) { $0 + $1.held }
  }
}

/// "250 m": how a quantity reads in a refusal.
func metersText(_ value: Decimal) -> String { "\(Money.displayQuantity(value)) m" }
