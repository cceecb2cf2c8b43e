import Foundation

/// One product on an offer, judged against the manager's authority and the policy.
public struct ProductReview: Sendable, Equatable {
  /// The product's SKU and name (not the whole product: a review of a category copied its
  /// hundred products once more).
  public var sku: String
  public var name: String
  public var netPrice: Decimal
  public var discountPercent: Decimal
  /// The discount unrounded: authority is judged on this, so 12.04% is not "within 12%".
  public var exactDiscountPercent: Decimal
  public var grant: PolicyGrant
  /// The manager's own limit plus what policy grants on this line.
  public var limitPercent: Decimal
  public var isOverLimit: Bool { limitPercent.isLess(than: exactDiscountPercent) }
  public var cost: Decimal? = nil
  /// Sold at this net price the product keeps less margin than the floor. Judged on each
  /// product, not on the package: a product under the floor does not pass because others
  /// lift the average.
  public var isBelowFloor = false
  /// The contract whose price this is, when priced at or above the client's contract price
  /// in force: its terms were cleared when it was signed, so the meter says "contract price".
  public var contract: String? = nil

  /// The product's margin in percent of its net price, to one place (two when one place
  /// would round it up to the floor it is below).
  public func marginText(floor: Decimal?) -> String? {
    guard let cost, netPrice > 0 else { return nil }
    let exact = (netPrice - cost) * 100 / netPrice
    var shown = Money.round(exact, scale: 1)
    if isBelowFloor, let floor, shown >= floor { shown = Money.round(exact, scale: 2) }
    return "\(Money.trimmed(shown))%"
  }
}

/// The margin floor, judged exactly: `(net − cost) / net < floor / 100`, so 19.96% is below a
/// 20% floor. In small decimals when the numbers are (a review judges each of a category's
/// hundred products), else in `Decimal`, with the same answer.
enum MarginFloor {
  static func isBelow(net: Decimal, cost: Decimal, floor: Decimal, smallNet: SmallDecimal? = nil) -> Bool {
    if let net = smallNet ?? SmallDecimal(net), let cost = SmallDecimal(cost), let floor = SmallDecimal(floor),
      let keep = SmallDecimal.hundred - floor, let kept = net * keep, let costed = cost * .hundred
    {
      return kept < costed
    }
    return isBelowByDecimal(net: net, cost: cost, floor: floor)
  }

  /// The reference the small-decimal path is held to.
  static func isBelowByDecimal(net: Decimal, cost: Decimal, floor: Decimal) -> Bool {
    net * (100 - floor) < cost * 100
  }
}

/// A package judged as a whole: discounts against authority, margin against the floor.
/// Computed, never stored, so a change of policy shows at once.
public struct Review: Sendable, Equatable {
  public var products: [ProductReview]
  public var personalLimit: Decimal
  public var marginPercent: Decimal?
  public var listMarginPercent: Decimal?
  public var floorMarginPercent: Decimal?
  /// The package's payment terms and the longest the manager may grant without approval.
  public var paymentTerms: PaymentTerms? = nil
  public var paymentTermsLimitDays: Int = Settings.defaultPaymentTermsLimitDays
  /// The person of the team whose limits these are; nil for the branch's.
  public var person: String? = nil

  /// Payment terms longer than the manager's authority: credit a director should see.
  public var isTermsOverLimit: Bool { (paymentTerms?.days ?? 0) > paymentTermsLimitDays }

  public var maxDiscount: Decimal {
    products.dropFirst().reduce(products.first?.discountPercent ?? 0) { max, next in
      max.isLess(than: next.discountPercent) ? next.discountPercent : max
    }
  }
  public var overLimit: [ProductReview] { products.filter(\.isOverLimit) }
  /// Asked of every offer's review; a category's hundred products are not gathered for it.
  public var isOverLimit: Bool { products.contains(where: \.isOverLimit) }
  /// The products whose own margin is under the floor.
  public var belowFloor: [ProductReview] { products.filter(\.isBelowFloor) }
  public var isBelowFloor: Bool { products.contains(where: \.isBelowFloor) }
  public var needsApproval: Bool { isOverLimit || isBelowFloor || isTermsOverLimit }

  /// Why approval is needed, in the manager's words; empty when it is not.
  public var reasons: [String] {
    // Products at the same discount against the same limit read as one reason.
    var groups: [(discount: Decimal, limit: Decimal, names: [String])] = []
    for item in overLimit {
      if let i = groups.firstIndex(where: { $0.discount == item.discountPercent && $0.limit == item.limitPercent }) {
        groups[i].names.append(item.name)
      } else {
        groups.append((item.discountPercent, item.limitPercent, [item.name]))
      }
    }
    var reasons = groups.map { group -> String in
      let names = group.names.count > 3 ? "\(group.names.count) products" : group.names.joined(separator: ", ")
      let verb = group.names.count == 1 ? "is" : "are"
      return "\(names) at \(Money.trimmed(group.discount))% \(verb) over your \(Money.trimmed(group.limit))%"
    }
    if let floor = floorMarginPercent, case let below = belowFloor, !below.isEmpty {
      reasons.append("\(Self.floorNames(below, floor: floor)), below the \(Money.trimmed(floor))% margin floor")
    }
    if isTermsOverLimit, let terms = paymentTerms {
      reasons.append("\(terms.label) is longer than your net \(paymentTermsLimitDays)")
    }
    return reasons
  }

  /// Which products are under the floor, each with the margin it keeps: "Poplin White at
  /// 5.00 keeps 18%", or, past three, how many and the lowest.
  public static func floorNames(_ below: [ProductReview], floor: Decimal) -> String {
    func named(_ item: ProductReview) -> String {
      "\(item.name) at \(Money.plain(item.netPrice))" + (item.marginText(floor: floor).map { " keeps \($0)" } ?? "")
    }
    if below.count > 3 {
      let lowest = below.min { a, b in
        guard let ca = a.cost, let cb = b.cost, a.netPrice > 0, b.netPrice > 0 else { return false }
        return (a.netPrice - ca) / a.netPrice < (b.netPrice - cb) / b.netPrice
      }
      return "\(below.count) products" + (lowest.map { " (the lowest, \(named($0)))" } ?? "")
    }
    return below.map(named).joined(separator: ", ")
  }
}

extension Desk {
  /// The terms judged against the authority of `login` (their own limits where a director
  /// set them, else the branch's: nil on a one-person desk).
  public func review(_ terms: Terms, client: String, now: Date, by login: String?) -> Review {
    review(terms, priced: terms.lines.map { price($0) }, client: client, now: now, by: login)
  }

  /// The review of terms whose lines are already priced (`check` prices them).
  func review(_ terms: Terms, priced pricedLines: [[PricedProduct]], client: String, now: Date, by login: String?) -> Review {
    let authority = limits(of: login)
    var products: [ProductReview] = []
    // Each line's products are priced once, for the review, its margin and the margin at list.
    var margin = MarginSum()
    var listMargin = MarginSum()
    let floor = settings.floorMarginPercent
    for (line, pricedLine) in zip(terms.lines, pricedLines) {
      let grant = self.grant(meters: line.meters, client: client, now: now)
      // Once a line: Decimal adds take 0.7 µs, and a category line has a hundred products.
      let limit = authority.discount + grant.percent
      products.reserveCapacity(products.count + pricedLine.count)
      // By index: iterating would copy each priced product, and its product, once more.
      for i in pricedLine.indices {
        let priced = pricedLine[i]
        let list = priced.product.listPrice
        // Unrounded, as authority is judged; only a net price needs working back.
        let exact = line.unitPrice == nil ? (line.discountPercent ?? 0) : list > 0 ? (list - priced.netPrice) * 100 / list : 0
        let cost = priced.product.cost
        let belowFloor = floor.flatMap { floor in
          cost.map { MarginFloor.isBelow(net: priced.netPrice, cost: $0, floor: floor, smallNet: priced.small?.net) }
        } ?? false
        // At or above the client's contract price the terms were cleared when it was signed.
        let contract = contractPriced(priced, client: client, now: now)
        products.append(ProductReview(
          sku: priced.product.sku, name: priced.product.name, netPrice: priced.netPrice,
          discountPercent: priced.discountPercent, exactDiscountPercent: exact, grant: grant,
          limitPercent: contract == nil ? limit : max(limit, exact), cost: cost, isBelowFloor: belowFloor && contract == nil,
          contract: contract))
        margin.add(priced.product, net: priced.netPrice, meters: line.meters, smallNet: priced.small?.net)
        listMargin.add(
          priced.product, net: Money.round(list), meters: line.meters, smallNet: priced.small?.list.rounded(scale: 2))
      }
    }
    return Review(
      products: products, personalLimit: authority.discount, marginPercent: margin.percent,
      listMarginPercent: listMargin.percent, floorMarginPercent: settings.floorMarginPercent,
      // The payment terms of the client's contract in force were cleared when it was signed.
      paymentTerms: terms.paymentTerms,
      paymentTermsLimitDays: max(authority.paymentTermsDays, contractInForce(client: client, at: now)?.paymentTerms?.days ?? 0),
      person: login.flatMap { people[$0] == nil ? nil : $0 })
  }

  /// The contract in force whose price a product is at or above, if any.
  func contractPriced(_ priced: PricedProduct, client: String, now: Date) -> String? {
    guard let (contract, line) = contractPrice(client: client, product: priced.product, at: now) else { return nil }
    return priced.netPrice >= price(line.asOfferLine, priced.product).netPrice ? contract.id : nil
  }

  /// Whether these terms may be agreed for this offer now: within authority, or exactly
  /// the terms that were approved. Any change after an approval needs a new one.
  public func isCleared(_ terms: Terms, offer: Offer, now: Date, by login: String?) -> Bool {
    isCleared(terms, offer: offer, now: now, priced: terms.lines.map { price($0) }, by: login)
  }

  func isCleared(_ terms: Terms, offer: Offer, now: Date, priced: [[PricedProduct]], by login: String?) -> Bool {
    offer.approval?.terms == terms || !review(terms, priced: priced, client: offer.clientId, now: now, by: login).needsApproval
  }
}
