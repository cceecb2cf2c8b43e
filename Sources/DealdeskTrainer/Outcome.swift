/// One complete package: an index into each issue's values. Indices, not values, so that
/// "how far apart are two offers" (L1 over indices, TRAINER.md) and the fixed outcome
/// order are plain integer arithmetic.
///
/// The outcome order is lexicographic over (discount, quantity, payment, lead) indices:
/// `index` = ((discount × 5 + quantity) × 5 + payment) × 5 + lead, 0 ..< 2,625. Every
/// tie in the trainer is broken by this order, never by hashing.
public struct Outcome: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let discount: Int
  public let quantity: Int
  public let payment: Int
  public let lead: Int

  public static let count = Issue.allCases.reduce(1) { $0 * $1.count }

  /// Every outcome, in outcome order.
  public static let all: [Outcome] = {
    var outcomes: [Outcome] = []
    outcomes.reserveCapacity(count)
    for discount in 0..<Issue.discount.count {
      for quantity in 0..<Issue.quantity.count {
        for payment in 0..<Issue.payment.count {
          for lead in 0..<Issue.lead.count {
            outcomes.append(Outcome(valid: discount, quantity, payment, lead))
          }
        }
      }
    }
    return outcomes
  }()

  private init(valid discount: Int, _ quantity: Int, _ payment: Int, _ lead: Int) {
    self.discount = discount
    self.quantity = quantity
    self.payment = payment
    self.lead = lead
  }

  /// From indices; nil if any is out of its issue's range.
  public init?(discount: Int, quantity: Int, payment: Int, lead: Int) {
    guard (0..<Issue.discount.count).contains(discount), (0..<Issue.quantity.count).contains(quantity),
      (0..<Issue.payment.count).contains(payment), (0..<Issue.lead.count).contains(lead)
    else { return nil }
    self.init(valid: discount, quantity, payment, lead)
  }

  /// From values ("15 % off, 1000 m, 90 days, 7 days"); nil if any is not an issue value.
  public init?(discountPercent: Int, meters: Int, paymentDays: Int, leadDays: Int) {
    guard let discount = Issue.discount.index(of: discountPercent), let quantity = Issue.quantity.index(of: meters),
      let payment = Issue.payment.index(of: paymentDays), let lead = Issue.lead.index(of: leadDays)
    else { return nil }
    self.init(valid: discount, quantity, payment, lead)
  }

  /// From a position in the outcome order; nil outside 0 ..< 2,625.
  public init?(index: Int) {
    guard (0..<Self.count).contains(index) else { return nil }
    self = Self.all[index]
  }

  /// The position in the outcome order.
  public var index: Int {
    ((discount * Issue.quantity.count + quantity) * Issue.payment.count + payment) * Issue.lead.count + lead
  }

  public subscript(issue: Issue) -> Int {
    switch issue {
    case .discount: discount
    case .quantity: quantity
    case .payment: payment
    case .lead: lead
    }
  }

  public var discountPercent: Int { Issue.discount.values[discount] }
  public var meters: Int { Issue.quantity.values[quantity] }
  public var paymentDays: Int { Issue.payment.values[payment] }
  public var leadDays: Int { Issue.lead.values[lead] }

  /// L1 distance over issue indices: how many single steps turn one package into the other.
  public func distance(to other: Outcome) -> Int {
    Issue.allCases.reduce(0) { $0 + abs(self[$1] - other[$1]) }
  }

  public static func < (a: Outcome, b: Outcome) -> Bool { a.index < b.index }

  /// "15% 1000m 90d 7d": compact and stable, for tests and logs, not for the trainee.
  public var description: String { "\(discountPercent)% \(meters)m \(paymentDays)d \(leadDays)d" }
}

extension Outcome {
  /// The package as a salesperson writes it, the one wording the trainer uses everywhere
  /// (the client's sentences, the trainee's offers, the debrief):
  /// "12% off · 2,000 m · net 60 · 14 days".
  public var terms: String {
    "\(discountPercent)% off · \(DebriefFormat.number(meters)) m · net \(paymentDays) · \(leadDays) days"
  }
}
