import Foundation

/// The pipeline weighted by how close each deal is: a simple, explainable stage weight
/// rather than a guessed probability per deal.
public struct ForecastLine: Sendable, Equatable {
  public var offer: Offer
  public var value: Decimal
  public var stage: String
  /// Percent.
  public var weight: Decimal
  public var weighted: Decimal { Money.round(value * weight / 100) }
}

extension Desk {
  /// Stage weights: waiting for our approval 30%, our move on the table 40%, the client's
  /// ask on the table (they are engaged) 60%, accepted but not yet ordered 90%.
  public func forecast(now: Date) -> (lines: [ForecastLine], unpriced: Int) {
    var lines: [ForecastLine] = []
    var unpriced = 0
    for offer in offersInOrder {
      let status = offer.status(at: now)
      let ordered = ordersInOrder.contains { $0.offer == offer.id && $0.isBillable }
      let stage: (String, Decimal)?
      switch status {
      case .pendingApproval: stage = ("waiting for approval", 30)
      case .open: stage = offer.lastMoveBy == .client ? ("their ask on the table", 60) : ("our offer on the table", 40)
      case .accepted where !ordered: stage = ("accepted, not ordered", 90)
      default: stage = nil
      }
      guard let (name, weight) = stage else { continue }
      guard let value = total(of: offer.current) else {
        unpriced += 1
        continue
      }
      lines.append(ForecastLine(offer: offer, value: value, stage: name, weight: weight))
    }
    return (lines, unpriced)
  }
}
