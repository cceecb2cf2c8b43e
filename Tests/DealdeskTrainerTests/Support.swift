import DealdeskTrainer
import Foundation
import Testing

/// Shorthands for the trainer tests.
enum Support {
  static func d(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }

  /// An outcome by its values, failing the test if they are not issue values.
  static func outcome(_ discountPercent: Int, _ meters: Int, _ paymentDays: Int, _ leadDays: Int) throws -> Outcome {
    try #require(Outcome(discountPercent: discountPercent, meters: meters, paymentDays: paymentDays, leadDays: leadDays))
  }
}

extension Support {
  /// The sample client: Partner weights .25/.20/.20/.35, needs 2,000 m, and holds a
  /// competitor quote of 8 % off, 2,000 m, 60 days, 21 days.
  static func sampleProfile() throws -> ClientProfile {
    let weights = try #require(ClientWeights(discount: 250_000, quantity: 200_000, payment: 200_000, lead: 350_000))
    return try #require(ClientProfile(weights: weights, needMeters: 2000, competitorQuote: try outcome(8, 2000, 60, 21)))
  }

  /// A price-driven client: Price Hawk weights .55/.15/.20/.10, needs 1,500 m, holds a
  /// quote of 10 % off, 1,500 m, 60 days, 21 days.
  static func hawkProfile() throws -> ClientProfile {
    let weights = try #require(ClientWeights(discount: 550_000, quantity: 150_000, payment: 200_000, lead: 100_000))
    return try #require(ClientProfile(weights: weights, needMeters: 1500, competitorQuote: try outcome(10, 1500, 60, 21)))
  }
}
