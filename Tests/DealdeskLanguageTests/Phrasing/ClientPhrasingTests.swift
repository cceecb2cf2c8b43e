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

  /// The phrasing desk with Bora Fabrics also called BF and Acme Textiles also called ACT.
  static let aliased: Desk = {
    var desk = PhrasingDesk.desk
    desk.apply(.clientAliasAdded(client: PhrasingDesk.bora, alias: "BF"))
    desk.apply(.clientAliasAdded(client: PhrasingDesk.acme, alias: "ACT"))
    return desk
  }()

  /// Acme also goes by "AT", a word lines skip unless it is written in capitals.
  static let capitalised: Desk = {
    var desk = PhrasingDesk.desk
    desk.apply(.clientAliasAdded(client: PhrasingDesk.acme, alias: "AT"))
    return desk
  }()

  static func alias(_ client: String, _ alias: String) -> Expected { .intent(.command(.addAlias(client: client, alias: alias))) }
  static func unalias(_ client: String, _ alias: String) -> Expected { .intent(.command(.removeAlias(client: client, alias: alias))) }
  static let refused = "Choose a name that reads as nothing else."

  /// Giving a client another name: every phrasing a manager would use, and what cannot be one.
  static let aliasing: [Row] = [
    Row("alias Acme as ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("Alias acme textiles as ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("alias Acme ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("alias Acme as ACT.", alias(PhrasingDesk.acme, "ACT")),
    Row("alias Acme: ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("alias Çelik as \"Çelik T\"", alias(PhrasingDesk.celik, "Çelik T")),
    Row("alias Acme as Made for Kids", alias(PhrasingDesk.acme, "Made for Kids")),
    Row("alias Acme as Made for Bora", alias(PhrasingDesk.acme, "Made for Bora")),
    Row("add alias ACT for Acme", alias(PhrasingDesk.acme, "ACT")),
    Row("add an alias ACT to Acme", alias(PhrasingDesk.acme, "ACT")),
    Row("add a new alias Acme Tex for Acme Textiles", alias(PhrasingDesk.acme, "Acme Tex")),
    Row("new alias Made for Kids for Acme", alias(PhrasingDesk.acme, "Made for Kids")),
    Row("give alias ACT to Acme", alias(PhrasingDesk.acme, "ACT")),
    Row("Acme is also called ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("Acme is also known as ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("Acme also known as ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("Acme also goes by ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("Acme aka ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("Acme AKA ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("Acme a.k.a. ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("call Acme ACT", alias(PhrasingDesk.acme, "ACT")),
    Row("call Acme Acmetex", alias(PhrasingDesk.acme, "Acmetex")),
    Row("call Acme \"Tex One\"", alias(PhrasingDesk.acme, "Tex One")),
    Row("add alias ACT", client: PhrasingDesk.bora, alias(PhrasingDesk.bora, "ACT")),
    Row("they are also called BFab", client: PhrasingDesk.bora, alias(PhrasingDesk.bora, "BFab")),
    Row("alias Acme as ACT", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    Row("add alias ACT for Acme", ambiguous: true, .ambiguity(["Acme Home", "Acme Textiles"])),
    // A call line keeps meaning a call unless the words after the client are written like a
    // name; a day after it makes it a reminder to call then, however the day is written.
    Row("call Acme", deskAction(.startCall(client: PhrasingDesk.acme))),
    Row("call Acme now", deskAction(.startCall(client: PhrasingDesk.acme))),
    Row("call Acme back", fails("I read `call Acme` but not `back`.", "Type it without those words; `help` lists what each command takes.")),
    Row("call Acme Friday", .intent(.command(.followUp(NewFollowUp(client: PhrasingDesk.acme, due: at(2026, 12, 4), text: "call Acme"))))),
    // "at" is a word lines skip; written in capitals, as "AT", it reads as the name it is.
    Row("alias Acme as AT", alias(PhrasingDesk.acme, "AT")),
    Row("call Acme AT", alias(PhrasingDesk.acme, "AT")),
    Row("add alias AT for Acme", alias(PhrasingDesk.acme, "AT")),
    Row("alias Acme as at", fails("\"at\" reads as the word \"at\", which the desk skips unless it is written in capitals, so it can't stand for Acme Textiles.", refused)),
    Row("Acme aka on", fails("\"on\" reads as the word \"on\", which the desk skips unless it is written in capitals, so it can't stand for Acme Textiles.", refused)),
    Row("Acme aka The Big One", fails("\"The Big One\" reads as the word \"the\", which the desk skips, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as offer", fails("\"offer\" is \"offer\", one of the desk's own words, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as Show Co", fails("\"Show Co\" starts with \"show\", one of the desk's own words, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as they", fails("\"they\" is \"they\", one of the desk's own words, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as O-12", fails("\"O-12\" reads as a reference like O-12 or S-7, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as #3", fails("\"#3\" reads as a reference like O-12 or S-7, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as friday", fails("\"friday\" reads as a date or a time, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as prepaid", fails("\"prepaid\" is \"prepaid\", one of the desk's own words, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as 10%", fails("\"10%\" reads as a percentage, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as 500m", fails("\"500m\" reads as a quantity, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as €12", fails("\"€12\" reads as an amount, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as 42", fails("\"42\" reads as a number, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as \"A,T\"", fails("\"A,T\" has punctuation or quotes in it, which break a name in a line, so it can't stand for Acme Textiles.", refused)),
    Row("alias Acme as", fails("What else is Acme Textiles called?", "e.g. alias Acme Textiles as ACT")),
    Row("alias", fails("Which client?", "Name one, e.g. alias Acme as ACT")),
    Row("O-1 is also called ACT", fails("Only a client goes by other names.", "e.g. Acme is also called ACT")),
  ]

  /// Taking an alias away: the alias says whose it is; a client named or in context otherwise.
  static let unaliasing: [Row] = [
    Row("remove alias BF", on: aliased, unalias(PhrasingDesk.bora, "BF")),
    Row("unalias bf", on: aliased, unalias(PhrasingDesk.bora, "bf")),
    Row("delete alias BF.", on: aliased, unalias(PhrasingDesk.bora, "BF")),
    Row("drop the alias BF", on: aliased, unalias(PhrasingDesk.bora, "BF")),
    Row("remove alias BF from Bora", on: aliased, unalias(PhrasingDesk.bora, "BF")),
    Row("remove alias BF from Acme", on: aliased, unalias(PhrasingDesk.acme, "BF")),
    Row("Bora is no longer called BF", on: aliased, unalias(PhrasingDesk.bora, "BF")),
    Row("Bora no longer goes by BF", on: aliased, unalias(PhrasingDesk.bora, "BF")),
    Row("remove alias XYZ", client: PhrasingDesk.acme, on: aliased, unalias(PhrasingDesk.acme, "XYZ")),
    Row("remove alias XYZ", on: aliased, fails("No client is called XYZ.", "`show` a client to see the names it goes by.")),
    Row("remove alias", on: aliased, fails("Which alias?", "e.g. remove alias ACT")),
  ]

  /// An alias stands for its client wherever a client's name does.
  static let resolving: [Row] = [
    Row("offer ACT 10% on linen", on: aliased, .intent(.command(.makeOffer(NewOffer(
      client: PhrasingDesk.acme, lines: [OfferLine(scope: .category("linen"), discountPercent: 10)]))))),
    Row("ACT wants 12%", on: aliased, .intent(.command(.counter(offer: "O-1", by: .client, change: TermsChange(discountPercent: 12))))),
    Row("show ACT", on: aliased, ask(.client(id: PhrasingDesk.acme))),
    Row("ACT?", on: aliased, ask(.client(id: PhrasingDesk.acme))),
    Row("act", on: aliased, ask(.client(id: PhrasingDesk.acme))),
    Row("show bf", on: aliased, ask(.client(id: PhrasingDesk.bora))),
    Row("call BF", on: aliased, deskAction(.startCall(client: PhrasingDesk.bora))),
    Row("offer AT 10% on linen", on: capitalised, .intent(.command(.makeOffer(NewOffer(
      client: PhrasingDesk.acme, lines: [OfferLine(scope: .category("linen"), discountPercent: 10)]))))),
    Row("AT wants 12%", on: capitalised, .intent(.command(.counter(offer: "O-1", by: .client, change: TermsChange(discountPercent: 12))))),
    Row("show AT", on: capitalised, ask(.client(id: PhrasingDesk.acme))),
    Row("offer linen at 10% off to Bora", on: capitalised, .intent(.command(.makeOffer(NewOffer(
      client: PhrasingDesk.bora, lines: [OfferLine(scope: .category("linen"), discountPercent: 10)]))))),
  ]

  static func rate(_ client: String, _ grade: String) -> Expected { .intent(.command(.rateReliability(client: client, grade: grade))) }
  static func limit(_ client: String, _ limit: Decimal?) -> Expected { .intent(.command(.setCreditLimit(client: client, limit: limit))) }

  /// A client's account asked about in a sentence; the card answers what has no listing of its own.
  static let asking: [Row] = [
    Row("tell me about Acme", ask(.client(id: PhrasingDesk.acme))),
    Row("info on Bora", ask(.client(id: PhrasingDesk.bora))),
    Row("details for Acme", ask(.client(id: PhrasingDesk.acme))),
    Row("what do we know about Bora", ask(.client(id: PhrasingDesk.bora))),
    Row("Acme's credit limit?", ask(.client(id: PhrasingDesk.acme))),
    Row("what is Acme's credit limit", ask(.client(id: PhrasingDesk.acme))),
    Row("what are Acme's terms", ask(.client(id: PhrasingDesk.acme))),
    Row("what's Bora's rating", ask(.client(id: PhrasingDesk.bora))),
    Row("show me Acme's offers", ask(.offers(client: PhrasingDesk.acme, openOnly: false))),
    Row("what are Acme's open offers", ask(.offers(client: PhrasingDesk.acme, openOnly: true))),
    Row("Acme's orders", ask(.orders(client: PhrasingDesk.acme, unpaidOnly: false))),
    Row("Acme's unpaid orders", ask(.orders(client: PhrasingDesk.acme, unpaidOnly: true))),
    Row("Acme's reservations", ask(.reservations(client: PhrasingDesk.acme))),
    Row("Bora's complaints", ask(.complaints(client: PhrasingDesk.bora, openOnly: false))),
    Row("Bora's open complaints", ask(.complaints(client: PhrasingDesk.bora, openOnly: true))),
    Row("Acme's follow-ups", ask(.followUps(client: PhrasingDesk.acme))),
    Row("Acme's notes", ask(.notes(client: PhrasingDesk.acme))),
    Row("what is Zeta's balance", .anyError),
  ]

  /// Reliability and credit said the way managers say them. Reliable is the top grade,
  /// unreliable the bottom one: the ends of the A–D scale.
  static let rating: [Row] = [
    Row("rate Acme A", rate(PhrasingDesk.acme, "A")),
    Row("rate Acme reliability a", rate(PhrasingDesk.acme, "A")),
    Row("rate Bora as a C", rate(PhrasingDesk.bora, "C")),
    Row("Acme is unreliable", rate(PhrasingDesk.acme, "D")),
    Row("Acme is not reliable", rate(PhrasingDesk.acme, "D")),
    Row("Bora is reliable", rate(PhrasingDesk.bora, "A")),
    Row("Acme is rated B", rate(PhrasingDesk.acme, "B")),
    Row("Acme is rated A", rate(PhrasingDesk.acme, "A")),
    Row("Acme's rating is B", rate(PhrasingDesk.acme, "B")),
    Row("they are unreliable", client: PhrasingDesk.bora, rate(PhrasingDesk.bora, "D")),
    Row("rate Acme", fails("What rating, A (best) to D?", "e.g. rate Acme reliability B")),
    Row("Acme credit limit 20k", limit(PhrasingDesk.acme, 20_000)),
    Row("Acme's limit is 5,000", limit(PhrasingDesk.acme, 5_000)),
    Row("set credit limit for Acme to 20k", limit(PhrasingDesk.acme, 20_000)),
    Row("set the credit limit of Bora to none", limit(PhrasingDesk.bora, nil)),
  ]

  @Test(arguments: asking) func askingAboutAClient(_ row: Row) { row.check() }
  @Test(arguments: rating) func ratingAndCredit(_ row: Row) { row.check() }
  @Test(arguments: adding) func addingAClient(_ row: Row) { row.check() }
  @Test(arguments: aliasing) func givingAClientAnAlias(_ row: Row) { row.check() }
  @Test(arguments: unaliasing) func removingAnAlias(_ row: Row) { row.check() }
  @Test(arguments: resolving) func anAliasStandsForItsClient(_ row: Row) { row.check() }
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
