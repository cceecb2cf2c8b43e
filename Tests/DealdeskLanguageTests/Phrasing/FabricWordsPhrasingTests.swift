import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// A fabric named by any word that sets it apart ("tweed" for Harris Tweed, "flannel",
/// "white"), by its SKU as typed ("twd-ht"), or by a category that holds only it ("satin" for
/// Duchess Satin) wherever a product is needed: orders, holds, receipts, requests, stock. An
/// offer on a category stays a category offer (its terms then cover what is added to the
/// category later, as the manager said). Read against TradeDesk, and `crowded`, where
/// "white" and "satin" each fit two fabrics.
@Suite struct FabricWordsPhrasingTests {
  static let desk = TradeDesk.desk
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora

  /// TradeDesk with Sateen White (cotton) and Satin Back Crepe (satin): "white" and "satin"
  /// each name two fabrics.
  static let crowded: Desk = {
    var desk = TradeDesk.desk
    desk.apply(.productAdded(Product(sku: "STN-WHT", name: "Sateen White", category: "cotton", listPrice: dec("7.80"), cost: dec("4.70"), rollLength: 100)))
    desk.apply(.productAdded(Product(sku: "SAT-BCR", name: "Satin Back Crepe", category: "satin", listPrice: dec("11.20"), cost: dec("7.00"), rollLength: 50)))
    return desk
  }()

  static func does(_ command: Command) -> Expected { .intent(.command(command)) }
  static func order(_ client: String, _ items: (String, Decimal)...) -> Expected {
    does(.order(client: client, offer: nil, items: items.map { OrderItem(sku: $0.0, meters: $0.1) }))
  }
  static func reserve(_ client: String, _ sku: String, _ meters: Decimal) -> Expected {
    does(.reserve(client: client, sku: sku, meters: meters))
  }

  static let orders: [Row] = [
    Row("order 80m tweed for drini", on: desk, order(drini, ("TWD-HT", 80))),
    Row("drini orders 80m tweed", on: desk, order(drini, ("TWD-HT", 80))),
    Row("order 80m twd-ht for drini", on: desk, order(drini, ("TWD-HT", 80))),
    Row("order 80m TWD-HT for drini", on: desk, order(drini, ("TWD-HT", 80))),
    Row("order 2 rolls tweed for drini", on: desk, order(drini, ("TWD-HT", 100))),
    Row("order 80 m of tweed for drini pls", on: desk, order(drini, ("TWD-HT", 80))),
    Row("order 80m satin for drini", on: desk, order(drini, ("SAT-DCH", 80))),
    Row("vlora orders 3 rolls satin", on: desk, order(vlora, ("SAT-DCH", 150))),
    Row("vlora wants to order 200m satin", on: desk, order(vlora, ("SAT-DCH", 200))),
    Row("order 40m flannel for vlora", on: desk, order(vlora, ("WFL-300", 40))),
    Row("order 100m twill for vlora", on: desk, order(vlora, ("TWL-280", 100))),
    Row("order 50m white for vlora", on: desk, order(vlora, ("POP-WHT", 50))),
    Row("order 50m harris for vlora", on: desk, order(vlora, ("TWD-HT", 50))),
    Row("order 80m tweed and 40m flannel for drini", on: desk, order(drini, ("TWD-HT", 80), ("WFL-300", 40))),
    Row("new order for vlora 80m satin and 40m tweed", on: desk, order(vlora, ("SAT-DCH", 80), ("TWD-HT", 40))),
    Row("drini takes 120m duchess", on: desk, order(drini, ("SAT-DCH", 120))),
    Row("order 80m white for vlora", on: crowded, .ambiguity(["Poplin White", "Sateen White"])),
    Row("order 80m satin for vlora", on: crowded, .ambiguity(["Satin Back Crepe", "Duchess Satin"])),
    Row("order 80m duchess satin for vlora", on: crowded, order(vlora, ("SAT-DCH", 80))),
    Row("order 80m sat-dch for vlora", on: crowded, order(vlora, ("SAT-DCH", 80))),
    // The later words of a name, typed as they end it ("crepe de chine" of Silk Crepe de Chine).
    Row("order 100m crepe de chine for atelier", order(PhrasingDesk.atelier, ("SLK-CDC", 100))),
    Row("order 100m habotai for atelier", order(PhrasingDesk.atelier, ("SLK-H90", 100))),
    Row("order 50m gabardine for celik", order(PhrasingDesk.celik, ("WGB-260", 50))),
    Row("reserve 40m jersey for bora", reserve(PhrasingDesk.bora, "JRS-180", 40)),
  ]

  static let stock: [Row] = [
    Row("reserve 100m tweed for drini", on: desk, reserve(drini, "TWD-HT", 100)),
    Row("reserve 100m satin for vlora", on: desk, reserve(vlora, "SAT-DCH", 100)),
    Row("hold 2 rolls tweed for vlora", on: desk, reserve(vlora, "TWD-HT", 100)),
    Row("reserve 60m twd-ht for vlora", on: desk, reserve(vlora, "TWD-HT", 60)),
    Row("put aside 40m flannel for drini", on: desk, reserve(drini, "WFL-300", 40)),
    Row("keep 80m satin for drini", on: desk, reserve(drini, "SAT-DCH", 80)),
    Row("reserve 100m satin for vlora", on: crowded, .ambiguity(["Satin Back Crepe", "Duchess Satin"])),
    Row("receive 150m tweed lot T-7", on: desk, does(.receiveStock(sku: "TWD-HT", meters: 150, lot: "T-7"))),
    Row("receive 3 rolls satin lot 25-002", on: desk, does(.receiveStock(sku: "SAT-DCH", meters: 150, lot: "25-002"))),
    Row("received 80m flannel lot W-3", on: desk, does(.receiveStock(sku: "WFL-300", meters: 80, lot: "W-3"))),
    Row("request 300m tweed from warehouse", on: desk, does(.requestStock(sku: "TWD-HT", meters: 300, source: .warehouse))),
    Row("request 500m satin from production", on: desk, does(.requestStock(sku: "SAT-DCH", meters: 500, source: .production))),
    Row("is tweed in stock", on: desk, ask(.product(sku: "TWD-HT"))),
    Row("do we have flannel", on: desk, ask(.product(sku: "WFL-300"))),
    Row("do we have satin", on: desk, ask(.product(sku: "SAT-DCH"))),
    Row("tweed?", on: desk, ask(.product(sku: "TWD-HT"))),
    Row("flannel", on: desk, ask(.product(sku: "WFL-300"))),
    Row("twd-ht", on: desk, ask(.product(sku: "TWD-HT"))),
    // A category named alone shows its part of the catalog, even of one fabric.
    Row("satin?", on: desk, ask(.catalog(category: "satin"))),
    Row("how much tweed do we have", on: desk, ask(.product(sku: "TWD-HT"))),
    Row("price of flannel", on: desk, ask(.product(sku: "WFL-300"))),
    Row("what does tweed cost", on: desk, ask(.product(sku: "TWD-HT"))),
  ]

  /// Offers: a fabric word names the product; a category stays the category.
  static let offers: [Row] = [
    Row("offer drini 5% on tweed", on: desk, offer(drini, pct(5, on: .product(sku: "TWD-HT")))),
    Row("offer vlora 10% on flannel", on: desk, offer(vlora, pct(10, on: .product(sku: "WFL-300")))),
    Row("offer drini 5% on twd-ht", on: desk, offer(drini, pct(5, on: .product(sku: "TWD-HT")))),
    Row("offer drini 5% on satin", on: desk, offer(drini, pct(5, on: .category("satin")))),
    Row("offer drini 8% on wool", on: desk, offer(drini, pct(8, on: .category("wool")))),
    Row("offer drini 9% on satin and 6% on tweed", on: desk,
        offer(drini, pct(9, on: .category("satin")), pct(6, on: .product(sku: "TWD-HT")))),
    Row("offer vlora 5% on white", on: crowded, .ambiguity(["Poplin White", "Sateen White"])),
  ]

  @Test(arguments: orders) func anOrderByAWord(_ row: Row) { row.check() }
  @Test(arguments: stock) func stockByAWord(_ row: Row) { row.check() }
  @Test(arguments: offers) func anOfferByAWord(_ row: Row) { row.check() }
}
