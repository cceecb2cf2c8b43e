// The negotiation protocol of the trainer (TRAINER.md, "The protocol"): the trainee sells,
// a simulated client buys, in rounds of alternating offers counted in turns.
//
// The API the app calls:
//
//     guard let setup = ClientSetup.draw(persona, seed: seed) else { … }   // or
//     //   ClientSetup.persona(forSeed:) to pick the persona from the seed
//     var negotiation = Negotiation(setup: setup)
//     switch negotiation.apply(.offer(terms, labelled: false)) {        // one trainee move
//     case .success(let reply): …  // reply.intent (counter, counterWithThreat, backDown,
//                                  // accept, walkAway, answer…), reply.package (always a
//                                  // full package), reply.round
//     case .failure(let rejection): …  // nothing changed, no round used
//     }
//     negotiation.state.status          // open, agreed(package), or noDeal
//     negotiation.state.exchanges       // every move and reply, for the transcript and debrief
//
// `OfferTerms.values(discountPercent:meters:paymentDays:leadDays:)` turns what the trainee
// typed into terms, refusing values the case does not allow. The whole thing is a value:
// the same setup and the same moves give the same replies (the seed acts only in
// `ClientSetup.draw`; every decision below is a pure function of the state).

/// One negotiation between the trainee and a simulated client: the client, the state, and
/// `apply`, the one function that moves it forward.
public struct Negotiation: Sendable {
  public let setup: ClientSetup
  /// Both sides' utilities over every package, for the client's choices and the debrief.
  public let space: OutcomeSpace
  public private(set) var state: NegotiationState

  /// The client's favourite package (first in outcome order) and its utility, and its
  /// least favourite utility: the range its target moves in.
  let bestClientOutcome: Outcome
  let bestClientUtility: Int
  let worstClientUtility: Int

  public init(setup: ClientSetup, seller: SellerValuation = .fabric) {
    self.setup = setup
    let space = OutcomeSpace(seller: seller, client: setup.profile)
    self.space = space
    var best = Outcome.all[0]
    for outcome in Outcome.all where space.clientUtility(outcome) > space.clientUtility(best) { best = outcome }
    bestClientOutcome = best
    bestClientUtility = space.clientUtility(best)
    worstClientUtility = space.clientUtilities.min() ?? 0
    state = NegotiationState(standing: seller.bestOutcome)
  }

  /// Applies one trainee move and returns the client's reply, or refuses the move and
  /// changes nothing.
  public mutating func apply(_ move: TraineeMove) -> Result<ClientReply, MoveRejection> {
    guard state.status == .open else { return .failure(.negotiationOver) }
    let reply: ClientReply
    switch move {
    case .offer(let terms, let labelled, _):
      reply = respond(to: terms.completed(from: state.standing), labelled: labelled)
    case .accept:
      guard let counter = state.clientCounter else { return .failure(.nothingToAccept) }
      state.status = .agreed(counter)
      reply = ClientReply(round: state.round, intent: .dealConfirmed, package: counter)
    case .walkAway:
      state.status = .noDeal
      reply = ClientReply(round: state.round, intent: .traineeWalkedAway, package: clientPackage)
    case .askAboutPriorities:
      reply = ClientReply(round: state.round, intent: .answer(answerAboutPriorities()), package: clientPackage)
    case .askAboutAlternatives:
      reply = ClientReply(round: state.round, intent: .answer(answerAboutAlternatives()), package: clientPackage)
    case .sharePriorities:
      state.traineeSharedPriorities = true
      reply = ClientReply(round: state.round, intent: .answer(.noted), package: clientPackage)
    }
    state.exchanges.append(Exchange(move: move, reply: reply))
    return .success(reply)
  }

  /// The package the client stands on: its last counter, or before it has made one, its
  /// favourite.
  var clientPackage: Outcome { state.clientCounter ?? bestClientOutcome }

  /// A new round: the client reads the trainee's full package, updates what it remembers
  /// (concessions, goodwill, the bluff), then accepts, walks away, or counters.
  private mutating func respond(to offer: Outcome, labelled: Bool) -> ClientReply {
    state.round += 1
    let round = state.round
    // What the trainee gave (> 0) or took back (< 0), as the client values it.
    let given = state.traineeOffered ? space.clientUtility(offer) - space.clientUtility(state.standing) : 0
    remember(given: given, labelled: labelled)
    state.standing = offer
    state.traineeOffered = true

    if round >= setup.deadline {
      let accepts = acceptsAtDeadline(offer)
      state.status = accepts ? .agreed(offer) : .noDeal
      return ClientReply(round: round, intent: accepts ? .accept : .walkAway, package: accepts ? offer : clientPackage)
    }
    let lastCounter = state.clientCounter.map(space.clientUtility) ?? Int.max
    let cap = setup.persona == .mirror ? Int.max : lastCounter
    let counter = counter(target: target(round: round), near: offer, atMost: cap)
    if accepts(offer, insteadOf: counter, round: round) {
      state.status = .agreed(offer)
      return ClientReply(round: round, intent: .accept, package: offer)
    }
    state.clientCounter = counter
    return ClientReply(round: round, intent: counterIntent(for: offer), package: counter)
  }

  /// Persona memory of the trainee's last move.
  private mutating func remember(given: Int, labelled: Bool) {
    switch setup.persona {
    case .mirror where state.traineeOffered:
      // Tit-for-tat: a concession is returned with a little kindness; a retraction is
      // answered by hardening the same amount; holding firm is met with holding firm.
      let current = state.mirrorTarget ?? bestClientUtility
      let moved = given > 0 ? current - given - Self.mirrorKindness : current - given
      state.mirrorTarget = min(max(moved, floor), bestClientUtility)
    case .partner where labelled && given > 0:
      state.goodwill += Self.labelledConcessionBonus
    case .bluffer:
      guard case .threatened(let firmTurns) = state.bluff else { break }
      if given > 0 {
        state.paidForBluff = true  // conceded under the threat
        state.bluff = .threatened(firmTurns: 0)
      } else {
        state.bluff = firmTurns + 1 >= 2 ? .calledNow : .threatened(firmTurns: firmTurns + 1)
      }
    default:
      break
    }
  }

  /// The bluffer threatens while the trainee's offer is under the floor it claims, and
  /// backs down in the round its bluff is called; everyone else simply counters.
  private mutating func counterIntent(for offer: Outcome) -> ClientIntent {
    guard setup.persona == .bluffer else { return .counter }
    switch state.bluff {
    case .calledNow:
      state.bluff = .called
      return .backDown
    case .called:
      return .counter
    case .none, .threatened:
      guard space.clientUtility(offer) < setup.claimedReservation else { return .counter }
      if state.bluff == .none { state.bluff = .threatened(firmTurns: 0) }
      return .counterWithThreat
    }
  }
}
