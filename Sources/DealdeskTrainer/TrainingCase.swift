import DealdeskCore
import Foundation

// The training case: one fabric deal, four issues, two sides.
//
// The trainee sells a fabric listed at P per metre. The client negotiates four issues:
// discount off list (0–20 %), quantity (1,000–3,000 m), payment terms (0–90 days) and
// delivery lead time (7–45 days): 21 × 5 × 5 × 5 = 2,625 possible packages (`Outcome`),
// few enough to examine every one, so the Pareto frontier, the Nash point and "the best
// you could have had" are exact, not estimated.
//
// The seller's value of a package is its real margin in money (this file, `margin`):
// revenue after discount, minus the cost of the fabric, minus the interest on the money
// while the client has not paid, minus the express surcharge for a short lead time, minus
// a fixed cost per order. `SellerValuation` rescales it to 0…1 over all packages. The
// client's value is a weighted sum of how it likes each issue's value (`ClientProfile`).
//
// The lesson sits in the numbers: payment terms and delivery cost the seller little but
// are worth a lot to most clients. On 2,000 m at 7.20, 90 days' credit costs 426 of
// interest, under three discount points (a point is 0.08 a metre, 160 here); to a client
// weighting payment .20 and discount .25 the same 90 days are worth 16 points. Trading
// terms for discount creates value; conceding discount alone gives it away.

/// The case data: the seller's prices and costs, and its policy floor.
public struct TrainingCase: Sendable, Equatable {
  /// List price per metre.
  public let listPrice: Decimal
  /// Cost of goods per metre.
  public let unitCost: Decimal
  /// Cost of capital per year, as a fraction (0.12 for 12 %), charged on the net revenue
  /// for the payment days, day count actual/365 as in TRAINER.md's formula.
  public let capitalRate: Decimal
  /// Express surcharge per metre, by lead-time index (7, 14, 21, 30, 45 days).
  public let expeditePerMeter: [Decimal]
  /// Fixed cost of an order (set-up, paperwork, shipping), whatever its size.
  public let fixedOrderCost: Decimal
  /// The worst package the company lets a seller sign; its utility is the seller's
  /// reservation value.
  public let policyFloor: Outcome

  /// nil unless there is one non-negative surcharge per lead time and the other figures
  /// are non-negative (a zero list price included: nothing here divides by it).
  public init?(
    listPrice: Decimal, unitCost: Decimal, capitalRate: Decimal, expeditePerMeter: [Decimal],
    fixedOrderCost: Decimal, policyFloor: Outcome
  ) {
    guard expeditePerMeter.count == Issue.lead.count, expeditePerMeter.allSatisfy({ $0 >= 0 }),
      listPrice >= 0, unitCost >= 0, capitalRate >= 0, fixedOrderCost >= 0
    else { return nil }
    self.init(
      valid: listPrice, unitCost, capitalRate, expeditePerMeter, fixedOrderCost, policyFloor)
  }

  private init(
    valid listPrice: Decimal, _ unitCost: Decimal, _ capitalRate: Decimal, _ expedite: [Decimal],
    _ fixedOrderCost: Decimal, _ policyFloor: Outcome
  ) {
    self.listPrice = listPrice
    self.unitCost = unitCost
    self.capitalRate = capitalRate
    self.expeditePerMeter = expedite
    self.fixedOrderCost = fixedOrderCost
    self.policyFloor = policyFloor
  }

  /// The case of TRAINER.md: P 8.00/m, C 5.40/m, r 12 %/year,
  /// x = {7 d: 0.25, 14 d: 0.10, 21 d: 0.03, 30 d: 0, 45 d: 0} per metre, F 150.
  ///
  /// The policy floor is 15 % off, 1,000 m, 90 days, 7 days: each issue at the worst the
  /// company's policy permits a seller without escalation (discounts above 15 % need the
  /// sales director; 90 days is the longest credit control grants; 7-day express is the
  /// fastest the mill offers; 1,000 m is the minimum order). The margin falls as discount
  /// and payment days grow and as lead time shortens, and rises with quantity (every metre
  /// earns more than it costs), so this corner has the lowest margin of every package the
  /// policy allows: its margin (798.79) is the line below which no signable deal falls. Deals outside the policy box (16–20 % off) stay acceptable when a larger
  /// quantity or shorter terms pay for them, which is the point of measuring in money.
  public static let fabric = TrainingCase(
    valid: Decimal(hundredths: 800), Decimal(hundredths: 540), Decimal(hundredths: 12),
    [Decimal(hundredths: 25), Decimal(hundredths: 10), Decimal(hundredths: 3), 0, 0],
    150, fabricPolicyFloor)

  private static let fabricPolicyFloor =
    Outcome(discountPercent: 15, meters: 1000, paymentDays: 90, leadDays: 7)
    ?? Outcome.all[0]  // unreachable: all four are issue values (a test checks the floor)

  /// The net price per metre after the outcome's discount, unrounded, so the margin keeps
  /// its single rounding step. For the fabric case (8.00 less whole percents) it is exact
  /// to the cent anyway, the same as the desk's `Money.discounted`.
  public func netPrice(_ outcome: Outcome) -> Decimal {
    listPrice * Decimal(100 - outcome.discountPercent) / 100
  }

  /// The seller's margin on `outcome`, TRAINER.md's
  ///
  ///     M(o) = Q·(P(1−d) − C) − Q·P(1−d)·r·days/365 − Q·x(L) − F
  ///
  /// computed exactly but for the one division by 365 (Decimal keeps 38 significant
  /// digits), then rounded once, half away from zero, to the cent. That single rounding
  /// is the only one: every comparison of margins compares these cents.
  public func margin(_ outcome: Outcome) -> Decimal {
    let meters = Decimal(outcome.meters)
    let revenue = meters * netPrice(outcome)
    let goods = meters * unitCost
    let financing = revenue * capitalRate * Decimal(outcome.paymentDays) / 365
    let expedite = meters * expeditePerMeter[outcome.lead]
    return Money.round(revenue - goods - financing - expedite - fixedOrderCost)
  }
}

extension Decimal {
  /// An exact amount in hundredths ("cents"), built from integers: a literal such as 8.00
  /// would pass through binary floating point on its way to Decimal.
  init(hundredths: Int) {
    self.init(sign: hundredths < 0 ? .minus : .plus, exponent: -2, significand: Decimal(hundredths.magnitude))
  }
}
