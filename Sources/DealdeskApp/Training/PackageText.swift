import DealdeskTrainer

/// How the practice words packages, issues and refused moves.
enum PackageText {
  static func describe(_ package: Outcome) -> String { package.terms }

  /// How the client names an issue when it tells its priorities.
  static func issueName(_ issue: Issue) -> String {
    switch issue {
    case .discount: "the price"
    case .quantity: "getting the right quantity"
    case .payment: "payment terms"
    case .lead: "delivery time"
    }
  }

  /// What a refused move said, and what the case allows instead. No round is used.
  static func rejection(_ rejection: MoveRejection) -> String {
    switch rejection {
    case .valueNotAllowed(let issue, let value, let allowed):
      let list = allowed.map(String.init)
      switch issue {
      case .discount:
        return "\(value)% is outside this case: the discount runs from \(allowed.first ?? 0)% to \(allowed.last ?? 0)%, in whole percents. No round used."
      case .quantity:
        return "\(Format.count(value)) m is not an order size here: \(sentenceList(allowed.map(Format.count))) m. No round used."
      case .payment:
        return "Net \(value) is not on offer here: payment is \(sentenceList(list)) days (0 is up front). No round used."
      case .lead:
        return "\(value) days' delivery is not on offer here: the mill delivers in \(sentenceList(list)) days. No round used."
      }
    case .nothingToAccept:
      return "There is nothing to accept yet: the client has not made an offer. Make yours first, e.g. offer 5% 2000m net 30 21 days."
    case .negotiationOver:
      return "This negotiation is over."
    }
  }

  /// "0, 30, 45, 60 or 90"
  static func sentenceList(_ items: [String]) -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " or " + last
  }
}
