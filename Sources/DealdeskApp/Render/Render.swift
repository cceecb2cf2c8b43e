import DealdeskCore
import DealdeskLanguage
import Foundation

/// Every reply the desk prints is worded here, so transcripts need no terminal.
enum Render {
  static func error(_ error: ParseError) -> String {
    [error.message, error.suggestion].compactMap { $0 }.joined(separator: " ")
  }

  static func error(_ error: DeskError) -> String { error.description }

  /// `viewer` is the login whose authority an offer's meter shows (nil: one's own desk).
  static func answer(_ question: Question, desk: Desk, now: Date, viewer: String?, style: ChartStyle = .unicode) -> String {
    switch question {
    case .catalog(let category): return CatalogView.render(desk, category: category)
    case .client(let id): return ClientCard.render(desk, client: id, now: now)
    case .product(let sku): return CatalogView.product(desk, sku: sku, now: now)
    case .offer(let id): return OfferView.render(desk, offer: id, now: now, viewer: viewer)
    case .offers(let client, let openOnly): return OfferView.list(desk, client: client, openOnly: openOnly, now: now, viewer: viewer)
    case .clients: return ClientCard.list(desk, viewer: viewer)
    case .diff(let offer, let from, let to): return DiffView.render(desk, offer: offer, from: from, to: to, now: now, viewer: viewer)
    case .orders(let client, let unpaidOnly): return LedgerView.orders(desk, client: client, unpaidOnly: unpaidOnly, now: now)
    case .invoice(let order): return InvoiceView.render(desk, order: order, now: now)
    case .invoiceToSend(let order): return InvoiceView.render(desk, order: order, now: now) + "\n" + InvoiceView.readyToSend(desk, order: order)
    case .balance(let client): return LedgerView.balance(desk, client: client, now: now)
    case .whoOwesUs: return LedgerView.whoOwesUs(desk, now: now)
    case .overdue: return LedgerView.overdue(desk, now: now)
    case .statement(let client): return StatementView.statement(desk, client: client, now: now)
    case .ageing: return StatementView.ageing(desk, now: now)
    case .lostDeals: return LostDealsView.render(desk)
    case .approvals: return AuthorityView.inbox(desk, now: now, viewer: viewer)
    case .limits: return AuthorityView.limits(desk, viewer: viewer)
    case .people: return PeopleView.list(desk)
    case .company: return TaxView.company(desk)  // VAT:
    case .contracts(let client): return ContractView.list(desk, client: client, now: now)
    case .contract(let id): return ContractView.detail(desk, id: id, now: now)
    case .reservations(let client): return StockView.reservations(desk, client: client, now: now)
    case .stockRequests: return StockView.requests(desk)
    case .samples(let lowOnly): return StockView.samples(desk, lowOnly: lowOnly, now: now)
    case .stockProposal: return StockView.proposal(desk, now: now)
    case .quota(let period): return ReportView.quota(desk, period: period, now: now, style: style)
    case .sales(let period, let by): return ReportView.sales(desk, period: period, by: by, now: now, style: style)
    case .topClients(let period, let count): return ReportView.topClients(desk, period: period, count: count ?? 10, style: style)
    case .salesOf(let period, let client, let sku, let category, let byMonth):
      return SalesOfView.render(desk, period: period, filter: .init(client: client, sku: sku, category: category), byMonth: byMonth, now: now)
    case .growth(let period): return ReportView.growth(desk, period: period, now: now)
    case .forecast: return ForecastView.forecast(desk, now: now)
    case .handover: return ForecastView.handover(desk, now: now)
    case .scorecard(let period): return ReportView.scorecard(desk, period: period, now: now)
    // Day:
    case .agenda(let span): return DayView.agenda(desk, span: span, now: now, viewer: viewer)
    case .followUps(let client): return DayView.followUps(desk, client: client, now: now)
    case .notes(let client): return DayView.notes(desk, client: client)
    case .lastContact(let client): return DayView.lastContact(desk, client: client, now: now)
    // Claims:
    case .complaints(let client, let openOnly): return ComplaintView.list(desk, client: client, openOnly: openOnly)
    case .competitors(let sku, let category, let competitor):
      return CompetitorView.list(desk, sku: sku, category: category, competitor: competitor)
    case .expenses: return ExpenseView.render(desk, now: now)
    case .teamQuota(let period): return TeamNumbersView.quota(desk, period: period, now: now, viewer: viewer, style: style)
    case .teamReport(let period): return TeamNumbersView.report(desk, period: period, now: now, viewer: viewer)
    case .tasks: return TaskView.tasks(desk, viewer: viewer, now: now)
    case .teamAgenda: return TaskView.teamAgenda(desk, now: now)
    case .bonuses(let client): return BonusView.list(desk, client: client, now: now)  // Trade bonuses:
    }
  }
}
