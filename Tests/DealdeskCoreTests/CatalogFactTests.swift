import DealdeskCore
import Foundation
import Testing

/// Minimums and the warehouse's figure on a product; desks saved before them still open.
@Suite struct CatalogFactTests {
  private let now = Fixtures.now

  @Test func theWarehouseFigureIsRecordedWithItsDate() throws {
    var desk = Fixtures.desk()
    #expect(try Fixtures.run(.setWarehouseStock(sku: "LIN-220", meters: 2000), on: &desk) == [
      .warehouseStockSet(sku: "LIN-220", meters: 2000, at: now)
    ])
    #expect(desk.products["LIN-220"]?.warehouseMeters == 2000)
    #expect(desk.products["LIN-220"]?.warehouseMetersAt == now)
    #expect(throws: DeskError("The warehouse's stock cannot be negative.")) {
      try Fixtures.run(.setWarehouseStock(sku: "LIN-220", meters: -1), on: &desk)
    }
    #expect(throws: DeskError("There is no product NOPE.")) {
      try Fixtures.run(.setWarehouseStock(sku: "NOPE", meters: 1), on: &desk)
    }
  }

  @Test func minimumsAreSetKeptAndRemovedWithZero() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.setMinimums(sku: "LIN-220", order: 100, cut: 5), on: &desk)
    _ = try Fixtures.run(.setMinimums(sku: "LIN-220", order: nil, cut: 10), on: &desk)
    #expect(desk.products["LIN-220"]?.minimumOrderMeters == 100)
    #expect(desk.products["LIN-220"]?.minimumCutMeters == 10)
    #expect(try Fixtures.run(.setMinimums(sku: "LIN-220", order: 100, cut: nil), on: &desk).isEmpty)
    _ = try Fixtures.run(.setMinimums(sku: "LIN-220", order: 0, cut: 0), on: &desk)
    #expect(desk.products["LIN-220"]?.minimumOrderMeters == nil)
    #expect(desk.products["LIN-220"]?.minimumCutMeters == nil)
    #expect(throws: DeskError("A minimum cut cannot be negative.")) {
      try Fixtures.run(.setMinimums(sku: "LIN-220", order: nil, cut: -1), on: &desk)
    }
  }

  @Test func aNewProductCanCarryItsMinimums() throws {
    var desk = Desk()
    var new = NewProduct(name: "Poplin 120")
    new.listPrice = 6
    new.minimumOrderMeters = 50
    new.minimumCutMeters = 0
    _ = try Fixtures.run(.addProduct(new), on: &desk)
    #expect(desk.products["POP-120"]?.minimumOrderMeters == 50)
    #expect(desk.products["POP-120"]?.minimumCutMeters == nil)
  }

  @Test func aDeskSavedBeforeStockOpensWithDefaults() throws {
    // The shape a desk had before reservations, samples and the new catalog facts.
    let old = #"""
      {"clients":{},"nextClientNumber":1,"nextOfferNumber":3,"offers":{},
       "products":{"LIN-220":{"sku":"LIN-220","name":"Linen 220","category":"linen","listPrice":12.4,
         "lots":[{"id":"24-117","meters":800,"receivedAt":0}]}},
       "settings":{"currency":"EUR","discountLimit":10,"offerValidityDays":14,
         "defaultPaymentTerms":{"net":{"days":30}}}}
      """#
    let desk = try JSONDecoder().decode(Desk.self, from: Data(old.utf8))
    #expect(desk.nextOfferNumber == 3)
    #expect(desk.reservations.isEmpty && desk.stockRequests.isEmpty && desk.swatches.isEmpty && desk.sampleLoans.isEmpty)
    #expect(desk.nextReservationNumber == 1 && desk.nextRequestNumber == 1 && desk.nextLoanNumber == 1)
    #expect(desk.settings.holdDays == 7)
    #expect(desk.settings.sampleLoanDays == 14)
    let product = try #require(desk.products["LIN-220"])
    #expect(product.minimumOrderMeters == nil && product.minimumCutMeters == nil && product.warehouseMeters == nil)
    #expect(desk.available(sku: "LIN-220", now: now) == 800)
  }

  @Test func stockStateSurvivesARoundTrip() throws {
    var desk = StockFixtures.desk(lots: [("24-117", 300, 30)])
    _ = try Fixtures.run(.reserve(client: "CL-1", sku: "LIN-220", meters: 500, requestShortfall: .warehouse), on: &desk)
    _ = try Fixtures.run(.addSwatches(sku: "LIN-220", count: 3), on: &desk)
    _ = try Fixtures.run(.lendSample(sku: "LIN-220", client: "CL-1"), on: &desk)
    let data = try JSONEncoder().encode(desk)
    #expect(try JSONDecoder().decode(Desk.self, from: data) == desk)
  }

  @Test func aProductWithoutTheNewFactsEncodesAsBefore() throws {
    let product = Product(sku: "LIN-180", name: "Linen 180", category: "linen", listPrice: 10)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let text = String(decoding: try encoder.encode(product), as: UTF8.self)
    #expect(text == #"{"category":"linen","listPrice":10,"lots":[],"name":"Linen 180","sku":"LIN-180"}"#)
  }
}
