import DealdeskLanguage
import DealdeskTrainer

/// The terms an offer left out, and what the practice took for them from the trainee's
/// standing package: their last offer, or before their first, the list terms.
struct AssumedTerms {
  /// The issues left out, in the case's order.
  let issues: [Issue]
  /// The whole package once they are filled in.
  let package: Outcome

  /// Nil when the offer names all four terms: nothing is assumed.
  init?(_ offer: TraineeOffer, package: Outcome) {
    let named: [(Issue, Int?)] = [
      (.discount, offer.discountPercent), (.quantity, offer.meters), (.payment, offer.paymentDays), (.lead, offer.leadDays),
    ]
    let missing = named.filter { $0.1 == nil }.map(\.0)
    guard !missing.isEmpty else { return nil }
    issues = missing
    self.package = package
  }

  /// "3,000 m, net 0 and 30 days' delivery"
  var words: String { Format.and(issues.map(word)) }

  /// "the quantity, payment and delivery"
  var names: String {
    Format.and(issues.map { issue in
      switch issue {
      case .discount: "the discount"
      case .quantity: "the quantity"
      case .payment: "payment"
      case .lead: "delivery"
      }
    })
  }

  /// The whole offer as the trainee could type it: their own line with the assumed terms
  /// added in the case's own words ("offer 10%, 3000m, net 0, 30 days delivery").
  func line(completing typed: String) -> String {
    TraineeLine.adding(issues.map(typedTerm), to: typed)
  }

  private func word(_ issue: Issue) -> String {
    switch issue {
    case .discount: "\(package.discountPercent)% off"
    case .quantity: "\(Format.count(package.meters)) m"
    case .payment: "net \(package.paymentDays)"
    case .lead: "\(package.leadDays) days' delivery"
    }
  }

  private func typedTerm(_ issue: Issue) -> String {
    switch issue {
    case .discount: "\(package.discountPercent)%"
    case .quantity: "\(package.meters)m"
    case .payment: "net \(package.paymentDays)"
    case .lead: "\(package.leadDays) days delivery"
    }
  }
}
