import Foundation

/// The desk's policy and preferences: what the manager may grant and the defaults used
/// when a line leaves something out.
public struct Settings: Codable, Sendable, Equatable {
  public var currency: String
  /// The manager's discount authority, in percent.
  public var discountLimit: Decimal
  public var offerValidityDays: Int
  public var defaultPaymentTerms: PaymentTerms

  public init(
    currency: String = "EUR", discountLimit: Decimal = 10, offerValidityDays: Int = 14,
    defaultPaymentTerms: PaymentTerms = .net(days: 30)
  ) {
    self.currency = currency
    self.discountLimit = discountLimit
    self.offerValidityDays = offerValidityDays
    self.defaultPaymentTerms = defaultPaymentTerms
  }
}
