/// What the client meant by its reply. The reply always carries a full package too.
public enum ClientIntent: Sendable, Equatable {
  /// A counter-offer.
  case counter
  /// A counter-offer with a threat to leave for its (claimed) competitor quote: the
  /// bluffer's bluff while the trainee's offer is under the floor it claims.
  case counterWithThreat
  /// The bluff called: after two firm turns the bluffer backs down ("let me check with my
  /// boss") and counters from its true floor.
  case backDown
  /// The client accepts the trainee's offer: a deal on the reply's package.
  case accept
  /// The trainee accepted the client's counter: a deal on the reply's package.
  case dealConfirmed
  /// The client leaves at its deadline: no deal; the package is its last counter.
  case walkAway
  /// The trainee walked away: no deal; the package is the client's last counter.
  case traineeWalkedAway
  /// The answer to a question; the package is the client's standing counter.
  case answer(ClientAnswer)
}

public enum ClientAnswer: Sendable, Equatable {
  /// The issues, most important first (weights descending, ties in issue order).
  case priorities([Issue])
  case prioritiesWithheld
  /// Whether the client says it has a competitor quote it would rather take, and whether
  /// it is bluffing (the app must not show `bluffing`; the debrief may).
  case alternative(claimsBetterQuote: Bool, bluffing: Bool)
  /// Thanks for the trainee's priorities.
  case noted
}

/// The client's answer to one trainee move.
public struct ClientReply: Sendable, Equatable {
  /// The round the move was made in (questions do not start one).
  public let round: Int
  public let intent: ClientIntent
  public let package: Outcome

  public init(round: Int, intent: ClientIntent, package: Outcome) {
    self.round = round
    self.intent = intent
    self.package = package
  }
}
