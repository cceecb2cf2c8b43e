import Foundation

public enum OrderStatus: String, Codable, Sendable, Equatable {
  /// Over the client's credit limit: waits for `approve S-n` before it can ship.
  case pendingApproval
  case open, shipped, delivered, cancelled
}

/// Why a line's price is below list: the offer agreed, or what policy grants.
public struct AppliedDiscount: Codable, Sendable, Equatable {
  public enum Source: String, Codable, Sendable { case offer, volume, clientTier, contract }

  public var source: Source
  public var percent: Decimal
  public var reason: String

  public init(source: Source, percent: Decimal, reason: String) {
    self.source = source
    self.percent = percent
    self.reason = reason
  }
}

/// One line of the purchase document, with every figure fixed when the order was taken.
public struct OrderLine: Codable, Sendable, Equatable {
  public var sku: String
  public var meters: Decimal
  public var listPrice: Decimal
  public var discounts: [AppliedDiscount]
  /// Net price per metre, rounded to the cent.
  public var unitPrice: Decimal
  /// `meters × unitPrice`, rounded to the cent once.
  public var lineTotal: Decimal
  public var lot: String?

  public init(
    sku: String, meters: Decimal, listPrice: Decimal, discounts: [AppliedDiscount], unitPrice: Decimal,
    lot: String? = nil
  ) {
    self.sku = sku
    self.meters = meters
    self.listPrice = listPrice
    self.discounts = discounts
    self.unitPrice = unitPrice
    self.lineTotal = Money.round(meters * unitPrice)
    self.lot = lot
  }

  /// The discount the net price represents against list, to one decimal place.
  public var discountPercent: Decimal { Money.discountPercent(list: listPrice, net: unitPrice) }
}

/// Who cleared an order over the client's credit limit.
public struct CreditApproval: Codable, Sendable, Equatable {
  public var by: String
  public var at: Date
  public var exposure: Decimal
  public var limit: Decimal

  public init(by: String, at: Date, exposure: Decimal, limit: Decimal) {
    self.by = by
    self.at = at
    self.exposure = exposure
    self.limit = limit
  }
}

/// An order: the contract of sale, from an accepted offer or at the client's standing terms.
public struct Order: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var number: Int
  public var clientId: String
  public var offer: String?
  public var status: OrderStatus
  public var lines: [OrderLine]
  public var paymentTerms: PaymentTerms
  public var createdAt: Date
  public var shippedAt: Date?
  public var deliveredAt: Date?
  public var cancelledAt: Date?
  public var creditApproval: CreditApproval?

  public init(
    id: String, number: Int, clientId: String, offer: String?, status: OrderStatus, lines: [OrderLine],
    paymentTerms: PaymentTerms, createdAt: Date
  ) {
    self.id = id
    self.number = number
    self.clientId = clientId
    self.offer = offer
    self.status = status
    self.lines = lines
    self.paymentTerms = paymentTerms
    self.createdAt = createdAt
  }

  public var total: Decimal { lines.reduce(0) { $0 + $1.lineTotal } }

  /// When payment is due. Net days run from the invoice, which goes with the goods: from
  /// shipping, so an order not yet shipped is owed but not due. Prepayment is due when the
  /// order is placed; cash on delivery on delivery.
  public var dueDate: Date? {
    switch paymentTerms {
    case .prepayment: return createdAt
    case .cashOnDelivery: return deliveredAt
    case .net(let days): return shippedAt.map { $0.addingTimeInterval(Double(days) * 86_400) }
    }
  }

  /// Orders that count towards what the client owes.
  public var isBillable: Bool { status != .cancelled }
}
