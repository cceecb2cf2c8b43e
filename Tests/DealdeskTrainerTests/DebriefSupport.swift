import DealdeskTrainer
import Testing

/// Games with a chosen ending, for the debrief tests.
enum DebriefSupport {
  /// The seller's best package, list terms: 0 % off, 3,000 m, cash, 30 days (margin
  /// 7,650.00). No client in these tests accepts it.
  static func listTerms() throws -> Outcome { try Support.outcome(0, 3000, 0, 30) }

  /// A client of `persona` with `profile` and a deadline of 2: round 1 is countered, and
  /// in round 2 the client must take the offer if it is worth its competitor quote to it.
  /// So `deal` below is signed exactly when U_b(deal) ≥ RV_b.
  static func dealAtDeadline(_ deal: Outcome, profile: ClientProfile, persona: Persona = .partner) throws -> Negotiation {
    var negotiation = Negotiation(setup: try #require(ClientSetup(persona: persona, profile: profile, deadline: 2)))
    _ = try Support.offer(try listTerms(), to: &negotiation)
    _ = try Support.offer(deal, to: &negotiation)
    try #require(negotiation.state.status == .agreed(deal))
    return negotiation
  }

  /// The trainee's offers, each a full package, in order; the client must not end the game.
  static func offers(_ packages: [Outcome], to negotiation: inout Negotiation, labelled: Set<Int> = [], contingent: Set<Int> = []) throws {
    for (index, package) in packages.enumerated() {
      let move = TraineeMove.offer(OfferTerms(package), labelled: labelled.contains(index), contingent: contingent.contains(index))
      _ = try negotiation.apply(move).get()
      try #require(negotiation.state.status == .open, "offer \(index) ended the game")
    }
  }
}
