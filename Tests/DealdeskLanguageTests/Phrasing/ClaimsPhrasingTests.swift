import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Complaints, competitor prices and expenses, read on the phrasing desk with an order each
/// for Acme (S-1) and Bora (S-2) and one open complaint (C-1, Acme's).
@Suite struct ClaimsPhrasingTests {
  static let desk: Desk = {
    var desk = PhrasingDesk.desk
    let now = PhrasingDesk.now
    let line = OrderLine(sku: "POP-WHT", meters: 300, listPrice: dec("6.90"), discounts: [], unitPrice: dec("6.90"), lot: "25-031")
    desk.apply(.orderPlaced(Order(id: "S-1", number: 1, clientId: PhrasingDesk.acme, offer: nil, status: .open, lines: [line],
                                  paymentTerms: .net(days: 30), createdAt: now)))
    desk.apply(.orderPlaced(Order(id: "S-2", number: 2, clientId: PhrasingDesk.bora, offer: nil, status: .open, lines: [line],
                                  paymentTerms: .net(days: 30), createdAt: now)))
    desk.apply(.complaintFiled(Complaint(id: "C-1", clientId: PhrasingDesk.acme, order: "S-1", lot: nil, reason: .shade,
                                         text: "wrong shade", openedAt: now)))
    return desk
  }()

  static let acme = PhrasingDesk.acme, bora = PhrasingDesk.bora

  static func complaint(_ client: String, on order: String? = nil, lot: String? = nil, _ reason: ComplaintReason, _ text: String) -> Expected {
    .intent(.command(.fileComplaint(NewComplaint(client: client, order: order, lot: lot, reason: reason, text: text))))
  }

  static func resolve(_ verdict: ComplaintVerdict?, credit: Decimal? = nil, meters: Decimal? = nil,
                      percent: Decimal? = nil, _ text: String) -> Expected {
    .intent(.command(.resolveComplaint(complaint: "C-1", verdict: verdict,
                                       resolution: ComplaintResolution(credit: credit, replacementMeters: meters, discountPercent: percent, text: text))))
  }

  static let complaints: [Row] = [
    Row("complaint Acme: wrong shade on S-1", complaint(acme, on: "S-1", .shade, "wrong shade on S-1")),
    Row("Acme complains about late delivery", complaint(acme, .lateDelivery, "late delivery")),
    Row("Acme complained about holes in the fabric", complaint(acme, .defects, "holes in the fabric")),
    Row("complaint on the last order: 20 m short", client: acme, complaint(acme, on: "S-1", .shortLength, "20 m short")),
    Row("complaint Bora on their last order: colour is off", complaint(bora, on: "S-2", .shade, "colour is off")),
    Row("complaint S-2: too narrow", complaint(bora, on: "S-2", .width, "too narrow")),
    Row("complaint Acme: lot 24-117 has stains", complaint(acme, lot: "24-117", .defects, "lot 24-117 has stains")),
    Row("complaint Acme: the invoice address is wrong", complaint(acme, .other, "the invoice address is wrong")),
    // Another client's order is read as written; the desk's rules refuse it.
    Row("complaint Bora: 20 m short on S-1", complaint(bora, on: "S-1", .shortLength, "20 m short on S-1")),
    Row("complaint Acme:", fails("What is the complaint?", "e.g. complaint Acme Textiles: wrong shade on S-7")),
    Row("complaint: wrong shade", fails("Which client?", "Name one, e.g. complaint Acme: wrong shade on S-7")),
    Row("complaint Acme: short on S-9", fails("There is no order S-9.", "`orders for Acme Textiles` lists theirs.")),
    Row("complaint Çelik on the last order: late", fails("Çelik Tekstil has no orders yet.", "Record the complaint without one: complaint Çelik Tekstil: …")),
  ]

  static let resolving: [Row] = [
    Row("resolve C-1: replaced 50m", resolve(nil, meters: 50, "replaced 50m")),
    Row("resolve C-1 justified: credit 120.00", resolve(.justified, credit: dec("120.00"), "credit 120.00")),
    Row("C-1 unjustified: within tolerance", resolve(.unjustified, "within tolerance")),
    Row("C-1 is not justified: within 2% tolerance", resolve(.unjustified, "within 2% tolerance")),
    Row("C-1 justified", resolve(.justified, "")),
    Row("resolve c1: justified, 5% discount on the next order", resolve(.justified, percent: 5, "5% discount on the next order")),
    Row("resolve C-1 justified: refunded 80 and replaced 20 m", resolve(.justified, credit: 80, meters: 20, "refunded 80 and replaced 20 m")),
    Row("resolve: credit 50", client: acme, resolve(nil, credit: 50, "credit 50")),
    Row("resolve C-1", fails("How was C-1 resolved?", "e.g. resolve C-1 justified: credit 120.00, or C-1 unjustified: within tolerance")),
    Row("resolve C-9: replaced", fails("There is no complaint C-9.", "`complaints` lists them.")),
    Row("C-9 justified", fails("There is no complaint C-9.", "`complaints` lists them.")),
    Row("resolve: credit 50", client: bora, fails("Which complaint?", "Name it, e.g. resolve C-3: replaced 50m (`open complaints` lists them)")),
  ]

  static let listing: [Row] = [
    Row("complaints", ask(.complaints(client: nil, openOnly: false))),
    Row("open complaints", ask(.complaints(client: nil, openOnly: true))),
    Row("complaints for Acme", ask(.complaints(client: acme, openOnly: false))),
    Row("open complaints for Bora", ask(.complaints(client: bora, openOnly: true))),
    Row("competitors", ask(.competitors(sku: nil))),
    Row("competitors for linen 220", ask(.competitors(sku: "LIN-220"))),
    Row("expenses", ask(.expenses)),
    Row("budget", ask(.expenses)),
  ]

  static let competitors: [Row] = [
    Row("Tekstil Plus sells linen 220 at 11.00",
        .intent(.command(.noteCompetitorPrice(competitor: "Tekstil Plus", sku: "LIN-220", price: dec("11.00"), note: nil)))),
    Row("Aegean Mills sells poplin white at 6.20/m, net 60",
        .intent(.command(.noteCompetitorPrice(competitor: "Aegean Mills", sku: "POP-WHT", price: dec("6.20"), note: "net 60")))),
    Row("Tessuti is selling Wool Flannel for €19.90",
        .intent(.command(.noteCompetitorPrice(competitor: "Tessuti", sku: "WFL-300", price: dec("19.90"), note: nil)))),
    Row("Tekstil Plus sells linen at 11.00", .anyError),
    Row("Tekstil Plus sells", fails("Which of our fabrics does Tekstil Plus sell, and at what price?", "e.g. Tekstil Plus sells linen 220 at 11.00")),
    Row("Tekstil Plus sells linen 220", fails("At what price per metre?", "e.g. Tekstil Plus sells Linen 220 at 11.00")),
    Row("Tekstil Plus sells linen 220 at $11", fails("This desk works in EUR, not USD.", "Give the amount in EUR.")),
  ]

  static let expenses: [Row] = [
    Row("expense 45 lunch with Acme", .intent(.command(.recordExpense(amount: 45, text: "lunch with Acme", client: acme)))),
    Row("spent 18.50 on coffee with Bora", .intent(.command(.recordExpense(amount: dec("18.50"), text: "coffee with Bora", client: bora)))),
    Row("expense €60 taxi to the fair", .intent(.command(.recordExpense(amount: 60, text: "taxi to the fair", client: nil)))),
    Row("expense lunch", fails("How much was spent?", "e.g. expense 45 lunch with Acme")),
    Row("expense 45", fails("What was it for?", "e.g. expense 45 lunch with Acme")),
    Row("set entertainment budget 500 a month", .intent(.command(.setExpenseBudget(amount: 500, period: .month)))),
    Row("set expense budget 1,200 per quarter", .intent(.command(.setExpenseBudget(amount: 1200, period: .quarter)))),
    Row("set entertainment budget 300", .intent(.command(.setExpenseBudget(amount: 300, period: .month)))),
    Row("set entertainment budget none", .intent(.command(.setExpenseBudget(amount: nil, period: .month)))),
    Row("set entertainment budget 500 a week", fails("A budget is per month or per quarter.", "e.g. set entertainment budget 500 a month")),
  ]

  /// Every row here is read on this suite's desk (orders S-1, S-2 and a lot to complain about).
  private func check(_ row: Row, sourceLocation: SourceLocation = #_sourceLocation) {
    var onThisDesk = row
    onThisDesk.desk = Self.desk
    onThisDesk.check(sourceLocation: sourceLocation)
  }

  /// Complaints, competitors and expenses in the words a manager reaches for first.
  static let inWords: [Row] = [
    Row("Acme is unhappy with S-1: wrong shade", complaint(acme, on: "S-1", .shade, "wrong shade")),
    Row("Acme is not happy about the shade on S-1", complaint(acme, on: "S-1", .shade, "shade on S-1")),
    Row("close C-1: credit 120", resolve(nil, credit: 120, "credit 120")),
    Row("close complaint 1: replaced 50m", resolve(nil, meters: 50, "replaced 50m")),
    Row("close C-9: credit 120", fails("There is no complaint C-9.", "`complaints` lists them.")),
    Row("any open complaints", ask(.complaints(client: nil, openOnly: true))),
    Row("any complaints from Acme", ask(.complaints(client: acme, openOnly: false))),
    Row("Tekstil Plus offers linen 220 at 11.00", .intent(.command(.noteCompetitorPrice(competitor: "Tekstil Plus", sku: "LIN-220", price: 11, note: nil)))),
    Row("Tekstil Plus is quoting linen 220 at 10.80", .intent(.command(.noteCompetitorPrice(competitor: "Tekstil Plus", sku: "LIN-220", price: dec("10.80"), note: nil)))),
    Row("Tekstil Plus charges 11.00 for linen 220", .intent(.command(.noteCompetitorPrice(competitor: "Tekstil Plus", sku: "LIN-220", price: 11, note: nil)))),
    Row("Tekstil Plus charges €11.00/m for linen 220, net 60", .intent(.command(.noteCompetitorPrice(competitor: "Tekstil Plus", sku: "LIN-220", price: 11, note: "net 60")))),
    Row("Tekstil Plus charges 11.00/yd for linen 220", fails("Give the competitor's price per metre.", "e.g. Tekstil Plus sells Linen 220 at 11.00")),
    Row("what do competitors charge for linen 220", ask(.competitors(sku: "LIN-220"))),
    Row("what does the competition charge for poplin", ask(.competitors(sku: "POP-WHT"))),
    Row("expense: lunch with Acme 45", .intent(.command(.recordExpense(amount: 45, text: "lunch with Acme", client: acme)))),
    Row("expense lunch with Bora for 38.50", .intent(.command(.recordExpense(amount: dec("38.50"), text: "lunch with Bora", client: bora)))),
    Row("expense: lunch with Acme", fails("How much was spent?", "e.g. expense 45 lunch with Acme")),
    Row("how much budget do I have left", ask(.expenses)),
    Row("how much have I spent this month", ask(.expenses)),
    Row("what's left in the budget", ask(.expenses)),
  ]

  @Test(arguments: inWords) func inTheManagersWords(_ row: Row) { check(row) }
  @Test(arguments: complaints) func fileAComplaint(_ row: Row) { check(row) }
  @Test(arguments: resolving) func resolveAComplaint(_ row: Row) { check(row) }
  @Test(arguments: listing) func listClaims(_ row: Row) { check(row) }
  @Test(arguments: competitors) func noteACompetitorPrice(_ row: Row) { check(row) }
  @Test(arguments: expenses) func recordAnExpense(_ row: Row) { check(row) }

  @Test func aComplaintPutsItsClientInContext() throws {
    let context = ParseContext(desk: Self.desk, names: NameIndex(desk: Self.desk), contextClient: nil, now: PhrasingDesk.now)
    #expect(try Parser.parse("complaint S-2: too narrow", context: context).client == Self.bora)
    #expect(try Parser.parse("C-1 justified", context: context).client == Self.acme)
  }
}
