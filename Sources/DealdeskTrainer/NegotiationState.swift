/// Everything a negotiation remembers between moves: an Equatable value, so a test can
/// apply a move and compare the whole new state.
public struct NegotiationState: Sendable, Equatable {
  public enum Status: Sendable, Equatable {
    case open
    /// A deal on this package.
    case agreed(Outcome)
    /// Someone walked away; both sides get their reservation value.
    case noDeal
  }

  /// Where the bluffer's bluff stands.
  public enum Bluff: Sendable, Equatable {
    /// Not yet made (or not a bluffer).
    case none
    /// Threatened; `firmTurns` trainee offers since then gave the client nothing more.
    case threatened(firmTurns: Int)
    /// Called by this very offer: the client backs down in its reply.
    case calledNow
    /// Called earlier: the client bargains from its true floor.
    case called
  }

  public internal(set) var status: Status = .open
  /// Rounds played: one per trainee offer; questions do not count.
  public internal(set) var round = 0
  /// The trainee's standing package: its last offer, or before its first offer the
  /// seller's best package (list terms), which completes a partial first offer.
  public internal(set) var standing: Outcome
  /// Whether `standing` is an offer the trainee made.
  public internal(set) var traineeOffered = false
  /// The client's last counter-offer.
  public internal(set) var clientCounter: Outcome?
  /// Mirror: the utility it currently aims for (nil until the trainee's second offer).
  public internal(set) var mirrorTarget: Int?
  /// Partner: how far labelled concessions have lowered its target, in millionths.
  public internal(set) var goodwill = 0
  public internal(set) var bluff = Bluff.none
  /// The trainee gave more after the bluffer's threat ("paid for the bluff").
  public internal(set) var paidForBluff = false
  /// The trainee told its priorities (the mirror then tells its own).
  public internal(set) var traineeSharedPriorities = false
  /// Every accepted move (offers, questions, accept, walk away) with the client's reply,
  /// in order: the transcript and the debrief read it; refused moves are not in it.
  public internal(set) var exchanges: [Exchange] = []

  init(standing: Outcome) { self.standing = standing }
}

/// One trainee move and the client's reply to it.
public struct Exchange: Sendable, Equatable {
  public let move: TraineeMove
  public let reply: ClientReply

  public init(move: TraineeMove, reply: ClientReply) {
    self.move = move
    self.reply = reply
  }
}
