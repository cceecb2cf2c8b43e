import DealdeskCore
import Foundation

/// One offer with its rounds (`show O-12`), and the offer list.
enum OfferView {
  static func render(_ desk: Desk, offer id: String, now: Date) -> String {
    guard let offer = desk.offers[id] else { return "There is no offer \(id)." }
    let client = desk.clients[offer.clientId]?.name ?? offer.clientId
    let expired = offer.isExpired(at: now) ? " · EXPIRED" : ""
    var lines = ["\(offer.id) to \(client) · \(offer.status.rawValue) · valid until \(DeskDate.day(offer.validUntil))\(expired)"]
    for (n, round) in offer.rounds.enumerated() {
      let who = round.by == .us ? "us" : client
      lines.append("  round \(n + 1), \(who), \(DeskDate.minute(round.at)): \(OfferText.summary(round.terms, desk: desk))")
    }
    if let reason = offer.closeReason { lines.append("  reason: \(reason)") }
    lines.append(OfferText.priced(offer.current, desk: desk))
    return lines.joined(separator: "\n")
  }

  static func list(_ desk: Desk, client: String?, openOnly: Bool, now: Date) -> String {
    var offers = client.map { desk.offers(for: $0) } ?? desk.offersInOrder
    if openOnly { offers = offers.filter { $0.status.isOpen } }
    let whose = client.flatMap { desk.clients[$0]?.name }.map { " for \($0)" } ?? ""
    guard !offers.isEmpty else {
      return "No \(openOnly ? "open " : "")offers\(whose) yet. Make one: offer \(client.flatMap { desk.clients[$0]?.name } ?? "Acme") 10% on linen"
    }
    var table = Table(["offer", "client", "status", "round", "terms", "valid until"], align: [.left, .left, .left, .right, .left, .left])
    for offer in offers {
      let status = offer.isExpired(at: now) ? "expired" : offer.status.rawValue
      table.add([
        offer.id, desk.clients[offer.clientId]?.name ?? offer.clientId, status, "\(offer.rounds.count)",
        OfferText.summary(offer.current, desk: desk), DeskDate.day(offer.validUntil),
      ])
    }
    return "\(openOnly ? "Open offers" : "Offers")\(whose) (\(offers.count))\n" + table.render()
  }
}
