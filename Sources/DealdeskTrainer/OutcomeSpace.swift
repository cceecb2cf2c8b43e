import Foundation

/// Both sides' utilities over all 2,625 outcomes, for one case and one client: the table
/// the debrief measures a deal against. Computed once, by outcome index; every search
/// walks the outcomes in outcome order and breaks ties by it, so the results are the same
/// on every run and every machine.
public struct OutcomeSpace: Sendable {
  public let seller: SellerValuation
  public let client: ClientProfile
  /// U_b by outcome index, in millionths.
  public let clientUtilities: [Int]
  /// Pareto-optimal outcomes, seller utility descending (see ParetoFrontier.swift).
  public let paretoFrontier: [Outcome]
  /// Frontier membership by outcome index.
  let onFrontier: [Bool]
  /// See NashPoint.swift; nil when no outcome gives both sides their reservation value.
  public let nashPoint: Outcome?

  public init(seller: SellerValuation = .fabric, client: ClientProfile) {
    self.seller = seller
    self.client = client
    let clientUtilities = Outcome.all.map(client.utility)
    self.clientUtilities = clientUtilities
    let frontier = Self.frontier(seller: seller.utilities, client: clientUtilities)
    var onFrontier = [Bool](repeating: false, count: Outcome.count)
    for outcome in frontier { onFrontier[outcome.index] = true }
    self.paretoFrontier = frontier
    self.onFrontier = onFrontier
    self.nashPoint = Self.nash(
      seller: seller.utilities, sellerReservation: seller.reservation, client: clientUtilities,
      clientReservation: client.reservation)
  }

  public func sellerUtility(_ outcome: Outcome) -> Int { seller.utilities[outcome.index] }
  public func clientUtility(_ outcome: Outcome) -> Int { clientUtilities[outcome.index] }
  public func margin(_ outcome: Outcome) -> Decimal { seller.margins[outcome.index] }

  /// `a` is at least as good as `b` for both sides and better for one.
  public func dominates(_ a: Outcome, _ b: Outcome) -> Bool {
    let (sa, sb) = (sellerUtility(a), sellerUtility(b))
    let (ca, cb) = (clientUtility(a), clientUtility(b))
    return sa >= sb && ca >= cb && (sa > sb || ca > cb)
  }

  public func isParetoOptimal(_ outcome: Outcome) -> Bool { onFrontier[outcome.index] }
}
