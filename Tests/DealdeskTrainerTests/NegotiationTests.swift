import DealdeskTrainer
import Testing

/// The protocol itself: rounds, partial offers, refusals, seeded clients, determinism.
@Suite struct NegotiationTests {
  /// A trainee who opens at list terms and gives one step a round, turn about: a discount
  /// point, then longer payment, then a faster lead time. Enough to reach deals and
  /// no-deals across personas and seeds.
  static func scriptedMove(_ round: Int) -> TraineeMove {
    let package =
      Outcome(
        discount: min(round, 20), quantity: 2, payment: min(round / 2, 4), lead: max(3 - round / 3, 0))
      ?? Outcome.all[0]
    return .offer(OfferTerms(package), labelled: round % 3 == 0)
  }

  static func play(_ persona: Persona, seed: UInt64) throws -> Negotiation {
    var negotiation = Negotiation(setup: try #require(ClientSetup.draw(persona, seed: seed)))
    for round in 0..<20 where negotiation.state.status == .open {
      _ = negotiation.apply(Self.scriptedMove(round))
      if round == 2 { _ = negotiation.apply(.askAboutPriorities) }
    }
    return negotiation
  }

  @Test(arguments: Persona.allCases)
  func theSameSeedPlaysTheSameClientMoves(persona: Persona) throws {
    for seed: UInt64 in [0, 1, 42, 0xDEAD_BEEF] {
      let first = try Self.play(persona, seed: seed)
      let second = try Self.play(persona, seed: seed)
      #expect(first.setup == second.setup)
      #expect(first.state == second.state)
      #expect(first.state.status != .open)  // every scripted game ends
    }
  }

  @Test func seedsVaryTheClient() throws {
    let setups = try (0..<8).map { try #require(ClientSetup.draw(.partner, seed: UInt64($0))) }
    #expect(Set(setups.map(\.deadline)).count > 1)
    #expect(Set(setups.map(\.profile.competitorQuote)).count > 1)
    #expect(Set(setups.map(\.profile.weights.discount)).count > 1)
    let personas = (0..<20).map { ClientSetup.persona(forSeed: UInt64($0)) }
    #expect(Set(personas).count > 1)
    #expect(personas == (0..<20).map { ClientSetup.persona(forSeed: UInt64($0)) })
  }

  /// Weights within ±5 % of the persona's before renormalising (so within about ±10 %
  /// after), the deadline ±1, the quote one of the three.
  @Test(arguments: Persona.allCases)
  func drawnValuesStayInTheirRanges(persona: Persona) throws {
    let base = persona.baseWeights
    for seed: UInt64 in 0..<30 {
      let setup = try #require(ClientSetup.draw(persona, seed: seed))
      #expect(abs(setup.deadline - persona.baseDeadline) <= 1)
      let quotes = persona.competitorQuoteValues.compactMap {
        Outcome(discountPercent: $0.0, meters: $0.1, paymentDays: $0.2, leadDays: $0.3)
      }
      #expect(quotes.count == 3 && quotes.contains(setup.profile.competitorQuote))
      let w = setup.profile.weights
      for (drawn, start) in [(w.discount, base.discount), (w.quantity, base.quantity), (w.payment, base.payment), (w.lead, base.lead)] {
        #expect(abs(drawn - start) * 10 <= start)
      }
      #expect(setup.profile.needMeters == persona.needMeters)
    }
  }

  /// Every package a client names is one of the case's 2,625, and none is worth less to
  /// it than its (claimed, then true) reservation value.
  @Test(arguments: Persona.allCases)
  func clientsOfferOnlyAllowedPackagesAboveTheirFloor(persona: Persona) throws {
    for seed: UInt64 in 0..<10 {
      let negotiation = try Self.play(persona, seed: seed)
      for exchange in negotiation.state.exchanges {
        let package = exchange.reply.package
        #expect(Issue.discount.values.contains(package.discountPercent))
        #expect(Issue.quantity.values.contains(package.meters))
        #expect(Issue.payment.values.contains(package.paymentDays))
        #expect(Issue.lead.values.contains(package.leadDays))
        if exchange.reply.intent == .counter || exchange.reply.intent == .counterWithThreat {
          #expect(negotiation.space.clientUtility(package) >= negotiation.setup.profile.reservation)
        }
      }
    }
  }

  /// One move, the whole new state: the hawk's first round. Boulware e = 0.2, T = 12:
  /// f(1/12) = 1/248,832 ≈ 4 millionths of a gap of 1 − .645, so its target is 999,999
  /// and only its favourite package (20 %, its 1,500 m, 90 days, 7 days) reaches it.
  @Test func theHawksFirstRoundExactly() throws {
    var hawk = try PersonaTests.hawk()
    let offer = try Support.outcome(2, 2000, 30, 30)
    let reply = try Support.offer(offer, to: &hawk)
    let favourite = try Support.outcome(20, 1500, 90, 7)
    #expect(reply == ClientReply(round: 1, intent: .counter, package: favourite))
    let state = hawk.state
    #expect(state.status == .open && state.round == 1)
    #expect(state.standing == offer && state.traineeOffered)
    #expect(state.clientCounter == favourite)
    #expect(state.mirrorTarget == nil && state.goodwill == 0 && state.bluff == .none)
    #expect(!state.paidForBluff && !state.traineeSharedPriorities)
    #expect(state.exchanges == [Exchange(move: .offer(OfferTerms(offer)), reply: reply)])
  }

  @Test func valuesTheCaseDoesNotAllowAreRefusedWithTheAllowedValues() {
    #expect(
      OfferTerms.values(discountPercent: 25)
        == .failure(.valueNotAllowed(.discount, 25, allowed: Array(0...20))))
    #expect(
      OfferTerms.values(meters: 1234)
        == .failure(.valueNotAllowed(.quantity, 1234, allowed: [1000, 1500, 2000, 2500, 3000])))
    #expect(
      OfferTerms.values(paymentDays: 17) == .failure(.valueNotAllowed(.payment, 17, allowed: [0, 30, 45, 60, 90])))
  }

  @Test func aRefusedMoveChangesNothingAndCostsNoRound() throws {
    var negotiation = try PersonaTests.partner()
    let before = negotiation.state
    #expect(negotiation.apply(.accept) == .failure(.nothingToAccept))
    #expect(negotiation.state == before)
    _ = negotiation.apply(.walkAway)
    let ended = negotiation.state
    #expect(ended.status == .noDeal)
    #expect(negotiation.apply(.offer(OfferTerms(try Support.outcome(5, 2000, 30, 14)))) == .failure(.negotiationOver))
    #expect(negotiation.state == ended)
  }

  @Test func aPartialOfferKeepsTheStandingTerms() throws {
    var negotiation = try PersonaTests.hawk()
    // Before any offer the standing package is the seller's best (list terms).
    let first = try OfferTerms.values(discountPercent: 3).get()
    _ = negotiation.apply(.offer(first))
    #expect(negotiation.state.standing == SellerValuation.fabric.bestOutcome.with(discount: 3))
    _ = try Support.offer(try Support.outcome(4, 2000, 30, 21), to: &negotiation)
    _ = negotiation.apply(.offer(try OfferTerms.values(paymentDays: 60, leadDays: 14).get()))
    #expect(negotiation.state.standing == (try Support.outcome(4, 2000, 60, 14)))
    #expect(negotiation.state.round == 3)
  }

  @Test func acceptingTheClientsCounterMakesTheDeal() throws {
    var negotiation = try PersonaTests.partner()
    let counter = try Support.offer(try Support.outcome(0, 3000, 0, 30), to: &negotiation).package
    let reply = try negotiation.apply(.accept).get()
    #expect(reply == ClientReply(round: 1, intent: .dealConfirmed, package: counter))
    #expect(negotiation.state.status == .agreed(counter))
  }

  @Test func theClientDecidesAtItsDeadline() throws {
    // Deadline 2: round 1 is countered, round 2 must be accepted or refused.
    var good = try PersonaTests.hawk(deadline: 2)
    let quote = good.setup.profile.competitorQuote
    _ = try Support.offer(try Support.outcome(0, 3000, 0, 30), to: &good)
    #expect(try Support.offer(quote, to: &good).intent == .accept)  // worth exactly its RV
    var poor = try PersonaTests.hawk(deadline: 2)
    _ = try Support.offer(try Support.outcome(0, 3000, 0, 30), to: &poor)
    let reply = try Support.offer(try Support.outcome(0, 3000, 0, 30), to: &poor)
    #expect(reply.intent == .walkAway && poor.state.status == .noDeal)
  }
}

extension Outcome {
  func with(discount: Int) -> Outcome? {
    Outcome(discount: discount, quantity: quantity, payment: payment, lead: lead)
  }
}
