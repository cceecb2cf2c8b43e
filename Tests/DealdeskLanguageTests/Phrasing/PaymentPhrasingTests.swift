import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Payments, terms and what clients owe, as managers say them.
@Suite struct PaymentPhrasingTests {
  static let acme = PhrasingDesk.acme, bora = PhrasingDesk.bora

  static func terms(_ client: String, _ terms: PaymentTerms) -> Expected {
    .intent(.command(.setClientTerms(client: client, terms: terms)))
  }

  static func pay(_ client: String?, order: String? = nil, _ amount: Decimal) -> Expected {
    .intent(.command(.pay(client: client, order: order, amount: amount)))
  }

  /// A client's standing terms in words. What follows "pays" decides: terms are terms, an
  /// amount is a payment.
  static let standingTerms: [Row] = [
    Row("Acme pays in 45 days", terms(acme, .net(days: 45))),
    Row("Acme pays net 45", terms(acme, .net(days: 45))),
    Row("Acme pays within 30 days", terms(acme, .net(days: 30))),
    Row("Acme pays 60 days", terms(acme, .net(days: 60))),
    Row("acme textiles pays in 2 weeks", terms(acme, .net(days: 14))),
    Row("Acme will pay in 60 days", terms(acme, .net(days: 60))),
    Row("Acme's terms are 30 days", terms(acme, .net(days: 30))),
    Row("Acme's terms are net 60", terms(acme, .net(days: 60))),
    Row("Acme’s payment terms are net 45", terms(acme, .net(days: 45))),
    Row("Acme's terms: prepayment", terms(acme, .prepayment)),
    Row("Acme gets 60 days to pay", terms(acme, .net(days: 60))),
    Row("Acme has 30 days to pay", terms(acme, .net(days: 30))),
    Row("Acme is on net 30", terms(acme, .net(days: 30))),
    Row("Acme terms net 45", terms(acme, .net(days: 45))),
    Row("terms Acme net 45", terms(acme, .net(days: 45))),
    Row("payment terms net 60 for Bora", terms(bora, .net(days: 60))),
    Row("terms prepayment", client: bora, terms(bora, .prepayment)),
    Row("Bora pays upfront", terms(bora, .prepayment)),
    Row("Bora pays in advance", terms(bora, .prepayment)),
    Row("Bora pays prepayment", terms(bora, .prepayment)),
    Row("Bora pays cash on delivery", terms(bora, .cashOnDelivery)),
    Row("Bora pays on delivery", terms(bora, .cashOnDelivery)),
    Row("Bora buys on prepayment", terms(bora, .prepayment)),
    Row("they pay in 30 days", client: bora, terms(bora, .net(days: 30))),
    Row("they're on net 60", client: bora, terms(bora, .net(days: 60))),
    Row("set Acme terms net 45", terms(acme, .net(days: 45))),
    // The other side: an amount is a payment; "terms" alone asks.
    Row("Acme pays 500", pay(acme, 500)),
    Row("Acme pays €1,200", pay(acme, 1_200)),
    Row("Acme paid 5,000", pay(acme, 5_000)),
    Row("Acme's terms?", ask(.client(id: acme))),
    Row("Acme's terms are", fails("Which terms?", "e.g. set Acme terms net 45, or prepayment")),
    Row("Acme pays in 45 days from invoice", fails("I read `Acme pays in 45 days` but not `from invoice`.", "Type it without those words; `help` lists what each command takes.")),
    Row("terms Acme", fails("Which terms?", "e.g. terms Acme net 45, or terms Acme prepayment")),
    Row("they pay in 30 days", fails("Who are \"they\"? No client is in context.", "Name the client, e.g. Acme accepts")),
  ]

  /// Who owes what, asked as a question rather than with the listing's name.
  static let owing: [Row] = [
    Row("what does Acme owe", ask(.balance(client: acme))),
    Row("how much do they owe", client: acme, ask(.balance(client: acme))),
    Row("how much do they owe us?", client: acme, ask(.balance(client: acme))),
    Row("what do they owe", client: bora, ask(.balance(client: bora))),
    Row("is Acme overdue", ask(.balance(client: acme))),
    Row("Acme owes", ask(.balance(client: acme))),
    Row("is S-7 overdue", on: BreadthPhrasingTests.desk, ask(.balance(client: acme))),
    Row("what is Acme's balance", ask(.balance(client: acme))),
    Row("what's Bora's balance?", ask(.balance(client: bora))),
    Row("who hasn't paid", ask(.whoOwesUs)),
    Row("who hasn't paid yet?", ask(.whoOwesUs)),
    Row("who has not paid", ask(.whoOwesUs)),
    Row("who still owes us money", ask(.whoOwesUs)),
    Row("who owes money", ask(.whoOwesUs)),
    Row("who is overdue", ask(.overdue)),
    Row("who's overdue?", ask(.overdue)),
    Row("who's late paying", ask(.overdue)),
    Row("who pays late", ask(.overdue)),
    Row("is anyone overdue", ask(.overdue)),
    Row("any overdue payments", ask(.overdue)),
    Row("late payers", ask(.overdue)),
    Row("how much do they owe", fails("Which client?", "Name one, e.g. balance Acme")),
    Row("Acme paid 500 towards S-7", on: BreadthPhrasingTests.desk, pay(acme, order: "S-7", 500)),
  ]

  @Test(arguments: standingTerms) func standingTermsInWords(_ row: Row) { row.check() }
  @Test(arguments: owing) func whoOwesWhat(_ row: Row) { row.check() }
}
