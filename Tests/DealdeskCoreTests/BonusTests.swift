import DealdeskCore
import Foundation
import Testing

/// Issue 20, item 2: trade (retro) bonuses. One definition of their figures
/// (`Desk.standing(of:now:)`), and the rules that agree, approve, end and settle them.
/// Fixtures.now is 28 Nov 2026 10:00 UTC; Linen 220 lists at 12.40/m.
@Suite struct BonusTests {
  private let now = Fixtures.now
  private func d(_ s: String) -> Decimal { Fixtures.d(s) }
  private let day: TimeInterval = 86_400
  /// 2 Jan 2027 10:00: the first days after 2026.
  private var newYear: Date { now.addingTimeInterval(35 * day) }

  private func desk() -> Desk {
    var desk = Fixtures.desk()
    desk.apply(.stockReceived(sku: "LIN-220", lot: "24-117", meters: 100_000, at: now.addingTimeInterval(-400 * day)))
    return desk
  }

  /// An order of `meters` of Linen 220 placed and shipped at `at`: an invoice of meters × 12.40.
  private func sell(_ meters: Decimal, at: Date, on desk: inout Desk) throws {
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: meters)]), on: &desk, at: at)
    _ = try Fixtures.run(.ship(order: desk.ordersInOrder.last?.id ?? ""), on: &desk, at: at)
  }

  private func credit(_ amount: Decimal, at: Date, on desk: inout Desk) {
    let number = (desk.creditNotesInOrder.last?.number ?? 0) + 1
    desk.apply(.creditNoteIssued(CreditNote(
      id: "CN-\(number)", number: number, clientId: "CL-1", order: nil, amount: amount, kind: .complaintCredit, source: "C-1",
      sku: nil, at: at, vatPercent: 20)))
  }

  private func bonus(_ percent: Decimal, over threshold: Decimal, _ kind: Period.Kind = .year, period: Period? = nil) -> Command {
    .agreeBonus(NewBonus(client: "CL-1", percent: percent, threshold: threshold, kind: kind, period: period))
  }

  private func refused(_ command: Command, on desk: Desk, at: Date? = nil, actor: Acting = .deskOwner) -> DeskError? {
    do {
      _ = try decide(command, desk: desk, now: at ?? now, actor: actor)
      return nil
    } catch { return error }
  }

  @Test func aBonusRunsOverTheCalendarYearItIsAgreedInAndAccruesOnAllPurchasesOnceOverTheThreshold() throws {
    var desk = desk()
    let events = try Fixtures.run(bonus(2, over: 10_000), on: &desk)
    guard case .bonusAgreed(let agreed)? = events.first else { Issue.record("no bonus agreed: \(events)"); return }
    #expect(agreed.id == "TB-1" && agreed.period == "2026" && agreed.status == .agreed && agreed.by == "you")
    // Purchases made earlier in the year count: a retro bonus is on the whole period.
    try sell(500, at: now.addingTimeInterval(-200 * day), on: &desk)  // 6,200.00 in May
    var s = desk.standing(of: agreed, now: now)
    #expect(s.state == .running && s.purchases == 6_200 && s.accrued == 124 && s.leftToThreshold == 3_800 && s.payable == 0)
    // A credit note takes from purchases by its own date.
    credit(200, at: now, on: &desk)
    s = desk.standing(of: agreed, now: now)
    #expect(s.invoiced == 6_200 && s.credited == 200 && s.purchases == 6_000 && s.accrued == 120 && s.leftToThreshold == 4_000)
    // Crossing the threshold: the percent is on all of it, not on the excess.
    try sell(400, at: now, on: &desk)  // 4,960.00
    s = desk.standing(of: agreed, now: now)
    #expect(s.purchases == 10_960 && s.reached && s.accrued == d("219.20") && s.payable == d("219.20"))
    // At today's pace (332 days of 2026's 365 gone, today counted): 10,960 × 365 / 332.
    #expect(s.projectedPurchases == d("12049.40"))
    #expect(s.projectedBonus == d("240.99"))
  }

  @Test func onlyWhatFallsInThePeriodCounts() throws {
    var desk = desk()
    _ = try Fixtures.run(bonus(1, over: 0, .quarter), on: &desk)  // Q4 2026
    let q4 = try #require(desk.bonusesInOrder.first)
    #expect(q4.period == "2026-Q4")
    let lastMoment = q4.calendarPeriod.wholeEnd.addingTimeInterval(-1)
    try sell(100, at: q4.calendarPeriod.start.addingTimeInterval(-1), on: &desk)  // 30 Sep: Q3
    try sell(100, at: q4.calendarPeriod.start, on: &desk)  // 1 Oct 00:00: Q4
    try sell(10, at: lastMoment, on: &desk)  // 31 Dec 23:59:59: Q4
    try sell(1_000, at: q4.calendarPeriod.wholeEnd, on: &desk)  // 1 Jan 2027: not
    credit(500, at: q4.calendarPeriod.wholeEnd, on: &desk)  // a credit in 2027 takes nothing from Q4
    let s = desk.standing(of: q4, now: newYear)
    #expect(s.state == .toSettle)
    #expect(s.invoiced == d("1364.00") && s.credited == 0 && s.accrued == d("13.64"))
    #expect(s.projectedPurchases == nil, "no projection once the period is over")
  }

  @Test func settlingAfterThePeriodIssuesACreditNoteForTheAccruedAmountAtTheInvoicesRate() throws {
    var desk = desk()
    _ = try Fixtures.run(bonus(d("2.5"), over: 10_000), on: &desk)
    try sell(1_000, at: now, on: &desk)  // 12,400.00
    // Not before the period is over; no early settlement.
    #expect(refused(.settleBonus(.client("CL-1")), on: desk)?.message
      == "TB-1 runs until 31 Dec 2026: a bonus is settled once its period is over, from 1 Jan 2027.")
    let events = try Fixtures.run(.settleBonus(.client("CL-1")), on: &desk, at: newYear)
    guard case .creditNoteIssued(let note)? = events.first, events.count == 1 else { Issue.record("\(events)"); return }
    #expect(note.amount == 310 && note.kind == .tradeBonus && note.source == "TB-1" && note.order == nil && note.at == newYear)
    #expect(note.vatPercent == 20)
    #expect(desk.vat(of: note).vat == 62 && desk.vat(of: note).gross == 372)
    let bonus = try #require(desk.bonusesInOrder.first)
    let s = desk.standing(of: bonus, now: newYear)
    #expect(s.state == .settled && s.creditNote == note)
    #expect(s.purchases == 12_400, "the bonus's own credit note is not taken from what it is paid on")
    #expect(refused(.settleBonus(.client("CL-1")), on: desk, at: newYear)?.message == "TB-1 was already settled by credit note CN-1 on 2 Jan 2027.")
  }

  @Test func anExportClientsBonusIsCreditedAtTheZeroRateItsInvoicesCarried() throws {
    var desk = desk()
    _ = try Fixtures.run(.setClientTax(client: "CL-1", change: .vat(.export)), on: &desk)
    _ = try Fixtures.run(bonus(1, over: 0), on: &desk)
    try sell(100, at: now, on: &desk)
    _ = try Fixtures.run(.setClientTax(client: "CL-1", change: .vat(.standard)), on: &desk)
    let events = try Fixtures.run(.settleBonus(.bonus("TB-1")), on: &desk, at: newYear)
    guard case .creditNoteIssued(let note)? = events.first else { Issue.record("\(events)"); return }
    #expect(note.amount == d("12.40") && note.vatPercent == 0)
  }

  @Test func aBonusNotEarnedOrWithNothingAccruedIsNotSettled() throws {
    var desk = desk()
    _ = try Fixtures.run(bonus(2, over: 50_000), on: &desk)
    try sell(1_000, at: now, on: &desk)
    let missed = refused(.settleBonus(.client("CL-1")), on: desk, at: newYear)
    #expect(missed?.message == "TB-1 was not earned: purchases in 2026 came to 12,400.00 EUR, 37,600.00 short of the 50,000.00 threshold.")
    var empty = Fixtures.desk()
    _ = try Fixtures.run(bonus(2, over: 0), on: &empty)
    #expect(refused(.settleBonus(.client("CL-1")), on: empty, at: newYear)?.message == "Nothing accrued on TB-1: purchases in 2026 came to 0.00 EUR.")
    #expect(refused(.settleBonus(.client("CL-1")), on: Fixtures.desk(), at: newYear)?.message == "Acme Textiles has no trade bonus.")
    #expect(refused(.settleBonus(.bonus("TB-9")), on: desk, at: newYear)?.message == "There is no bonus TB-9.")
  }

  @Test func badTermsAreRefusedAndChangeNothing() throws {
    var desk = desk()
    #expect(refused(bonus(0, over: 1_000), on: desk)?.message == "A bonus is a percent above 0% and at most 100%, not 0%.")
    #expect(refused(bonus(101, over: 1_000), on: desk)?.message == "A bonus is a percent above 0% and at most 100%, not 101%.")
    #expect(refused(bonus(2, over: -5), on: desk)?.message == "A bonus threshold is zero or more, not -5.00.")
    #expect(refused(bonus(2, over: d("10.001")), on: desk)?.message.contains("more than two decimals") == true)
    #expect(refused(.agreeBonus(NewBonus(client: "CL-9", percent: 2, threshold: 0, kind: .year)), on: desk)?.message == "There is no client CL-9.")
    #expect(refused(bonus(2, over: 0, .month), on: desk)?.message == "A bonus runs over a calendar year or quarter, not a month.")
    #expect(refused(bonus(2, over: 0, period: Period(kind: .year, year: 2025, index: 1)), on: desk)?.message
      == "2025 is over: a bonus is agreed for a period that is running or still to come.")
    #expect(refused(bonus(2, over: 0, .quarter, period: Period(kind: .year, year: 2027, index: 1)), on: desk)?.message
      == "A quarterly bonus cannot run over 2027.")
    // One bonus per client and period: a quarter inside a year with a bonus is refused too.
    _ = try Fixtures.run(bonus(2, over: 10_000), on: &desk)
    let before = desk
    #expect(refused(bonus(3, over: 10_000), on: desk)?.message
      == "Acme Textiles already has TB-1: 2% on purchases over 10,000.00 EUR in 2026. One bonus per client and period.")
    #expect(refused(bonus(1, over: 0, .quarter), on: desk) != nil)
    #expect(desk == before)
    // Next year's is its own.
    _ = try Fixtures.run(bonus(3, over: 10_000, period: Period(kind: .year, year: 2027, index: 1)), on: &desk)
    #expect(desk.bonusesInOrder.map(\.period) == ["2026", "2027"])
  }

  @Test func aBonusBeyondTheLimitWaitsForADirector() throws {
    var desk = desk()
    #expect(desk.settings.bonusLimit == 3)
    _ = try Fixtures.run(bonus(5, over: 10_000), on: &desk)
    #expect(desk.bonusesInOrder.first?.status == .pendingApproval)
    try sell(1_000, at: now, on: &desk)
    #expect(refused(.settleBonus(.client("CL-1")), on: desk, at: newYear)?.message == "TB-1 waits for approval: 5% is beyond the 3% bonus limit.")
    // A manager cannot approve; on one's own desk the approver is named.
    let manager = Acting(name: "arben", roles: [.manager])
    #expect(refused(.approveBonus(.client("CL-1"), by: nil), on: desk, actor: manager)?.message == "Only a director approves a bonus beyond the 3% bonus limit.")
    #expect(refused(.approveBonus(.client("CL-1"), by: nil), on: desk)?.message == "Who approves bonus TB-1?")
    _ = try Fixtures.run(.approveBonus(.client("CL-1"), by: "Sofia Marku"), on: &desk)
    let approved = try #require(desk.bonusesInOrder.first)
    #expect(approved.status == .agreed && approved.approvedBy == "Sofia Marku" && approved.approvedAt == now)
    #expect(refused(.approveBonus(.client("CL-1"), by: "Sofia Marku"), on: desk)?.message
      == "TB-1 needs no approval: 5% on purchases over 10,000.00 EUR in 2026 is approved by Sofia Marku.")
    let events = try Fixtures.run(.settleBonus(.client("CL-1")), on: &desk, at: newYear)
    #expect(events.count == 1)
    // Within the limit: agreed as it stands.
    var other = self.desk()
    _ = try Fixtures.run(bonus(3, over: 0), on: &other)
    #expect(other.bonusesInOrder.first?.status == .agreed)
    // On a team desk a director does not approve their own bonus.
    var team = self.desk()
    let director = Acting(name: "sofia", roles: [.manager, .director])
    let agreed = try decide(bonus(5, over: 0), desk: team, now: now, actor: director)
    team.apply(agreed)
    #expect(refused(.approveBonus(.client("CL-1"), by: nil), on: team, actor: director)?.message == "Nobody approves their own bonus: TB-1 was agreed by sofia.")
  }

  @Test func anEndedBonusPaysNothingAndFreesItsPeriod() throws {
    var desk = desk()
    _ = try Fixtures.run(bonus(2, over: 0), on: &desk)
    try sell(100, at: now, on: &desk)
    _ = try Fixtures.run(.endBonus(.client("CL-1")), on: &desk)
    let ended = try #require(desk.bonusesInOrder.first)
    #expect(ended.status == .ended && ended.endedAt == now)
    #expect(desk.standing(of: ended, now: newYear).state == .ended)
    #expect(refused(.settleBonus(.bonus("TB-1")), on: desk, at: newYear)?.message == "TB-1 was ended on 28 Nov 2026; it pays nothing.")
    #expect(refused(.endBonus(.client("CL-1")), on: desk)?.message == "TB-1 was already ended on 28 Nov 2026.")
    _ = try Fixtures.run(bonus(1, over: 0), on: &desk)
    #expect(desk.bonusesInOrder.count == 2)
    // Once the period is over it is settled or missed, never ended.
    #expect(refused(.endBonus(.client("CL-1")), on: desk, at: newYear)?.message == "TB-2's period (2026) is over, so it can no longer be ended.")
  }

  @Test func theBonusLimitIsAPolicySetting() throws {
    var desk = desk()
    var change = SettingsChange()
    change.bonusLimit = 101
    #expect(refused(.changeSettings(change), on: desk)?.message == "A bonus limit runs from 0% to 100%, not 101%.")
    change.bonusLimit = 5
    _ = try Fixtures.run(.changeSettings(change), on: &desk)
    #expect(desk.settings.bonusLimit == 5)
    _ = try Fixtures.run(bonus(5, over: 0), on: &desk)
    #expect(desk.bonusesInOrder.first?.status == .agreed)
    // A desk saved before bonuses reads 3%, and one at the default writes no key.
    let old = try JSONDecoder().decode(Settings.self, from: Data(#"{"currency":"EUR"}"#.utf8))
    #expect(old.bonusLimit == 3)
    let written = String(decoding: try JSONEncoder().encode(Settings()), as: UTF8.self)
    #expect(!written.contains("bonusLimit"))
  }

  @Test func aDeskWithBonusesReadsBackAsItWasAndOneWithoutWritesNoBook() throws {
    var desk = desk()
    #expect(!String(decoding: try JSONEncoder().encode(desk), as: UTF8.self).contains("bonusBook"))
    _ = try Fixtures.run(bonus(5, over: 1_000), on: &desk)
    _ = try Fixtures.run(.approveBonus(.bonus("TB-1"), by: "Sofia Marku"), on: &desk)
    _ = try Fixtures.run(bonus(1, over: 0, .quarter, period: Period(kind: .quarter, year: 2027, index: 2)), on: &desk)
    _ = try Fixtures.run(.endBonus(.bonus("TB-2")), on: &desk)
    let read = try JSONDecoder().decode(Desk.self, from: JSONEncoder().encode(desk))
    #expect(read.bonusesInOrder == desk.bonusesInOrder)
    #expect(read.bonusBook?.nextNumber == 3)
  }

  @Test func undoingABonusEventPutsTheBookBack() throws {
    var desk = desk()
    let before = desk
    let events = try decide(bonus(2, over: 0), desk: desk, now: now)
    let patch = try #require(desk.patch(undoing: events[0]))
    desk.apply(events)
    patch.revert(&desk)
    #expect(desk == before)
  }
}
