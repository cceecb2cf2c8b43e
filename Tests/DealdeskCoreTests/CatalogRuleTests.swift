import DealdeskCore
import Foundation
import Testing

@Suite struct CatalogRuleTests {
  private func d(_ s: String) -> Decimal { Fixtures.d(s) }

  @Test func aProductWithoutSkuGetsOneFromItsName() throws {
    var desk = Desk()
    var new = NewProduct(name: "Cotton Twill 280")
    new.listPrice = d("8.20")
    _ = try Fixtures.run(.addProduct(new), on: &desk)
    #expect(desk.products["COT-TWILL-280"]?.name == "Cotton Twill 280")
    #expect(desk.products["COT-TWILL-280"]?.category == "other")
  }

  @Test func duplicateNamesAndSkusAreRefusedWhateverTheCaseOrAccents() throws {
    var desk = Fixtures.desk()
    var new = NewProduct(name: "LINEN 220")
    new.listPrice = 10
    #expect(throws: DeskError("There is already a product Linen 220 (LIN-220).")) { try Fixtures.run(.addProduct(new), on: &desk) }
    #expect(throws: DeskError.self) {
      try Fixtures.run(.addClient(NewClient(name: "acme téxtiles")), on: &desk)
    }
  }

  @Test func aProductNeedsAPositivePrice() {
    var desk = Desk()
    var new = NewProduct(name: "Linen")
    #expect(throws: DeskError.self) { try Fixtures.run(.addProduct(new), on: &desk) }
    new.listPrice = 0
    #expect(throws: DeskError.self) { try Fixtures.run(.addProduct(new), on: &desk) }
  }

  @Test func stockIsKeptPerDyeLotAndAddsUpWithinALot() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.receiveStock(sku: "LIN-220", meters: 800, lot: "24-117"), on: &desk)
    _ = try Fixtures.run(.receiveStock(sku: "LIN-220", meters: 350, lot: "24-121"), on: &desk)
    _ = try Fixtures.run(.receiveStock(sku: "LIN-220", meters: 50, lot: "24-117"), on: &desk)
    let lots = desk.products["LIN-220"]?.lots.map { "\($0.id) \($0.meters)" }
    #expect(lots == ["24-117 850", "24-121 350"])
    #expect(desk.products["LIN-220"]?.metersInStock == 1200)
  }

  @Test func receivingNothingIsRefused() {
    var desk = Fixtures.desk()
    #expect(throws: DeskError.self) { try Fixtures.run(.receiveStock(sku: "LIN-220", meters: 0, lot: nil), on: &desk) }
    #expect(throws: DeskError.self) { try Fixtures.run(.receiveStock(sku: "NOPE", meters: 5, lot: nil), on: &desk) }
  }

  @Test func clientsGetSequentialIdsAndKeepTheirContacts() throws {
    var desk = Desk()
    _ = try Fixtures.run(.addClient(NewClient(name: "Acme Textiles", city: "Durrës", phone: "+355 69 555 0101")), on: &desk)
    _ = try Fixtures.run(.addClient(NewClient(name: "Bora Fabrics", status: .prospect)), on: &desk)
    #expect(desk.clientsInOrder.map(\.id) == ["CL-1", "CL-2"])
    #expect(desk.clients["CL-1"] == Client(
      id: "CL-1", name: "Acme Textiles", city: "Durrës", contacts: [Contact(phone: "+355 69 555 0101")], addedAt: Fixtures.now))
    #expect(desk.clients["CL-2"]?.status == .prospect)
  }

  @Test func settingWhatIsAlreadySetChangesNothing() throws {
    var desk = Desk()
    #expect(try Fixtures.run(.changeSettings(SettingsChange(currency: "eur")), on: &desk).isEmpty)
    _ = try Fixtures.run(.changeSettings(SettingsChange(discountLimit: 12)), on: &desk)
    #expect(desk.settings.discountLimit == 12)
    #expect(throws: DeskError.self) { try Fixtures.run(.changeSettings(SettingsChange(currency: "EURO")), on: &desk) }
  }
}
