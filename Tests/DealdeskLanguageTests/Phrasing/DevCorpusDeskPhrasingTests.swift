import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Forms from the development corpus (shipping, samples, documents, payments, expenses), read
/// whole or refused naming what was not read. Read against the trade desk: Drini has S-1 open
/// and S-2 shipped, Vlora S-3 open and S-4 delivered.
@Suite struct DevCorpusDeskPhrasingTests {
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora

  static func row(_ line: String, client: String? = nil, _ expected: Expected) -> Row {
    Row(line, client: client, on: TradeDesk.desk, expected)
  }

  static func spent(_ amount: Decimal, _ text: String, _ client: String? = nil) -> Expected {
    .intent(.command(.recordExpense(amount: amount, text: text, client: client)))
  }

  static func csv(_ list: String, _ path: String? = nil) -> Expected { .intent(.desk(.exportCSV(list: list, path: path))) }

  static func readNot(_ read: String, _ rest: String) -> Expected {
    fails("I read `\(read)` but not `\(rest)`.", "Type it without those words; `help` lists what each command takes.")
  }

  /// A shipment or delivery is recorded on the day it is typed: "today" says so; any other
  /// day is refused, never recorded as today.
  static let daysOfAMove: [Row] = [
    row("S-1 shipped today", .intent(.command(.ship(order: "S-1")))),
    row("ship S-1 today", .intent(.command(.ship(order: "S-1")))),
    row("S-2 delivered today", .intent(.command(.deliver(order: "S-2")))),
    row("drini order shipped today", .intent(.command(.ship(order: "S-1")))),
    row("S-1 shipped yesterday", readNot("S-1 shipped", "yesterday")),
    row("S-2 delivered 5/12", readNot("S-2 delivered", "5/12")),
    row("S-2 delivered on friday", readNot("S-2 delivered on", "friday")),
    row("S-1 shipped today at 10:00", readNot("S-1 shipped", "today at 10:00")),
  ]

  /// A list, then the format: "clients to csv".
  static let lists: [Row] = [
    row("clients to csv", csv("clients")),
    row("export orders to csv", csv("orders")),
    row("stock requests as csv", csv("stock requests")),
    row("offers to csv to offers.csv", csv("offers", "offers.csv")),
    row("offers to csv to offers.csv, replace it", .intent(.desk(.exportCSV(list: "offers", path: "offers.csv", replace: true)))),
    row("offers to csv, replace it",
        fails("I read `offers to csv` but not `replace it`.", "Type it without those words; `help` lists what each command takes.")),
    row("export orders to csv for accounting",
        fails("I read `export orders to csv for` but not `accounting`.", "Type it without those words; `help` lists what each command takes.")),
  ]

  static let noDay = "Type it without the day, on the day it was spent."

  /// What the money went on, the amount, then what for; a day is refused, never dropped.
  static let expenses: [Row] = [
    row("fuel 60 eur trip to shkoder", spent(60, "fuel trip to shkoder")),
    row("courier swatches to vlora 35 eur", spent(35, "courier swatches to vlora", vlora)),
    row("parking 6 eur", spent(6, "parking")),
    row("taxi 25 to drini", spent(25, "taxi to drini", drini)),
    row("hotel 2 nights 240 eur", spent(240, "hotel 2 nights")),
    row("gift for drini owner 75 eur, xmas", spent(75, "gift for drini owner, xmas", drini)),
    row("dinner vlora team 120, entertainment", spent(120, "dinner vlora team, entertainment", vlora)),
    row("hotel shkoder 2 nights €240 - drini visit", spent(240, "hotel shkoder 2 nights, drini visit", drini)),
    row("lunch 40, 2 people", spent(40, "lunch 2 people")),
    row("coffee with drini 9 eur, yesterday",
        fails("I read `coffee with drini 9 eur,` but not `yesterday`: an expense is recorded on the day it is typed.", noDay)),
    row("parking 6 eur yesterday",
        fails("I read `parking 6 eur` but not `yesterday`: an expense is recorded on the day it is typed.", noDay)),
    row("taxi 25 eur on 12/12",
        fails("I read `taxi 25 eur on` but not `12/12`: an expense is recorded on the day it is typed.", noDay)),
    row("lunch with drini 40 yesterday",
        fails("I read `lunch with drini 40` but not `yesterday`: an expense is recorded on the day it is typed.", noDay)),
  ]

  /// The trade desk with a harris tweed swatch lent to Drini (L-1) and swatches in.
  static let loanDesk: Desk = {
    var desk = TradeDesk.desk
    desk.apply(.swatchesAdded(sku: "TWD-HT", count: 5))
    desk.apply(.sampleLent(SampleLoan(id: "L-1", sku: "TWD-HT", client: drini, lentAt: TradeDesk.now,
                                      dueBack: TradeDesk.now.addingTimeInterval(14 * 86_400))))
    return desk
  }()

  static func swatches(_ sku: String, _ count: Int) -> Expected { .intent(.command(.addSwatches(sku: sku, count: count))) }

  /// Swatches counted in with the number first, and a loan named as the subject.
  static let samples: [Row] = [
    row("add 20 swatches linen 220", swatches("LIN-220", 20)),
    row("add 5 harris tweed swatches", swatches("TWD-HT", 5)),
    row("+10 poplin white swatches in", swatches("POP-WHT", 10)),
    row("+4 samples of wool flannel", swatches("WFL-300", 4)),
    row("add 20 swatches", fails("Swatches of which fabric?", "e.g. add samples 10 linen 220")),
    row("add 20 swatches linen 220 for drini", fails("I read `add 20 swatches linen 220 for` but not `drini`.", "Did you mean Drini Konfeksion?")),
    row("which swatches we still have", .intent(.question(.samples(lowOnly: false)))),
    row("send vlora 3 linen 220 swatches, they return in 2 weeks",
        .intent(.command(.lendSample(sku: "LIN-220", client: vlora, days: 14, count: 3)))),
    row("lend sample linen 220 to drini, back in 10 days", .intent(.command(.lendSample(sku: "LIN-220", client: drini, days: 10)))),
    row("give drini a wool flannel swatch due back in a week", .intent(.command(.lendSample(sku: "WFL-300", client: drini, days: 7)))),
    row("give drini a wool flannel swatch, they return in 0 days", readNot("give drini a wool flannel swatch", "they return in 0 days")),
    Row("L-1 came back", on: loanDesk, .intent(.command(.returnSample(loan: "L-1")))),
    Row("L-1 is back", on: loanDesk, .intent(.command(.returnSample(loan: "L-1")))),
    Row("L-1 returned", on: loanDesk, .intent(.command(.returnSample(loan: "L-1")))),
    Row("drini gave back the tweed swatch", on: loanDesk, .intent(.command(.returnSample(loan: "L-1")))),
    Row("L-404 is back", on: loanDesk, fails("There is no sample loan L-404.", "`samples` lists the swatches out.")),
    // A client who came back answered; no swatch is guessed back.
    Row("drini came back", on: loanDesk,
        fails("What about Drini Konfeksion?", "e.g. Drini Konfeksion accepts, Drini Konfeksion wants 12%, show Drini Konfeksion. Type help for more.")),
    Row("S-2 back", on: loanDesk, fails("S-2 is no swatch on loan.", "`samples` lists the swatches out, e.g. L-2 came back.")),
    Row("O-1 returned", on: loanDesk, fails("O-1 is no swatch on loan.", "`samples` lists the swatches out, e.g. L-2 came back.")),
  ]

  static func document(_ order: String) -> Expected { .intent(.question(.invoice(order: order))) }

  /// The purchase document and its total, the overdue total, the open stock requests.
  static let documentsAndLists: [Row] = [
    row("how much is S-2 all in", document("S-2")),
    row("how much is S-4 in total", document("S-4")),
    row("purchase doc S-1", document("S-1")),
    row("purchase document for S-3", document("S-3")),
    row("purchase doc S-9", fails("There is no order S-9.", "`orders` lists them.")),
    row("how much is S-2 all in all", readNot("how much is S-2 all in", "all")),
    row("total overdue amount", .intent(.question(.overdue))),
    row("overdue total", .intent(.question(.overdue))),
    row("how much is overdue", .intent(.question(.overdue))),
    row("drini invoices not paid yet", .intent(.question(.orders(client: drini, unpaidOnly: true)))),
    row("vlora's unpaid invoices", .intent(.question(.orders(client: vlora, unpaidOnly: true)))),
    row("drini open invoices", .intent(.question(.orders(client: drini, unpaidOnly: true)))),
    row("which stock requests still open", .intent(.question(.stockRequests))),
    row("open stock requests", .intent(.question(.stockRequests))),
  ]

  static func terms(_ client: String, _ terms: PaymentTerms) -> Expected { .intent(.command(.setClientTerms(client: client, terms: terms))) }

  /// A client's terms changed "from now on": every change on the desk is from now.
  static let termsFromNow: [Row] = [
    row("from now on drini pays net 60", terms(drini, .net(days: 60))),
    row("from now vlora pay net 45", terms(vlora, .net(days: 45))),
    row("going forward, drini pays in 30 days", terms(drini, .net(days: 30))),
    row("from now on ship S-1", fails("I don't know \"from\".", "Type help to see what the desk understands.")),
  ]

  @Test(arguments: termsFromNow) func termsFromNowOn(_ row: Row) { row.check() }
  @Test(arguments: documentsAndLists) func aDocumentOrAList(_ row: Row) { row.check() }
  @Test(arguments: samples) func swatchesInAndBack(_ row: Row) { row.check() }
  @Test(arguments: daysOfAMove) func aMoveOnItsDay(_ row: Row) { row.check() }
  @Test(arguments: lists) func aListAsCSV(_ row: Row) { row.check() }
  @Test(arguments: expenses) func anExpenseAsTyped(_ row: Row) { row.check() }
}
