import DealdeskCore
import Foundation
import Testing

/// A client's aliases: each one names that client and nothing else on the desk.
@Suite struct AliasRuleTests {
  /// The fixture desk (Linen 220, Linen 180 in linen; Acme Textiles) with Bora Fabrics, alias BF.
  private func desk() throws -> Desk {
    var desk = Fixtures.desk()
    desk.apply(.clientAdded(Client(id: "CL-2", name: "Bora Fabrics", addedAt: Fixtures.now)))
    _ = try Fixtures.run(.addAlias(client: "CL-2", alias: "BF"), on: &desk)
    return desk
  }

  @Test func anAliasIsKeptAsTyped() throws {
    var desk = try desk()
    let events = try Fixtures.run(.addAlias(client: "CL-1", alias: "  Acme   T "), on: &desk)
    #expect(events == [.clientAliasAdded(client: "CL-1", alias: "Acme T")])
    _ = try Fixtures.run(.addAlias(client: "CL-1", alias: "ACT"), on: &desk)
    #expect(desk.clients["CL-1"]?.aliases == ["Acme T", "ACT"])
  }

  @Test func theSameAliasAgainChangesNothing() throws {
    var desk = try desk()
    #expect(try Fixtures.run(.addAlias(client: "CL-2", alias: "bf"), on: &desk) == [])
    #expect(desk.clients["CL-2"]?.aliases == ["BF"])
  }

  @Test func anEmptyAliasIsRefused() throws {
    var desk = try desk()
    #expect(throws: DeskError("An alias needs a name.", suggestion: "e.g. alias Acme Textiles as ACT")) {
      try Fixtures.run(.addAlias(client: "CL-1", alias: "   "), on: &desk)
    }
  }

  @Test func theClientsOwnNameIsNoAlias() throws {
    var desk = try desk()
    #expect(
      throws: DeskError("\"ACME téxtiles\" is already Acme Textiles's name.", suggestion: "An alias is another name, e.g. alias Acme Textiles as ACT")
    ) { try Fixtures.run(.addAlias(client: "CL-1", alias: "ACME téxtiles"), on: &desk) }
  }

  @Test func anotherClientsNameOrAliasIsRefused() throws {
    var desk = try desk()
    #expect(
      throws: DeskError(
        "\"bora fabrics\" can't also stand for Acme Textiles: it is already the name of the client Bora Fabrics (CL-2).",
        suggestion: "Choose a name that nothing else on the desk goes by.")
    ) { try Fixtures.run(.addAlias(client: "CL-1", alias: "bora fabrics"), on: &desk) }
    #expect(
      throws: DeskError(
        "\"bf\" can't also stand for Acme Textiles: it is already another name for Bora Fabrics (CL-2).",
        suggestion: "Remove it there first (remove alias BF), or choose another.")
    ) { try Fixtures.run(.addAlias(client: "CL-1", alias: "bf"), on: &desk) }
  }

  @Test func aProductNameSkuOrCategoryIsRefused() throws {
    var desk = try desk()
    let refusals = [
      ("LINEN 220", "the name of the product Linen 220 (LIN-220)"),
      ("lin-180", "the SKU of Linen 180"),
      ("Linen", "the name of a category (linen)"),
    ]
    for (alias, what) in refusals {
      #expect(
        throws: DeskError(
          "\"\(alias)\" can't also stand for Acme Textiles: it is already \(what).",
          suggestion: "Choose a name that nothing else on the desk goes by.")
      ) { try Fixtures.run(.addAlias(client: "CL-1", alias: alias), on: &desk) }
    }
    // Only the same name clashes: an alias may start like a product ("Lin" is no fabric).
    _ = try Fixtures.run(.addAlias(client: "CL-1", alias: "Lin"), on: &desk)
  }

  /// An archived client is out of the name index, so a new name for it could never be used;
  /// its names still count, so restoring it cannot bring a clash back.
  @Test func archivedClientsGetNoNewNamesAndKeepTheirOwn() throws {
    var desk = try desk()
    desk.clients["CL-2"]?.status = .archived
    #expect(
      throws: DeskError("Bora Fabrics is archived.", suggestion: "Restore the client before giving it another name.")
    ) { try Fixtures.run(.addAlias(client: "CL-2", alias: "Bora F"), on: &desk) }
    #expect(throws: DeskError.self) { try Fixtures.run(.addAlias(client: "CL-1", alias: "BF"), on: &desk) }
    // Removing a name from an archived client loses nothing.
    #expect(try Fixtures.run(.removeAlias(client: "CL-2", alias: "BF"), on: &desk) == [.clientAliasRemoved(client: "CL-2", alias: "BF")])
  }

  @Test func removingTakesTheAliasAsStoredWhateverTheCase() throws {
    var desk = try desk()
    let events = try Fixtures.run(.removeAlias(client: "CL-2", alias: "bf"), on: &desk)
    #expect(events == [.clientAliasRemoved(client: "CL-2", alias: "BF")])
    #expect(desk.clients["CL-2"]?.aliases == [])
  }

  @Test func removingAnAliasTheClientDoesNotHaveNamesItsAliases() throws {
    var desk = try desk()
    _ = try Fixtures.run(.addAlias(client: "CL-2", alias: "Bora F"), on: &desk)
    #expect(
      throws: DeskError("Bora Fabrics is not called \"ACT\".", suggestion: "Bora Fabrics is also called BF, Bora F.")
    ) { try Fixtures.run(.removeAlias(client: "CL-2", alias: "ACT"), on: &desk) }
    #expect(
      throws: DeskError("Acme Textiles is not called \"BF\".", suggestion: "Acme Textiles has no aliases.")
    ) { try Fixtures.run(.removeAlias(client: "CL-1", alias: "BF"), on: &desk) }
  }

  @Test func aNewClientOrProductMayNotTakeAnAlias() throws {
    var desk = try desk()
    #expect(
      throws: DeskError(
        "BF is already another name for Bora Fabrics (CL-2).",
        suggestion: "Remove that alias first (remove alias BF), or name the new client more fully.")
    ) { try Fixtures.run(.addClient(NewClient(name: "bf")), on: &desk) }
    var fabric = NewProduct(name: "Bf")
    fabric.listPrice = 5
    #expect(
      throws: DeskError("Bf is already another name for Bora Fabrics (CL-2).", suggestion: "Remove that alias first (remove alias BF), or choose another name.")
    ) { try Fixtures.run(.addProduct(fabric), on: &desk) }
    fabric.name = "Bouclé"
    fabric.sku = "bf"
    #expect(throws: DeskError("SKU BF is already another name for Bora Fabrics (CL-2).", suggestion: "Remove that alias first (remove alias BF), or choose another SKU.")) {
      try Fixtures.run(.addProduct(fabric), on: &desk)
    }
    fabric.sku = nil
    fabric.category = "BF"
    #expect(throws: DeskError("The category bf is already another name for Bora Fabrics (CL-2).", suggestion: "Remove that alias first (remove alias BF), or choose another category.")) {
      try Fixtures.run(.addProduct(fabric), on: &desk)
    }
  }

  /// Snapshots and journals written before aliases existed still open.
  @Test func aClientSavedWithoutAliasesDecodesWithNone() throws {
    let old = #"{"id":"CL-1","name":"Acme Textiles","status":"active","tags":[],"contacts":[],"addedAt":0}"#
    let client = try JSONDecoder().decode(Client.self, from: Data(old.utf8))
    #expect(client.aliases == [])
    #expect(client.name == "Acme Textiles")
    var withAlias = client
    withAlias.aliases = ["AT"]
    let again = try JSONDecoder().decode(Client.self, from: JSONEncoder().encode(withAlias))
    #expect(again == withAlias)
    let event = Event.clientAliasAdded(client: "CL-1", alias: "ACT")
    #expect(try JSONDecoder().decode(Event.self, from: JSONEncoder().encode(event)) == event)
  }
}
