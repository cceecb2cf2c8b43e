import DealdeskTrainer
import Foundation

/// How a practice ended: its score for the history and the debrief to show.
public struct PracticeResult: Equatable, Sendable {
  /// False when the trainee stopped before the end (`quit`): no score, not in the history.
  public let scored: Bool
  /// Value claimed, in percent (0…100); nil when not scored.
  public let score: Int?
  public let deal: Bool
  public let debrief: [String]

  init(scored: Bool) {
    self.scored = scored
    score = nil
    deal = false
    debrief = []
  }

  init(negotiation: Negotiation) {
    scored = true
    let space = negotiation.space
    let rvSeller = space.seller.reservation
    switch negotiation.state.status {
    case .agreed(let package):
      deal = true
      let ceiling = space.ceiling.map(space.sellerUtility) ?? rvSeller
      let claimed = ceiling > rvSeller ? (space.sellerUtility(package) - rvSeller) * 100 / (ceiling - rvSeller) : 0
      score = max(0, min(100, claimed))
      debrief = [
        "Deal: \(PackageText.describe(package)); your margin \(Format.money(space.margin(package))).",
        "Value claimed: \(max(0, min(100, claimed)))%.",
      ]
    case .noDeal, .open:
      deal = false
      score = 0
      debrief = ["No deal."]
    }
  }
}
