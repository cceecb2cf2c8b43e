import DealdeskCore
import Foundation
import Testing

@testable import DealdeskStore

/// The streaming export writes, byte for byte, what the export wrote when it built a tree
/// of values first (TreeExport, kept as the reference): on seeded random desks with every
/// kind of record, awkward text, decimals and dates, and fields both set and missing.
@Suite struct ExportStreamTests {
  static let now = Date(timeIntervalSince1970: 1_796_000_000)

  @Test(arguments: [1, 2, 3, 42, 2026, 77_777] as [UInt64])
  func writesWhatTheTreeWrote(seed: UInt64) {
    let desk = Self.desk(seed: seed)
    let reference = TreeExport(desk: desk, now: Self.now).json()
    let streamed = ExportDocument(desk: desk, now: Self.now).json()
    #expect(streamed == reference)
    #expect(reference.count > 10_000)
  }

  /// In chunks far smaller than a record, as to a file: the same bytes, in order, ending as asked.
  @Test func chunksMakeTheSameDocument() {
    let desk = Self.desk(seed: 9)
    var parts: [[UInt8]] = []
    ExportDocument(desk: desk, now: Self.now).write(chunk: 64, ending: "\n") { part in
      parts.append(part)
      part.removeAll()
    }
    #expect(parts.count > 100)
    #expect(parts.joined().elementsEqual(Array((TreeExport(desk: desk, now: Self.now).json() + "\n").utf8)))
  }

  @Test func anEmptyDeskIsWrittenAsBefore() {
    #expect(ExportDocument(desk: Desk(), now: Self.now).json() == TreeExport(desk: Desk(), now: Self.now).json())
  }

  /// A seeded desk with every collection the export writes.
  static func desk(seed: UInt64) -> Desk {
    var random = Random(seed: seed)
    var desk = DeskJSONReaderTests.desk(seed: seed)
    desk.settings.volumeTiers = [VolumeTier(fromMeters: 500, percent: 2), VolumeTier(fromMeters: random.amount(), percent: random.amount())]
    desk.settings.clientTiers = random.coin() ? [ClientTier(name: random.text(), fromSales: random.amount(), percent: 1)] : []
    desk.settings.expenseBudget = random.coin() ? random.amount() : nil
    desk.settings.floorMarginPercent = random.coin() ? random.amount() : nil
    // VAT: the company's details and the rate table, each filled or not.
    desk.settings.company = CompanyDetails(
      name: random.maybeText(), address: random.maybeText(), taxNumber: random.maybeText(), iban: random.maybeText())
    desk.settings.vatRates = VATRates(standardPercent: random.coin() ? random.amount() : 20)
    for id in desk.clients.keys.sorted() {
      guard var client = desk.clients[id] else { continue }
      client.aliases = random.coin() ? [random.text(), random.text()] : []
      client.contacts = random.coin() ? [Contact(name: random.text(), phone: random.coin() ? "+355 69 123" : nil, email: random.maybeText())] : []
      client.paymentTerms = random.coin() ? .net(days: 45) : nil
      client.reliability = random.maybeText()
      client.status = random.coin() ? .active : .prospect
      client.tax = random.coin()
        ? ClientTax(taxNumber: random.maybeText(), address: random.maybeText(), vat: random.coin() ? .export : .standard) : nil
      desk.clients[id] = client
    }
    for sku in desk.products.keys.sorted() {
      guard var product = desk.products[sku] else { continue }
      product.widthCm = random.coin() ? random.amount() : nil
      product.gsm = random.coin() ? random.amount() : nil
      product.composition = random.maybeText()
      product.colour = random.maybeText()
      product.finish = random.maybeText()
      product.minimumOrderMeters = random.coin() ? random.amount() : nil
      product.minimumCutMeters = random.coin() ? random.amount() : nil
      product.warehouseMeters = random.coin() ? random.amount() : nil
      desk.products[sku] = product
    }
    for id in desk.offers.keys.sorted() {
      guard var offer = desk.offers[id] else { continue }
      offer.closedAt = random.coin() ? random.date() : nil
      offer.lostTo = random.maybeText()
      if random.coin() { offer.approval = Approval(terms: offer.current, by: random.text(), at: random.date()) }
      offer.validUntil = random.date()
      desk.offers[id] = offer
      var log = desk.authority
      for _ in 0..<random.below(3) {
        let kind: ApprovalStep.Kind = [.asked, .approved, .rejected][random.below(3)]
        log.steps[id, default: []].append(
          ApprovalStep(kind: kind, terms: offer.current, by: random.text(), reason: random.maybeText(), at: random.date()))
      }
      let limit: LimitKind = [.discount, .paymentTerms, .floorMargin][random.below(3)]
      log.limitChanges.append(LimitChange(
        kind: limit, from: random.coin() ? random.amount() : nil, to: random.coin() ? random.amount() : nil, by: random.text(), at: random.date(),
        of: random.coin() ? random.text() : nil))
      let login = "p\(random.below(4))"
      log.people[login] = Person(
        login: login, name: random.text(), role: random.coin() ? .manager : .director, discountLimit: random.coin() ? random.amount() : nil,
        paymentTermsLimitDays: random.coin() ? random.below(366) : nil,
        quota: random.coin() ? PersonQuota(amount: random.amount(), per: [.month, .quarter, .year][random.below(3)]) : nil)
      log.accounts[offer.clientId] = random.coin() ? login : nil
      if random.coin() {
        log.absences.append(Absence(person: random.text(), from: random.date(), to: random.date(), cover: random.text(), by: random.text(), at: random.date()))
        log.coverMarks.append(CoverMark(client: id, covering: random.text(), by: random.text(), at: random.date()))
      }
      desk.authorityLog = log
    }
    let clients = desk.clients.keys.sorted()
    // Contracts: one per seed at most, its optionals set or not.
    if random.coin() {
      var contract = Contract(
        id: "CT-1", number: 1, clientId: clients[random.below(clients.count)], start: random.date(), end: random.date(),
        lines: [ContractLine(scope: .product(sku: "P-1"), unitPrice: random.amount()), ContractLine(scope: .category(random.text()), discountPercent: random.amount())],
        commitment: random.coin() ? Commitment(meters: random.amount(), value: random.coin() ? random.amount() : nil) : nil,
        paymentTerms: random.coin() ? .net(days: 45) : nil, draftedAt: random.date(), draftedBy: random.text(),
        approvalReasons: random.coin() ? [random.text()] : [])
      contract.status = [.draft, .sent, .signed, .terminated][random.below(4)]
      contract.approval = random.coin() ? ContractApproval(by: random.text(), at: random.date()) : nil
      contract.signing = random.coin() ? ContractSigning(ours: random.text(), theirs: random.text(), at: random.date()) : nil
      contract.terminationReason = random.maybeText()
      desk.apply(.contractDrafted(contract))
    }
    for n in 1...12 {
      let client = clients[random.below(clients.count)]
      var line = OrderLine(
        sku: "P-\(1 + random.below(10))", meters: random.amount(), listPrice: random.amount(),
        discounts: random.coin() ? [AppliedDiscount(source: .volume, percent: random.amount(), reason: random.text())] : [],
        unitPrice: random.amount(), lot: random.coin() ? "24-\(n)" : nil)
      line.lineTotal = random.amount()
      var order = Order(
        id: "S-\(n)", number: n, clientId: client, offer: random.coin() ? "O-\(n)" : nil,
        status: [.open, .shipped, .delivered, .cancelled][random.below(4)], lines: [line, line],
        paymentTerms: random.coin() ? .net(days: 30) : .prepayment, createdAt: random.date())
      order.shippedAt = random.coin() ? random.date() : nil
      order.deliveredAt = random.coin() ? random.date() : nil
      order.cancelledAt = random.coin() ? random.date() : nil
      if random.coin() { order.creditApproval = CreditApproval(by: random.text(), at: random.date(), exposure: random.amount(), limit: random.amount()) }
      desk.orders[order.id] = order
      if order.shippedAt != nil {
        desk.invoices["INV-\(n)"] = Invoice(
          id: "INV-\(n)", number: n, order: order.id, clientId: client, issuedAt: random.date(), amount: random.amount(),
          shipped: [ShippedLine(sku: line.sku, lot: "24-\(n)", meters: random.amount())], vatPercent: random.coin() ? random.amount() : nil)
      }
      desk.creditNotes["CN-\(n)"] = CreditNote(
        id: "CN-\(n)", number: n, clientId: client, order: random.coin() ? order.id : nil, amount: random.amount(),
        kind: [.complaintCredit, .complaintDiscount, .goodsReturn, .tradeBonus][random.below(4)], source: random.coin() ? "TB-\(n)" : random.text(),
        sku: random.coin() ? line.sku : nil, at: random.date(), vatPercent: random.coin() ? random.amount() : nil)
      desk.apply(.documentIssued(IssuedDocument(
        id: "DOC-\(n)", number: n, kind: DocumentKind.allCases[random.below(DocumentKind.allCases.count)], printed: random.text(),
        record: order.id, client: client, at: random.date(),
        totals: random.coin() ? DocumentTotals(net: random.amount(), vat: random.amount()) : nil, file: random.text(),
        fingerprint: random.text(), void: random.coin())))
      var bonus = Bonus(
        id: "TB-\(n)", number: n, clientId: client, percent: random.amount(), threshold: random.amount(),
        period: random.coin() ? "2026" : "2027-Q\(1 + random.below(4))", status: [.agreed, .pendingApproval, .ended][random.below(3)],
        by: random.text(), agreedAt: random.date())
      bonus.approvedBy = random.maybeText()
      bonus.endedAt = random.coin() ? random.date() : nil
      var book = desk.bonusBook ?? BonusBook()
      book.bonuses[bonus.id] = bonus
      desk.bonusBook = book
      desk.returns["R-\(n)"] = GoodsReturn(
        id: "R-\(n)", number: n, clientId: client, order: order.id, sku: line.sku, lot: "24-\(n)", meters: random.amount(),
        damaged: random.coin(), reason: random.maybeText(), unitPrice: random.amount(), creditNote: random.coin() ? "CN-\(n)" : nil,
        at: random.date(), credit: random.coin() ? random.amount() : nil)
      desk.reservations["RS-\(n)"] = Reservation(
        id: "RS-\(n)", client: client, sku: line.sku, lot: random.coin() ? "24-\(n)" : nil, meters: random.amount(),
        status: [.held, .awaitingStock, .released, .expired, .consumed][random.below(5)], createdAt: random.date(),
        expiresAt: random.coin() ? random.date() : nil, request: random.coin() ? "RQ-\(n)" : nil)
      desk.stockRequests["RQ-\(n)"] = StockRequest(
        id: "RQ-\(n)", sku: line.sku, meters: random.amount(), source: random.coin() ? .warehouse : .production,
        requestedAt: random.date(), neededBy: random.coin() ? random.date() : nil, receivedMeters: random.amount())
      desk.swatches[line.sku] = Swatches(sku: line.sku, inShowroom: random.below(9), reorderBelow: random.below(4))
      desk.sampleLoans["L-\(n)"] = SampleLoan(
        id: "L-\(n)", sku: line.sku, client: client, lentAt: random.date(), dueBack: random.date(),
        returnedAt: random.coin() ? random.date() : nil)
      var complaint = Complaint(
        id: "C-\(n)", clientId: client, order: random.coin() ? order.id : nil, lot: random.coin() ? "24-\(n)" : nil,
        reason: ComplaintReason.allCases[random.below(ComplaintReason.allCases.count)], text: random.text(), openedAt: random.date())
      if random.coin() {
        complaint.status = .resolved
        complaint.verdict = random.coin() ? .justified : .unjustified
        complaint.resolution = ComplaintResolution(
          credit: random.coin() ? random.amount() : nil, replacementMeters: random.coin() ? random.amount() : nil,
          discountPercent: random.coin() ? random.amount() : nil, text: random.text(), creditNote: random.coin() ? "CN-\(n)" : nil)
        complaint.resolvedAt = random.date()
        complaint.replacement = random.coin() ? [ShippedLine(sku: line.sku, lot: "24-\(n)", meters: random.amount())] : nil
      }
      desk.complaints[complaint.id] = complaint
      desk.competitorPrices.append(CompetitorPrice(competitor: random.text(), sku: line.sku, price: random.amount(), at: random.date(), note: random.maybeText()))
      desk.expenses["E-\(n)"] = Expense(id: "E-\(n)", amount: random.amount(), text: random.text(), clientId: random.coin() ? client : nil, at: random.date())
      var followUp = FollowUp(
        id: "F-\(n)", client: client, due: random.date(), dueHasTime: random.coin(), text: random.text(),
        status: random.coin() ? .open : .done, createdAt: random.date(), doneAt: random.coin() ? random.date() : nil)
      followUp.missedDeadline = random.coin() ? random.date() : nil
      followUp.assignee = random.maybeText()
      followUp.from = random.maybeText()
      desk.followUps[followUp.id] = followUp
      desk.notes["N-\(100 + n)"] = Note(
        id: "N-\(100 + n)", client: client, kind: NoteKind.allCases[random.below(3)], text: random.text(), at: random.date(),
        durationMinutes: random.coin() ? random.below(90) : nil)
    }
    return desk
  }

  /// Seeded choices among awkward values: text every escape is needed for, decimals of
  /// every scale and sign, dates with fractions of a second and from far years.
  struct Random {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func below(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(max(1, n)))
    }

    mutating func coin() -> Bool { below(2) == 0 }

    static let texts = [
      "Acme Textiles", "Çelik Tekstil", "\"Quoted\" & Sons", "back\\slash", "tab\there", "new\nline", "cr\r\nlf", "emoji 🧵",
      "slash 1/2 roll", "控制", "\u{01}\u{08}\u{0C}\u{1F}control", "\u{7F} del", "\u{2028} separator", "", "  spaced  ",
    ]
    mutating func text() -> String { Self.texts[below(Self.texts.count)] }
    mutating func maybeText() -> String? { coin() ? text() : nil }

    static let amounts = ["12.40", "0.1", "99.999", "0", "-3", "12.3456789", "0.005", "1e2", "0.50", "123456789.125", "-0.004"]
    mutating func amount() -> Decimal { Decimal(string: Self.amounts[below(Self.amounts.count)]) ?? 1 }

    mutating func date() -> Date {
      switch below(6) {
      case 0: Date(timeIntervalSince1970: 1_795_860_000 + Double(below(1_000_000)) + 0.75)
      case 1: Date(timeIntervalSince1970: -62_000_000_000)  // year 4
      case 2: Date(timeIntervalSince1970: -1.5)
      default: Date(timeIntervalSince1970: 1_795_860_000 + Double(below(100_000_000)))
      }
    }
  }
}
