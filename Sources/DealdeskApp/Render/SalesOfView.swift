import DealdeskCore
import DealdeskLanguage
import Foundation

/// Sales of one client, fabric or category, and month by month: the same figure as every
/// sales report (invoiced value net of credit notes, dated by invoice), narrowed to what was asked.
enum SalesOfView {
  struct Filter {
    var client: String?
    var sku: String?
    var category: String?

    var narrowsFabric: Bool { sku != nil || category != nil }

    func takes(_ line: OrderLine, _ desk: Desk) -> Bool {
      if let sku, line.sku != sku { return false }
      if let category, !Fold.same(desk.products[line.sku]?.category, category) { return false }
      return true
    }
  }

  static func render(_ desk: Desk, period: Period, filter: Filter, byMonth: Bool, now: Date) -> String {
    let what = [
      filter.client.map { desk.clients[$0]?.name ?? $0 }, filter.sku.map { desk.products[$0]?.name ?? $0 }, filter.category,
    ].compactMap { $0 }
    let title = what.isEmpty ? "Sales" : "Sales of " + what.joined(separator: ", ")
    let (total, meters, invoices) = figures(desk, period: period, filter: filter)
    var out = "\(title) \(period.label) (invoiced less credit notes, VAT excluded): \(Format.money(total)) \(desk.settings.currency)"
    out += " on \(Format.count(invoices)) invoice\(invoices == 1 ? "" : "s")"
    if filter.narrowsFabric { out += ", \(Format.meters(meters))" }
    if byMonth {
      var table = Table(["month", "sales", "metres", "invoices"], align: [.left, .right, .right, .right])
      // Months not begun yet have nothing to show.
      for month in months(of: period) where month.start <= now {
        let (amount, m, n) = figures(desk, period: month, filter: filter)
        table.add([month.label, Format.money(amount), Format.meters(m), "\(n)"])
      }
      out += "\n" + table.render()
    }
    // A credit note on a whole order names no fabric: it cannot be put on one.
    if filter.narrowsFabric { out += "\n  Credit notes on whole orders are not in one fabric's figure." }
    return out
  }

  /// Invoiced less credited in the period, the metres invoiced less returned, and the invoices counted.
  static func figures(_ desk: Desk, period: Period, filter: Filter) -> (Decimal, Decimal, Int) {
    var amount: Decimal = 0
    var meters: Decimal = 0
    var count = 0
    for invoice in desk.invoices(in: period) where filter.client.map({ $0 == invoice.clientId }) ?? true {
      guard let order = desk.orders[invoice.order] else { continue }
      let lines = order.lines.filter { filter.takes($0, desk) }
      guard !lines.isEmpty else { continue }
      amount += lines.reduce(0) { $0 + $1.lineTotal }
      meters += lines.reduce(0) { $0 + $1.meters }
      count += 1
    }
    for note in desk.creditNotes(in: period) where filter.client.map({ $0 == note.clientId }) ?? true {
      if filter.narrowsFabric {
        guard let sku = note.sku, let product = desk.products[sku] else { continue }
        if let wanted = filter.sku, wanted != sku { continue }
        if let category = filter.category, !Fold.same(product.category, category) { continue }
      }
      amount -= note.amount
    }
    return (amount, meters, count)
  }

  /// The months a period spans, up to its cut-off.
  static func months(of period: Period) -> [Period] {
    var months: [Period] = []
    var month = Period.month(of: period.start)
    while month.start < period.end, months.count < 12 {
      months.append(month)
      month = Period.month(of: month.wholeEnd)
    }
    return months
  }
}

extension Fold {
  /// Two names the same but for case and accents; false when either is missing.
  static func same(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return false }
    return fold(a) == fold(b)
  }
}
