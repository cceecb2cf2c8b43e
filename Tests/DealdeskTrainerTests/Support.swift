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
