import Foundation

/// What an offer line covers: the whole catalog, one category, or one product.
public enum OfferScope: Codable, Sendable, Equatable, Hashable {
  case all
  case category(String)
  case product(sku: String)
}

/// One line of an offer's terms. A line has a discount or a net unit price (not both);
/// a quantity only makes sense for a product line.
public struct OfferLine: Codable, Sendable, Equatable {
  public var scope: OfferScope
  public var meters: Decimal?
  public var discountPercent: Decimal?
  public var unitPrice: Decimal?

  public init(
    scope: OfferScope, meters: Decimal? = nil, discountPercent: Decimal? = nil,
    unitPrice: Decimal? = nil
  ) {
    self.scope = scope
    self.meters = meters
    self.discountPercent = discountPercent
    self.unitPrice = unitPrice
  }
}

/// The full terms on the table at one round.
public struct Terms: Codable, Sendable, Equatable {
  public var lines: [OfferLine]
  public var paymentTerms: PaymentTerms?
  public var leadTimeDays: Int?

  public init(lines: [OfferLine], paymentTerms: PaymentTerms? = nil, leadTimeDays: Int? = nil) {
    self.lines = lines
    self.paymentTerms = paymentTerms
    self.leadTimeDays = leadTimeDays
  }
}

/// One move in a negotiation, with the whole package as it stood after the move.
public struct Round: Codable, Sendable, Equatable {
  public var by: Party
  public var terms: Terms
  public var at: Date

  public init(by: Party, terms: Terms, at: Date) {
    self.by = by
    self.terms = terms
    self.at = at
  }
}

public enum OfferStatus: String, Codable, Sendable, Equatable {
  case open, pendingApproval, accepted, declined, withdrawn, expired, lost

  /// Still under negotiation.
  public var isOpen: Bool { self == .open || self == .pendingApproval }
}

/// Who cleared terms beyond the manager's authority, and exactly which terms.
public struct Approval: Codable, Sendable, Equatable {
  public var terms: Terms
  public var by: String
  public var at: Date

  public init(terms: Terms, by: String, at: Date) {
    self.terms = terms
    self.by = by
    self.at = at
  }
}

/// An offer to one client and every round of its negotiation.
public struct Offer: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var number: Int
  public var clientId: String
  public var status: OfferStatus
  public var rounds: [Round]
  public var validUntil: Date
  public var closedAt: Date?
  public var closeReason: String?
  /// The competitor an offer was lost to, when known.
  public var lostTo: String?
  public var approval: Approval?

  public init(
    id: String, number: Int, clientId: String, status: OfferStatus = .open, rounds: [Round],
    validUntil: Date, closedAt: Date? = nil, closeReason: String? = nil, lostTo: String? = nil,
    approval: Approval? = nil
  ) {
    self.id = id
    self.number = number
    self.clientId = clientId
    self.status = status
    self.rounds = rounds
    self.validUntil = validUntil
    self.closedAt = closedAt
    self.closeReason = closeReason
    self.lostTo = lostTo
    self.approval = approval
  }

  /// The terms on the table now: those of the latest round.
  public var current: Terms { rounds.last?.terms ?? Terms(lines: []) }

  /// Who moved last; the other side's turn.
  public var lastMoveBy: Party { rounds.last?.by ?? .us }

  public func isExpired(at now: Date) -> Bool { status.isOpen && now > validUntil }

  /// The status as of `now`: an open offer past its validity reads as expired.
  public func status(at now: Date) -> OfferStatus { isExpired(at: now) ? .expired : status }
}
