import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Asking for approval, rejecting, the inbox, and the payment terms limit. On the phrasing
/// desk Acme has one open offer, O-1. A reason is read only after a colon, comma, dash or
/// "because"; other words are refused, never kept as the reason.
@Suite struct ApprovalRequestPhrasingTests {
  static let acme = PhrasingDesk.acme

  static func asked(_ reason: String?, offer: String = "O-1") -> Expected {
    .intent(.command(.askApproval(offer: offer, reason: reason)))
  }

  static func rejected(by: String? = nil, _ reason: String?, offer: String = "O-1") -> Expected {
    .intent(.command(.rejectApproval(offer: offer, by: by, reason: reason)))
  }

  static let asking: [Row] = [
    Row("ask approval for O-1: they buy every month", asked("they buy every month")),
    Row("ask for approval for O-1: first order of the season", asked("first order of the season")),
    Row("request approval for O-1, they buy every month", asked("they buy every month")),
    Row("ask approval for O-1 because they buy every month", asked("they buy every month")),
    Row("ask approval for Acme: they buy every month", asked("they buy every month")),
    Row("ask approval for the acme offer: loyal", asked("loyal")),
    Row("ask approval: they buy every month", client: acme, asked("they buy every month")),
    Row("ask approval for O-1", asked(nil)),
    Row("ask approval for O-9: loyal", fails("There is no offer O-9.", "`offers` lists them.")),
  ]

  static let rejecting: [Row] = [
    Row("reject O-1: hold at 12%", rejected("hold at 12%")),
    Row("reject O-1 by Sofia Marku: hold at 12%", rejected(by: "Sofia Marku", "hold at 12%")),
    Row("reject O-1, too deep for a new client", rejected("too deep for a new client")),
    Row("reject approval for O-1: hold at 12%", rejected("hold at 12%")),
    Row("reject: hold at 12%", client: acme, rejected("hold at 12%")),
    Row("reject O-1", rejected(nil)),
    // The client saying no is still a decline.
    Row("Acme rejects the offer: too expensive", decline(reason: "too expensive")),
    Row("O-1 was rejected", decline()),
    Row("decline O-1", decline()),
  ]

  static let inbox: [Row] = [
    Row("approvals", .intent(.question(.approvals))),
    Row("pending approvals", .intent(.question(.approvals))),
    Row("what waits for approval", .intent(.question(.approvals))),
    Row("limits", .intent(.question(.limits))),
    Row("my authority", .intent(.question(.limits))),
    Row("show my limits", .intent(.question(.limits))),
  ]

  static let paymentLimit: [Row] = [
    Row("set my payment terms limit net 60", .intent(.command(.changeSettings(SettingsChange(paymentTermsLimitDays: 60))))),
    Row("set my terms limit 90 days", .intent(.command(.changeSettings(SettingsChange(paymentTermsLimitDays: 90))))),
    Row("set payment terms limit to net 45", .intent(.command(.changeSettings(SettingsChange(paymentTermsLimitDays: 45))))),
    Row("set my terms limit 75", .intent(.command(.changeSettings(SettingsChange(paymentTermsLimitDays: 75))))),
    Row("payment terms limit net 60", .intent(.command(.changeSettings(SettingsChange(paymentTermsLimitDays: 60))))),
    // The default terms and the discount limit keep their own words.
    Row("set payment terms net 45", .intent(.command(.changeSettings(SettingsChange(defaultPaymentTerms: .net(days: 45)))))),
    Row("set my discount limit 40%", .intent(.command(.changeSettings(SettingsChange(discountLimit: 40))))),
    Row("set my terms limit", fails("What is the longest payment term you may grant?", "e.g. set my payment terms limit net 60")),
  ]

  @Test(arguments: asking) func askingForApproval(_ row: Row) { row.check() }
  @Test(arguments: rejecting) func rejectingAnApproval(_ row: Row) { row.check() }
  @Test(arguments: inbox) func theApprovalInbox(_ row: Row) { row.check() }
  @Test(arguments: paymentLimit) func thePaymentTermsLimit(_ row: Row) { row.check() }
}
