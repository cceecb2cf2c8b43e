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
  /// Other names the manager calls the client by ("AT" for Acme Textiles), as typed; each
  /// one names this client only (see DecideAliases.swift).
  public var aliases: [String]
  public var addedAt: Date
  /// Tax number, billing address and VAT treatment; nil until one is set (standard VAT).
  public var tax: ClientTax?

  public init(
    id: String, name: String, status: ClientStatus = .active, city: String? = nil,
    tags: [String] = [], creditLimit: Decimal? = nil, paymentTerms: PaymentTerms? = nil,
    reliability: String? = nil, contacts: [Contact] = [], aliases: [String] = [], addedAt: Date
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
    self.aliases = aliases
    self.addedAt = addedAt
  }
}

extension Client {
  private enum CodingKeys: String, CodingKey {
    case id, name, status, city, tags, creditLimit, paymentTerms, reliability, contacts, aliases, addedAt
    case tax  // VAT:
  }

  /// A client saved before aliases existed (snapshots, journal events) opens with none.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    status = try c.decode(ClientStatus.self, forKey: .status)
    city = try c.decodeIfPresent(String.self, forKey: .city)
    tags = try c.decode([String].self, forKey: .tags)
    creditLimit = try c.decodeIfPresent(Decimal.self, forKey: .creditLimit)
    paymentTerms = try c.decodeIfPresent(PaymentTerms.self, forKey: .paymentTerms)
    reliability = try c.decodeIfPresent(String.self, forKey: .reliability)
    contacts = try c.decode([Contact].self, forKey: .contacts)
    aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    addedAt = try c.decode(Date.self, forKey: .addedAt)
    tax = try c.decodeIfPresent(ClientTax.self, forKey: .tax)
  }
}
