import DealdeskCore
import Foundation

/// A package seen as a signed deal: what it earns and what it gives away (TRAINER.md,
/// "Score and debrief", Outcome).
public struct DealFigures: Sendable, Equatable {
  public let package: Outcome
  /// M(o), exact to the cent (see `TrainingCase.margin`).
  public let margin: Decimal
  /// Q·P·(1 − d), rounded to the cent (exact for the fabric case's whole-percent discounts).
  public let revenue: Decimal
  /// margin / revenue × 100, rounded half away from zero to one decimal; 0 on no revenue.
  public let marginPercent: Decimal
  /// u_seller and U_b, in millionths.
  public let sellerUtility: Int
  public let clientUtility: Int

  public init(_ package: Outcome, in space: OutcomeSpace) {
    self.package = package
    margin = space.margin(package)
    let revenue = Money.round(Decimal(package.meters) * space.seller.trainingCase.netPrice(package))
    self.revenue = revenue
    marginPercent = revenue > 0 ? Money.round(margin * 100 / revenue, scale: 1) : 0
    sellerUtility = space.sellerUtility(package)
    clientUtility = space.clientUtility(package)
  }

  /// The discount given, in percent off list.
  public var discountPercent: Int { package.discountPercent }
}
