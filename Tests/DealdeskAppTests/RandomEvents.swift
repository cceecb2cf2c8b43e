import DealdeskCore
import DealdeskTrainer
import Foundation

/// Seeded random events of every kind, with awkward text (quotes, control characters,
/// non-ASCII), decimals of every shape and optionals nil or set: what the journal's
/// hand-written writer is held to JSONEncoder over (JournalRecordWriterTests).
final class RandomEvents {
  private var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// How many kinds `event(kind:)` makes; `kind(of:)` must name each.
  static let kinds = 68

  /// Which kind an event is. No `default`: a new case of `Event` does not compile here until
  /// it is added, and then `event(kind:)` must make it for the coverage test to pass.
  static func kind(of event: Event) -> Int {
    switch event {
    case .clientAdded: 0
    case .productAdded: 1
    case .stockReceived: 2
    case .offerMade: 3
    case .offerCountered: 4
    case .offerApproved: 5
    case .offerExtended: 6
    case .offerAccepted: 7
    case .offerDeclined: 8
    case .offerLost: 9
    case .offerWithdrawn: 10
    case .settingsChanged: 11
    case .orderPlaced: 12
    case .orderApproved: 13
    case .orderShipped: 14
    case .reservationClaimed: 15
    case .orderDelivered: 16
    case .orderCancelled: 17
    case .paymentReceived: 18
    case .creditLimitSet: 19
    case .reliabilityRated: 20
    case .clientTermsSet: 21
    case .clientAliasAdded: 22
    case .clientAliasRemoved: 23
    case .warehouseStockSet: 24
    case .minimumsSet: 25
    case .reservationMade: 26
    case .reservationReleased: 27
    case .holdExtended: 28
    case .reservationFilled: 29
    case .stockRequested: 30
    case .requestReceived: 31
    case .requestCancelled: 32
    case .swatchesAdded: 33
    case .swatchReorderSet: 34
    case .sampleLent: 35
    case .sampleReturned: 36
    case .noteAdded: 37
    case .followUpAdded: 38
    case .followUpDone: 39
    case .followUpSnoozed: 40
    case .followUpMissed: 41
    case .complaintFiled: 42
    case .complaintResolved: 43
    case .competitorPriceNoted: 44
    case .expenseRecorded: 45
    case .expenseBudgetSet: 46
    case .creditNoteIssued: 47
    case .goodsReturned: 48
    case .replacementShipped: 49
    case .approvalRequested: 50
    case .approvalRejected: 51
    case .limitChanged: 52
    case .personSet: 53
    case .accountAssigned: 54
    case .clientTaxSet: 55
    case .absenceSet: 56
    case .doneInCover: 57
    case .taskAssigned: 58
    case .documentIssued: 59
    case .bonusAgreed: 60
    case .bonusApproved: 61
    case .bonusEnded: 62
    case .contractDrafted: 63
    case .contractApproved: 64
    case .contractSent: 65
    case .contractSigned: 66
    case .contractTerminated: 67
    }
  }

  /// An event of `kind` (0..<kinds), its values drawn at random.
  func event(kind: Int) -> Event {
    switch kind {
    case 0:
      var client = Client(
        id: id("CL"), name: text(), status: pick([.active, .prospect, .archived]), city: maybe { text() },
        tags: list { text() }, creditLimit: maybe { decimal() }, paymentTerms: maybe { terms() }, reliability: maybe { text() },
        contacts: list { Contact(name: maybe { text() }, phone: maybe { text() }, email: maybe { text() }) },
        aliases: list { text() }, addedAt: date())
      client.tax = maybe { clientTax() }
      return .clientAdded(client)
    case 1:
      return .productAdded(Product(
        sku: id("P"), name: text(), category: text(), listPrice: decimal(), cost: maybe { decimal() },
        widthCm: maybe { decimal() }, composition: maybe { text() }, colour: maybe { text() },
        lots: list { Lot(id: id("L"), meters: decimal(), receivedAt: date()) }))
    case 2: return .stockReceived(sku: id("P"), lot: text(), meters: decimal(), at: date())
    case 3: return .offerMade(offer())
    case 4: return .offerCountered(offer: id("O"), round: round(), status: maybe { offerStatus() })
    case 5: return .offerApproved(offer: id("O"), approval: Approval(terms: offerTerms(), by: text(), at: date()))
    case 6: return .offerExtended(offer: id("O"), validUntil: date())
    case 7: return .offerAccepted(offer: id("O"), by: pick([.us, .client]), at: date())
    case 8: return .offerDeclined(offer: id("O"), reason: maybe { text() }, at: date())
    case 9: return .offerLost(offer: id("O"), to: maybe { text() }, reason: maybe { text() }, at: date())
    case 10: return .offerWithdrawn(offer: id("O"), at: date())
    case 11:
      var settings = Settings(
        currency: text(), discountLimit: decimal(), offerValidityDays: int(), defaultPaymentTerms: terms(),
        floorMarginPercent: maybe { decimal() }, holdDays: int(), expenseBudget: maybe { decimal() })
      settings.company = CompanyDetails(name: maybe { text() }, address: maybe { text() }, taxNumber: maybe { text() }, iban: maybe { text() })
      settings.vatRates = VATRates(standardPercent: decimal())
      return .settingsChanged(settings)
    case 12: return .orderPlaced(order())
    case 13: return .orderApproved(order: id("S"), approval: creditApproval())
    case 14: return .orderShipped(order: id("S"), at: date(), picks: list { pick() })
    case 15: return .reservationClaimed(reservation: id("R"), order: id("S"))
    case 16: return .orderDelivered(order: id("S"), at: date())
    case 17: return .orderCancelled(order: id("S"), at: date())
    case 18: return .paymentReceived(Payment(id: id("PM"), clientId: id("CL"), order: maybe { id("S") }, amount: decimal(), at: date()))
    case 19: return .creditLimitSet(client: id("CL"), limit: maybe { decimal() })
    case 20: return .reliabilityRated(client: id("CL"), grade: text())
    case 21: return .clientTermsSet(client: id("CL"), terms: terms())
    case 22: return .clientAliasAdded(client: id("CL"), alias: text())
    case 23: return .clientAliasRemoved(client: id("CL"), alias: text())
    case 24: return .warehouseStockSet(sku: id("P"), meters: decimal(), at: date())
    case 25: return .minimumsSet(sku: id("P"), order: maybe { decimal() }, cut: maybe { decimal() })
    case 26:
      return .reservationMade(Reservation(
        id: id("R"), client: id("CL"), sku: id("P"), lot: maybe { text() }, meters: decimal(), status: .held, createdAt: date(),
        expiresAt: maybe { date() }, request: maybe { id("RQ") }, group: maybe { text() }, by: maybe { text() }))
    case 27: return .reservationReleased(reservation: id("R"), at: date())
    case 28: return .holdExtended(reservation: id("R"), until: date())
    case 29: return .reservationFilled(reservation: id("R"), lot: text(), meters: decimal(), until: date())
    case 30:
      return .stockRequested(StockRequest(
        id: id("RQ"), sku: id("P"), meters: decimal(), source: pick([.warehouse, .production]), requestedAt: date(),
        neededBy: maybe { date() }, reservation: maybe { id("R") }))
    case 31: return .requestReceived(request: id("RQ"), meters: decimal(), lot: text(), at: date())
    case 32: return .requestCancelled(request: id("RQ"), at: date())
    case 33: return .swatchesAdded(sku: id("P"), count: int())
    case 34: return .swatchReorderSet(sku: id("P"), below: int())
    case 35: return .sampleLent(SampleLoan(id: id("L"), sku: id("P"), client: id("CL"), lentAt: date(), dueBack: date(), returnedAt: maybe { date() }))
    case 36: return .sampleReturned(loan: id("L"), at: date())
    case 37:
      return .noteAdded(Note(
        id: id("N"), client: id("CL"), kind: pick(NoteKind.allCases), text: text(), at: date(),
        durationMinutes: maybe { int() }, followUps: maybe { list { id("F") } }))
    case 38:
      var followUp = FollowUp(
        id: id("F"), client: id("CL"), due: date(), dueHasTime: flag(), text: text(), status: pick([.open, .done]),
        createdAt: date(), doneAt: maybe { date() }, snoozedFrom: maybe { date() }, assignee: maybe { text() }, from: maybe { text() })
      followUp.missedDeadline = maybe { date() }
      return .followUpAdded(followUp)
    case 39: return .followUpDone(followUp: id("F"), at: date())
    case 40: return .followUpSnoozed(followUp: id("F"), due: date(), hasTime: flag())
    case 41: return .followUpMissed(followUp: id("F"), deadline: date())
    case 42:
      return .complaintFiled(Complaint(
        id: id("C"), clientId: id("CL"), order: maybe { id("S") }, lot: maybe { text() }, reason: pick(ComplaintReason.allCases),
        text: text(), openedAt: date()))
    case 43:
      return .complaintResolved(
        complaint: id("C"), verdict: maybe { pick([.justified, .unjustified]) },
        resolution: ComplaintResolution(
          credit: maybe { decimal() }, replacementMeters: maybe { decimal() }, discountPercent: maybe { decimal() }, text: text(),
          creditNote: maybe { id("CN") }),
        at: date())
    case 44: return .competitorPriceNoted(CompetitorPrice(competitor: text(), sku: id("P"), price: decimal(), at: date(), note: maybe { text() }))
    case 45: return .expenseRecorded(Expense(id: id("E"), amount: decimal(), text: text(), clientId: maybe { id("CL") }, at: date()))
    case 46: return .expenseBudgetSet(amount: maybe { decimal() }, period: pick([.month, .quarter]))
    case 47:
      return .creditNoteIssued(CreditNote(
        id: id("CN"), number: int(), clientId: id("CL"), order: maybe { id("S") }, amount: decimal(),
        kind: pick([.complaintCredit, .complaintDiscount, .goodsReturn, .tradeBonus]), source: text(), sku: maybe { id("P") }, at: date(),
        vatPercent: maybe { decimal() }))
    case 48:
      return .goodsReturned(GoodsReturn(
        id: id("GR"), number: int(), clientId: id("CL"), order: id("S"), sku: id("P"), lot: text(), meters: decimal(),
        damaged: flag(), reason: maybe { text() }, unitPrice: decimal(), creditNote: maybe { id("CN") }, at: date(),
        credit: maybe { decimal() }))
    case 49: return .replacementShipped(complaint: id("C"), picks: list { pick() }, at: date())
    case 50: return .approvalRequested(offer: id("O"), step: approvalStep())
    case 51: return .approvalRejected(offer: id("O"), step: approvalStep())
    case 52:
      return .limitChanged(LimitChange(
        kind: pick([.discount, .paymentTerms, .floorMargin]), from: maybe { decimal() }, to: maybe { decimal() }, by: text(), at: date(),
        of: maybe { text() }))
    case 54: return .accountAssigned(client: id("CL"), to: maybe { text() })
    case 55: return .clientTaxSet(client: id("CL"), tax: clientTax())
    case 56: return .absenceSet(Absence(person: text(), from: date(), to: date(), cover: text(), by: text(), at: date()))
    case 57: return .doneInCover(CoverMark(client: id("CL"), covering: text(), by: text(), at: date()))
    case 58:
      return .taskAssigned(FollowUp(
        id: id("F"), client: id("CL"), due: date(), dueHasTime: flag(), text: text(), status: pick([.open, .done]),
        createdAt: date(), doneAt: maybe { date() }, assignee: text(), from: text()))
    case 59:
      return .documentIssued(IssuedDocument(
        id: id("DOC"), number: int(), kind: pick(DocumentKind.allCases), printed: text(), record: text(), client: id("CL"), at: date(),
        totals: maybe { DocumentTotals(net: decimal(), vat: decimal()) }, file: text(), fingerprint: text(), void: flag()))
    case 60:
      var bonus = Bonus(
        id: id("TB"), number: int(), clientId: id("CL"), percent: decimal(), threshold: decimal(), period: text(),
        status: pick([.agreed, .pendingApproval, .ended]), by: text(), agreedAt: date())
      bonus.approvedBy = maybe { text() }
      bonus.approvedAt = maybe { date() }
      bonus.endedAt = maybe { date() }
      return .bonusAgreed(bonus)
    case 61: return .bonusApproved(bonus: id("TB"), by: text(), at: date())
    case 62: return .bonusEnded(bonus: id("TB"), at: date())
    case 63: return .contractDrafted(contract())
    case 64: return .contractApproved(contract: id("CT"), approval: ContractApproval(by: text(), at: date()))
    case 65: return .contractSent(contract: id("CT"), at: date())
    case 66: return .contractSigned(contract: id("CT"), signing: ContractSigning(ours: text(), theirs: text(), at: date()))
    case 67: return .contractTerminated(contract: id("CT"), reason: text(), at: date())
    default:
      return .personSet(Person(
        login: text(), name: text(), role: pick([.manager, .director]), discountLimit: maybe { decimal() },
        paymentTermsLimitDays: maybe { int() }, quota: maybe { PersonQuota(amount: decimal(), per: pick(PersonQuota.Per.allCases)) }))
    }
  }

  private func contract() -> Contract {
    var contract = Contract(
      id: id("CT"), number: int(), clientId: id("CL"), start: date(), end: date(),
      lines: list {
        ContractLine(scope: pick([.all, .category(text()), .product(sku: id("P"))]), unitPrice: maybe { decimal() }, discountPercent: maybe { decimal() })
      },
      commitment: maybe { Commitment(meters: maybe { decimal() }, value: maybe { decimal() }) }, paymentTerms: maybe { terms() },
      draftedAt: date(), draftedBy: text(), approvalReasons: list { text() })
    contract.status = pick([.draft, .sent, .signed, .terminated])
    contract.approval = maybe { ContractApproval(by: text(), at: date()) }
    contract.sentAt = maybe { date() }
    contract.signing = maybe { ContractSigning(ours: text(), theirs: text(), at: date()) }
    contract.terminatedAt = maybe { date() }
    contract.terminationReason = maybe { text() }
    return contract
  }

  private func clientTax() -> ClientTax {
    ClientTax(taxNumber: maybe { text() }, address: maybe { text() }, vat: pick([.standard, .export]))
  }

  // MARK: - Records

  private func offer() -> Offer {
    var offer = Offer(
      id: id("O"), number: int(), clientId: id("CL"), status: offerStatus(), rounds: list { round() }, validUntil: date())
    offer.closedAt = maybe { date() }
    offer.closeReason = maybe { text() }
    offer.lostTo = maybe { text() }
    offer.approval = maybe { Approval(terms: offerTerms(), by: text(), at: date()) }
    return offer
  }

  private func round() -> Round { Round(by: pick([.us, .client]), terms: offerTerms(), at: date()) }

  private func approvalStep() -> ApprovalStep {
    ApprovalStep(kind: pick([.asked, .approved, .rejected]), terms: offerTerms(), by: text(), reason: maybe { text() }, at: date())
  }

  private func offerTerms() -> Terms {
    Terms(
      lines: list {
        OfferLine(
          scope: pick([.all, .category(text()), .product(sku: id("P"))]), meters: maybe { decimal() },
          discountPercent: maybe { decimal() }, unitPrice: maybe { decimal() })
      }, paymentTerms: maybe { terms() }, leadTimeDays: maybe { int() })
  }

  private func offerStatus() -> OfferStatus {
    pick([.open, .pendingApproval, .accepted, .declined, .withdrawn, .expired, .lost])
  }

  private func order() -> Order {
    var order = Order(
      id: id("S"), number: int(), clientId: id("CL"), offer: maybe { id("O") },
      status: pick([.pendingApproval, .open, .shipped, .delivered, .cancelled]),
      lines: list {
        OrderLine(
          sku: id("P"), meters: decimal(), listPrice: decimal(),
          discounts: list { AppliedDiscount(source: pick([.offer, .volume, .clientTier]), percent: decimal(), reason: text()) }, unitPrice: decimal(),
          lot: maybe { text() })
      }, paymentTerms: terms(), createdAt: date())
    order.shippedAt = maybe { date() }
    order.deliveredAt = maybe { date() }
    order.cancelledAt = maybe { date() }
    order.creditApproval = maybe { creditApproval() }
    return order
  }

  private func creditApproval() -> CreditApproval {
    CreditApproval(by: text(), at: date(), exposure: decimal(), limit: decimal())
  }

  private func pick() -> StockPick {
    StockPick(sku: id("P"), lot: text(), meters: decimal(), reservation: maybe { id("R") })
  }

  private func terms() -> PaymentTerms { pick([.cashOnDelivery, .prepayment, .net(days: int())]) }

  // MARK: - Values

  private func below(_ n: Int) -> Int { random.int(below: n) }
  private func flag() -> Bool { below(2) == 0 }
  private func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
  private func maybe<T>(_ make: () -> T) -> T? { flag() ? make() : nil }
  private func list<T>(_ make: () -> T) -> [T] { (0..<below(4)).map { _ in make() } }
  private func id(_ prefix: String) -> String { "\(prefix)-\(below(100_000))" }
  private func int() -> Int { pick([0, 1, 7, 30, below(1_000_000), -below(100), Int.max, Int.min]) }

  /// Plain words most of the time; now and then what JSON must escape, and what it must not.
  private func text() -> String {
    let pieces = ["Acme", "linen 220", "", " ", "\"", "\\", "/", "\n", "\r\n", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}",
      "\u{7F}", "é", "Müller & Söhne", "日本", "😀", "\u{2028}", "<tag>", "100%", "'"]
    return (0..<below(4)).map { _ in pick(pieces) }.joined()
  }

  /// Whole, with cents, long, negative, tiny and huge decimals.
  private func decimal() -> Decimal {
    let texts = ["0", "1", "12.40", "12.4", "7.5", "-3", "0.001", "1234567.89", "200000", "1e30", "-0.5", "99999999999999999999.99"]
    if flag() { return Decimal(string: pick(texts)) ?? 0 }
    return Decimal(below(10_000_000)) / Decimal(pick([1, 10, 100, 1000]))
  }

  /// Whole seconds mostly; now and then a fraction of one, which only JSONEncoder writes.
  private func date() -> Date {
    let seconds = Double(below(4_000_000_000)) - 1_000_000_000
    return Date(timeIntervalSince1970: below(20) == 0 ? seconds + 0.25 : seconds)
  }
}
