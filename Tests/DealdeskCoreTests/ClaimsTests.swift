import DealdeskCore
import Foundation
import Testing

@Suite struct ClaimsTests {
  private let now = Fixtures.now
  private func d(_ s: String) -> Decimal { Fixtures.d(s) }

  /// The fixture desk with a second client and an order of Acme's shipped from one lot.
  private func shipped() throws -> Desk {
    var desk = Fixtures.desk()
    desk.apply(.clientAdded(Client(id: "CL-2", name: "Bora Fabrics", addedAt: now)))
    desk.apply(.stockReceived(sku: "LIN-220", lot: "24-117", meters: 800, at: now))
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 100)]), on: &desk)
    _ = try Fixtures.run(.ship(order: "S-1"), on: &desk)
    return desk
  }

  @Test func aComplaintOnAnOrderTakesItsLotAndACounterId() throws {
    var desk = try shipped()
    let events = try Fixtures.run(.fileComplaint(NewComplaint(client: "CL-1", order: "S-1", reason: .shade, text: "wrong  shade")), on: &desk)
    guard case .complaintFiled(let complaint)? = events.first else { Issue.record("no complaint filed"); return }
    #expect(complaint.id == "C-1")
    #expect(complaint.lot == "24-117")
    #expect(complaint.text == "wrong shade")
    #expect(complaint.status == .open)
    #expect(desk.nextComplaintNumber == 2)
  }

  @Test func aComplaintOnAnotherClientsOrderIsRefused() throws {
    let desk = try shipped()
    #expect(throws: DeskError.self) {
      try decide(.fileComplaint(NewComplaint(client: "CL-2", order: "S-1", reason: .shortLength, text: "20 m short")), desk: desk, now: now)
    }
    #expect(throws: DeskError.self) {
      try decide(.fileComplaint(NewComplaint(client: "CL-1", order: "S-9", reason: .other, text: "bad")), desk: desk, now: now)
    }
    #expect(throws: DeskError.self) { try decide(.fileComplaint(NewComplaint(client: "CL-1", reason: .other, text: "  ")), desk: desk, now: now) }
  }

  @Test func theVerdictAndResolutionAreRecordedAndResolvingTwiceIsRefused() throws {
    var desk = try shipped()
    _ = try Fixtures.run(.fileComplaint(NewComplaint(client: "CL-1", order: "S-1", reason: .shade, text: "wrong shade")), on: &desk)
    let later = now.addingTimeInterval(86_400)
    let resolution = ComplaintResolution(credit: d("120.00"), text: "credit 120.00")
    _ = try Fixtures.run(.resolveComplaint(complaint: "C-1", verdict: .justified, resolution: resolution), on: &desk, at: later)
    let complaint = try #require(desk.complaints["C-1"])
    #expect(complaint.status == .resolved)
    #expect(complaint.verdict == .justified)
    #expect(complaint.resolution?.credit == d("120.00"))
    #expect(complaint.resolvedAt == later)
    #expect(throws: DeskError.self) {
      try decide(.resolveComplaint(complaint: "C-1", verdict: .unjustified, resolution: ComplaintResolution(text: "again")), desk: desk, now: later)
    }
    #expect(throws: DeskError.self) {
      try decide(.resolveComplaint(complaint: "C-7", verdict: nil, resolution: ComplaintResolution(text: "x")), desk: desk, now: later)
    }
  }

  @Test func aResolutionsFiguresAreChecked() throws {
    var desk = try shipped()
    _ = try Fixtures.run(.fileComplaint(NewComplaint(client: "CL-1", reason: .defects, text: "holes")), on: &desk)
    for bad in [ComplaintResolution(credit: d("12.345")), ComplaintResolution(credit: 0), ComplaintResolution(replacementMeters: -5),
                ComplaintResolution(discountPercent: 100)] {
      #expect(throws: DeskError.self) { try decide(.resolveComplaint(complaint: "C-1", verdict: .justified, resolution: bad), desk: desk, now: now) }
    }
  }

  @Test(arguments: [
    ("wrong shade on S-7", ComplaintReason.shade), ("the colour is off", .shade), ("20 m short", .shortLength),
    ("late delivery", .lateDelivery), ("too narrow, 145 cm", .width), ("lighter weight than the spec", .weight),
    ("holes in two rolls", .defects), ("the invoice is wrong", .other),
  ])
  func theReasonIsReadFromTheWords(text: String, reason: ComplaintReason) {
    #expect(ComplaintReason.read(from: text) == reason)
  }

  @Test func competitorPricesKeepTheLatestOfEachCompetitor() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.noteCompetitorPrice(competitor: "Tekstil Plus", sku: "LIN-220", price: d("11.00"), note: nil), on: &desk)
    _ = try Fixtures.run(.noteCompetitorPrice(competitor: "Aegean Mills", sku: "LIN-220", price: d("11.80"), note: "net 60"), on: &desk)
    _ = try Fixtures.run(.noteCompetitorPrice(competitor: "tekstil plus", sku: "LIN-220", price: d("10.70"), note: nil), on: &desk)
    #expect(desk.competitorPrices(for: "LIN-220").map(\.price) == [d("11.80"), d("10.70")])
    #expect(desk.competitorPrices.count == 3)
    #expect(throws: DeskError.self) { try decide(.noteCompetitorPrice(competitor: "X", sku: "NOPE", price: 1, note: nil), desk: desk, now: now) }
    #expect(throws: DeskError.self) { try decide(.noteCompetitorPrice(competitor: "X", sku: "LIN-220", price: d("1.005"), note: nil), desk: desk, now: now) }
    #expect(throws: DeskError.self) { try decide(.noteCompetitorPrice(competitor: " ", sku: "LIN-220", price: 1, note: nil), desk: desk, now: now) }
  }

  @Test func expensesAreValidated() throws {
    let desk = Fixtures.desk()
    for amount in [Decimal(0), -5, d("45.001"), d("2000000000")] {
      #expect(throws: DeskError.self) { try decide(.recordExpense(amount: amount, text: "lunch", client: nil), desk: desk, now: now) }
    }
    #expect(throws: DeskError.self) { try decide(.recordExpense(amount: 45, text: " ", client: nil), desk: desk, now: now) }
    #expect(throws: DeskError.self) { try decide(.recordExpense(amount: 45, text: "lunch", client: "CL-9"), desk: desk, now: now) }
    #expect(throws: DeskError.self) { try decide(.setExpenseBudget(amount: 0, period: .month), desk: desk, now: now) }
  }

  @Test func theBudgetCountsOnlyThisCalendarMonth() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.setExpenseBudget(amount: 200, period: .month), on: &desk)
    let day: TimeInterval = 86_400
    // now is 28 Nov 2026: one expense in October, two in November, one in December.
    _ = try Fixtures.run(.recordExpense(amount: 90, text: "october dinner", client: nil), on: &desk, at: now.addingTimeInterval(-30 * day))
    _ = try Fixtures.run(.recordExpense(amount: d("120.50"), text: "dinner", client: "CL-1"), on: &desk)
    _ = try Fixtures.run(.recordExpense(amount: 100, text: "lunch", client: nil), on: &desk, at: now.addingTimeInterval(day))
    _ = try Fixtures.run(.recordExpense(amount: 10, text: "coffee", client: nil), on: &desk, at: now.addingTimeInterval(4 * day))
    let november = desk.budgetStanding(at: now)
    #expect(november.spent == d("220.50"))
    #expect(november.left == d("-20.50"))
    #expect(november.isOver)
    #expect(november.expenses.map(\.id) == ["E-2", "E-3"])
    let december = desk.budgetStanding(at: now.addingTimeInterval(4 * day))
    #expect(december.spent == 10)
    #expect(december.left == 190)
    _ = try Fixtures.run(.setExpenseBudget(amount: 600, period: .quarter), on: &desk)
    // October to December is one quarter.
    #expect(desk.budgetStanding(at: now).spent == d("320.50"))
    #expect(try decide(.setExpenseBudget(amount: 600, period: .quarter), desk: desk, now: now).isEmpty)
  }

  @Test func aDeskSavedBeforeClaimsOpensWithThemEmpty() throws {
    var desk = Fixtures.desk()
    desk.settings.expenseBudget = 500
    let data = try JSONEncoder().encode(desk)
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in ["complaints", "competitorPrices", "expenses", "nextComplaintNumber", "nextExpenseNumber"] { object[key] = nil }
    var settings = try #require(object["settings"] as? [String: Any])
    settings["expenseBudget"] = nil
    settings["expenseBudgetPeriod"] = nil
    object["settings"] = settings
    let old = try JSONDecoder().decode(Desk.self, from: JSONSerialization.data(withJSONObject: object))
    #expect(old.complaints.isEmpty && old.competitorPrices.isEmpty && old.expenses.isEmpty)
    #expect(old.nextComplaintNumber == 1)
    #expect(old.settings.expenseBudget == nil)
    #expect(old.settings.expenseBudgetPeriod == .month)
  }
}

@Suite struct CompetitorReportTests {
  let now = Date(timeIntervalSince1970: 1_796_029_200)

  @Test func severalPricesAtOnceAreNotedTogetherUnderTheNameOnRecord() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.noteCompetitorPrice(competitor: "Tekstil Plus", sku: "LIN-220", price: 11, note: nil), on: &desk)
    let events = try decide(.noteCompetitorPrices(competitor: "tekstil PLUS", quotes: [CompetitorQuote(sku: "LIN-220", price: Decimal(string: "10.80")!),
                                                                                     CompetitorQuote(sku: "LIN-180", price: 6)],
                                                  note: "net 60"), desk: desk, now: now)
    #expect(events.count == 2)
    for case .competitorPriceNoted(let price) in events {
      #expect(price.competitor == "Tekstil Plus")
      #expect(price.note == "net 60")
    }
    for event in events { desk.apply(event) }
    #expect(desk.competitorNames == ["Tekstil Plus"])
    #expect(desk.competitorPrices(for: "LIN-220").map(\.price) == [Decimal(string: "10.80")!])
  }

  @Test func aReportWithAFabricTwiceOrNoneOrAnUnknownOneIsRefusedWhole() throws {
    let desk = Fixtures.desk()
    let twice = [CompetitorQuote(sku: "LIN-220", price: 11), CompetitorQuote(sku: "LIN-220", price: 10)]
    #expect(throws: DeskError.self) { try decide(.noteCompetitorPrices(competitor: "Rival", quotes: twice, note: nil), desk: desk, now: now) }
    #expect(throws: DeskError.self) { try decide(.noteCompetitorPrices(competitor: "Rival", quotes: [], note: nil), desk: desk, now: now) }
    let oneUnknown = [CompetitorQuote(sku: "LIN-220", price: 11), CompetitorQuote(sku: "NOPE", price: 10)]
    #expect(throws: DeskError.self) { try decide(.noteCompetitorPrices(competitor: "Rival", quotes: oneUnknown, note: nil), desk: desk, now: now) }
  }
}
