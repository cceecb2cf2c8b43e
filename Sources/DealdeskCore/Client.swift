import Foundation

public enum ClientStatus: String, Codable, Sendable, Equatable {
  case active, prospect, archived
}

public struct Contact: Codable, Sendable, Equatable {
  public var name: String?
  public var phone: String?
  public var email: String?

  public init(name: String? = nil, phone: String? = nil, email: String? = nil) {
    self.name = name
    self.phone = phone
    self.email = email
  }
}

/// A buyer: the account the manager serves.
public struct Client: Codable, Sendable, Equatable, Identifiable {
  public var id: String
  public var name: String
  public var status: ClientStatus
  public var city: String?
  public var tags: [String]
  public var creditLimit: Decimal?
  public var paymentTerms: PaymentTerms?
  public var reliability: String?
  public var contacts: [Contact]
  public var addedAt: Date

  public init(
    id: String, name: String, status: ClientStatus = .active, city: String? = nil,
    tags: [String] = [], creditLimit: Decimal? = nil, paymentTerms: PaymentTerms? = nil,
    reliability: String? = nil, contacts: [Contact] = [], addedAt: Date
  ) {
    self.id = id
    self.name = name
    self.status = status
    self.city = city
    self.tags = tags
    self.creditLimit = creditLimit
    self.paymentTerms = paymentTerms
    self.reliability = reliability
    self.contacts = contacts
    self.addedAt = addedAt
  }
}
