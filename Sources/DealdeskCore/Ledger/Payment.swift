import Foundation

/// Money received from a client, against one order or on account.
public struct Payment: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var clientId: String
  public var order: String?
  public var amount: Decimal
  public var at: Date

  public init(id: String, clientId: String, order: String?, amount: Decimal, at: Date) {
    self.id = id
    self.clientId = clientId
    self.order = order
    self.amount = amount
    self.at = at
  }
}
