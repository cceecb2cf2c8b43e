/// The five simulated clients of TRAINER.md ("Personas"), each a well-studied negotiation
/// strategy with a buyer's preferences. The traits here are the persona before the seed
/// varies it (see `ClientSetup.draw`); the decisions that use them are in
/// ClientDecision.swift.
public enum Persona: String, CaseIterable, Sendable {
  /// Price Hawk: Boulware (e = 0.2). Its target hardly moves for most of the game and
  /// falls in the last rounds, so a trainee who gives discount early just loses it.
  case hawk
  /// Partner: Conceder (e = 2). Moves most in the first rounds, meets the trainee a little
  /// below its own counter, and answers a labelled concession with a little extra.
  case partner
  /// Mirror: tit-for-tat. Gives back what the trainee gives (plus a little kindness), and
  /// takes back what the trainee takes back.
  case mirror
  /// Rush: a short deadline and a per-round discount; from two thirds of the game it takes
  /// any deal better than its competitor quote.
  case rush
  /// Bluffer: claims a competitor quote better than the one it holds and threatens to
  /// leave; two firm turns from the trainee call the bluff, and its floor falls to the truth.
  case bluffer

  /// Issue weights in millionths, discount / quantity / payment / lead (TRAINER.md's table).
  public var baseWeights: (discount: Int, quantity: Int, payment: Int, lead: Int) {
    switch self {
    case .hawk: (550_000, 150_000, 200_000, 100_000)
    case .partner: (250_000, 200_000, 200_000, 350_000)
    case .mirror: (400_000, 200_000, 250_000, 150_000)
    case .rush: (200_000, 200_000, 100_000, 500_000)
    case .bluffer: (450_000, 150_000, 250_000, 150_000)
    }
  }

  /// The quantity the client needs. Rush has the "small need" of the table (1,000 m, the
  /// minimum order: a rush job); the bluffer's large need (2,500 m) makes the competitor's
  /// quote plausible; the others sit mid-range, so both more and less cloth hurt them.
  public var needMeters: Int {
    switch self {
    case .hawk: 1500
    case .partner, .mirror: 2000
    case .rush: 1000
    case .bluffer: 2500
    }
  }

  /// The rounds before the client must decide: TRAINER.md gives 12 for the hawk, 10 for
  /// the partner and 6 for rush. The mirror and the bluffer get 10, like the partner: long
  /// enough for tit-for-tat to show and for a bluff to be made, held and called.
  public var baseDeadline: Int {
    switch self {
    case .hawk: 12
    case .partner, .mirror, .bluffer: 10
    case .rush: 6
    }
  }

  /// How the target utility falls with time (unused by the mirror, which follows the
  /// trainee instead of the clock). Rush and the bluffer concede linearly: rush's urgency
  /// comes from its discount factor and early acceptance, the bluffer's toughness from
  /// its claimed floor, not from the curve.
  public var curve: ConcessionCurve {
    switch self {
    case .hawk: .boulware(power: 5)  // e = 0.2: f(t) = t^5
    case .partner: .conceder(root: 2)  // e = 2: f(t) = √t
    case .mirror, .rush, .bluffer: .linear
    }
  }

  /// The three competitor quotes the seed chooses from, in values (discount %, metres,
  /// payment days, lead days); their utility is the client's true reservation value. They
  /// are close to what a rival mill would offer this buyer, so the reservation values
  /// stay in a band (hawk about .55–.65, partner .63–.69, mirror .60–.64, rush .59–.72)
  /// where a deal exists but has to be worked for. The bluffer's real quotes are weak
  /// (about .41–.53), well under the .60 it claims: that gap is the bluff.
  public var competitorQuoteValues: [(Int, Int, Int, Int)] {
    switch self {
    case .hawk: [(10, 1500, 60, 21), (8, 1500, 45, 21), (12, 1500, 30, 30)]
    case .partner: [(8, 2000, 60, 21), (5, 2000, 60, 21), (6, 2000, 45, 14)]
    case .mirror: [(10, 2000, 45, 21), (8, 2000, 60, 30), (12, 2000, 30, 21)]
    case .rush: [(5, 1000, 30, 14), (3, 1000, 45, 21), (8, 1000, 0, 14)]
    case .bluffer: [(5, 2500, 30, 30), (6, 2500, 45, 21), (4, 2500, 60, 30)]
    }
  }

  /// The partner meets the trainee up to this much below its own next counter
  /// ("accepts slightly worse than its next counter"); the others need at least their
  /// counter (AC_next).
  public var acceptanceTolerance: Int {
    self == .partner ? 30_000 : 0
  }
}
