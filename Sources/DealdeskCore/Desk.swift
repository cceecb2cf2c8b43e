import Foundation

/// The whole state of one manager's desk. A value: copying it is how undo keeps the past.
public struct Desk: Codable, Sendable, Equatable {
  public var clients: [String: Client]
  public var products: [String: Product]
  public var offers: [String: Offer]
  public var settings: Settings
  public var nextClientNumber: Int
  public var nextOfferNumber: Int
  // Orders, payments
  public var orders: [String: Order]
  public var payments: [String: Payment]
  public var nextOrderNumber: Int
  public var nextPaymentNumber: Int
  // Stock: reservations, warehouse/production requests and showroom samples, by id (swatches by SKU).
  public var reservations: [String: Reservation]
  public var stockRequests: [String: StockRequest]
  public var swatches: [String: Swatches]
  public var sampleLoans: [String: SampleLoan]
  public var nextReservationNumber: Int
  public var nextRequestNumber: Int
  public var nextLoanNumber: Int
  // Day: notes (calls, meetings) and follow-ups, by id.
  public var notes: [String: Note]
  public var followUps: [String: FollowUp]
  public var nextNoteNumber: Int
  public var nextFollowUpNumber: Int
  // Claims: complaints and expenses by id; competitor prices in the order they were noted.
  public var complaints: [String: Complaint]
  public var competitorPrices: [CompetitorPrice]
  public var expenses: [String: Expense]
  public var nextComplaintNumber: Int
  public var nextExpenseNumber: Int
  // Ledger: invoices (one per shipped order), credit notes and returns, by id.
  public var invoices: [String: Invoice]
  public var creditNotes: [String: CreditNote]
  public var returns: [String: GoodsReturn]
  public var nextInvoiceNumber: Int
  public var nextCreditNoteNumber: Int
  public var nextReturnNumber: Int
  /// Approval steps and changes to one's own limits (Authority.swift); nil until the first,
  /// so a desk without any saves as it did before they existed.
  public var authorityLog: AuthorityLog?
  /// The register of documents issued to clients (IssuedDocument.swift); nil until the
  /// first, so a desk without any saves as it did before the register existed.
  public var documentRegister: DocumentRegister?
  /// Trade bonuses (Bonus.swift); nil until the first is agreed, so a desk without any saves
  /// as it did before they existed.
  public var bonusBook: BonusBook?
  /// Supply contracts and their counter (Contract.swift); nil until the first, likewise.
  public var contractBook: ContractBook?
  /// Whose records are whose: kept here by `apply`, never saved (DeskIndex.swift).
  var index = DeskIndex()

  public init(settings: Settings = Settings()) {
    clients = [:]
    products = [:]
    offers = [:]
    self.settings = settings
    nextClientNumber = 1
    nextOfferNumber = 1
    orders = [:]
    payments = [:]
    nextOrderNumber = 1
    nextPaymentNumber = 1
    // Stock:
    reservations = [:]
    stockRequests = [:]
    swatches = [:]
    sampleLoans = [:]
    nextReservationNumber = 1
    nextRequestNumber = 1
    nextLoanNumber = 1
    // Day:
    notes = [:]
    followUps = [:]
    nextNoteNumber = 1
    nextFollowUpNumber = 1
    // Claims:
    complaints = [:]
    competitorPrices = []
    expenses = [:]
    nextComplaintNumber = 1
    nextExpenseNumber = 1
    // Ledger:
    invoices = [:]
    creditNotes = [:]
    returns = [:]
    nextInvoiceNumber = 1
    nextCreditNoteNumber = 1
    nextReturnNumber = 1
  }

  /// Folds one event into the state. Events were checked when decided, so apply never fails;
  /// an event naming something missing (only possible in a hand-edited journal) is ignored.
  public mutating func apply(_ event: Event) {
    indexing(event)
    switch event {
    case .clientAdded(let client):
      clients[client.id] = client
      nextClientNumber = Ids.next(nextClientNumber, after: Ids.number(in: client.id) ?? 0)
    case .productAdded(let product):
      products[product.sku] = product
    case .stockReceived(let sku, let lot, let meters, let at):
      putIntoLot(sku: sku, lot: lot, meters: meters, at: at)
    case .offerMade(let offer):
      offers[offer.id] = offer
      nextOfferNumber = Ids.next(nextOfferNumber, after: offer.number)
    case .offerCountered(let id, let round, let status):
      offers[id]?.rounds.append(round)
      if let status { offers[id]?.status = status }
    case .offerApproved(let id, let approval):
      offers[id]?.approval = approval
      offers[id]?.status = .open
      record(ApprovalStep(kind: .approved, terms: approval.terms, by: approval.by, at: approval.at), offer: id)
    case .offerExtended(let id, let until):
      offers[id]?.validUntil = until
    case .offerAccepted(let id, _, let at):
      close(id, as: .accepted, at: at, reason: nil)
    case .offerDeclined(let id, let reason, let at):
      close(id, as: .declined, at: at, reason: reason)
    case .offerLost(let id, let competitor, let reason, let at):
      close(id, as: .lost, at: at, reason: reason)
      offers[id]?.lostTo = competitor
    case .offerWithdrawn(let id, let at):
      close(id, as: .withdrawn, at: at, reason: nil)
    case .settingsChanged(let settings):
      self.settings = settings
    case .limitChanged(let change):
      record(change)
    case .personSet(let person):
      record(person)
    case .accountAssigned(let client, let login):
      assign(client, to: login)
    case .absenceSet(let absence):
      record(absence)
    case .doneInCover(let mark):
      record(mark)
    case .approvalRequested(let id, let step), .approvalRejected(let id, let step):
      record(step, offer: id)
    case .orderPlaced(let order):
      orders[order.id] = order
      nextOrderNumber = Ids.next(nextOrderNumber, after: order.number)
    case .orderApproved(let id, let approval):
      orders[id]?.creditApproval = approval
      orders[id]?.status = .open
    case .orderShipped(let id, let at, let picks):
      guard let order = orders[id] else { return }
      orders[id]?.status = .shipped
      orders[id]?.shippedAt = at
      ship(picks, order: id)
      // The shipment is the invoice; a hand-edited journal shipping twice issues one.
      if invoice(of: id) == nil { issue(invoiceIssued(for: order, at: at, picks: picks)) }
    case .reservationClaimed(let reservation, let order):
      reservations[reservation]?.order = order
      reservations[reservation]?.expiresAt = nil
    case .orderDelivered(let id, let at):
      orders[id]?.status = .delivered
      orders[id]?.deliveredAt = at
    case .orderCancelled(let id, let at):
      orders[id]?.status = .cancelled
      orders[id]?.cancelledAt = at
      // Cancelling an order lets go of the stock held for it.
      for r in reservations.values where r.order == id && (r.status == .held || r.status == .awaitingStock) {
        reservations[r.id]?.status = .released
        reservations[r.id]?.releasedAt = at
      }
    case .paymentReceived(let payment):
      payments[payment.id] = payment
      nextPaymentNumber = Ids.next(nextPaymentNumber, after: Ids.number(in: payment.id) ?? 0)
    case .creditLimitSet(let client, let limit):
      clients[client]?.creditLimit = limit
    case .reliabilityRated(let client, let grade):
      clients[client]?.reliability = grade
    case .clientTermsSet(let client, let terms):
      clients[client]?.paymentTerms = terms
    case .clientTaxSet(let client, let tax):
      clients[client]?.tax = tax
    case .clientAliasAdded(let client, let alias):
      if clients[client]?.aliases.contains(where: { sameName($0, alias) }) == false { clients[client]?.aliases.append(alias) }
    case .clientAliasRemoved(let client, let alias):
      clients[client]?.aliases.removeAll { sameName($0, alias) }
    // Stock: folded in DeskStock.swift.
    case .warehouseStockSet, .minimumsSet, .reservationMade, .reservationReleased, .holdExtended,
      .reservationFilled, .stockRequested, .requestReceived, .requestCancelled, .swatchesAdded,
      .swatchReorderSet, .sampleLent, .sampleReturned:
      applyStock(event)
    // Day: folded in DeskDay.swift.
    case .noteAdded, .followUpAdded, .followUpDone, .followUpSnoozed, .followUpMissed, .taskAssigned:
      applyDay(event)
    // Claims: folded in DeskClaims.swift.
    case .complaintFiled, .complaintResolved, .competitorPriceNoted, .expenseRecorded, .expenseBudgetSet:
      applyClaims(event)
    // Ledger: folded in DeskLedger.swift.
    case .creditNoteIssued, .goodsReturned, .replacementShipped:
      applyLedger(event)
    case .documentIssued(let document):
      documents[document.id] = document
      nextDocumentNumber = Ids.next(nextDocumentNumber, after: document.number)
    case .bonusAgreed, .bonusApproved, .bonusEnded:
      applyBonus(event)
    // Contracts: folded in Contract.swift.
    case .contractDrafted, .contractApproved, .contractSent, .contractSigned, .contractTerminated:
      applyContract(event)
    }
  }

  public mutating func apply(_ events: [Event]) {
    for event in events { apply(event) }
  }

  /// The index is taken out while it reads the desk, so it is changed in place, not copied.
  private mutating func indexing(_ event: Event) {
    var taken = DeskIndex()
    swap(&taken, &index)
    taken.record(event, on: self)
    swap(&taken, &index)
  }

  private mutating func close(_ id: String, as status: OfferStatus, at: Date, reason: String?) {
    offers[id]?.status = status
    offers[id]?.closedAt = at
    offers[id]?.closeReason = reason
  }
}

extension Desk {
  private enum CodingKeys: String, CodingKey {
    case clients, products, offers, settings, nextClientNumber, nextOfferNumber
    case orders, payments, nextOrderNumber, nextPaymentNumber
    // Stock:
    case reservations, stockRequests, swatches, sampleLoans, nextReservationNumber, nextRequestNumber, nextLoanNumber
    // Day:
    case notes, followUps, nextNoteNumber, nextFollowUpNumber
    // Claims:
    case complaints, competitorPrices, expenses, nextComplaintNumber, nextExpenseNumber
    // Ledger:
    case invoices, creditNotes, returns, nextInvoiceNumber, nextCreditNoteNumber, nextReturnNumber
    case authorityLog, contractBook
    case documentRegister
    case bonusBook
  }

  /// A desk saved before a part of the domain existed opens with that part empty.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    clients = try c.decode([String: Client].self, forKey: .clients)
    products = try c.decode([String: Product].self, forKey: .products)
    offers = try c.decode([String: Offer].self, forKey: .offers)
    settings = try c.decode(Settings.self, forKey: .settings)
    nextClientNumber = try c.decode(Int.self, forKey: .nextClientNumber)
    nextOfferNumber = try c.decode(Int.self, forKey: .nextOfferNumber)
    orders = try c.decodeIfPresent([String: Order].self, forKey: .orders) ?? [:]
    payments = try c.decodeIfPresent([String: Payment].self, forKey: .payments) ?? [:]
    nextOrderNumber = try c.decodeIfPresent(Int.self, forKey: .nextOrderNumber) ?? 1
    nextPaymentNumber = try c.decodeIfPresent(Int.self, forKey: .nextPaymentNumber) ?? 1
    // Stock:
    reservations = try c.decodeIfPresent([String: Reservation].self, forKey: .reservations) ?? [:]
    stockRequests = try c.decodeIfPresent([String: StockRequest].self, forKey: .stockRequests) ?? [:]
    swatches = try c.decodeIfPresent([String: Swatches].self, forKey: .swatches) ?? [:]
    sampleLoans = try c.decodeIfPresent([String: SampleLoan].self, forKey: .sampleLoans) ?? [:]
    nextReservationNumber = try c.decodeIfPresent(Int.self, forKey: .nextReservationNumber) ?? 1
    nextRequestNumber = try c.decodeIfPresent(Int.self, forKey: .nextRequestNumber) ?? 1
    nextLoanNumber = try c.decodeIfPresent(Int.self, forKey: .nextLoanNumber) ?? 1
    // Day:
    notes = try c.decodeIfPresent([String: Note].self, forKey: .notes) ?? [:]
    followUps = try c.decodeIfPresent([String: FollowUp].self, forKey: .followUps) ?? [:]
    nextNoteNumber = try c.decodeIfPresent(Int.self, forKey: .nextNoteNumber) ?? 1
    nextFollowUpNumber = try c.decodeIfPresent(Int.self, forKey: .nextFollowUpNumber) ?? 1
    // Claims:
    complaints = try c.decodeIfPresent([String: Complaint].self, forKey: .complaints) ?? [:]
    competitorPrices = try c.decodeIfPresent([CompetitorPrice].self, forKey: .competitorPrices) ?? []
    expenses = try c.decodeIfPresent([String: Expense].self, forKey: .expenses) ?? [:]
    nextComplaintNumber = try c.decodeIfPresent(Int.self, forKey: .nextComplaintNumber) ?? 1
    nextExpenseNumber = try c.decodeIfPresent(Int.self, forKey: .nextExpenseNumber) ?? 1
    // Ledger: a desk saved before invoices and credit notes existed gets them from its
    // shipped orders and complaint credits, as its journal would have issued them.
    invoices = try c.decodeIfPresent([String: Invoice].self, forKey: .invoices) ?? [:]
    creditNotes = try c.decodeIfPresent([String: CreditNote].self, forKey: .creditNotes) ?? [:]
    returns = try c.decodeIfPresent([String: GoodsReturn].self, forKey: .returns) ?? [:]
    nextInvoiceNumber = try c.decodeIfPresent(Int.self, forKey: .nextInvoiceNumber) ?? 1
    nextCreditNoteNumber = try c.decodeIfPresent(Int.self, forKey: .nextCreditNoteNumber) ?? 1
    nextReturnNumber = try c.decodeIfPresent(Int.self, forKey: .nextReturnNumber) ?? 1
    authorityLog = try c.decodeIfPresent(AuthorityLog.self, forKey: .authorityLog)
    documentRegister = try c.decodeIfPresent(DocumentRegister.self, forKey: .documentRegister)
    bonusBook = try c.decodeIfPresent(BonusBook.self, forKey: .bonusBook)
    contractBook = try c.decodeIfPresent(ContractBook.self, forKey: .contractBook)
    // Checked before anything is computed from it: a value the desk would refuse to be
    // typed is damage (ReadChecks.swift), not a figure to sum.
    try checkRanges()
    if !c.contains(.invoices) { issueMissingInvoices() }
    if !c.contains(.creditNotes) { issueMissingCredits() }
    index = DeskIndex(of: self)
  }
}

extension Desk {
  /// Clients in the order they were added.
  public var clientsInOrder: [Client] {
    Ids.inOrder(clients.values, id: \.id)
  }

  /// Products by category, then name.
  public var productsInOrder: [Product] { Self.inOrder(Array(products.values)) }

  /// Products by folded category, folded name, then SKU (unique, so the order is total).
  /// Each key is folded once, not at every comparison.
  private static func inOrder(_ products: [Product]) -> [Product] {
    products.map { (key: ($0.category.lowercased(), $0.name.lowercased(), $0.sku), product: $0) }
      .sorted { $0.key < $1.key }.map(\.product)
  }

  public var ordersInOrder: [Order] { orders.values.sorted { $0.number < $1.number } }

  /// Payments in the order they were recorded.
  public var paymentsInOrder: [Payment] { Ids.inOrder(payments.values, id: \.id) }

  /// Offers in the order they were made.
  public var offersInOrder: [Offer] {
    offers.values.sorted { $0.number < $1.number }
  }

  /// Category names as first written, one per distinct folded name, sorted.
  public var categories: [String] {
    var seen: [String: String] = [:]
    for product in productsInOrder where seen[product.category.lowercased()] == nil {
      seen[product.category.lowercased()] = product.category
    }
    return seen.keys.sorted().compactMap { seen[$0] }
  }

  /// In the catalog's order, read from the category index: pricing a category offer asks
  /// for this several times a command, and a branch has 2,000 products.
  public func products(inCategory category: String) -> [Product] {
    if let skus = categorySKUs(category) { return skus.compactMap { products[$0] } }
    return Self.inOrder(products.values.filter { Self.sameCategory($0.category, category) })
  }

  /// `caseInsensitiveCompare` equality, answered without Foundation for plain ASCII names.
  private static func sameCategory(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let (x, y) = (a.utf8, b.utf8)
    if x.allSatisfy({ $0 < 0x80 }) && y.allSatisfy({ $0 < 0x80 }) {
      guard x.count == y.count else { return false }
      return zip(x, y).allSatisfy { p, q in
        p == q || (p | 0x20 == q | 0x20 && (p | 0x20) >= UInt8(ascii: "a") && (p | 0x20) <= UInt8(ascii: "z"))
      }
    }
    return a.caseInsensitiveCompare(b) == .orderedSame
  }

  /// One client's offers in the order they were made.
  public func offers(for clientId: String) -> [Offer] {
    records(offers, of: clientId, \.offers, counted: \.offers) { $0.clientId == clientId }.sorted { $0.number < $1.number }
  }

  /// One client's orders by number.
  public func orders(for clientId: String) -> [Order] {
    records(orders, of: clientId, \.orders, counted: \.orders) { $0.clientId == clientId }.sorted { $0.number < $1.number }
  }

  /// One client's payments in the order they were recorded.
  public func payments(for clientId: String) -> [Payment] {
    records(payments, of: clientId, \.payments, counted: \.payments) { $0.clientId == clientId }
      .sorted { Ids.order($0.id, $1.id) }
  }

  /// The most recent offer still under negotiation with this client.
  public func latestOpenOffer(for clientId: String) -> Offer? {
    offers(for: clientId).last { $0.status.isOpen }
  }
}
