import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// The verbs of the trade: swatches given and sent (lent), documents emailed (shown, ready to
/// send), meals and coffees as expenses, stock that came in as receipts, a client's terms and
/// credit limit changed in passing. Read against the trade desk: Drini has S-1 open and S-2
/// shipped, Vlora S-3 open and S-4 delivered.
@Suite struct TradeVerbsPhrasingTests {
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora
  static let tweed = "TWD-HT", satin = "SAT-DCH", flannel = "WFL-300", linen220 = "LIN-220", linen180 = "LIN-180"

  static func row(_ line: String, client: String? = nil, _ expected: Expected) -> Row {
    Row(line, client: client, on: TradeDesk.desk, expected)
  }

  static func lent(_ sku: String, to client: String, days: Int? = nil, count: Int = 1) -> Expected {
    .intent(.command(.lendSample(sku: sku, client: client, days: days, count: count)))
  }

  static func toSend(_ order: String) -> Expected { .intent(.question(.invoiceToSend(order: order))) }

  static func spent(_ amount: Decimal, _ text: String, _ client: String?) -> Expected {
    .intent(.command(.recordExpense(amount: amount, text: text, client: client)))
  }

  static func received(_ sku: String, _ meters: Decimal, lot: String?) -> Expected {
    .intent(.command(.receiveStock(sku: sku, meters: meters, lot: lot)))
  }

  static let swatches: [Row] = [
    row("give vlora a harris tweed swatch", lent(tweed, to: vlora)),
    row("gave drini 2 duchess satin swatches", lent(satin, to: drini, count: 2)),
    row("send vlora the harris tweed swatch", lent(tweed, to: vlora)),
    row("give drini a swatch of linen 220", lent(linen220, to: drini)),
    row("swatch harris tweed to vlora", lent(tweed, to: vlora)),
    row("send vlora 3 linen 220 swatches for 7 days", lent(linen220, to: vlora, days: 7, count: 3)),
    row("hand drini a cotton twill 280 sample", lent("TWL-280", to: drini)),
    row("gave them a wool flannel swatch", client: vlora, lent(flannel, to: vlora)),
    row("send a duchess satin swatch to drini", lent(satin, to: drini)),
    row("gave drini two harris tweed swatches", lent(tweed, to: drini, count: 2)),
    row("dropped off 2 linen 180 swatches at vlora", lent(linen180, to: vlora, count: 2)),
    row("give a harris tweed swatch", client: drini, lent(tweed, to: drini)),
    row("handed vlora 4 samples of poplin white", lent("POP-WHT", to: vlora, count: 4)),
    row("send vlora 2 wool flannel samples", lent(flannel, to: vlora, count: 2)),
    row("give vlora 5%",
        fails("Give what? I read \"give\" but not a swatch or a document.",
              "e.g. give Acme a linen 220 swatch, email Acme the invoice for S-7; an offer is `offer Acme 5% on linen`")),
    row("give vlora a swatch", fails("A swatch of which fabric?", "e.g. give Acme a linen 220 swatch")),
    row("gave drini 30 duchess satin swatches", fails("30 swatches to one client? Lend at most 20 at a time.")),
    row("give a harris tweed swatch", fails("Which client?", "Name one, e.g. give Acme a linen 220 swatch")),
    row("gave vlora swatches of harris tweed", fails("How many swatches of Harris Tweed?", "e.g. gave Acme 2 linen 220 swatches")),
  ]

  static let documents: [Row] = [
    row("email drini the invoice", toSend("S-2")),
    row("send drini the invoice for S-2", toSend("S-2")),
    row("email the invoice for S-2", toSend("S-2")),
    row("send vlora the invoice", toSend("S-4")),
    row("mail invoice S-4 to vlora", toSend("S-4")),
    row("email drini invoice s2", toSend("S-2")),
    row("send the bill to vlora", toSend("S-4")),
    row("email them the invoice", client: vlora, toSend("S-4")),
    row("e-mail vlora the invoice for order 4", toSend("S-4")),
    row("send drini the invoice for S-4",
        fails("S-4 is Vlora Home's order, not Drini Konfeksion's.", "Check the order: `orders for Drini Konfeksion` lists theirs.")),
    row("email the invoice", fails("Which client?", "Name one, e.g. send an invoice for S-7")),
    row("email vlora the invoice for S-3", toSend("S-3")),
    row("email drini the invoice for S-9", fails("There is no order S-9.", "`orders` lists them.")),
  ]

  static let expenses: [Row] = [
    row("dinner with drini 80 eur", spent(80, "dinner with drini", drini)),
    row("coffee with the vlora buyers 12 eur", spent(12, "coffee with the vlora buyers", vlora)),
    row("lunch with vlora 45", spent(45, "lunch with vlora", vlora)),
    row("drinks with drini team 36.50", spent(dec("36.50"), "drinks with drini team", drini)),
    row("taxi to vlora 15 eur", spent(15, "taxi to vlora", vlora)),
    row("business lunch with drini 64", spent(64, "business lunch with drini", drini)),
    row("coffee 4.50", spent(dec("4.50"), "coffee", nil)),
    row("flowers for vlora opening 30 eur", spent(30, "flowers for vlora opening", vlora)),
    row("dinner w drini people 120 eur", spent(120, "dinner w drini people", drini)),
    row("lunch with drini - 38", spent(38, "lunch with drini", drini)),
    row("breakfast with drini 18", spent(18, "breakfast with drini", drini)),
    row("dinner with drini", fails("How much was spent?", "e.g. expense 45 lunch with Acme")),
  ]

  static let receipts: [Row] = [
    row("3 rolls satin came in, lot 25-002", received(satin, 150, lot: "25-002")),
    row("3 rolls duchess satin came in, lot 25-002", received(satin, 150, lot: "25-002")),
    row("150m harris tweed arrived, lot T-7", received(tweed, 150, lot: "T-7")),
    row("200m linen 220 just arrived lot 24-300", received(linen220, 200, lot: "24-300")),
    row("wool flannel arrived 2 rolls lot F-9", received(flannel, 80, lot: "F-9")),
    row("got 3 rolls duchess satin in, lot 25-002", received(satin, 150, lot: "25-002")),
    row("100m poplin white came in", received("POP-WHT", 100, lot: nil)),
    row("received 150m harris tweed lot T-7", received(tweed, 150, lot: "T-7")),
    row("2 rolls harris tweed landed, lot T-8", received(tweed, 100, lot: "T-8")),
    row("satin is in, 4 rolls, lot 25-003", received(satin, 200, lot: "25-003")),
    row("3 rolls harris tweed received, lot T-9", received(tweed, 150, lot: "T-9")),
    row("harris tweed came in", fails("How much Harris Tweed arrived?", "e.g. 3 rolls satin came in, lot 25-002")),
    row("3 rolls linen came in, lot 25-002",
        fails("Which linen came in? Stock is received into one fabric's lot.", "Name the fabric, e.g. 3 rolls linen 220 came in, lot 25-002")),
    row("3 rolls wool came in", .anyError),
  ]

  static let clientTerms: [Row] = [
    row("change drini's terms to net 60", .intent(.command(.setClientTerms(client: drini, terms: .net(days: 60))))),
    row("set vlora's credit limit to 12k", .intent(.command(.setCreditLimit(client: vlora, limit: 12_000)))),
    row("drini credit limit 12k", .intent(.command(.setCreditLimit(client: drini, limit: 12_000)))),
    row("set drini's terms net 45", .intent(.command(.setClientTerms(client: drini, terms: .net(days: 45))))),
    row("change vlora's credit limit to 20,000", .intent(.command(.setCreditLimit(client: vlora, limit: 20_000)))),
    row("vlora's credit limit is 15k", .intent(.command(.setCreditLimit(client: vlora, limit: 15_000)))),
    row("set vlora's terms to prepayment", .intent(.command(.setClientTerms(client: vlora, terms: .prepayment)))),
    row("change drini's payment terms to 30 days", .intent(.command(.setClientTerms(client: drini, terms: .net(days: 30))))),
    row("drini pays in 45 days", .intent(.command(.setClientTerms(client: drini, terms: .net(days: 45))))),
    row("set drini's credit limit 25k", .intent(.command(.setCreditLimit(client: drini, limit: 25_000)))),
    row("set vlora's credit limit to none", .intent(.command(.setCreditLimit(client: vlora, limit: nil)))),
    row("change drini terms to net 60", .intent(.command(.setClientTerms(client: drini, terms: .net(days: 60))))),
    row("set credit limit for vlora to 12k", .intent(.command(.setCreditLimit(client: vlora, limit: 12_000)))),
  ]

  @Test(arguments: swatches) func aSwatchGivenOrSent(_ row: Row) { row.check() }
  @Test(arguments: documents) func aDocumentEmailed(_ row: Row) { row.check() }
  @Test(arguments: expenses) func aMealOrACoffee(_ row: Row) { row.check() }
  @Test(arguments: receipts) func stockThatCameIn(_ row: Row) { row.check() }
  @Test(arguments: clientTerms) func aClientsTermsInPassing(_ row: Row) { row.check() }
}
