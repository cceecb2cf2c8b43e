/// When the client pays. Net days count from the invoice.
public enum PaymentTerms: Codable, Sendable, Equatable, Hashable {
  case prepayment
  case cashOnDelivery
  case net(days: Int)

  /// Days of credit the terms give: 0 for prepayment and cash on delivery.
  public var days: Int {
    switch self {
    case .prepayment, .cashOnDelivery: return 0
    case .net(let days): return days
    }
  }

  public var label: String {
    switch self {
    case .prepayment: return "prepayment"
    case .cashOnDelivery: return "cash on delivery"
    case .net(let days): return "net \(days)"
    }
  }
}
