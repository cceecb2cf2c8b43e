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

extension Support {
  /// A client of `persona` with pinned preferences and deadline, so a behaviour test does
  /// not depend on what a seed draws.
  static func client(
    _ persona: Persona, weights: (Int, Int, Int, Int), need: Int, quote: Outcome, deadline: Int
  ) throws -> Negotiation {
    let w = try #require(ClientWeights(discount: weights.0, quantity: weights.1, payment: weights.2, lead: weights.3))
    let profile = try #require(ClientProfile(weights: w, needMeters: need, competitorQuote: quote))
    return Negotiation(setup: try #require(ClientSetup(persona: persona, profile: profile, deadline: deadline)))
  }

  /// Offers `package` (all four terms) and returns the reply, failing the test on a refusal.
  static func offer(_ package: Outcome, to negotiation: inout Negotiation, labelled: Bool = false) throws -> ClientReply {
    try negotiation.apply(.offer(OfferTerms(package), labelled: labelled)).get()
  }

  /// The client's utility of each of its counters while the trainee repeats `package`
  /// until the client stops countering.
  static func countersAgainstFirm(_ package: Outcome, _ negotiation: inout Negotiation) throws -> [Int] {
    var utilities: [Int] = []
    while negotiation.state.status == .open {
      let reply = try offer(package, to: &negotiation)
      guard reply.intent == .counter || reply.intent == .counterWithThreat || reply.intent == .backDown else { break }
      utilities.append(negotiation.space.clientUtility(reply.package))
    }
    return utilities
  }
}
