import DealdeskTrainer

/// How a practice ended: its score for the history and the debrief to show.
public struct PracticeResult: Equatable, Sendable {
  /// False when the trainee stopped before the end (`quit`): no score, not in the history.
  public let scored: Bool
  /// The debrief's score (value claimed, 0…100); nil when not scored.
  public let score: Int?
  public let deal: Bool
  public let debrief: [String]

  /// A practice left before its end.
  init(scored: Bool) {
    self.scored = scored
    score = nil
    deal = false
    debrief = []
  }

  init(negotiation: Negotiation) {
    let debrief = Debrief(negotiation)
    scored = true
    score = debrief.score
    deal = debrief.result.deal != nil
    self.debrief = debrief.lines()
  }
}
