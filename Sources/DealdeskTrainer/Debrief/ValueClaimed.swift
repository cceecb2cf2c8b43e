import DealdeskCore
import Foundation

/// Value claimed (TRAINER.md): the share of the room between the seller's floor and the
/// ceiling that the deal took,
///
///     (u_seller(deal) − RV_seller) / (u_seller(ceiling) − RV_seller).
///
/// u_seller is a linear rescaling of margin, (M − M_min) / (M_max − M_min), so the
/// rescaling cancels out of this quotient: it equals
/// (M(deal) − M(floor)) / (M(ceiling) − M(floor)). The debrief computes it from the margins,
/// which are exact cents, instead of from utilities already rounded to millionths: one
/// rounding instead of three. (For the fabric case a cent is about 1.4 millionths of the
/// margin range of 7,239.37, so margins and utilities order packages identically.)
enum ValueClaimed {
  /// The quotient in millionths, rounded half away from zero; negative below the floor,
  /// above `Micro.one` past the ceiling (a client accepting under its own reservation
  /// value, which the partner's tolerance allows). nil when the ceiling is not above the
  /// floor: there is no room to claim a share of.
  static func millionths(margin: Decimal, floor: Decimal, ceiling: Decimal) -> Int? {
    let room = ceiling - floor
    guard room > 0 else { return nil }
    // Margins are cents, so the exact quotient has a denominator of at most the room in
    // cents; Decimal's 38 digits keep it far from a rounding tie that is not a real one.
    return wholeInt(Money.round((margin - floor) * Decimal(Micro.one) / room, scale: 0))
  }

  /// The score for `train history`: value claimed in whole percent, rounded half up and
  /// kept within 0…100.
  static func percent(_ millionths: Int) -> Int {
    min(max((millionths + 5_000) / 10_000, 0), 100)
  }

  /// A whole Decimal as an Int. The values here are at most about 10^9 in size, which
  /// NSDecimalNumber converts exactly.
  static func wholeInt(_ value: Decimal) -> Int {
    NSDecimalNumber(decimal: value).intValue
  }
}

/// Value claimed and the score of one ended game, the trainee's or a reference seller's.
struct Claim: Sendable, Equatable {
  /// In millionths. A deal: the quotient above (nil if there was no room between floor and
  /// ceiling). No deal: 0 when a deal was possible (no deal pays the reservation value,
  /// which claims nothing), nil when none was.
  let valueClaimed: Int?
  /// 0…100. A deal: value claimed in percent; with no room to share, 100 for a deal at or
  /// above the floor and 0 below it. No deal: 0, or 100 for a correct walk-away, since
  /// walking away was then the best anyone could do (the debrief says "correct
  /// walk-away" beside it).
  let score: Int

  init(deal: DealFigures?, facts: CaseFacts) {
    guard let deal else {
      valueClaimed = facts.zoneOfAgreement ? 0 : nil
      score = facts.zoneOfAgreement ? 0 : 100
      return
    }
    let claimed = facts.ceiling.flatMap {
      ValueClaimed.millionths(margin: deal.margin, floor: facts.floor.margin, ceiling: $0.margin)
    }
    valueClaimed = claimed
    score = claimed.map(ValueClaimed.percent) ?? (deal.margin >= facts.floor.margin ? 100 : 0)
  }
}
