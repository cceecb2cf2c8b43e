/// How a simulated client chooses its counter-offer and decides to accept (TRAINER.md,
/// "How a simulated client decides"), given the negotiation so far. Pure functions of the
/// state: no randomness (the seed acted once, in `ClientSetup.draw`).
extension Negotiation {
  /// Partner: each labelled concession lowers its target by this much more (2 points).
  static let labelledConcessionBonus = 20_000
  /// Mirror: the "little kindness" added to each concession it returns (1 point).
  static let mirrorKindness = 10_000
  /// Rush: its target gap shrinks by δ = 85/100 a round on top of the clock.
  static let rushDiscount = (numerator: 85, denominator: 100)
  /// A counter is chosen among packages within this much above the target (0.02).
  static let targetWindow = 20_000

  /// The floor the client concedes towards: its true reservation value, or the bluffer's
  /// claimed one until the bluff is called. Never below its worst possible utility.
  var floor: Int {
    let called = state.bluff == .called || state.bluff == .calledNow
    let reservation = called ? setup.profile.reservation : setup.claimedReservation
    return max(reservation, worstClientUtility)
  }

  /// The utility the client aims for in `round`, in millionths.
  func target(round: Int) -> Int {
    let (low, high) = (floor, bestClientUtility)
    switch setup.persona {
    case .mirror:
      return min(max(state.mirrorTarget ?? high, low), high)
    case .partner:
      let onTime = setup.persona.curve.target(round: round, deadline: setup.deadline, minimum: low, maximum: high)
      return max(onTime - state.goodwill, low)
    case .rush:
      // Remaining share (1 − f(t)) · δ^round: the clock and the cost of waiting compound.
      var remaining = Micro.one - setup.persona.curve.fraction(round: round, deadline: setup.deadline)
      for _ in 0..<max(round, 0) {
        remaining = Micro.roundedQuotient(remaining * Self.rushDiscount.numerator, Self.rushDiscount.denominator)
      }
      return low + Micro.roundedQuotient((high - low) * remaining, Micro.one)
    case .hawk, .bluffer:
      return setup.persona.curve.target(round: round, deadline: setup.deadline, minimum: low, maximum: high)
    }
  }

  /// The counter-offer for `target`: among packages the client values in
  /// target … target + 0.02, the one nearest (L1 over issue indices) the trainee's
  /// `offer`; ties to the first in outcome order. If the window is empty (utilities are
  /// discrete), the cheapest package still at or above the target, nearest, then first.
  ///
  /// A client on the clock never asks for more than its last counter (`atMost`): the
  /// window may reach above it by up to 0.02, and a client that took back what it had
  /// just conceded would teach the trainee that waiting costs it nothing. The last counter
  /// is itself a package between the target and the cap, so the capped search finds one.
  /// Only the mirror hardens, on purpose, and it passes no cap.
  func counter(target: Int, near offer: Outcome, atMost cap: Int = Int.max) -> Outcome {
    // A cap under the target (never, with targets that only fall) would leave nothing.
    let ceiling = cap >= target ? cap : Int.max
    var best: (outcome: Outcome, overshoot: Int, distance: Int)?
    for outcome in Outcome.all {
      let utility = space.clientUtility(outcome)
      guard utility >= target, utility <= ceiling else { continue }
      // Everything inside the window ranks as overshoot 0, so distance decides there.
      let overshoot = max(utility - target - Self.targetWindow, 0)
      let distance = outcome.distance(to: offer)
      if let current = best, (overshoot, distance) >= (current.overshoot, current.distance) { continue }
      best = (outcome, overshoot, distance)
    }
    // The client's best package always reaches any target ≤ its best utility.
    return best?.outcome ?? bestClientOutcome
  }

  /// Whether the client takes the trainee's `offer` in `round` rather than counter with
  /// `counter`. AC_next: the offer is worth at least its own next counter (the partner
  /// allows a little less). Rush also takes anything at or above its reservation value
  /// from two thirds of its deadline on.
  func accepts(_ offer: Outcome, insteadOf counter: Outcome, round: Int) -> Bool {
    let value = space.clientUtility(offer)
    if value + setup.persona.acceptanceTolerance >= space.clientUtility(counter) { return true }
    if setup.persona == .rush, 3 * round >= 2 * setup.deadline, value >= setup.profile.reservation { return true }
    return false
  }

  /// At the deadline the client must choose: a deal at least as good as its true
  /// reservation value, or its competitor quote. (The bluffer too: it never walks before
  /// the deadline, and at the deadline it is rational.)
  func acceptsAtDeadline(_ offer: Outcome) -> Bool {
    space.clientUtility(offer) >= setup.profile.reservation
  }

  /// The issues most important to the client first: weights descending, ties in issue
  /// order (a stable, fixed order; no Dictionary).
  var priorities: [Issue] {
    Issue.allCases.sorted { a, b in
      let (wa, wb) = (setup.profile.weights[a], setup.profile.weights[b])
      return wa != wb ? wa > wb : a.rawValue < b.rawValue
    }
  }

  /// Per persona: the hawk keeps its cards; the mirror shows its priorities only once the
  /// trainee has shown its own; the others answer truthfully.
  func answerAboutPriorities() -> ClientAnswer {
    switch setup.persona {
    case .hawk: .prioritiesWithheld
    case .mirror: state.traineeSharedPriorities ? .priorities(priorities) : .prioritiesWithheld
    case .partner, .rush, .bluffer: .priorities(priorities)
    }
  }

  /// Every client has a competitor quote; only the bluffer, until called, says it has a
  /// better one than it does.
  func answerAboutAlternatives() -> ClientAnswer {
    let bluffing = setup.persona == .bluffer && state.bluff != .called && state.bluff != .calledNow
    return .alternative(claimsBetterQuote: bluffing, bluffing: bluffing)
  }
}
