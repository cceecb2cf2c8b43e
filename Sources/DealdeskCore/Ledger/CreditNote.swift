import Foundation

/// Why a credit note was raised.
public enum CreditNoteKind: String, Codable, Sendable, Equatable {
  /// A credit granted on a justified complaint.
  case complaintCredit
  /// A complaint settled by a percent off the order.
  case complaintDiscount
  /// Goods that came back.
  case goodsReturn
  /// A trade bonus paid at its period's end (Bonus.swift); its source is the bonus (TB-n).
  case tradeBonus
}

/// A numbered reduction of what a client owes, against one order's invoice (or on account,
/// for a complaint that names no order). Like an invoice, never changed once issued.
public struct CreditNote: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var number: Int
  public var clientId: String
  /// The order whose invoice it credits; nil: on account.
  public var order: String?
  public var amount: Decimal
  public var kind: CreditNoteKind
  /// The complaint (C-n) or return (RT-n) it settles.
  public var source: String
  /// The fabric it credits, when it is about one (a return, a complaint about one lot).
  public var sku: String?
  public var at: Date
  /// The VAT rate it takes back at (its invoice's); nil on one issued before the desk kept VAT.
  public var vatPercent: Decimal?

  public init(
    id: String, number: Int, clientId: String, order: String?, amount: Decimal, kind: CreditNoteKind, source: String,
    sku: String?, at: Date, vatPercent: Decimal? = nil
  ) {
    self.vatPercent = vatPercent
    self.id = id
    self.number = number
    self.clientId = clientId
    self.order = order
    self.amount = amount
    self.kind = kind
    self.source = source
    self.sku = sku
    self.at = at
  }
}

extension Desk {
  /// Credit notes in the order they were issued.
  public var creditNotesInOrder: [CreditNote] { creditNotes.values.sorted { $0.number < $1.number } }

  /// One client's credit notes in the order they were issued.
  public func creditNotes(for clientId: String) -> [CreditNote] {
    records(creditNotes, of: clientId, \.creditNotes, counted: \.creditNotes) { $0.clientId == clientId }
      .sorted { $0.number < $1.number }
  }

  /// What has been credited against one order's invoice so far.
  public func credited(order: String) -> Decimal {
    guard let client = orders[order]?.clientId else { return 0 }
    return creditNotes(for: client).filter { $0.order == order }.reduce(0) { $0 + $1.amount }
  }

  /// The next credit note's id and number.
  func nextCreditNote() -> (id: String, number: Int) { (Ids.creditNote(nextCreditNoteNumber), nextCreditNoteNumber) }
}
