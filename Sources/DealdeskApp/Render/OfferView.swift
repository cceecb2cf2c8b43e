import DealdeskCore
import Foundation

/// One offer with its rounds (`show O-12`), and the offer lists (`offers`, `pipeline`).
enum OfferView {
  static func render(_ desk: Desk, offer id: String, now: Date, viewer: String?) -> String {
    guard let offer = desk.offers[id] else { return "There is no offer \(id)." }
    let client = desk.clients[offer.clientId]?.name ?? offer.clientId
    var lines = ["\(offer.id) to \(client) · \(status(offer, now: now, desk: desk)) · valid until \(DeskDate.day(offer.validUntil))"]
    for (n, round) in offer.rounds.enumerated() {
      let who = round.by == .us ? "us" : client
      lines.append("  round \(n + 1), \(who), \(DeskDate.minute(round.at)): \(OfferText.summary(round.terms, desk: desk))")
    }
    lines += AuthorityView.steps(offer, desk: desk)
    if let competitor = offer.lostTo { lines.append("  lost to: \(competitor)") }
    if let reason = offer.closeReason { lines.append("  reason: \(reason)") }
    lines.append(Render.assessment(offer.current, offer: offer, desk: desk, now: now, viewer: viewer))
    return lines.joined(separator: "\n")
  }

  /// "open", "waiting for approval", "approval asked", "approval rejected", "expired", "lost to
  /// Tekstil Plus"…: where an offer waits, it says on what.
  static func status(_ offer: Offer, now: Date, desk: Desk? = nil) -> String {
    switch offer.status(at: now) {
    case .pendingApproval:
      if let desk, desk.rejection(of: offer.id, terms: offer.current) != nil { return "approval rejected" }
      if let desk, let request = desk.openRequest(of: offer.id), request.terms == offer.current { return "approval asked" }
      return "waiting for approval"
    case .lost: return "lost" + (offer.lostTo.map { " to \($0)" } ?? "")
    case let other: return other.rawValue
    }
  }

  /// `viewer`: on a team desk, whose list it is: the offers to their own accounts first.
  static func list(_ desk: Desk, client: String?, openOnly: Bool, now: Date, viewer: String? = nil) -> String {
    var offers = client.map { desk.offers(for: $0) } ?? desk.ownAccountsFirst(desk.offersInOrder, for: viewer, client: \.clientId)
    if openOnly { offers = offers.filter { $0.status.isOpen } }
    let mine = client == nil ? viewer.flatMap { desk.ordersByAccount(for: $0) ? $0 : nil } : nil
    let whose = client.flatMap { desk.clients[$0]?.name }.map { " for \($0)" } ?? ""
    guard !offers.isEmpty else {
      return "No \(openOnly ? "open " : "")offers\(whose) yet. Make one: offer \(client.flatMap { desk.clients[$0]?.name } ?? "Acme") 10% on linen"
    }
    var table = Table(
      ["offer", "client", "status", "age", "value", "valid until", "terms"],
      align: [.left, .left, .left, .right, .right, .left, .left])
    // The terms say what the deal is: names give way first, and age and value go (`show
    // O-N` has them) before the terms are cut short. "waiting for approval" stays whole:
    // cut, it no longer says what the offer waits for.
    table.cuttable = ["client": 12, "status": 20, "terms": 22]
    table.dropsFirst = ["age", "value", "valid until"]
    for offer in offers {
      table.add([
        offer.id, desk.clients[offer.clientId]?.name ?? offer.clientId, status(offer, now: now, desk: desk),
        age(offer, now: now), desk.total(of: offer.current).map(Format.money) ?? "",
        DeskDate.day(offer.validUntil), OfferText.summary(offer.current, desk: desk),
      ], marks: marks(offer, now: now))
    }
    let ownFirst = mine.map { me in
      let own = offers.filter { desk.accountRank(of: $0.clientId, for: me) == 0 }.count
      return ": your accounts' \(own) first"
    } ?? ""
    var out = "\(openOnly ? "Open offers" : "Offers")\(whose) (\(offers.count))\(ownFirst)\n" + table.render()
    let live = offers.filter { $0.status.isOpen && !$0.isExpired(at: now) }
    if let next = live.min(by: { $0.validUntil < $1.validUntil }) {
      let value = live.compactMap { desk.total(of: $0.current) }.reduce(0, +)
      out += "\n  \(live.count) open, worth \(Format.money(value)) \(desk.settings.currency) where quantities are set · next to expire: \(next.id) on \(DeskDate.day(next.validUntil))"
    }
    return out
  }

  /// An offer still open on its last day (its date is today's) and one that waits for
  /// an approval both want the manager's attention.
  private static func marks(_ offer: Offer, now: Date) -> [String: Mark] {
    var marks: [String: Mark] = [:]
    let status = offer.status(at: now)
    if status == .pendingApproval { marks["status"] = .warning }
    if status.isOpen, !offer.isExpired(at: now), DeskDate.calendar.isDate(offer.validUntil, inSameDayAs: now) {
      marks["valid until"] = .warning
    }
    return marks
  }

  /// Days since the offer was made: "0d", "12d".
  private static func age(_ offer: Offer, now: Date) -> String {
    guard let first = offer.rounds.first?.at else { return "" }
    return "\(max(0, Int(now.timeIntervalSince(first) / 86_400)))d"
  }
}
