import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Questions as people ask them, with or without apostrophes and question marks: "whats late",
/// "how much is S-4", "when is S-4 due", "which lots of satin are there", "top 5 clients",
/// "how much did drini buy this year", "sales of tweed last month". Each is one of the desk's
/// views. Read against TradeDesk at Monday 30 November 2026.
@Suite struct QuestionsAsAskedPhrasingTests {
  static let desk = TradeDesk.desk
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora
  static let thisYear = Period(kind: .year, year: 2026, index: 1), lastYear = Period(kind: .year, year: 2025, index: 1)
  static let thisMonth = Period(kind: .month, year: 2026, index: 11), lastMonth = Period(kind: .month, year: 2026, index: 10)
  static let thisQuarter = Period(kind: .quarter, year: 2026, index: 4), lastQuarter = Period(kind: .quarter, year: 2026, index: 3)

  static func salesOf(_ period: Period, client: String? = nil, sku: String? = nil, category: String? = nil, byMonth: Bool = false) -> Expected {
    ask(.salesOf(period: period, client: client, sku: sku, category: category, byMonth: byMonth))
  }

  static let money: [Row] = [
    Row("whats late", on: desk, ask(.overdue)),
    Row("what's late?", on: desk, ask(.overdue)),
    Row("what is late", on: desk, ask(.overdue)),
    Row("anything late?", on: desk, ask(.overdue)),
    Row("whats overdue", on: desk, ask(.overdue)),
    Row("who is late paying", on: desk, ask(.overdue)),
    Row("how much is S-4", on: desk, ask(.invoice(order: "S-4"))),
    Row("how much is s4?", on: desk, ask(.invoice(order: "S-4"))),
    Row("how much was S-2", on: desk, ask(.invoice(order: "S-2"))),
    Row("whats the total of S-3", on: desk, ask(.invoice(order: "S-3"))),
    Row("what's the value of order 3", on: desk, ask(.invoice(order: "S-3"))),
    Row("how much is drini's last order", on: desk, ask(.invoice(order: "S-2"))),
    Row("when is S-4 due", on: desk, ask(.invoice(order: "S-4"))),
    Row("when is S-4 due?", on: desk, ask(.invoice(order: "S-4"))),
    Row("whens s2 due", on: desk, ask(.invoice(order: "S-2"))),
    Row("when's S-2 payable", on: desk, ask(.invoice(order: "S-2"))),
    Row("when is order 4 due", on: desk, ask(.invoice(order: "S-4"))),
    Row("due date of S-4", on: desk, ask(.invoice(order: "S-4"))),
    Row("when is drini's last order due", on: desk, ask(.invoice(order: "S-2"))),
    Row("when is vloras latest order due", on: desk, ask(.invoice(order: "S-4"))),
    Row("when is S-9 due", on: desk, fails("There is no order S-9.", "`orders` lists them.")),
    Row("when is the meeting", on: desk, .anyError),
    Row("how much acme still owe", ask(.balance(client: PhrasingDesk.acme))),
    Row("how much bora still owes", ask(.balance(client: PhrasingDesk.bora))),
    Row("how much does celik owe us", ask(.balance(client: PhrasingDesk.celik))),
    Row("how much do they owe", client: PhrasingDesk.bora, ask(.balance(client: PhrasingDesk.bora))),
    Row("how much do they owe", fails("Which client?", "Name one, e.g. balance Acme")),
    Row("total for drinis last order?", on: desk, ask(.invoice(order: "S-2"))),
    Row("total for their last order", client: drini, on: desk, ask(.invoice(order: "S-2"))),
  ]

  static let stock: [Row] = [
    Row("which lots of satin are there", on: desk, ask(.product(sku: "SAT-DCH"))),
    Row("which lots of satin are there?", on: desk, ask(.product(sku: "SAT-DCH"))),
    Row("what lots of tweed do we have", on: desk, ask(.product(sku: "TWD-HT"))),
    Row("which dye lots of harris tweed", on: desk, ask(.product(sku: "TWD-HT"))),
    Row("how much satin do we have", on: desk, ask(.product(sku: "SAT-DCH"))),
    Row("how much tweed is left", on: desk, ask(.product(sku: "TWD-HT"))),
    Row("any flannel in stock?", on: desk, ask(.product(sku: "WFL-300"))),
    Row("is tweed in stock", on: desk, ask(.product(sku: "TWD-HT"))),
    Row("do we have satin", on: desk, ask(.product(sku: "SAT-DCH"))),
    Row("price of twd-ht", on: desk, ask(.product(sku: "TWD-HT"))),
    // A category of several fabrics stays the category.
    Row("which lots of wool are there", on: desk, ask(.catalog(category: "wool"))),
    Row("lots of LIN-220?", ask(.product(sku: "LIN-220"))),
    Row("price crepe de chine", ask(.product(sku: "SLK-CDC"))),
    Row("how much poplin we have?", ask(.product(sku: "POP-WHT"))),
    Row("what's on hold for drini", on: desk, ask(.reservations(client: drini))),
    Row("whats on hold for vlora", on: desk, ask(.reservations(client: vlora))),
    Row("what is on hold", on: desk, ask(.reservations(client: nil))),
    Row("whats reserved for vlora home?", on: desk, ask(.reservations(client: vlora))),
  ]

  static let reports: [Row] = [
    Row("top 5 clients", on: desk, ask(.topClients(period: thisYear, count: 5))),
    Row("top 5 clients?", on: desk, ask(.topClients(period: thisYear, count: 5))),
    Row("top 3 customers last quarter", on: desk, ask(.topClients(period: lastQuarter, count: 3))),
    Row("top 10 clients last year", on: desk, ask(.topClients(period: lastYear, count: 10))),
    Row("best 5 customers this year", on: desk, ask(.topClients(period: thisYear, count: 5))),
    Row("who are my top 5 clients", on: desk, ask(.topClients(period: thisYear, count: 5))),
    Row("top clients", on: desk, ask(.topClients(period: thisYear))),
    Row("top 5 linen", on: desk, .anyError),
    Row("top 0 clients", on: desk, .anyError),
    Row("where am i against quota this month", on: desk, ask(.quota(period: thisMonth))),
    Row("where am i against quota", on: desk, ask(.quota(period: nil))),
    Row("where am i vs quota this quarter", on: desk, ask(.quota(period: thisQuarter))),
    Row("where am i against target this month?", on: desk, ask(.quota(period: thisMonth))),
    Row("where am i this month", on: desk, ask(.quota(period: thisMonth))),
    Row("wheres my quota", on: desk, ask(.quota(period: nil))),
    Row("how am i against quota this quarter", on: desk, ask(.quota(period: thisQuarter))),
    Row("growth this quarter vs last", on: desk, ask(.growth(period: thisQuarter))),
    Row("growth this quarter vs last quarter", on: desk, ask(.growth(period: thisQuarter))),
    Row("growth this month versus last month", on: desk, ask(.growth(period: thisMonth))),
    Row("growth this year compared to last year", on: desk, ask(.growth(period: thisYear))),
    Row("growth this month vs previous", on: desk, ask(.growth(period: thisMonth))),
    // Growth is always against the period just before: any other comparison is refused.
    Row("growth this month vs last quarter", on: desk,
        fails("Growth compares a month with the month before it.", "e.g. growth this quarter vs last")),
    Row("growth this quarter vs q1", on: desk,
        fails("Growth is always against the quarter before Q4 2026.", "e.g. growth this quarter vs last")),
    Row("how much did drini buy this year", on: desk, salesOf(thisYear, client: drini)),
    Row("how much did drini buy this year?", on: desk, salesOf(thisYear, client: drini)),
    Row("how much did vlora order last month", on: desk, salesOf(lastMonth, client: vlora)),
    Row("how much has vlora bought", on: desk, salesOf(thisYear, client: vlora)),
    Row("how much has vlora home bought from us this year", on: desk, salesOf(thisYear, client: vlora)),
    Row("how much did they buy last quarter", client: drini, on: desk, salesOf(lastQuarter, client: drini)),
    Row("what did drini buy this year", on: desk, salesOf(thisYear, client: drini)),
    Row("what did vlora order last month", on: desk, salesOf(lastMonth, client: vlora)),
    Row("what did drini buy last", on: desk, ask(.invoice(order: "S-2"))),
    Row("how much did they buy", on: desk, fails("Which client?", "Name one, e.g. how much did Acme buy this year")),
    Row("how much did drini pay", on: desk, .anyError),
    Row("sales of tweed last month", on: desk, salesOf(lastMonth, sku: "TWD-HT")),
    Row("sales of harris tweed this year", on: desk, salesOf(thisYear, sku: "TWD-HT")),
    Row("sales of satin this year", on: desk, salesOf(thisYear, category: "satin")),
    Row("sales of wool last quarter", on: desk, salesOf(lastQuarter, category: "wool")),
    Row("sales to drini this year", on: desk, salesOf(thisYear, client: drini)),
    Row("sales for vlora last month", on: desk, salesOf(lastMonth, client: vlora)),
    Row("tweed sales last month", on: desk, salesOf(lastMonth, sku: "TWD-HT")),
    Row("drini sales this year", on: desk, salesOf(thisYear, client: drini)),
    Row("vlora home turnover last quarter", on: desk, salesOf(lastQuarter, client: vlora)),
    Row("sales this year by month", on: desk, salesOf(thisYear, byMonth: true)),
    Row("sales by month this year", on: desk, salesOf(thisYear, byMonth: true)),
    Row("sales by month", on: desk, salesOf(thisYear, byMonth: true)),
    Row("sales this quarter by month", on: desk, salesOf(thisQuarter, byMonth: true)),
    Row("monthly sales this year", on: desk, salesOf(thisYear, byMonth: true)),
    Row("monthly sales", on: desk, salesOf(thisYear, byMonth: true)),
    Row("sales of tweed this year by month", on: desk, salesOf(thisYear, sku: "TWD-HT", byMonth: true)),
    Row("sales of tweed by client", on: desk,
        fails("I can show sales of one name or by client, not both at once.", "e.g. sales by client nov 2026, or sales this year by month")),
    Row("sales this month", on: desk, ask(.sales(period: thisMonth, by: nil))),
    // As the development set types them, on the phrasing desk (Acme, Bora, Çelik, Atelier, Nordic).
    Row("linen sales last quarter", salesOf(lastQuarter, category: "linen")),
    Row("acme sales this year", salesOf(thisYear, client: PhrasingDesk.acme)),
    Row("bora turnover last quarter", salesOf(lastQuarter, client: PhrasingDesk.bora)),
    Row("silk habotai sales this month", salesOf(thisMonth, sku: "SLK-H90")),
    Row("sales of crepe de chine this year", salesOf(thisYear, sku: "SLK-CDC")),
    Row("how much we sold to acme in 2026", salesOf(thisYear, client: PhrasingDesk.acme)),
    Row("how much have we sold to bora this year", salesOf(thisYear, client: PhrasingDesk.bora)),
    Row("how much has acme bought this year", salesOf(thisYear, client: PhrasingDesk.acme)),
    Row("growth vs last year", ask(.growth(period: thisYear))),
    Row("growth vs last month", ask(.growth(period: thisMonth))),
    Row("growth vs last quarter", ask(.growth(period: thisQuarter))),
    Row("quota q4?", ask(.quota(period: Period(kind: .quarter, year: 2026, index: 4)))),
  ]

  @Test(arguments: money) func aboutMoneyAndOrders(_ row: Row) { row.check() }
  @Test(arguments: stock) func aboutStock(_ row: Row) { row.check() }
  @Test(arguments: reports) func aboutTheNumbers(_ row: Row) { row.check() }
}
