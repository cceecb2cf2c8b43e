import DealdeskCore
import Foundation
import Testing

/// Issue 20, item 1: supply contracts — drafted, approved beyond authority, sent, signed,
/// terminated or expired; their prices and terms the client's while in force; fulfilment.
@Suite struct ContractTests {
  private func d(_ text: String) -> Decimal { Fixtures.d(text) }
  private let now = Fixtures.now  // 28 Nov 2026

  private func day(_ y: Int, _ m: Int, _ dd: Int) -> Date {
    DeskDate.calendar.date(from: DateComponents(year: y, month: m, day: dd)) ?? Fixtures.now
  }

  /// Linen 220 at 10.90/m (list 12.40, 12.1% off: over the 10% limit), linen 5% off, net 45,
  /// 5,000 m a year, for 2027.
  private func new(
    lines: [ContractLine]? = nil, start: Date? = nil, end: Date? = nil, terms: PaymentTerms? = .net(days: 45)
  ) -> NewContract {
    NewContract(
      client: "CL-1", start: start ?? day(2027, 1, 1), end: end ?? day(2027, 12, 31),
      lines: lines ?? [ContractLine(scope: .product(sku: "LIN-220"), unitPrice: d("10.90")), ContractLine(scope: .category("linen"), discountPercent: 5)],
      commitment: Commitment(meters: 5_000), paymentTerms: terms)
  }

  private func refused(_ command: Command, on desk: Desk, at time: Date? = nil) -> DeskError? {
    do {
      _ = try decide(command, desk: desk, now: time ?? now)
      return nil
    } catch {
      return error
    }
  }

  /// A desk with CT-1 drafted, approved, sent and signed.
  private func signed() throws -> Desk {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.draftContract(new()), on: &desk)
    _ = try Fixtures.run(.approveContract(contract: "CT-1", by: "Maria Director"), on: &desk)
    _ = try Fixtures.run(.sendContract(contract: "CT-1"), on: &desk)
    _ = try Fixtures.run(.signContract(contract: "CT-1", ours: "Sofia Marku", theirs: "Ilir Gashi"), on: &desk)
    return desk
  }

  @Test func draftIsNumberedAndBeyondAuthorityWaitsForApproval() throws {
    var desk = Fixtures.desk()
    let events = try Fixtures.run(.draftContract(new()), on: &desk)
    guard case .contractDrafted(let contract) = events.first else { Issue.record("no draft"); return }
    #expect(contract.id == "CT-1")
    #expect(contract.status == .draft)
    #expect(contract.end == day(2027, 12, 31))
    // 12.40 → 10.90 is 12.1% off, over the 10% limit; net 45 is within 60 days.
    #expect(contract.approvalReasons == ["Linen 220 at 12.1% off is over your 10%"])
    #expect(refused(.sendContract(contract: "CT-1"), on: desk)?.message.hasPrefix("CT-1 needs approval first") == true)
    _ = try Fixtures.run(.approveContract(contract: "CT-1", by: "Maria Director"), on: &desk)
    #expect(desk.contracts["CT-1"]?.approval?.by == "Maria Director")
    #expect(refused(.approveContract(contract: "CT-1", by: "Maria Director"), on: desk) != nil, "approved once")
    _ = try Fixtures.run(.draftContract(new(lines: [ContractLine(scope: .product(sku: "LIN-180"), discountPercent: 5)], start: day(2028, 1, 1), end: day(2028, 12, 31))), on: &desk)
    #expect(desk.contracts["CT-2"]?.approvalReasons == [])
    #expect(refused(.approveContract(contract: "CT-2", by: "Maria"), on: desk)?.message.contains("needs no approval") == true)
    // Payment terms beyond the manager's limit need approval too.
    _ = try Fixtures.run(.draftContract(new(lines: [ContractLine(scope: .product(sku: "LIN-180"), discountPercent: 5)], terms: .net(days: 90))), on: &desk)
    #expect(desk.contracts["CT-3"]?.approvalReasons == ["net 90 is longer than your net 60"])
  }

  @Test func signedOnlyAfterSentThenItsPricesAndTermsAreTheClients() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.draftContract(new()), on: &desk)
    _ = try Fixtures.run(.approveContract(contract: "CT-1", by: "Maria Director"), on: &desk)
    // Decided: a draft never sent is not signed.
    #expect(refused(.signContract(contract: "CT-1", ours: "Sofia Marku", theirs: "Ilir Gashi"), on: desk)?.message.contains("never sent") == true)
    _ = try Fixtures.run(.sendContract(contract: "CT-1"), on: &desk)
    #expect(refused(.signContract(contract: "CT-1", ours: "Sofia", theirs: "sofia"), on: desk) != nil, "one person for both sides")
    _ = try Fixtures.run(.signContract(contract: "CT-1", ours: "Sofia Marku", theirs: "Ilir Gashi"), on: &desk)
    let contract = try #require(desk.contracts["CT-1"])
    #expect(contract.signing == ContractSigning(ours: "Sofia Marku", theirs: "Ilir Gashi", at: now))
    #expect(contract.state(at: now) == .signedNotYetInForce)
    let inJanuary = day(2027, 1, 15)
    #expect(contract.state(at: inJanuary) == .inForce)
    #expect(contract.state(at: day(2028, 1, 1)) == .expired)
    // Before it starts: list prices; in force: the contract's price, its terms, no approval for net 45.
    let before = try decide(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 100)]), desk: desk, now: now)
    guard case .orderPlaced(let early) = before.first else { Issue.record("no order"); return }
    #expect(early.lines[0].unitPrice == d("12.40"))
    let events = try decide(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 100), OrderItem(sku: "LIN-180", meters: 10)]), desk: desk, now: inJanuary)
    guard case .orderPlaced(let order) = events.first else { Issue.record("no order"); return }
    #expect(order.lines[0].unitPrice == d("10.90"))
    #expect(order.lines[0].discounts.first?.source == .contract)
    #expect(order.lines[0].discounts.first?.reason == "contract price CT-1: 10.90/m")
    #expect(order.lines[1].unitPrice == Money.discounted(d("10.90"), percent: 5), "the category's percent off list")
    #expect(order.paymentTerms == .net(days: 45))
  }

  @Test func offersStartFromTheContractAndNeedNoApprovalForItsPrices() throws {
    let desk = try signed()
    let inJanuary = day(2027, 1, 15)
    let events = try decide(.makeOffer(NewOffer(client: "CL-1", lines: [OfferLine(scope: .product(sku: "LIN-220"), meters: 200)])), desk: desk, now: inJanuary)
    guard case .offerMade(let offer) = events.first else { Issue.record("no offer"); return }
    #expect(offer.current.lines[0].unitPrice == d("10.90"))
    #expect(offer.current.paymentTerms == .net(days: 45))
    #expect(offer.status == .open, "12.1% off is the contract's price, cleared when it was signed")
    let review = desk.review(offer.current, client: "CL-1", now: inJanuary, by: nil)
    #expect(review.products.first?.contract == "CT-1")
    #expect(!review.needsApproval)
    // Below the contract price it is judged as any discount.
    let deeper = Terms(lines: [OfferLine(scope: .product(sku: "LIN-220"), unitPrice: d("10.00"))], paymentTerms: .net(days: 45))
    #expect(desk.review(deeper, client: "CL-1", now: inJanuary, by: nil).needsApproval)
  }

  @Test func contractTermsBeyondTheLimitAreClearedForItsOffersAndOrders() throws {
    var desk = Fixtures.desk()
    _ = try Fixtures.run(.draftContract(new(lines: [ContractLine(scope: .product(sku: "LIN-180"), discountPercent: 5)], terms: .net(days: 90))), on: &desk)
    _ = try Fixtures.run(.approveContract(contract: "CT-1", by: "Maria Director"), on: &desk)
    _ = try Fixtures.run(.sendContract(contract: "CT-1"), on: &desk)
    _ = try Fixtures.run(.signContract(contract: "CT-1", ours: "Sofia Marku", theirs: "Ilir Gashi"), on: &desk)
    let inJanuary = day(2027, 1, 15)
    let terms = Terms(lines: [OfferLine(scope: .product(sku: "LIN-180"), discountPercent: 5)], paymentTerms: .net(days: 90))
    #expect(!desk.review(terms, client: "CL-1", now: inJanuary, by: nil).needsApproval)
    let events = try decide(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-180", meters: 10)]), desk: desk, now: inJanuary)
    guard case .orderPlaced(let order) = events.first else { Issue.record("no order"); return }
    #expect(order.paymentTerms == .net(days: 90))
  }

  @Test func badInputIsRefusedAndChangesNothing() throws {
    let desk = Fixtures.desk()
    let cases: [(NewContract, String)] = [
      (new(start: day(2027, 6, 1), end: day(2027, 1, 1)), "before it starts"),
      (new(lines: [ContractLine(scope: .product(sku: "LIN-220"), unitPrice: d("7.00"))]), "below its cost"),
      (new(lines: [ContractLine(scope: .category("linen"), discountPercent: 50)]), "below its cost"),
      (new(lines: [ContractLine(scope: .category("linen"), unitPrice: d("11.00"))]), "for one fabric"),
      (new(lines: []), "at least one price"),
      (new(lines: [ContractLine(scope: .product(sku: "NOPE"), unitPrice: d("11.00"))]), "covers no fabric"),
      (new(start: day(2025, 1, 1), end: day(2025, 12, 31)), "already ended"),
      (NewContract(client: "CL-9", start: day(2027, 1, 1), end: day(2027, 12, 31), lines: [ContractLine(scope: .category("linen"), discountPercent: 5)]), "no client CL-9"),
    ]
    for (contract, words) in cases {
      let error = refused(.draftContract(contract), on: desk)
      #expect(error?.message.contains(words) == true, "\(words): \(error?.message ?? "accepted")")
    }
    #expect(desk.contracts.isEmpty)
  }

  @Test func overlappingSignedContractsForOneFabricAreRefused() throws {
    var desk = try signed()
    // Linen 180 is in CT-1's linen line: a second contract for it over 2027 is refused.
    let overlapping = new(lines: [ContractLine(scope: .product(sku: "LIN-180"), discountPercent: 3)], start: day(2027, 6, 1), end: day(2028, 5, 31))
    #expect(refused(.draftContract(overlapping), on: desk)?.message.contains("cannot overlap") == true)
    // After it, fine; and a draft drafted before the other was signed is refused at signing.
    _ = try Fixtures.run(.draftContract(new(lines: [ContractLine(scope: .product(sku: "LIN-180"), discountPercent: 3)], start: day(2028, 1, 1), end: day(2028, 12, 31))), on: &desk)
    #expect(desk.contracts["CT-2"] != nil)
  }

  @Test func terminateNeedsAReasonAndHappensOnce() throws {
    var desk = try signed()
    #expect(refused(.terminateContract(contract: "CT-1", reason: nil), on: desk) != nil)
    _ = try Fixtures.run(.terminateContract(contract: "CT-1", reason: "plant closed"), on: &desk)
    #expect(desk.contracts["CT-1"]?.state(at: day(2027, 3, 1)) == .terminated)
    #expect(refused(.terminateContract(contract: "CT-1", reason: "again"), on: desk)?.message.contains("already terminated") == true)
    // Terminated, its prices no longer apply.
    let events = try decide(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 10)]), desk: desk, now: day(2027, 3, 1))
    guard case .orderPlaced(let order) = events.first else { Issue.record("no order"); return }
    #expect(order.lines[0].unitPrice == d("12.40"))
    #expect(refused(.terminateContract(contract: "CT-9", reason: "x"), on: desk)?.message == "There is no contract CT-9.")
  }

  @Test func expiredContractIsNotTerminatedAndShowsInTheAgendaWindowBefore() throws {
    let desk = try signed()
    #expect(desk.contractsExpiring(within: 30, at: day(2027, 12, 1)).map(\.id) == ["CT-1"])
    #expect(desk.contractsExpiring(within: 30, at: day(2027, 11, 1)).isEmpty)
    #expect(refused(.terminateContract(contract: "CT-1", reason: "late"), on: desk, at: day(2028, 1, 2))?.message.contains("expired") == true)
  }

  @Test func fulfilmentCountsContractFabricsInThePeriodAgainstThePace() throws {
    var desk = try signed()
    let april = day(2027, 4, 1)  // day 91 of 365
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 1_000)]), on: &desk, at: day(2027, 2, 1))
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-220", meters: 500)]), on: &desk, at: day(2026, 12, 1))
    let f = desk.fulfilment(of: try #require(desk.contracts["CT-1"]), at: april)
    #expect(f.meters == 1_000, "the December order is before the period")
    #expect(f.value == d("10900.00"))
    #expect(f.committedMeters == 5_000)
    #expect(f.expectedMeters == Money.round(5_000 * Decimal(91) / 365))
    #expect(f.isOnTrack == false)
    _ = try Fixtures.run(.order(client: "CL-1", offer: nil, items: [OrderItem(sku: "LIN-180", meters: 300)]), on: &desk, at: day(2027, 3, 1))
    #expect(desk.fulfilment(of: try #require(desk.contracts["CT-1"]), at: april).isOnTrack == true)
  }

  @Test func undoPatchPutsTheBookBack() throws {
    var desk = Fixtures.desk()
    let events = try decide(.draftContract(new()), desk: desk, now: now)
    let patch = try #require(desk.patch(undoing: events[0]))
    let before = desk
    desk.apply(events)
    patch.revert(&desk)
    #expect(desk == before)
    #expect(desk.nextContractNumber == 1)
  }

  @Test func aDeskWithContractsReadsBackAsItWasWritten() throws {
    let desk = try signed()
    let data = try JSONEncoder().encode(desk)
    let read = try JSONDecoder().decode(Desk.self, from: data)
    #expect(read.contracts == desk.contracts)
    #expect(read.nextContractNumber == 2)
    // Without contracts nothing is written for them.
    let plain = String(decoding: try JSONEncoder().encode(Fixtures.desk()), as: UTF8.self)
    #expect(!plain.contains("contractBook"))
  }
}
