import Foundation

/// Metres of one fabric that left the branch from one dye lot, at the order's net price.
public struct ShippedLine: Codable, Sendable, Equatable {
  public var sku: String
  public var lot: String
  public var meters: Decimal

  public init(sku: String, lot: String, meters: Decimal) {
    self.sku = sku
    self.lot = lot
    self.meters = meters
  }
}

/// The invoice an order's shipment raises. Numbered without gaps in the order orders ship
/// and never changed once issued: a correction is a credit note (DOMAIN.md's trade facts).
public struct Invoice: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var number: Int
  public var order: String
  public var clientId: String
  public var issuedAt: Date
  /// The order's total: every line at its agreed net price.
  public var amount: Decimal
  /// What shipped, one line per fabric and lot.
  public var shipped: [ShippedLine]
  /// The VAT rate it was issued at (the client's on the day); nil on an invoice issued
  /// before the desk kept VAT (Ledger/VAT.swift says how that one reads).
  public var vatPercent: Decimal?

  public init(
    id: String, number: Int, order: String, clientId: String, issuedAt: Date, amount: Decimal, shipped: [ShippedLine],
    vatPercent: Decimal? = nil
  ) {
    self.vatPercent = vatPercent
    self.id = id
    self.number = number
    self.order = order
    self.clientId = clientId
    self.issuedAt = issuedAt
    self.amount = amount
    self.shipped = shipped
  }

  /// Picks merged by fabric and lot, in the order they were first picked: two picks of one
  /// lot (a hold and free stock) are one line.
  public static func shippedLines(_ picks: [StockPick]) -> [ShippedLine] {
    var lines: [ShippedLine] = []
    for pick in picks {
      if let i = lines.firstIndex(where: { $0.sku == pick.sku && $0.lot == pick.lot }) {
        lines[i].meters += pick.meters
      } else {
        lines.append(ShippedLine(sku: pick.sku, lot: pick.lot, meters: pick.meters))
      }
    }
    return lines
  }
}

extension Desk {
  /// Invoices in the order they were issued.
  public var invoicesInOrder: [Invoice] { invoices.values.sorted { $0.number < $1.number } }

  /// One client's invoices in the order they were issued.
  public func invoices(for clientId: String) -> [Invoice] {
    records(invoices, of: clientId, \.invoices, counted: \.invoices) { $0.clientId == clientId }
      .sorted { $0.number < $1.number }
  }

  /// The invoice an order's shipment raised, if it has shipped.
  public func invoice(of order: String) -> Invoice? {
    guard let client = orders[order]?.clientId else { return nil }
    return invoices(for: client).first { $0.order == order }
  }

  /// The invoice shipping `order` with `picks` issues now: numbered from the desk's counter,
  /// so a replay issues the same numbers.
  func invoiceIssued(for order: Order, at: Date, picks: [StockPick]) -> Invoice {
    Invoice(
      id: Ids.invoice(nextInvoiceNumber), number: nextInvoiceNumber, order: order.id, clientId: order.clientId,
      issuedAt: at, amount: order.total, shipped: Invoice.shippedLines(picks), vatPercent: vatPercent(forClient: order.clientId))
  }
}
