import Foundation

/// The figures of the case the debrief measures against, all revealed after the game:
/// the seller's floor, the client's competitor quote and reservation value, the most the
/// client would have paid (the ceiling) and the Nash point.
public struct CaseFacts: Sendable, Equatable {
  /// The company's policy floor and its margin: the seller's reservation value RV_s.
  public let floor: DealFigures
  /// The client's competitor quote; its utility to the client is RV_b.
  public let competitorQuote: Outcome
  public let clientReservation: Int
  /// What the client said its alternative was worth (differs from RV_b only for the bluffer).
  public let claimedReservation: Int
  /// The best package for the seller that the client would still take (U_b ≥ RV_b).
  public let ceiling: DealFigures?
  /// The Nash bargaining solution; nil when no package meets both reservation values.
  public let nashPoint: DealFigures?

  public init(_ negotiation: Negotiation) {
    let space = negotiation.space
    floor = DealFigures(space.seller.trainingCase.policyFloor, in: space)
    competitorQuote = space.client.competitorQuote
    clientReservation = space.client.reservation
    claimedReservation = negotiation.setup.claimedReservation
    ceiling = space.ceiling.map { DealFigures($0, in: space) }
    nashPoint = space.nashPoint.map { DealFigures($0, in: space) }
  }

  /// Whether some package gives both sides at least their reservation value (a zone of
  /// agreement exists). The Nash point exists exactly then.
  public var zoneOfAgreement: Bool { nashPoint != nil }
}
