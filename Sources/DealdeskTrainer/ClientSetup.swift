/// One simulated client as the seed drew it: the persona, its varied preferences, the
/// competitor quote it holds and its deadline. Every drawn value is here, so the app can
/// write them at the head of a session and a replay can rebuild the same client.
public struct ClientSetup: Sendable, Equatable {
  public let persona: Persona
  public let profile: ClientProfile
  /// The round at which the client must accept or walk away.
  public let deadline: Int
  /// What the bluffer says its alternative is worth, in millionths; the true reservation
  /// value for every other persona (they do not bluff).
  public let claimedReservation: Int

  /// The bluffer claims "about 0.6" (TRAINER.md), and never less than the truth.
  public static let bluffedReservation = 600_000

  /// A client with the given values (for tests and replays); nil if the deadline is
  /// below 2 (a client needs a round to counter before it must decide).
  public init?(persona: Persona, profile: ClientProfile, deadline: Int) {
    guard deadline >= 2 else { return nil }
    self.persona = persona
    self.profile = profile
    self.deadline = deadline
    self.claimedReservation =
      persona == .bluffer ? max(Self.bluffedReservation, profile.reservation) : profile.reservation
  }

  /// The persona as the seed varies it (TRAINER.md): each weight × (1 ± 0.05) in steps of
  /// 1 %, renormalised to sum to one; one of the persona's three competitor quotes; the
  /// deadline ± 1. Each variation has its own stream, so one draw never shifts another.
  /// nil only if the persona's tables were wrong (a test draws every persona).
  public static func draw(_ persona: Persona, seed: UInt64) -> ClientSetup? {
    let streams = Streams(seed: seed)
    var weightDraws = streams.generator(for: .weights)
    let base = persona.baseWeights
    // Issue order (discount, quantity, payment, lead): a fixed order of draws.
    let factors = (0..<4).map { _ in 95 + weightDraws.int(below: 11) }  // 95…105 %
    guard
      let weights = ClientWeights.normalized(
        discount: base.discount * factors[0], quantity: base.quantity * factors[1],
        payment: base.payment * factors[2], lead: base.lead * factors[3])
    else { return nil }

    var quoteDraws = streams.generator(for: .quote)
    let quotes = persona.competitorQuoteValues
    let (d, m, p, l) = quotes[quoteDraws.int(below: quotes.count)]
    guard let quote = Outcome(discountPercent: d, meters: m, paymentDays: p, leadDays: l),
      let profile = ClientProfile(weights: weights, needMeters: persona.needMeters, competitorQuote: quote)
    else { return nil }

    var deadlineDraws = streams.generator(for: .deadline)
    let deadline = persona.baseDeadline - 1 + deadlineDraws.int(below: 3)
    return ClientSetup(persona: persona, profile: profile, deadline: deadline)
  }

  /// `train` without a persona: one drawn from the seed, in `Persona.allCases` order.
  public static func persona(forSeed seed: UInt64) -> Persona {
    var draws = Streams(seed: seed).generator(for: .persona)
    return Persona.allCases[draws.int(below: Persona.allCases.count)]
  }
}
