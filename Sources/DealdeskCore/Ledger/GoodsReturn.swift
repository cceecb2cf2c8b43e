import Foundation

/// Goods a client sent back from a shipped order. Sound metres go back into the dye lot
/// they left from; damaged ones into quarantine, which is not sellable stock. A return raises
/// a credit note for the metres at the prices they were invoiced at, as far as the invoice
/// has anything left to credit.
public struct GoodsReturn: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var number: Int
  public var clientId: String
  public var order: String
  public var sku: String
  public var lot: String
  public var meters: Decimal
  public var damaged: Bool
  public var reason: String?
  /// The order line's net price per metre (metres from several volume bands: their average).
  public var unitPrice: Decimal
  /// `meters × unitPrice`, rounded to the cent once, unless given (`returnValue`): the credit
  /// note's amount.
  public var credit: Decimal
  /// nil when the invoice had nothing left to credit (earlier credit notes took it all).
  public var creditNote: String?
  public var at: Date

  public init(
    id: String, number: Int, clientId: String, order: String, sku: String, lot: String, meters: Decimal, damaged: Bool,
    reason: String?, unitPrice: Decimal, creditNote: String?, at: Date, credit: Decimal? = nil
  ) {
    self.id = id
    self.number = number
    self.clientId = clientId
    self.order = order
    self.sku = sku
    self.lot = lot
    self.meters = meters
    self.damaged = damaged
    self.reason = reason
    self.unitPrice = unitPrice
    self.credit = credit ?? Money.round(meters * unitPrice)
    self.creditNote = creditNote
    self.at = at
  }
}

/// A return as the manager reports it; the desk finds the lot when the order shipped the
/// fabric from one.
public struct NewReturn: Sendable, Equatable {
  public var order: String
  public var sku: String
  public var meters: Decimal
  public var lot: String?
  public var damaged: Bool
  public var reason: String?

  public init(order: String, sku: String, meters: Decimal, lot: String? = nil, damaged: Bool = false, reason: String? = nil) {
    self.order = order
    self.sku = sku
    self.meters = meters
    self.lot = lot
    self.damaged = damaged
    self.reason = reason
  }
}

extension Desk {
  /// Returns in the order they were recorded.
  public var returnsInOrder: [GoodsReturn] { returns.values.sorted { $0.number < $1.number } }

  /// One client's returns in the order they were recorded.
  public func returns(for clientId: String) -> [GoodsReturn] {
    records(returns, of: clientId, \.returns, counted: \.returns) { $0.clientId == clientId }.sorted { $0.number < $1.number }
  }

  /// Metres of a fabric in quarantine: damaged goods that came back, not sellable.
  public func quarantined(sku: String) -> Decimal {
    returns.values.filter { $0.sku == sku && $0.damaged }.reduce(0) { $0 + $1.meters }
  }

  /// Metres of `sku` an order shipped from `lot` that have not come back yet: what a return
  /// may still take back.
  public func returnable(order: String, sku: String, lot: String) -> Decimal {
    guard let invoice = invoice(of: order) else { return 0 }
    let shipped = invoice.shipped.filter { $0.sku == sku && $0.lot == lot }.reduce(Decimal(0)) { $0 + $1.meters }
    let back = returns(for: invoice.clientId).filter { $0.order == order && $0.sku == sku && $0.lot == lot }
      .reduce(Decimal(0)) { $0 + $1.meters }
    return shipped - back
  }
}
