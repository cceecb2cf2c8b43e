import DealdeskCore
import Foundation

/// Reservations, stock requests, samples and the branch's stock request.
enum StockView {
  static func reservations(_ desk: Desk, client: String?, now: Date) -> String {
    let all = (client.map { desk.reservations(for: $0) } ?? desk.reservationsInOrder)
      .filter { [.held, .awaitingStock].contains($0.status(at: now)) }
    let whose = client.flatMap { desk.clients[$0]?.name }.map { " for \($0)" } ?? ""
    guard !all.isEmpty else { return "No holds\(whose)." }
    var table = Table(["hold", "client", "fabric", "metres", "lot", "until", "for"], align: [.left, .left, .left, .right, .left, .left, .left])
    for r in all {
      let until = r.status(at: now) == .awaitingStock ? "waiting for \(r.request ?? "stock")" : r.expiresAt.map(DeskDate.day) ?? "until shipped"
      table.add([
        r.id, desk.clients[r.client]?.name ?? r.client, desk.products[r.sku]?.name ?? r.sku, Format.meters(r.meters),
        r.lot ?? "", until, r.order ?? "",
      ])
    }
    return "Holds\(whose) (\(Format.count(all.count)))\n" + table.render()
  }

  static func requests(_ desk: Desk) -> String {
    let open = desk.stockRequestsInOrder.filter { $0.status == .open }
    guard !open.isEmpty else { return "No open stock requests." }
    var table = Table(["request", "fabric", "from", "asked", "still to come", "needed by", "for"], align: [.left, .left, .left, .right, .right, .left, .left])
    for q in open {
      let waiting = q.reservation.flatMap { desk.reservations[$0] }.flatMap { desk.clients[$0.client]?.name } ?? ""
      table.add([
        q.id, desk.products[q.sku]?.name ?? q.sku, q.source.rawValue, Format.meters(q.meters), Format.meters(q.remainingMeters),
        q.neededBy.map(DeskDate.day) ?? "", waiting,
      ])
    }
    return "Open stock requests (\(Format.count(open.count)))\n" + table.render()
  }

  static func samples(_ desk: Desk, lowOnly: Bool, now: Date) -> String {
    var out: [String] = []
    let shown = lowOnly ? desk.samplesLow : desk.swatchesInOrder
    if shown.isEmpty {
      out.append(lowOnly ? "No swatches are low." : "No swatches recorded. Add some: add samples 10 linen 220")
    } else {
      var table = Table(["fabric", "in showroom", "reorder at", "lent out"], align: [.left, .right, .right, .right])
      for s in shown {
        table.add([desk.products[s.sku]?.name ?? s.sku, "\(s.inShowroom)", "\(s.reorderBelow)", "\(desk.openLoans(sku: s.sku).count)"])
      }
      out.append((lowOnly ? "Swatches to reorder" : "Swatches") + "\n" + table.render())
    }
    let overdue = desk.overdueLoans(now: now)
    if !overdue.isEmpty {
      out.append("Overdue loans: " + overdue.map {
        "\($0.id) \(desk.products[$0.sku]?.name ?? $0.sku) at \(desk.clients[$0.client]?.name ?? $0.client) since \(DeskDate.day($0.dueBack))"
      }.joined(separator: "; "))
    }
    if !lowOnly {
      let out2 = desk.sampleLoansInOrder.filter { $0.isOut && !$0.isOverdue(at: now) }
      if !out2.isEmpty {
        out.append("Lent out: " + out2.map {
          "\($0.id) \(desk.products[$0.sku]?.name ?? $0.sku) at \(desk.clients[$0.client]?.name ?? $0.client), due \(DeskDate.day($0.dueBack))"
        }.joined(separator: "; "))
      }
    }
    return out.joined(separator: "\n")
  }

  static func proposal(_ desk: Desk, now: Date) -> String {
    let proposals = desk.stockProposal(now: now, recentSales: desk.recentSales(days: 30, now: now))
    guard !proposals.isEmpty else { return "Stock covers every hold, open offer and last month's sales: nothing to request." }
    var table = Table(
      ["fabric", "held", "offered", "sold 30d", "in stock", "on order", "request", "from"],
      align: [.left, .right, .right, .right, .right, .right, .right, .left])
    for p in proposals {
      let rolls = p.rolls.map { " (\(Money.displayQuantity($0)) rolls)" } ?? ""
      table.add([
        desk.products[p.sku]?.name ?? p.sku, Format.meters(p.held + p.awaiting), Format.meters(p.offered), Format.meters(p.recentSales),
        Format.meters(p.inStock), Format.meters(p.onOrder), Format.meters(p.meters) + rolls, p.source.rawValue,
      ])
    }
    return "Suggested stock request\n" + table.render()
  }
}
