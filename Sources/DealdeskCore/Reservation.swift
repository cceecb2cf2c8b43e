import Foundation

/// Where a reservation stands. `expired` is never written by the desk: a hold expires by the
/// desk's clock (`status(at:)`), so no background job has to remember to expire it.
public enum ReservationStatus: String, Codable, Sendable, Equatable {
  /// Holding metres of one dye lot until `expiresAt`.
  case held
  /// Waiting for a warehouse or production request; holds nothing yet and does not expire.
  case awaitingStock
  /// Let go by the manager (or with the request it waited for).
  case released
  /// Past `expiresAt`; only ever read, through `status(at:)`.
  case expired
  /// Taken up by an order.
  case consumed
}

/// Goods put aside for a client at the client's request (duty 6). One reservation is one dye
/// lot, so what a client receives from it is one shade; a request that needs several lots
/// becomes several reservations sharing a `group`.
public struct Reservation: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var client: String
  public var sku: String
  /// The dye lot held; nil while waiting for stock.
  public var lot: String?
  public var meters: Decimal
  public var status: ReservationStatus
  public var createdAt: Date
  /// When the hold lapses; nil while waiting for stock, since the hold starts when the stock comes.
  public var expiresAt: Date?
  /// The stock request this reservation waits for, or was filled from.
  public var request: String?
  /// The first reservation of the same ask, when the ask became more than one reservation (a
  /// split across lots, a hold plus the rest awaiting stock, or the rest of a part receipt): the
  /// pieces may differ in shade. See `Desk.reservations(inGroup:)`.
  public var group: String?
  public var releasedAt: Date?
  /// The order this hold is for: it then lasts until the order ships or is cancelled.
  public var order: String?
  /// Who made it, on a team desk: the login the database stamped on the change (never what
  /// a line claims), so a manager told a lot is taken knows whom to call. Nil on one's own desk.
  public var by: String?

  public init(
    id: String, client: String, sku: String, lot: String?, meters: Decimal, status: ReservationStatus,
    createdAt: Date, expiresAt: Date?, request: String? = nil, group: String? = nil, releasedAt: Date? = nil, by: String? = nil
  ) {
    self.id = id
    self.client = client
    self.sku = sku
    self.lot = lot
    self.meters = meters
    self.status = status
    self.createdAt = createdAt
    self.expiresAt = expiresAt
    self.request = request
    self.group = group
    self.releasedAt = releasedAt
    self.by = by
  }

  /// The status as of `now`: a hold at or past its expiry reads as expired.
  public func status(at now: Date) -> ReservationStatus {
    guard status == .held, let expiresAt, now >= expiresAt else { return status }
    return .expired
  }

  /// Whether this reservation keeps metres of its lot from anyone else at `now`.
  public func isHolding(at now: Date) -> Bool { status(at: now) == .held }
}
