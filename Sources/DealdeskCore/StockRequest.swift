import Foundation

/// Who is asked for stock the branch lacks: the central warehouse (duty 6) or, when the
/// company's range cannot fill it, production / the regional department (duty 7).
public enum RequestSource: String, Codable, Sendable, Equatable {
  case warehouse, production
}

public enum StockRequestStatus: String, Codable, Sendable, Equatable {
  case open, received, cancelled
}

/// A request for metres of one product, tracked until it arrives. Receipts may come in parts:
/// the request stays open until what was received covers what was asked.
public struct StockRequest: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var sku: String
  public var meters: Decimal
  public var source: RequestSource
  public var requestedAt: Date
  public var neededBy: Date?
  public var status: StockRequestStatus
  /// The reservation waiting for this stock, if a client's reservation asked for it.
  public var reservation: String?
  public var receivedMeters: Decimal
  /// When it was received in full or cancelled.
  public var closedAt: Date?

  public init(
    id: String, sku: String, meters: Decimal, source: RequestSource, requestedAt: Date,
    neededBy: Date? = nil, status: StockRequestStatus = .open, reservation: String? = nil,
    receivedMeters: Decimal = 0, closedAt: Date? = nil
  ) {
    self.id = id
    self.sku = sku
    self.meters = meters
    self.source = source
    self.requestedAt = requestedAt
    self.neededBy = neededBy
    self.status = status
    self.reservation = reservation
    self.receivedMeters = receivedMeters
    self.closedAt = closedAt
  }

  /// Metres still to come; zero once received (even when more came than asked).
  public var remainingMeters: Decimal {
    status == .open ? max(0, meters - receivedMeters) : 0
  }
}
