import DealdeskCore
import Foundation

extension Render {
  /// Replies to reservations, stock requests, samples and catalog facts; nil for other events.
  static func confirmStock(_ event: Event, desk: Desk, now: Date) -> String? {
    func name(_ sku: String) -> String { desk.products[sku]?.name ?? sku }
    func client(_ id: String) -> String { desk.clients[id]?.name ?? id }
    switch event {
    case .reservationMade(let r):
      let whom = r.order.map { "for \($0)" } ?? "for \(client(r.client))"
      if r.status == .awaitingStock {
        return "\(r.id): \(Format.meters(r.meters)) of \(name(r.sku)) \(whom), waiting for \(r.request ?? "stock")."
      }
      let until = r.expiresAt.map { " until \(DeskDate.day($0))" } ?? " until it ships"
      return "\(r.id): held \(Format.meters(r.meters)) of \(name(r.sku)) from lot \(r.lot ?? "?") \(whom)\(until)."
    case .reservationClaimed(let id, let order):
      let r = desk.reservations[id]
      return "\(id) (\(r.map { Format.meters($0.meters) } ?? "") of \(r.map { name($0.sku) } ?? "")) now holds for \(order) until it ships."
    case .reservationReleased(let id, _): return "Released \(id)."
    case .holdExtended(let id, let until): return "\(id) is now held until \(DeskDate.day(until))."
    case .reservationFilled(let id, let lot, let meters, let until):
      return "\(id) now holds \(Format.meters(meters)) from lot \(lot) until \(DeskDate.day(until))."
    case .stockRequested(let q):
      let needed = q.neededBy.map { ", needed by \(DeskDate.day($0))" } ?? ""
      return "\(q.id): asked \(q.source.rawValue) for \(Format.meters(q.meters)) of \(name(q.sku))\(needed)."
    case .requestReceived(let id, let meters, let lot, _):
      guard let q = desk.stockRequests[id] else { return "\(id): received \(Format.meters(meters))." }
      let state = q.status == .received ? "complete" : "\(Format.meters(q.remainingMeters)) still to come"
      return "\(id): received \(Format.meters(meters)) into lot \(lot); \(state)."
    case .requestCancelled(let id, _): return "Cancelled request \(id)."
    case .warehouseStockSet(let sku, let meters, _):
      return "The central warehouse has \(Format.meters(meters)) of \(name(sku)) (as of now)."
    case .minimumsSet(let sku, let order, let cut):
      var parts: [String] = []
      parts.append(order.map { "minimum order \(Format.meters($0))" } ?? "no minimum order")
      parts.append(cut.map { "minimum cut \(Format.meters($0))" } ?? "no minimum cut")
      return "\(name(sku)): " + parts.joined(separator: ", ") + "."
    case .swatchesAdded(let sku, let count):
      return "\(count) swatch\(count == 1 ? "" : "es") of \(name(sku)) added: \(desk.swatches[sku]?.inShowroom ?? count) in the showroom."
    case .swatchReorderSet(let sku, let below):
      return "Swatches of \(name(sku)) will show as low at \(below) or fewer."
    case .sampleLent(let loan):
      // Several swatches lent in one line are confirmed one by one: each says what was left
      // after it, so the loans lent after it in the same line are added back.
      let number = { (id: String) in Int(id.split(separator: "-").last ?? "") ?? 0 }
      let later = desk.openLoans(sku: loan.sku).filter { $0.lentAt == loan.lentAt && number($0.id) > number(loan.id) }.count
      let left = (desk.swatches[loan.sku]?.inShowroom ?? 0) + later
      return "Lent a swatch of \(name(loan.sku)) to \(client(loan.client)) (\(loan.id)), due back \(DeskDate.day(loan.dueBack)). \(left) left in the showroom."
    case .sampleReturned(let id, _):
      let loan = desk.sampleLoans[id]
      return "\(id): swatch of \(loan.map { name($0.sku) } ?? "") returned."
    default:
      return nil
    }
  }
}
