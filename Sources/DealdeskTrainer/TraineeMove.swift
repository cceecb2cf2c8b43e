/// What the trainee can do in a turn (TRAINER.md, "The protocol").
public enum TraineeMove: Sendable, Equatable {
  /// `offer …`. `labelled` marks a concession the trainee named as one ("I can do 60 days
  /// because you are a long-standing client"); `contingent` an `offer … if …` package. The
  /// client judges the package; the two flags feed the partner's goodwill and the debrief.
  case offer(OfferTerms, labelled: Bool = false, contingent: Bool = false)
  /// Take the client's standing counter-offer.
  case accept
  case walkAway
  /// `ask about priorities`: answered per persona; costs no round.
  case askAboutPriorities
  /// `ask about alternatives`: answered per persona; costs no round.
  case askAboutAlternatives
  /// The trainee tells its own priorities (the mirror reveals its own only after this);
  /// costs no round.
  case sharePriorities
}

/// A move the negotiation refuses; it changes nothing and costs no round.
public enum MoveRejection: Error, Sendable, Equatable {
  /// A value the case does not allow, with the values it does.
  case valueNotAllowed(Issue, Int, allowed: [Int])
  /// `accept` before the client has offered anything.
  case nothingToAccept
  /// Any move after a deal or a walk-away.
  case negotiationOver
}
