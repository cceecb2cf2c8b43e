import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Clients: adding them, listing them, and naming them every way the ground rules allow.
@Suite struct ClientPhrasingTests {
  static let adding: [Row] = [
    Row("add client Acme Home", .intent(.command(.addClient(NewClient(name: "Acme Home"))))),
    Row("new client Acme Home", .intent(.command(.addClient(NewClient(name: "Acme Home"))))),
    Row("Add Client Acme Home", .intent(.command(.addClient(NewClient(name: "Acme Home"))))),
    Row("ADD CLIENT Acme Home", .intent(.command(.addClient(NewClient(name: "Acme Home"))))),
    Row("add a client Acme Home", .intent(.command(.addClient(NewClient(name: "Acme Home"))))),
    Row("add a new client Acme Home", .intent(.command(.addClient(NewClient(name: "Acme Home"))))),
    Row("add new client Acme Home", .intent(.command(.addClient(NewClient(name: "Acme Home"))))),
    Row("please add client Acme Home", .intent(.command(.addClient(NewClient(name: "Acme Home"))))),
    Row("add client Acme Home.", .intent(.command(.addClient(NewClient(name: "Acme Home"))))),
    Row("add client \"Acme Home\"", .intent(.command(.addClient(NewClient(name: "Acme Home"))))),
    Row("add client Dritë Shpk", .intent(.command(.addClient(NewClient(name: "Dritë Shpk"))))),
    Row(
      "new client \"Acme Home\" city Durrës phone +355 69 555 0101",
      .intent(.command(.addClient(NewClient(name: "Acme Home", city: "Durrës", phone: "+355 69 555 0101"))))),
    Row(
      "add client Acme Home city Durrës, phone +355 69 555 0101, email jane@acme.al",
      .intent(.command(.addClient(NewClient(name: "Acme Home", city: "Durrës", phone: "+355 69 555 0101", email: "jane@acme.al"))))),
    Row(
      "add client Acme Home, city Durrës",
      .intent(.command(.addClient(NewClient(name: "Acme Home", city: "Durrës"))))),
    Row(
      "add client Acme Home tel +355 69 555 0101",
      .intent(.command(.addClient(NewClient(name: "Acme Home", phone: "+355 69 555 0101"))))),
    Row(
      "add client Acme Home e-mail jane@acme.al",
      .intent(.command(.addClient(NewClient(name: "Acme Home", email: "jane@acme.al"))))),
    Row(
      "add client Acme Home in Durrës",
      .intent(.command(.addClient(NewClient(name: "Acme Home", city: "Durrës"))))),
    Row(
      "add client Acme Home based in Durrës",
      .intent(.command(.addClient(NewClient(name: "Acme Home", city: "Durrës"))))),
    Row(
      "add client \"Made in Italy\" city Milan",
      .intent(.command(.addClient(NewClient(name: "Made in Italy", city: "Milan"))))),
    Row(
      "add prospect Nordic Home city Gothenburg",
      .intent(.command(.addClient(NewClient(name: "Nordic Home", status: .prospect, city: "Gothenburg"))))),
    Row("new prospect Nordic Home", .intent(.command(.addClient(NewClient(name: "Nordic Home", status: .prospect))))),
    Row("add a prospect Nordic Home", .intent(.command(.addClient(NewClient(name: "Nordic Home", status: .prospect))))),
    Row("add client", fails("A client needs a name.", "Try: add client Acme Textiles")),
    Row("add client city Tirana", fails("A client needs a name.", "Try: add client Acme Textiles")),
    Row("add client Acme Home city", fails("What is the city?")),
    Row("add client Acme Home, Durrës", fails("I don't know \"Durrës\" here.", "After the name: city …, phone …, email …")),
    Row("add client Acme Home, Durrës, jane@acme.al", fails("I don't know \"Durrës\" here.", "After the name: city …, phone …, email …")),
  ]

  static let listing: [Row] = [
    Row("clients", ask(.clients)),
    Row("Clients?", ask(.clients)),
    Row("list clients", ask(.clients)),
    Row("all clients", ask(.clients)),
    Row("show clients", ask(.clients)),
    Row("show all clients", ask(.clients)),
    Row("show me the clients", ask(.clients)),
    Row("list the clients", ask(.clients)),
  ]

  /// Every way the ground rules let a manager name a client.
  static let naming: [Row] = [
    Row("show Acme", ask(.client(id: PhrasingDesk.acme))),
    Row("show acme", ask(.client(id: PhrasingDesk.acme))),
    Row("show ACME", ask(.client(id: PhrasingDesk.acme))),
    Row("show Acme Textiles", ask(.client(id: PhrasingDesk.acme))),
    Row("show acme tex", ask(.client(id: PhrasingDesk.acme))),
    Row("show Acme Tex.", ask(.client(id: PhrasingDesk.acme))),
    Row("show \"Acme Textiles\"", ask(.client(id: PhrasingDesk.acme))),
    Row("show Acmee", ask(.client(id: PhrasingDesk.acme))),
    Row("show Akme", ask(.client(id: PhrasingDesk.acme))),
    Row("show Acme Textils", ask(.client(id: PhrasingDesk.acme))),
    Row("show Bora Fabrcs", ask(.client(id: PhrasingDesk.bora))),
    Row("show Bora Fabrisc", ask(.client(id: PhrasingDesk.bora))),
    Row("show Bora Fabrix", ask(.client(id: PhrasingDesk.bora))),
    Row("show Bora", ask(.client(id: PhrasingDesk.bora))),
    Row("show Çelik", ask(.client(id: PhrasingDesk.celik))),
    Row("show ÇELIK", ask(.client(id: PhrasingDesk.celik))),
    Row("show celik", ask(.client(id: PhrasingDesk.celik))),
    Row("show çelik tekstil", ask(.client(id: PhrasingDesk.celik))),
    Row("show Celik Tekstıl", ask(.client(id: PhrasingDesk.celik))),
    Row("show Atelier Lumière", ask(.client(id: PhrasingDesk.atelier))),
    Row("show atelier lumiere", ask(.client(id: PhrasingDesk.atelier))),
    Row("show ATELIER LUMIÈRE", ask(.client(id: PhrasingDesk.atelier))),
    Row("show Atelier", ask(.client(id: PhrasingDesk.atelier))),
    Row("show Nordic", ask(.client(id: PhrasingDesk.nordic))),
    Row("show Nordik", ask(.client(id: PhrasingDesk.nordic))),
    Row("show Linen House", ask(.client(id: PhrasingDesk.linenHouse))),
    Row("show \"Linen House\"", ask(.client(id: PhrasingDesk.linenHouse))),
    Row("show linen house", ask(.client(id: PhrasingDesk.linenHouse))),
    Row("who is Acme", ask(.client(id: PhrasingDesk.acme))),
    Row("who is Acme?", ask(.client(id: PhrasingDesk.acme))),
    Row("look up Bora", ask(.client(id: PhrasingDesk.bora))),
    Row("open Bora", ask(.client(id: PhrasingDesk.bora))),
    Row("show the client Bora", ask(.client(id: PhrasingDesk.bora))),
    Row("show me Bora", ask(.client(id: PhrasingDesk.bora))),
    Row("Acme?", ask(.client(id: PhrasingDesk.acme))),
    Row("Acme", ask(.client(id: PhrasingDesk.acme))),
    Row("acme ?", ask(.client(id: PhrasingDesk.acme))),
    Row("Acme Textiles?", ask(.client(id: PhrasingDesk.acme))),
    Row("Çelik?", ask(.client(id: PhrasingDesk.celik))),
    Row("celik", ask(.client(id: PhrasingDesk.celik))),
    Row("Linen House?", ask(.client(id: PhrasingDesk.linenHouse))),
    Row("\"Linen House\"", ask(.client(id: PhrasingDesk.linenHouse))),
    Row("show", client: PhrasingDesk.bora, ask(.client(id: PhrasingDesk.bora))),
    Row("show", fails("Show what?", "Name a client, a product or an offer: show Acme")),
  ]

  /// A client that is not on the desk: the nearest names, or where to look.
  static let unknown: [Row] = [
    Row("show Atlir", fails("I don't know \"Atlir\" here.", "Did you mean Atelier Lumière?")),
    Row("show Zeta", fails("I don't know \"Zeta\" here.", "`clients` and `catalog` list the names the desk knows.")),
    Row("Zeta?", fails("I don't know \"Zeta\".", "Type help to see what the desk understands.")),
    Row("offer Zeta 10% on linen", fails("I don't know \"Zeta\" here.", "`clients` and `catalog` list the names the desk knows.")),
    Row("show Bora Fabriqxyz", fails("I don't know \"Fabriqxyz\" here.", "`clients` and `catalog` list the names the desk knows.")),
  ]

  @Test(arguments: adding) func addingAClient(_ row: Row) { row.check() }
  @Test(arguments: listing) func listingClients(_ row: Row) { row.check() }
  @Test(arguments: naming) func namingAClient(_ row: Row) { row.check() }
  @Test(arguments: unknown) func anUnknownClient(_ row: Row) { row.check() }

  /// Showing a client puts it in context, so later lines may leave it out.
  @Test func showingAClientPutsItInContext() throws {
    let understood = try Parser.parse("show Bora", context: PhrasingDesk.context())
    #expect(understood.client == PhrasingDesk.bora)
    let bare = try Parser.parse("Çelik?", context: PhrasingDesk.context(client: PhrasingDesk.bora))
    #expect(bare.client == PhrasingDesk.celik)
  }
}
