/// The terms a trainee names in one offer, as issue indices; an issue left out (nil) keeps
/// the trainee's standing term, since TRAINER.md says a partial offer is completed from
/// the trainee's standing package.
public struct OfferTerms: Sendable, Equatable {
  public let discount: Int?
  public let quantity: Int?
  public let payment: Int?
  public let lead: Int?

  /// Every term named: a full package.
  public init(_ package: Outcome) {
    discount = package.discount
    quantity = package.quantity
    payment = package.payment
    lead = package.lead
  }

  /// From the values the trainee typed. A value the case does not allow (25 %, 1234 m,
  /// net 17) is refused with the values it does allow; such a move costs no round.
  public static func values(
    discountPercent: Int? = nil, meters: Int? = nil, paymentDays: Int? = nil, leadDays: Int? = nil
  ) -> Result<OfferTerms, MoveRejection> {
    let named: [(Issue, Int?)] = [
      (.discount, discountPercent), (.quantity, meters), (.payment, paymentDays), (.lead, leadDays),
    ]
    var indices: [Int?] = []
    for (issue, value) in named {
      guard let value else {
        indices.append(nil)
        continue
      }
      guard let index = issue.index(of: value) else {
        return .failure(.valueNotAllowed(issue, value, allowed: issue.values))
      }
      indices.append(index)
    }
    return .success(OfferTerms(indices[0], indices[1], indices[2], indices[3]))
  }

  private init(_ discount: Int?, _ quantity: Int?, _ payment: Int?, _ lead: Int?) {
    self.discount = discount
    self.quantity = quantity
    self.payment = payment
    self.lead = lead
  }

  /// The full package: named terms, the rest from `standing`. Indices came from
  /// `Issue.index(of:)` or an `Outcome`, so the package always exists; the fallback to
  /// `standing` only keeps the code free of a force unwrap.
  public func completed(from standing: Outcome) -> Outcome {
    Outcome(
      discount: discount ?? standing.discount, quantity: quantity ?? standing.quantity,
      payment: payment ?? standing.payment, lead: lead ?? standing.lead) ?? standing
  }
}
