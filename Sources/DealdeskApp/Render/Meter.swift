import DealdeskCore
import Foundation

/// The one line under every offer and counter: the discount against the manager's
/// authority and the margin it leaves, e.g. `10% · within your 12% · margin 36.3% → 29.8%`.
/// A limit the manager changed themself says so, and payment terms show once beyond the limit.
enum Meter {
  /// `viewer`: who reads it; the limits of someone else (a director reading a manager's
  /// request) are named as theirs, "over Arben's 12%".
  static func line(_ review: Review, terms: Terms, offer: Offer, desk: Desk, viewer: String?) -> String {
    // At the client's contract price the discount was agreed in the contract and cleared
    // when it was signed: the meter says so instead of judging it against authority.
    let contracted = review.products.filter { $0.contract != nil }
    let contracts = Set(contracted.compactMap(\.contract)).sorted().joined(separator: ", ")
    let others = review.products.filter { $0.contract == nil }
    var parts: [String] = []
    if contracted.isEmpty || !others.isEmpty {
      let most = others.dropFirst().reduce(others.first?.discountPercent ?? 0) { $0.isLess(than: $1.discountPercent) ? $1.discountPercent : $0 }
      parts.append(Format.percent(contracted.isEmpty ? review.maxDiscount : most))
      let your = review.person.flatMap { $0 == viewer ? nil : desk.people[$0].map { "\($0.firstName)'s" } } ?? "your"
      // One limit for every product is named; otherwise the manager's own.
      let first = others.first?.limitPercent
      let shared = first.flatMap { first in others.allSatisfy { $0.limitPercent == first } ? first : nil }
      let limit = shared ?? review.personalLimit
      let raised = AuthorityView.changeNote(.discount, desk: desk, for: review.person)
      if !review.isOverLimit {
        parts.append(Style.mark("within \(your) \(Format.percent(limit))", .good) + raised)
      } else {
        parts.append(Style.mark("over \(your) \(Format.percent(limit))", .alert) + raised)
      }
    }
    if !contracted.isEmpty {
      let which = others.isEmpty ? "" : " on \(Format.count(contracted.count)) of \(Format.count(review.products.count))"
      parts.append("contract price \(contracts)\(which)")
    }
    let your = review.person.flatMap { $0 == viewer ? nil : desk.people[$0].map { "\($0.firstName)'s" } } ?? "your"
    if let payment = review.paymentTerms {
      let termsRaised = AuthorityView.changeNote(.paymentTerms, desk: desk, for: review.person)
      if review.isTermsOverLimit {
        parts.append(Style.mark("\(payment.label) over \(your) net \(review.paymentTermsLimitDays)", .alert) + termsRaised)
      } else if !termsRaised.isEmpty {
        parts.append(Style.mark("\(payment.label) within \(your) net \(review.paymentTermsLimitDays)", .good) + termsRaised)
      }
    }
    if let margin = review.marginPercent {
      let from = review.listMarginPercent.map { "\(Format.percent($0)) → " } ?? ""
      var text = "margin \(from)\(Format.percent(margin))"
      // The floor is judged on each product, so the reply names the ones under it.
      if let floor = review.floorMarginPercent, case let below = review.belowFloor, !below.isEmpty {
        text += " (" + Style.mark("\(Review.floorNames(below, floor: floor)), below the \(Format.percent(floor)) floor", .alert) + ")"
      }
      parts.append(text)
    }
    // Below cost no approval can clear it (only a client's ask gets there): say so, not "approve".
    let belowCost = review.products.filter { item in item.cost.map { item.netPrice < $0 } ?? false }
    if !belowCost.isEmpty {
      let names = belowCost.count > 3 ? "\(belowCost.count) products" : belowCost.map(\.name).joined(separator: ", ")
      parts.append(Style.mark("below cost (\(names)): cannot be approved or agreed", .alert))
    } else if review.needsApproval {
      if let approval = offer.approval, approval.terms == terms {
        parts.append("approved by \(approval.by)")
      } else if let rejected = desk.rejection(of: offer.id, terms: terms) {
        parts.append(Style.mark("rejected by \(rejected.by)", .alert))
      } else if let request = desk.openRequest(of: offer.id), request.terms == terms {
        parts.append(Style.mark("approval asked", .warning))
      } else {
        // On a team desk a director approves under their own login; a manager asks.
        parts.append(viewer == nil ? "needs approval: approve \(offer.id) by NAME" : "needs approval: ask approval for \(offer.id): REASON")
      }
    }
    return parts.joined(separator: " · ")
  }

  /// Why a line's authority is wider than the manager's own, one line per product line
  /// that policy touches; empty when policy grants nothing.
  static func policy(_ terms: Terms, client: String, desk: Desk, now: Date) -> [String] {
    terms.lines.compactMap { line -> String? in
      let grant = desk.grant(meters: line.meters, client: client, now: now)
      let reasons = [grant.volumeReason, grant.clientReason].compactMap { $0 }
      guard !reasons.isEmpty else { return nil }
      let limit = desk.settings.discountLimit + grant.percent
      return "  policy on \(OfferText.target(line, desk: desk)): your \(Format.percent(desk.settings.discountLimit)) + "
        + reasons.joined(separator: " + ") + " → up to \(Format.percent(limit))"
    }
  }
}
