import DealdeskCore
import Foundation

/// Competitor prices: the list, the reply to noting one, and the line offers and the product card show.
enum CompetitorView {
  static func list(_ desk: Desk, sku: String?, category: String? = nil, competitor: String? = nil) -> String {
    let skus = sku.map { [$0] } ?? category.map { desk.products(inCategory: $0).map(\.sku) } ?? desk.productsInOrder.map(\.sku)
    let wanted = competitor.map(CompetitorNames.fold)
    let prices = skus.flatMap { desk.competitorPrices(for: $0) }.filter { wanted == nil || CompetitorNames.fold($0.competitor) == wanted }
    var what = sku.map { " for \(desk.products[$0]?.name ?? $0)" } ?? category.map { " for \($0)" } ?? ""
    if let competitor { what = " of \(prices.first?.competitor ?? competitor)" + what }
    guard !prices.isEmpty else { return "No competitor prices\(what). Note one: Tekstil Plus sells linen 220 at 11.00" }
    var table = Table(["product", "competitor", "price/m", "ours", "noted", "note"], align: [.left, .left, .right, .right, .left, .left])
    for p in prices {
      table.add([desk.products[p.sku]?.name ?? p.sku, p.competitor, Format.money(p.price),
                 desk.products[p.sku].map { Format.money($0.listPrice) } ?? "", DeskDate.day(p.at), p.note ?? ""])
    }
    return "Competitor prices\(what) (latest of each)\n" + table.render()
  }

  static func confirm(_ price: CompetitorPrice, desk: Desk) -> String {
    let product = desk.products[price.sku]
    var text = "Noted: \(price.competitor) sells \(product?.name ?? price.sku) at \(Format.money(price.price))/m"
    if let list = product?.listPrice, list > 0 {
      let gap = Money.round((price.price - list) * 100 / list, scale: 1)
      text += " (our list \(Format.money(list))" + (gap == 0 ? ", the same)" : ", \(gap < 0 ? "" : "+")\(Money.trimmed(gap))%)")
    }
    return text + (price.note.map { " · \($0)" } ?? "") + "."
  }

  /// "  competitor: Tekstil Plus 11.00 (28 Nov)" for each competitor price on the products
  /// the terms name (by product, or by category); the product is named when there are several.
  static func lines(_ terms: Terms, desk: Desk) -> [String] {
    // Most offers are on fabrics nobody has quoted against: a category's hundred products
    // are not gathered just to find none.
    let quoted = Set(desk.competitorPrices.map(\.sku))
    guard !quoted.isEmpty else { return [] }
    var skus: [String] = []
    var seen: Set<String> = []
    for line in terms.lines {
      switch line.scope {
      case .product(let sku): if seen.insert(sku).inserted { skus.append(sku) }
      case .category(let name):
        for p in desk.products(inCategory: name) where seen.insert(p.sku).inserted { skus.append(p.sku) }
      case .all: break
      }
    }
    skus = skus.filter(quoted.contains)
    let found = skus.flatMap { desk.competitorPrices(for: $0) }
    let named = Set(found.map(\.sku)).count > 1
    return found.map { p in
      "  competitor: \(p.competitor) \(Format.money(p.price))" + (named ? " on \(desk.products[p.sku]?.name ?? p.sku)" : "") + " (\(shortDay(p.at)))"
    }
  }

  /// The product card's line.
  static func productLine(_ desk: Desk, sku: String) -> String? {
    let prices = desk.competitorPrices(for: sku)
    guard !prices.isEmpty else { return nil }
    return "  competitors: " + prices.map { "\($0.competitor) \(Format.money($0.price)) (\(shortDay($0.at)))" }.joined(separator: ", ")
  }

  /// "28 Nov"
  static func shortDay(_ date: Date) -> String {
    DeskDate.day(date).split(separator: " ").prefix(2).joined(separator: " ")
  }
}
