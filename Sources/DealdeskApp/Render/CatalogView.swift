import DealdeskCore
import Foundation

/// The catalog as a table, and one product's card.
enum CatalogView {
  static func render(_ desk: Desk, category: String?) -> String {
    let products = category.map { desk.products(inCategory: $0) } ?? desk.productsInOrder
    guard !products.isEmpty else {
      return "The catalog is empty. Add a fabric (add product Linen 220 category linen price 12.40) or type: load sample data"
    }
    var table = Table(["sku", "product", "category", "price/m", "stock", "lots"], align: [.left, .left, .left, .right, .right, .right])
    for p in products {
      table.add([p.sku, p.name, p.category, Format.money(p.listPrice), Format.meters(p.metersInStock), Format.count(p.lots.count)])
    }
    let title = category.map { "Catalog: \($0) (\(Format.count(products.count)) products)" } ?? "Catalog (\(Format.count(products.count)) products)"
    return title + "\n" + table.render()
  }

  static func product(_ desk: Desk, sku: String, now: Date) -> String {
    guard let p = desk.products[sku] else { return "There is no product \(sku)." }
    var lines = ["\(p.name) (\(p.sku)) · \(p.category)"]
    var price = "  price \(Format.money(p.listPrice))/m"
    if let cost = p.cost { price += " · cost \(Format.money(cost))" }
    lines.append(price)
    var attributes: [String] = []
    if let c = p.composition { attributes.append(c) }
    if let g = p.gsm { attributes.append("\(Money.trimmed(g)) g/m²") }
    if let w = p.widthCm { attributes.append("\(Money.trimmed(w)) cm wide") }
    if let c = p.colour { attributes.append(c) }
    if let f = p.finish { attributes.append(f) }
    if let r = p.rollLength { attributes.append("rolls of \(Format.meters(r))") }
    if !attributes.isEmpty { lines.append("  " + attributes.joined(separator: " · ")) }
    let lots = desk.lotAvailability(sku: sku, now: now).filter { $0.meters > 0 }
    if lots.isEmpty {
      lines.append("  no stock at the branch")
    } else {
      let free = lots.reduce(Decimal(0)) { $0 + $1.available }
      lines.append("  stock \(Format.meters(p.metersInStock)), free \(Format.meters(free)): " + lots.map {
        "lot \($0.lot) \(Format.meters($0.meters))" + ($0.held > 0 ? " (\(Format.meters($0.held)) held)" : "")
      }.joined(separator: ", "))
    }
    var facts: [String] = []
    let quarantined = desk.quarantined(sku: sku)
    if quarantined > 0 { facts.append("\(Format.meters(quarantined)) in quarantine (returned damaged, not sellable)") }
    if let minimum = p.minimumOrderMeters { facts.append("minimum order \(Format.meters(minimum))") }
    if let cut = p.minimumCutMeters { facts.append("minimum cut \(Format.meters(cut))") }
    if let warehouse = p.warehouseMeters {
      facts.append("central warehouse \(Format.meters(warehouse))" + (p.warehouseMetersAt.map { " (\(DeskDate.day($0)))" } ?? ""))
    }
    if let swatches = desk.swatches[sku] { facts.append("\(swatches.inShowroom) swatches in the showroom") }
    if !facts.isEmpty { lines.append("  " + facts.joined(separator: " · ")) }
    if let competitors = CompetitorView.productLine(desk, sku: sku) { lines.append(competitors) }  // Claims:
    return lines.joined(separator: "\n")
  }
}
