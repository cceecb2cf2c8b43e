import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// The catalog: adding fabrics, receiving stock, listing, and naming products and categories.
@Suite struct CatalogPhrasingTests {
  static func product(
    _ name: String, sku: String? = nil, category: String? = nil, price: Decimal? = nil, cost: Decimal? = nil,
    width: Decimal? = nil, gsm: Decimal? = nil, composition: String? = nil, colour: String? = nil,
    finish: String? = nil, roll: Decimal? = nil
  ) -> Expected {
    var new = NewProduct(name: name)
    (new.sku, new.category, new.listPrice, new.cost) = (sku, category, price, cost)
    (new.widthCm, new.gsm, new.composition, new.colour, new.finish, new.rollLength) = (width, gsm, composition, colour, finish, roll)
    return .intent(.command(.addProduct(new)))
  }

  static func receive(_ sku: String, _ meters: Decimal, lot: String? = nil) -> Expected {
    .intent(.command(.receiveStock(sku: sku, meters: meters, lot: lot)))
  }

  static let adding: [Row] = [
    Row(
      "add product Linen 300 sku LIN-300 category linen price 12.40/m cost 7.90 width 150cm gsm 220 composition 100% linen roll 50m",
      product("Linen 300", sku: "LIN-300", category: "linen", price: dec("12.40"), cost: dec("7.90"), width: 150, gsm: 220,
              composition: "100% linen", roll: 50)),
    Row(
      "new fabric Poplin Blue category cotton price €6,90 cost 4.10",
      product("Poplin Blue", category: "cotton", price: dec("6.90"), cost: dec("4.10"))),
    Row("add product Voile category cotton price 5.50", product("Voile", category: "cotton", price: dec("5.50"))),
    Row("add fabric Voile category cotton price 5.50 eur", product("Voile", category: "cotton", price: dec("5.50"))),
    Row("add product Voile category cotton price EUR 5.50", product("Voile", category: "cotton", price: dec("5.50"))),
    Row("add product Voile category cotton price 5.50 per metre", product("Voile", category: "cotton", price: dec("5.50"))),
    Row("add product Voile category cotton list price 5.50", product("Voile", category: "cotton", price: dec("5.50"))),
    Row("add product Voile category cotton price 5,50", product("Voile", category: "cotton", price: dec("5.50"))),
    Row("add a product Voile category cotton price 5.50", product("Voile", category: "cotton", price: dec("5.50"))),
    Row("add new product Voile category cotton price 5.50", product("Voile", category: "cotton", price: dec("5.50"))),
    Row(
      "add product Voile category cotton price 5.50 width 150 cm gsm 80 roll 100 m",
      product("Voile", category: "cotton", price: dec("5.50"), width: 150, gsm: 80, roll: 100)),
    Row(
      "add product Voile category cotton price 5.50, width 150cm, weight 80 gsm, colour white, finish soft",
      product("Voile", category: "cotton", price: dec("5.50"), width: 150, gsm: 80, colour: "white", finish: "soft")),
    Row(
      "add product Voile category cotton price 5.50 color off white",
      product("Voile", category: "cotton", price: dec("5.50"), colour: "off white")),
    Row(
      "add product Voile sku VOI-1 category cotton price 5.50",
      product("Voile", sku: "VOI-1", category: "cotton", price: dec("5.50"))),
    Row(
      "add product \"Linen 220 Wide\" category linen price 13.00",
      product("Linen 220 Wide", category: "linen", price: dec("13.00"))),
    Row("add product Voile category cotton price 5.50 usd", fails("This desk works in EUR, not USD.", "Give the amount in EUR.")),
    Row("add product Voile category cotton price $5.50", fails("This desk works in EUR, not USD.", "Give the amount in EUR.")),
    Row("add product Voile category cotton price cheap", fails("What is the price? Give an amount such as 12.40.")),
    Row(
      "add product Voile category cotton price 5.50 blah",
      fails("I don't know \"blah\" here.", "After the name: sku, category, price, cost, width, gsm, composition, colour, finish, roll.")),
    Row("add product category cotton price 5.50", fails("A product needs a name.", "Try: add product Linen 220 category linen price 12.40")),
    Row("add product Voile category cotton price 5.50 roll 40 yd", fails("Give the roll length in metres, e.g. roll 50m.")),
    Row("add product Voile category cotton price 5.50 roll 40", product("Voile", category: "cotton", price: dec("5.50"), roll: 40)),
    Row("add product Voile category cotton price 5.50 roll 40m", product("Voile", category: "cotton", price: dec("5.50"), roll: 40)),
    Row("add product Voile category cotton cost 3 price 5.50", product("Voile", category: "cotton", price: dec("5.50"), cost: 3)),
  ]

  static let receiving: [Row] = [
    Row("receive 800m linen 220 lot 24-117", receive("LIN-220", 800, lot: "24-117")),
    Row("receive 4 rolls of LIN-220 lot 24-118", receive("LIN-220", 200, lot: "24-118")),
    Row("receive 800 m linen 220", receive("LIN-220", 800)),
    Row("receive 800 metres of Linen 220, lot 24-117", receive("LIN-220", 800, lot: "24-117")),
    Row("receive 800 meters of Linen 220", receive("LIN-220", 800)),
    Row("received 300 yards of linen 220", receive("LIN-220", dec("274.32"))),
    Row("receive 300 yd linen 220", receive("LIN-220", dec("274.32"))),
    Row("receive 1 yd linen 220", receive("LIN-220", dec("0.9144"))),
    Row("receive 1.5k m linen 220", receive("LIN-220", 1500)),
    Row("receive 1,500m linen 220", receive("LIN-220", 1500)),
    Row("receive 1 500 m linen 220", receive("LIN-220", 1500)),
    Row("receive twenty rolls of poplin", receive("POP-WHT", 2000)),
    Row("receive 20 rolls pop-wht", receive("POP-WHT", 2000)),
    Row("receive 3 rolls of Silk Habotai 90", receive("SLK-H90", 120)),
    Row("receive linen 220 800m", receive("LIN-220", 800)),
    Row("got 800m linen 220", receive("LIN-220", 800)),
    Row("receive 800m linen 220 dye lot 24-117", receive("LIN-220", 800, lot: "24-117")),
    Row("receive 800m linen 220 batch 24-117", receive("LIN-220", 800, lot: "24-117")),
    Row("receive 800m LIN-220 lot 24-117.", receive("LIN-220", 800, lot: "24-117")),
    Row("receive 800m Linen 22O lot 24-117", receive("LIN-220", 800, lot: "24-117")),
    Row("receive 800m Linen Coton 55/45", receive("LCO-5545", 800)),
    Row("receive 800m linen", .ambiguity(["Linen 180", "Linen 220", "Linen Cotton 55/45"])),
    Row("receive 3 rolls of muslin", fails("Muslin has no roll length on record.", "Give the quantity in metres.")),
    Row("receive linen 220", fails("How much arrived?", "Try: receive 800m linen 220 lot 24-117")),
    Row("receive 800m", fails("Receive which product?", "Try: receive 800m linen 220 lot 24-117")),
    Row("receive 800m linen 220 lot", fails("Which lot?")),
  ]

  static let listing: [Row] = [
    Row("catalog", ask(.catalog(category: nil))),
    Row("catalogue", ask(.catalog(category: nil))),
    Row("Catalog.", ask(.catalog(category: nil))),
    Row("products", ask(.catalog(category: nil))),
    Row("fabrics", ask(.catalog(category: nil))),
    Row("stock", ask(.catalog(category: nil))),
    Row("price list", ask(.catalog(category: nil))),
    Row("show the catalog", ask(.catalog(category: nil))),
    Row("show me the catalog", ask(.catalog(category: nil))),
    Row("show me the price list", ask(.catalog(category: nil))),
    Row("show stock", ask(.catalog(category: nil))),
    Row("catalog linen", ask(.catalog(category: "linen"))),
    Row("catalog LINEN", ask(.catalog(category: "linen"))),
    Row("catalog cotton", ask(.catalog(category: "cotton"))),
    Row("catalog for silk", ask(.catalog(category: "silk"))),
    Row("stock linen", ask(.catalog(category: "linen"))),
    Row("catalog linnen", ask(.catalog(category: "linen"))),
    Row("catalog wol", ask(.catalog(category: "wool"))),
    Row("show linen", ask(.catalog(category: "linen"))),
    Row("show me the linen", ask(.catalog(category: "linen"))),
    Row("linen?", ask(.catalog(category: "linen"))),
    Row("denim", ask(.catalog(category: "denim"))),
    Row("catalog Linen House", fails("I don't know \"House\" here.", "`clients` and `catalog` list the names the desk knows.")),
  ]

  /// Products by name, prefix, SKU, typo and quotes; categories as wholes.
  static let naming: [Row] = [
    Row("show linen 220", ask(.product(sku: "LIN-220"))),
    Row("show Linen 220", ask(.product(sku: "LIN-220"))),
    Row("show LIN-220", ask(.product(sku: "LIN-220"))),
    Row("show lin-220", ask(.product(sku: "LIN-220"))),
    Row("show Linen 22O", ask(.product(sku: "LIN-220"))),
    Row("Linen 22O?", ask(.product(sku: "LIN-220"))),
    Row("show linen 180", ask(.product(sku: "LIN-180"))),
    Row("show poplin", ask(.product(sku: "POP-WHT"))),
    Row("show Poplin Whte", ask(.product(sku: "POP-WHT"))),
    Row("show pop-wht", ask(.product(sku: "POP-WHT"))),
    Row("show cotton twill", ask(.product(sku: "TWL-280"))),
    Row("show Silk Habotai 90", ask(.product(sku: "SLK-H90"))),
    Row("show silk habotai 9O", ask(.product(sku: "SLK-H90"))),
    Row("show silk habotai", ask(.product(sku: "SLK-H90"))),
    Row("show Silk Crepe de Chine", ask(.product(sku: "SLK-CDC"))),
    Row("show silk crepe", ask(.product(sku: "SLK-CDC"))),
    Row("show denim 12oz", ask(.product(sku: "DNM-12"))),
    Row("show Denim 12 oz", ask(.product(sku: "DNM-12"))),
    Row("show stretch denim", ask(.product(sku: "DNM-10S"))),
    Row("show Linen Cotton 55/45", ask(.product(sku: "LCO-5545"))),
    Row("show \"Linen Cotton 55/45\"", ask(.product(sku: "LCO-5545"))),
    Row("show lco-5545", ask(.product(sku: "LCO-5545"))),
    Row("show wool flannel", ask(.product(sku: "WFL-300"))),
    Row("show the product linen 220", ask(.product(sku: "LIN-220"))),
    Row("LIN-220", ask(.product(sku: "LIN-220"))),
    Row("linen 220?", ask(.product(sku: "LIN-220"))),
    Row("poplin?", ask(.product(sku: "POP-WHT"))),
    Row("show silk", ask(.catalog(category: "silk"))),
    Row("show lin", .ambiguity(["Linen 180", "Linen 220", "linen", "Linen Cotton 55/45", "Linen House"])),
  ]

  /// Questions about stock and prices: the fabric's card answers (price, stock, dye lots),
  /// or the catalog for a category or the whole range.
  static let asking: [Row] = [
    Row("how much stock of linen 220", ask(.product(sku: "LIN-220"))),
    Row("how much linen 220 do we have", ask(.product(sku: "LIN-220"))),
    Row("how much linen 220 is in stock?", ask(.product(sku: "LIN-220"))),
    Row("how many metres of linen 220 do we have", ask(.product(sku: "LIN-220"))),
    Row("how much do we have of linen 220", ask(.product(sku: "LIN-220"))),
    Row("how much linen 220 is left", ask(.product(sku: "LIN-220"))),
    Row("any poplin left?", ask(.product(sku: "POP-WHT"))),
    Row("stock linen 220", ask(.product(sku: "LIN-220"))),
    Row("catalog linen 220", ask(.product(sku: "LIN-220"))),
    Row("what is the price of linen 220", ask(.product(sku: "LIN-220"))),
    Row("what's the price of poplin white", ask(.product(sku: "POP-WHT"))),
    Row("price of linen 220", ask(.product(sku: "LIN-220"))),
    Row("linen 220 price?", ask(.product(sku: "LIN-220"))),
    Row("how much is linen 220", ask(.product(sku: "LIN-220"))),
    Row("what does linen 220 cost", ask(.product(sku: "LIN-220"))),
    Row("how much does silk habotai cost per metre", ask(.product(sku: "SLK-H90"))),
    Row("what's in stock", ask(.catalog(category: nil))),
    Row("what do we have in stock", ask(.catalog(category: nil))),
    Row("what fabrics do we have", ask(.catalog(category: nil))),
    Row("what linen do we have", ask(.catalog(category: "linen"))),
    Row("what linens do we have?", ask(.catalog(category: "linen"))),
    Row("which silk do we have", ask(.catalog(category: "silk"))),
    Row("what cotton fabrics do we have", ask(.catalog(category: "cotton"))),
    Row("do we have any denim", ask(.catalog(category: "denim"))),
    // A client's name is no fabric, nor is a line with other words in it a question about
    // one: these stay what they were (a balance, or refused, whatever the suggestion).
    Row("how much does Linen House owe", ask(.balance(client: PhrasingDesk.linenHouse))),
    Row("how much is Linen House", .anyError),
    Row("how much linen 220 for Acme", .anyError),
  ]

  /// Stock for clients and from the warehouse, in the words of the job rather than the command's.
  static let stocking: [Row] = [
    Row("what's reserved for Acme", ask(.reservations(client: PhrasingDesk.acme))),
    Row("what is on hold for Bora?", ask(.reservations(client: PhrasingDesk.bora))),
    Row("what do we need to order", ask(.stockProposal)),
    Row("what should we reorder?", ask(.stockProposal)),
    Row("order 300m linen 220 from the warehouse",
        .intent(.command(.requestStock(sku: "LIN-220", meters: 300, source: .warehouse, neededBy: nil)))),
    Row("order 1000m silk habotai from production by 15 jan",
        .intent(.command(.requestStock(sku: "SLK-H90", meters: 1000, source: .production, neededBy: at(2027, 1, 15))))),
    Row("order 300m poplin for Acme", .intent(.command(.order(client: PhrasingDesk.acme, offer: nil, items: [OrderItem(sku: "POP-WHT", meters: 300)])))),
    // Received money is a payment; received metres are stock.
    Row("received 500 from Acme", .intent(.command(.pay(client: PhrasingDesk.acme, order: nil, amount: 500)))),
    Row("got €1,200 from Bora", .intent(.command(.pay(client: PhrasingDesk.bora, order: nil, amount: 1_200)))),
    Row("received 800m linen 220 lot 24-117", .intent(.command(.receiveStock(sku: "LIN-220", meters: 800, lot: "24-117")))),
  ]

  @Test(arguments: asking) func askingAboutStockAndPrices(_ row: Row) { row.check() }
  @Test(arguments: stocking) func stockInTheJobsWords(_ row: Row) { row.check() }
  @Test(arguments: adding) func addingAProduct(_ row: Row) { row.check() }
  @Test(arguments: receiving) func receivingStock(_ row: Row) { row.check() }
  @Test(arguments: listing) func listingTheCatalog(_ row: Row) { row.check() }
  @Test(arguments: naming) func namingAProduct(_ row: Row) { row.check() }
}
