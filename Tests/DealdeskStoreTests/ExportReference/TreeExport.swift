import DealdeskCore
import Foundation

@testable import DealdeskStore

/// The export as it was written before it streamed (a tree of values, then text): kept
/// unchanged as the reference the streaming writer is held to, byte for byte
/// (ExportStreamTests). A field added to the export is added here too, in the same place.
struct TreeExport: Sendable {
  static let format = "dealdesk-export"
  static let version = 2

  var root: JSONValue

  /// `now` decides which open offers read as expired.
  init(desk: Desk, now: Date) {
    let ledgers = desk.ledgers()
    root = .object([
      ("format", .string(Self.format)),
      ("version", .int(Self.version)),
      ("currency", .string(desk.settings.currency)),
      ("settings", Self.settings(desk.settings)),
      ("limitChanges", .array(desk.authority.limitChanges.map(Self.limitChange))),
      ("people", .array(desk.peopleInOrder.map { Self.person($0, accounts: desk.accounts(of: $0.login).map(\.id)) })),
      ("absences", .array(desk.authority.absences.map(Self.absence))),
      ("coverMarks", .array(desk.authority.coverMarks.map(Self.coverMark))),
      ("clients", .array(desk.clientsInOrder.map { Self.client($0, ledger: ledgers[$0.id]) })),
      ("products", .array(desk.productsInOrder.map(Self.product))),
      ("offers", .array(desk.offersInOrder.map { Self.offer($0, steps: desk.approvalSteps(of: $0.id), now: now) })),
      ("orders", .array(desk.ordersInOrder.map { Self.order($0, entry: ledgers[$0.clientId]?.entry($0.id)) })),
      ("contracts", .array(desk.contractsInOrder().map { Self.contract($0, fulfilment: desk.fulfilment(of: $0, at: now), now: now) })),
      ("reservations", .array(desk.reservationsInOrder.map { Self.reservation($0, now: now) })),
      ("stockRequests", .array(desk.stockRequestsInOrder.map(Self.stockRequest))),
      ("samples", .array(desk.swatchesInOrder.map { .object([("sku", .string($0.sku)), ("inShowroom", .int($0.inShowroom)), ("reorderBelow", .int($0.reorderBelow))]) })),
      ("sampleLoans", .array(desk.sampleLoansInOrder.map(Self.sampleLoan))),
      ("payments", .array(desk.paymentsInOrder.map(Self.payment))),
      // Ledger:
      ("invoices", .array(desk.invoicesInOrder.map { Self.invoice($0, desk: desk) })),
      ("creditNotes", .array(desk.creditNotesInOrder.map { Self.creditNote($0, desk: desk) })),
      ("returns", .array(desk.returnsInOrder.map(Self.goodsReturn))),
      ("documents", .array(desk.documentsInOrder.map(Self.document))),
      // Trade bonuses:
      ("bonuses", .array(desk.bonusesInOrder.map { Self.bonus($0, standing: desk.standing(of: $0, now: now)) })),
      // Claims:
      ("complaints", .array(desk.complaintsInOrder.map(Self.complaint))),
      ("competitorPrices", .array(desk.competitorPrices.map(Self.competitorPrice))),
      ("expenses", .array(desk.expensesInOrder.map(Self.expense))),
      // Day:
      ("notes", .array(desk.notesInOrder.map(Self.note))),
      ("followUps", .array(desk.followUpsInOrder.map(Self.followUp))),
    ])
  }

  func json() -> String { root.text(pretty: true) }

  static func amount(_ value: Decimal?) -> JSONValue { value.map { .string(Money.plain($0)) } ?? .null }
  static func quantity(_ value: Decimal?) -> JSONValue { value.map { .string(Money.trimmed($0)) } ?? .null }
  static func date(_ value: Date?) -> JSONValue {
    value.map { .string(ISO8601DateFormatter.string(from: $0, timeZone: TimeZone(identifier: "UTC") ?? .current, formatOptions: [.withInternetDateTime])) } ?? .null
  }

  private static func absence(_ a: Absence) -> JSONValue {
    let fields: [(String, JSONValue)] = [
      ("person", .string(a.person)), ("from", date(a.from)), ("to", date(a.to)), ("cover", .string(a.cover)),
      ("by", .string(a.by)), ("at", date(a.at)),
    ]
    return .object(fields)
  }

  private static func coverMark(_ m: CoverMark) -> JSONValue {
    let fields: [(String, JSONValue)] = [("client", .string(m.client)), ("covering", .string(m.covering)), ("by", .string(m.by)), ("at", date(m.at))]
    return .object(fields)
  }

  private static func limitChange(_ c: LimitChange) -> JSONValue {
    .object([
      ("limit", .string(c.kind.rawValue)), ("from", quantity(c.from)), ("to", quantity(c.to)), ("by", .string(c.by)), ("at", date(c.at)),
      ("of", c.of.map { .string($0) } ?? .null),
    ])
  }

  private static func person(_ p: Person, accounts: [String]) -> JSONValue {
    .object([
      ("login", .string(p.login)), ("name", .string(p.name)), ("role", .string(p.role.rawValue)),
      ("discountLimitPercent", quantity(p.discountLimit)), ("paymentTermsLimitDays", p.paymentTermsLimitDays.map { .int($0) } ?? .null),
      ("quota", p.quota.map { .object([("amount", .string(Money.plain($0.amount))), ("per", .string($0.per.rawValue))]) } ?? .null),
      ("accounts", .array(accounts.map { .string($0) })),
    ])
  }

  private static func settings(_ s: Settings) -> JSONValue {
    .object([
      ("discountLimitPercent", quantity(s.discountLimit)),
      ("offerValidityDays", .int(s.offerValidityDays)),
      ("defaultPaymentTermsDays", .int(s.defaultPaymentTerms.days)),
      ("defaultPaymentTerms", .string(s.defaultPaymentTerms.label)),
      ("paymentTermsLimitDays", .int(s.paymentTermsLimitDays)),
      ("floorMarginPercent", quantity(s.floorMarginPercent)),
      ("volumeTiers", .array(s.volumeTiers.map { .object([("fromMeters", quantity($0.fromMeters)), ("percent", quantity($0.percent))]) })),
      ("volumeTierBasis", .string(s.tierBasis.rawValue)),
      ("clientTiers", .array(s.clientTiers.map { .object([("name", .string($0.name)), ("fromSales", amount($0.fromSales)), ("percent", quantity($0.percent))]) })),
      ("expenseBudget", amount(s.expenseBudget)),  // Claims:
      ("expenseBudgetPeriod", .string(s.expenseBudgetPeriod.rawValue)),
      ("vatRates", .object([("standard", quantity(s.vatRates.standardPercent)), ("export", quantity(0))])),
      ("vatRounding", .string("perDocumentAndRate")),
      ("bonusLimitPercent", quantity(s.bonusLimit)),
      ("company", .object([
        ("name", .string(s.company.name)), ("address", .string(s.company.address)),
        ("taxNumber", .string(s.company.taxNumber)), ("iban", .string(s.company.iban)),
      ])),
    ])
  }

  private static func client(_ c: Client, ledger: Ledger?) -> JSONValue {
    .object([
      ("id", .string(c.id)),
      ("name", .string(c.name)),
      ("aliases", .array(c.aliases.map(JSONValue.string))),
      ("status", .string(c.status.rawValue)),
      ("city", .string(c.city)),
      ("tags", .array(c.tags.map(JSONValue.string))),
      ("creditLimit", amount(c.creditLimit)),
      ("paymentTermsDays", .int(c.paymentTerms?.days)),
      ("reliability", .string(c.reliability)),
      ("contacts", .array(c.contacts.map { .object([("name", .string($0.name)), ("phone", .string($0.phone)), ("email", .string($0.email))]) })),
      ("owes", amount(ledger?.owes ?? 0)),
      ("orderedNotInvoiced", amount(ledger?.orderedNotInvoiced ?? 0)),
      ("creditExposure", amount(ledger?.exposure ?? 0)),
      ("taxNumber", .string(c.tax?.taxNumber)),
      ("billingAddress", .string(c.tax?.address)),
      ("vat", .string(c.tax?.vat.rawValue ?? "standard")),
    ])
  }

  private static func product(_ p: Product) -> JSONValue {
    .object([
      ("sku", .string(p.sku)),
      ("name", .string(p.name)),
      ("category", .string(p.category)),
      ("unit", .string("m")),
      ("listPrice", amount(p.listPrice)),
      ("cost", amount(p.cost)),
      ("widthCm", quantity(p.widthCm)),
      ("gsm", quantity(p.gsm)),
      ("composition", .string(p.composition)),
      ("colour", .string(p.colour)),
      ("finish", .string(p.finish)),
      ("rollLength", quantity(p.rollLength)),
      ("minimumOrderMeters", quantity(p.minimumOrderMeters)),
      ("minimumCutMeters", quantity(p.minimumCutMeters)),
      ("warehouseMeters", quantity(p.warehouseMeters)),
      ("lots", .array(p.lots.map { .object([("lot", .string($0.id)), ("meters", quantity($0.meters))]) })),
    ])
  }

  private static func offer(_ o: Offer, steps: [ApprovalStep], now: Date) -> JSONValue {
    .object([
      ("id", .string(o.id)),
      ("client", .string(o.clientId)),
      ("status", .string(o.status(at: now).rawValue)),
      ("current", terms(o.current)),
      ("rounds", .array(o.rounds.map { .object([("by", .string($0.by.rawValue)), ("terms", terms($0.terms)), ("at", date($0.at))]) })),
      ("validUntil", date(o.validUntil)),
      ("closedAt", date(o.closedAt)),
      ("reason", .string(o.closeReason)),
      ("lostTo", .string(o.lostTo)),
      ("approval", o.approval.map { .object([("by", .string($0.by)), ("at", date($0.at)), ("terms", terms($0.terms))]) } ?? .null),
      ("approvalSteps", .array(steps.map {
        .object([("kind", .string($0.kind.rawValue)), ("by", .string($0.by)), ("reason", .string($0.reason)), ("at", date($0.at)), ("terms", terms($0.terms))])
      })),
    ])
  }

  private static func order(_ o: Order, entry: Ledger.Entry?) -> JSONValue {
    .object([
      ("id", .string(o.id)),
      ("client", .string(o.clientId)),
      ("offer", .string(o.offer)),
      ("status", .string(o.status.rawValue)),
      ("lines", .array(o.lines.map(orderLine))),
      ("total", amount(o.total)),
      ("paymentTermsDays", .int(o.paymentTerms.days)),
      ("paymentTerms", .string(o.paymentTerms.label)),
      ("createdAt", date(o.createdAt)),
      ("dueDate", date(o.dueDate)),
      ("shippedAt", date(o.shippedAt)),
      ("deliveredAt", date(o.deliveredAt)),
      ("cancelledAt", date(o.cancelledAt)),
      ("invoice", .string(entry?.invoice.id)),
      ("invoicedAt", date(entry?.invoice.issuedAt)),
      ("paid", amount(entry?.paid)),
      ("credited", amount(entry?.credited)),
      ("outstanding", amount(entry?.outstanding)),
      ("creditApproval", o.creditApproval.map { .object([("by", .string($0.by)), ("at", date($0.at)), ("exposure", amount($0.exposure)), ("limit", amount($0.limit))]) } ?? .null),
    ])
  }

  private static func orderLine(_ l: OrderLine) -> JSONValue {
    .object([
      ("sku", .string(l.sku)),
      ("meters", quantity(l.meters)),
      ("listPrice", amount(l.listPrice)),
      ("discountPercent", quantity(l.discountPercent)),
      ("discounts", .array(l.discounts.map { .object([("source", .string($0.source.rawValue)), ("percent", quantity($0.percent)), ("reason", .string($0.reason))]) })),
      ("unitPrice", amount(l.unitPrice)),
      ("lineTotal", amount(l.lineTotal)),
      ("lot", .string(l.lot)),
    ])
  }

  private static func reservation(_ r: Reservation, now: Date) -> JSONValue {
    .object([
      ("id", .string(r.id)),
      ("client", .string(r.client)),
      ("sku", .string(r.sku)),
      ("lot", .string(r.lot)),
      ("meters", quantity(r.meters)),
      ("status", .string(r.status(at: now).rawValue)),
      ("expiresAt", date(r.expiresAt)),
      ("order", .string(r.order)),
      ("request", .string(r.request)),
    ])
  }

  private static func stockRequest(_ q: StockRequest) -> JSONValue {
    .object([
      ("id", .string(q.id)),
      ("sku", .string(q.sku)),
      ("meters", quantity(q.meters)),
      ("receivedMeters", quantity(q.receivedMeters)),
      ("source", .string(q.source.rawValue)),
      ("status", .string(q.status.rawValue)),
      ("requestedAt", date(q.requestedAt)),
      ("neededBy", date(q.neededBy)),
    ])
  }

  private static func sampleLoan(_ l: SampleLoan) -> JSONValue {
    .object([
      ("id", .string(l.id)), ("sku", .string(l.sku)), ("client", .string(l.client)), ("lentAt", date(l.lentAt)),
      ("dueBack", date(l.dueBack)), ("returnedAt", date(l.returnedAt)),
    ])
  }

  private static func contract(_ c: Contract, fulfilment f: ContractFulfilment, now: Date) -> JSONValue {
    let lines: [JSONValue] = c.lines.map { line in
      let scope: [(String, JSONValue)]
      switch line.scope {
      case .all: scope = [("scope", .string("all")), ("sku", .null), ("category", .null)]
      case .category(let name): scope = [("scope", .string("category")), ("sku", .null), ("category", .string(name))]
      case .product(let sku): scope = [("scope", .string("product")), ("sku", .string(sku)), ("category", .null)]
      }
      return .object(scope + [("unitPrice", amount(line.unitPrice)), ("discountPercent", quantity(line.discountPercent))])
    }
    return .object([
      ("id", .string(c.id)), ("client", .string(c.clientId)), ("status", .string(c.status.rawValue)),
      ("state", .string(c.state(at: now).rawValue)), ("start", date(c.start)), ("end", date(c.end)), ("lines", .array(lines)),
      ("commitmentMetersPerYear", quantity(c.commitment?.meters)), ("commitmentValuePerYear", amount(c.commitment?.value)),
      ("paymentTermsDays", c.paymentTerms.map { .int($0.days) } ?? .null), ("paymentTerms", .string(c.paymentTerms?.label)),
      ("draftedAt", date(c.draftedAt)), ("draftedBy", .string(c.draftedBy)),
      ("approvalReasons", .array(c.approvalReasons.map { .string($0) })),
      ("approvedBy", .string(c.approval?.by)), ("approvedAt", date(c.approval?.at)), ("sentAt", date(c.sentAt)),
      ("signedByUs", .string(c.signing?.ours)), ("signedByClient", .string(c.signing?.theirs)), ("signedAt", date(c.signing?.at)),
      ("terminatedAt", date(c.terminatedAt)), ("terminationReason", .string(c.terminationReason)),
      ("fulfilment", .object([
        ("meters", quantity(f.meters)), ("value", amount(f.value)), ("committedMeters", quantity(f.committedMeters)),
        ("committedValue", amount(f.committedValue)), ("expectedMeters", quantity(f.expectedMeters)),
        ("expectedValue", amount(f.expectedValue)), ("onTrack", f.isOnTrack.map { .bool($0) } ?? .null),
      ])),
    ])
  }

  private static func payment(_ p: Payment) -> JSONValue {
    .object([
      ("id", .string(p.id)),
      ("client", .string(p.clientId)),
      ("order", .string(p.order)),
      ("amount", amount(p.amount)),
      ("at", date(p.at)),
    ])
  }

  // Ledger:
  private static func invoice(_ i: Invoice, desk: Desk) -> JSONValue {
    .object([
      ("id", .string(i.id)),
      ("order", .string(i.order)),
      ("client", .string(i.clientId)),
      ("issuedAt", date(i.issuedAt)),
      ("dueDate", date(desk.orders[i.order]?.dueDate)),
      ("amount", amount(i.amount)),
      ("shipped", .array(i.shipped.map { .object([("sku", .string($0.sku)), ("lot", .string($0.lot)), ("meters", quantity($0.meters))]) })),
    ] + vat(percent: desk.vatPercent(of: i), net: i.amount))
  }

  private static func bonus(_ b: Bonus, standing s: BonusStanding) -> JSONValue {
    .object([
      ("id", .string(b.id)), ("client", .string(b.clientId)), ("percent", quantity(b.percent)), ("threshold", amount(b.threshold)),
      ("period", .string(b.period)), ("from", date(b.calendarPeriod.start)), ("until", date(b.calendarPeriod.wholeEnd)),
      ("status", .string(b.status.rawValue)), ("state", .string(s.state.rawValue)), ("by", .string(b.by)),
      ("agreedAt", date(b.agreedAt)), ("approvedBy", .string(b.approvedBy)), ("approvedAt", date(b.approvedAt)),
      ("endedAt", date(b.endedAt)), ("invoiced", amount(s.invoiced)), ("credited", amount(s.credited)),
      ("purchases", amount(s.purchases)), ("accrued", amount(s.accrued)), ("leftToThreshold", amount(s.leftToThreshold)),
      ("projectedPurchases", amount(s.projectedPurchases)), ("projectedBonus", amount(s.projectedBonus)),
      ("creditNote", .string(s.creditNote?.id)),
    ])
  }

  private static func creditNote(_ n: CreditNote, desk: Desk) -> JSONValue {
    .object([
      ("id", .string(n.id)),
      ("client", .string(n.clientId)),
      ("order", .string(n.order)),
      ("amount", amount(n.amount)),
      ("kind", .string(n.kind.rawValue)),
      ("source", .string(n.source)),
      ("sku", .string(n.sku)),
      ("at", date(n.at)),
    ] + vat(percent: desk.vatPercent(of: n), net: n.amount))
  }

  /// Worked out here on its own: net times rate, rounded half up to the cent, once per document.
  private static func vat(percent: Decimal, net: Decimal) -> [(String, JSONValue)] {
    var product = net * percent / 100
    var rounded = Decimal()
    NSDecimalRound(&rounded, &product, 2, .plain)
    return [("vatPercent", quantity(percent)), ("vat", amount(rounded)), ("gross", amount(net + rounded))]
  }

  private static func document(_ d: IssuedDocument) -> JSONValue {
    .object([
      ("id", .string(d.id)), ("kind", .string(d.kind.rawValue)), ("printed", .string(d.printed)), ("record", .string(d.record)),
      ("client", .string(d.client)), ("at", date(d.at)), ("net", amount(d.totals?.net)), ("vat", amount(d.totals?.vat)),
      ("gross", amount(d.totals.map { $0.net + $0.vat })), ("file", .string(d.file)), ("fingerprint", .string(d.fingerprint)),
      ("void", .bool(d.void)),
    ])
  }

  private static func goodsReturn(_ r: GoodsReturn) -> JSONValue {
    .object([
      ("id", .string(r.id)),
      ("client", .string(r.clientId)),
      ("order", .string(r.order)),
      ("sku", .string(r.sku)),
      ("lot", .string(r.lot)),
      ("meters", quantity(r.meters)),
      ("damaged", .bool(r.damaged)),
      ("reason", .string(r.reason)),
      ("unitPrice", amount(r.unitPrice)),
      ("credit", amount(r.credit)),
      ("creditNote", .string(r.creditNote)),
      ("at", date(r.at)),
    ])
  }

  // Claims:
  private static func complaint(_ c: Complaint) -> JSONValue {
    .object([
      ("id", .string(c.id)),
      ("client", .string(c.clientId)),
      ("order", .string(c.order)),
      ("lot", .string(c.lot)),
      ("reason", .string(c.reason.rawValue)),
      ("text", .string(c.text)),
      ("status", .string(c.status.rawValue)),
      ("verdict", .string(c.verdict?.rawValue)),
      ("resolution", c.resolution.map {
        .object([("credit", amount($0.credit)), ("replacementMeters", quantity($0.replacementMeters)),
                 ("discountPercent", quantity($0.discountPercent)), ("text", .string($0.text)), ("creditNote", .string($0.creditNote))])
      } ?? .null),
      ("openedAt", date(c.openedAt)),
      ("resolvedAt", date(c.resolvedAt)),
      ("replacement", c.replacement.map { .array($0.map { .object([("sku", .string($0.sku)), ("lot", .string($0.lot)), ("meters", quantity($0.meters))]) }) } ?? .null),
    ])
  }

  private static func competitorPrice(_ p: CompetitorPrice) -> JSONValue {
    .object([("competitor", .string(p.competitor)), ("sku", .string(p.sku)), ("price", amount(p.price)), ("at", date(p.at)), ("note", .string(p.note))])
  }

  private static func expense(_ e: Expense) -> JSONValue {
    .object([("id", .string(e.id)), ("amount", amount(e.amount)), ("text", .string(e.text)), ("client", .string(e.clientId)), ("at", date(e.at))])
  }

  private static func terms(_ t: Terms) -> JSONValue {
    .object([
      ("lines", .array(t.lines.map(line))),
      ("paymentTermsDays", .int(t.paymentTerms?.days)),
      ("paymentTerms", .string(t.paymentTerms?.label)),
      ("leadTimeDays", .int(t.leadTimeDays)),
    ])
  }

  private static func line(_ l: OfferLine) -> JSONValue {
    let (scope, target): (String, String?) =
      switch l.scope {
      case .all: ("all", nil)
      case .category(let name): ("category", name)
      case .product(let sku): ("product", sku)
      }
    return .object([
      ("scope", .string(scope)),
      ("target", .string(target)),
      ("meters", quantity(l.meters)),
      ("discountPercent", quantity(l.discountPercent)),
      ("unitPrice", amount(l.unitPrice)),
    ])
  }

  static func note(_ n: Note) -> JSONValue {
    .object([
      ("id", .string(n.id)),
      ("client", .string(n.client)),
      ("kind", .string(n.kind.rawValue)),
      ("text", .string(n.text)),
      ("at", date(n.at)),
      ("durationMinutes", .int(n.durationMinutes)),
    ])
  }

  static func followUp(_ f: FollowUp) -> JSONValue {
    .object([
      ("id", .string(f.id)),
      ("client", .string(f.client)),
      ("due", date(f.due)),
      ("dueHasTime", .bool(f.dueHasTime)),
      ("text", .string(f.text)),
      ("status", .string(f.status.rawValue)),
      ("doneAt", date(f.doneAt)),
      ("assignee", f.assignee.map(JSONValue.string) ?? .null),
      ("from", f.from.map(JSONValue.string) ?? .null),
    ])
  }
}
