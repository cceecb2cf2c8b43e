import DealdeskCore
import Foundation

/// `diff O-12`: one round against another, line by line, with the effect on the total,
/// the margin and the authority used.
enum DiffView {
  static func render(_ desk: Desk, offer id: String, from: Int?, to: Int?, now: Date, viewer: String?) -> String {
    guard let offer = desk.offers[id] else { return "There is no offer \(id)." }
    let count = offer.rounds.count
    guard count > 1 || from != nil else {
      return "\(id) has one round so far: \(OfferText.summary(offer.current, desk: desk)). Nothing to compare yet."
    }
    let a = from ?? count - 1
    let b = to ?? count
    guard (1...count).contains(a), (1...count).contains(b), a != b else {
      return "\(id) has rounds 1 to \(count); compare two of them, e.g. diff \(id) 1 to \(count)."
    }
    let (old, new) = (offer.rounds[a - 1], offer.rounds[b - 1])
    let client = desk.clients[offer.clientId]?.name ?? offer.clientId
    func who(_ round: Round) -> String { round.by == .us ? "us" : client }
    var lines = ["\(id), round \(a) (\(who(old))) → round \(b) (\(who(new))):"]
    lines += productChanges(old.terms, new.terms, desk: desk)
    if old.terms.paymentTerms != new.terms.paymentTerms {
      lines.append("  payment: \(Format.terms(old.terms.paymentTerms)) → \(Format.terms(new.terms.paymentTerms))")
    }
    if old.terms.leadTimeDays != new.terms.leadTimeDays {
      lines.append("  lead time: \(days(old.terms.leadTimeDays)) → \(days(new.terms.leadTimeDays))")
    }
    if lines.count == 1 { lines.append("  the terms did not change") }
    let (ra, rb) = (
      desk.review(old.terms, client: offer.clientId, now: now, by: viewer), desk.review(new.terms, client: offer.clientId, now: now, by: viewer))
    if let ta = desk.total(of: old.terms), let tb = desk.total(of: new.terms) {
      let delta = tb - ta
      lines.append("  total: \(Format.money(ta)) → \(Format.money(tb)) (\(delta >= 0 ? "+" : "")\(Format.money(delta)))")
    }
    if let ma = ra.marginPercent, let mb = rb.marginPercent {
      lines.append("  margin: \(Format.percent(ma)) → \(Format.percent(mb))")
    }
    lines.append("  authority: \(authority(ra)) → \(authority(rb))")
    return lines.joined(separator: "\n")
  }

  private static func productChanges(_ old: Terms, _ new: Terms, desk: Desk) -> [String] {
    var lines: [String] = []
    for (la, lb) in zip(old.lines, new.lines) where la != lb {
      let target = OfferText.target(lb, desk: desk)
      var parts: [String] = []
      if la.meters != lb.meters {
        parts.append("quantity \(la.meters.map(Format.meters) ?? "none") → \(lb.meters.map(Format.meters) ?? "none")")
      }
      let (pa, pb) = (desk.price(la), desk.price(lb))
      if let a = pa.first, let b = pb.first, pa.count == 1 {
        if a.discountPercent != b.discountPercent {
          parts.append("\(Format.percent(a.discountPercent)) → \(Format.percent(b.discountPercent))")
        }
        if a.netPrice != b.netPrice { parts.append("\(Format.money(a.netPrice)) → \(Format.money(b.netPrice))/m") }
      } else if la.discountPercent != lb.discountPercent {
        parts.append("\(Format.percent(la.discountPercent ?? 0)) → \(Format.percent(lb.discountPercent ?? 0)) on \(pb.count) products")
      }
      lines.append("  \(target): " + parts.joined(separator: " · "))
    }
    if old.lines.count != new.lines.count { lines.append("  lines: \(old.lines.count) → \(new.lines.count)") }
    return lines
  }

  /// "15% of your 12% (over)"
  private static func authority(_ review: Review) -> String {
    let limit = review.products.map(\.limitPercent).min() ?? review.personalLimit
    return "\(Format.percent(review.maxDiscount)) of your \(Format.percent(limit)) (\(review.needsApproval ? "needs approval" : "within"))"
  }

  private static func days(_ n: Int?) -> String { n.map { "\($0) days" } ?? "none" }
}
