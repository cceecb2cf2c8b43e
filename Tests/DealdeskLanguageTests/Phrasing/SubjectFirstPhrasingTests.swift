import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// A client's name first, then a noun, a verb or a colon, as managers type between calls:
/// "drini balance?", "vlora home calls", "drini complaint: shade differs", "drini came back,
/// wants 8.40/m", "vlora order delivered". Read against TradeDesk (Drini: open offer O-1,
/// open S-1, shipped S-2; Vlora: open S-3, delivered S-4, hold R-1, complaint C-1).
@Suite struct SubjectFirstPhrasingTests {
  static let desk = TradeDesk.desk
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora

  static func does(_ command: Command) -> Expected { .intent(.command(command)) }
  static func wants(_ change: TermsChange) -> Expected { counter("O-1", by: .client, change) }

  /// A name and a noun, and nothing after it: a question about the client.
  static let nouns: [Row] = [
    Row("drini balance?", on: desk, ask(.balance(client: drini))),
    Row("drini balance", on: desk, ask(.balance(client: drini))),
    Row("drini: balance?", on: desk, ask(.balance(client: drini))),
    Row("vlora - open orders", on: desk, ask(.orders(client: vlora, unpaidOnly: false))),
    Row("Drini balance ?", on: desk, ask(.balance(client: drini))),
    Row("vlora balance pls", on: desk, ask(.balance(client: vlora))),
    Row("vlora home balance", on: desk, ask(.balance(client: vlora))),
    Row("drini account", on: desk, ask(.balance(client: drini))),
    Row("what is drini balance", on: desk, ask(.balance(client: drini))),
    Row("drini orders", on: desk, ask(.orders(client: drini, unpaidOnly: false))),
    Row("drini orders?", on: desk, ask(.orders(client: drini, unpaidOnly: false))),
    Row("vlora open orders", on: desk, ask(.orders(client: vlora, unpaidOnly: false))),
    Row("vlora unpaid orders", on: desk, ask(.orders(client: vlora, unpaidOnly: true))),
    Row("show vlora orders", on: desk, ask(.orders(client: vlora, unpaidOnly: false))),
    Row("vlora notes", on: desk, ask(.notes(client: vlora))),
    Row("vlora home calls", on: desk, ask(.notes(client: vlora))),
    Row("drini calls?", on: desk, ask(.notes(client: drini))),
    Row("drini history", on: desk, ask(.notes(client: drini))),
    Row("drini follow ups", on: desk, ask(.followUps(client: drini))),
    Row("vlora follow-ups", on: desk, ask(.followUps(client: vlora))),
    Row("vlora followups", on: desk, ask(.followUps(client: vlora))),
    Row("vlora reminders", on: desk, ask(.followUps(client: vlora))),
    Row("vlora holds", on: desk, ask(.reservations(client: vlora))),
    Row("vlora reservations?", on: desk, ask(.reservations(client: vlora))),
    Row("vlora complaints", on: desk, ask(.complaints(client: vlora, openOnly: false))),
    Row("vlora open complaints", on: desk, ask(.complaints(client: vlora, openOnly: true))),
    Row("vlora claims", on: desk, ask(.complaints(client: vlora, openOnly: false))),
    Row("drini complaint?", on: desk, ask(.complaints(client: drini, openOnly: false))),
    Row("drini offers", on: desk, ask(.offers(client: drini, openOnly: false))),
    Row("drini open offers", on: desk, ask(.offers(client: drini, openOnly: true))),
    Row("drini pipeline", on: desk, ask(.offers(client: drini, openOnly: true))),
    Row("drini terms?", on: desk, ask(.client(id: drini))),
    Row("drini payment terms", on: desk, ask(.client(id: drini))),
    Row("vlora credit limit", on: desk, ask(.client(id: vlora))),
    Row("vlora rating", on: desk, ask(.client(id: vlora))),
    Row("drini statement", on: desk, ask(.statement(client: drini))),
    Row("vlora statement pls", on: desk, ask(.statement(client: vlora))),
    Row("drini last order", on: desk, ask(.invoice(order: "S-2"))),
    Row("vlora latest order?", on: desk, ask(.invoice(order: "S-4"))),
  ]

  /// A name and what the client did, the moves of a negotiation; asides after the name
  /// ("came back,", "called -") say only how the news came.
  static let moves: [Row] = [
    Row("drini asking 7%", on: desk, wants(TermsChange(discountPercent: 7))),
    Row("drini is asking 8%", on: desk, wants(TermsChange(discountPercent: 8))),
    Row("drini asking for 9 pct", on: desk, wants(TermsChange(discountPercent: 9))),
    Row("drini came back, wants 8.40/m", on: desk, wants(TermsChange(unitPrice: dec("8.40")))),
    Row("drini came back wants 6%", on: desk, wants(TermsChange(discountPercent: 6))),
    Row("drini called, wants 6%", on: desk, wants(TermsChange(discountPercent: 6))),
    Row("drini called back, asking 7%", on: desk, wants(TermsChange(discountPercent: 7))),
    Row("drini rang, they want net 60", on: desk, wants(TermsChange(paymentTerms: .net(days: 60)))),
    Row("drini emailed, accepts", on: desk, accept("O-1", by: .client)),
    Row("drini came back and said yes", on: desk, accept("O-1", by: .client)),
    Row("drini wrote back, says no", on: desk, decline("O-1")),
    Row("drini: wants 8%", on: desk, wants(TermsChange(discountPercent: 8))),
    Row("drini - accepts", on: desk, accept("O-1", by: .client)),
    Row("drini, says no", on: desk, decline("O-1")),
    Row("drini offer accepted", on: desk, accept("O-1", by: .client)),
    Row("drini deal accepted", on: desk, accept("O-1", by: .client)),
    Row("drini offer declined", on: desk, decline("O-1")),
    Row("drini quote rejected", on: desk, decline("O-1")),
  ]

  /// A name, the record, then what became of it: the one record of theirs the move fits.
  static let records: [Row] = [
    Row("drini order shipped", on: desk, does(.ship(order: "S-1"))),
    Row("drini order went out", on: desk, does(.ship(order: "S-1"))),
    Row("drini order delivered", on: desk, does(.deliver(order: "S-2"))),
    Row("drini order arrived", on: desk, does(.deliver(order: "S-2"))),
    Row("vlora order cancelled", on: desk, does(.cancelOrder(order: "S-3"))),
    Row("vlora order was cancelled", on: desk, does(.cancelOrder(order: "S-3"))),
    Row("vlora order shipped", on: desk, does(.ship(order: "S-3"))),
    // S-3 has not shipped and S-4 is already delivered: nothing of Vlora's can be delivered.
    Row("vlora order delivered", on: desk, fails("Vlora Home has no order to deliver.", "Their orders: S-3 open, S-4 delivered.")),
    // The possessive says the same: "drini's order went out".
    Row("drini's order went out", on: desk, does(.ship(order: "S-1"))),
    Row("drini’s order shipped", on: desk, does(.ship(order: "S-1"))),
    Row("drini's order arrived", on: desk, does(.deliver(order: "S-2"))),
    Row("mark drini's order delivered", on: desk, does(.deliver(order: "S-2"))),
    Row("vlora's order was cancelled", on: desk, does(.cancelOrder(order: "S-3"))),
    Row("Vlora Home's order cancelled", on: desk, does(.cancelOrder(order: "S-3"))),
    Row("drini's offer accepted", on: desk, .intent(.command(.accept(offer: "O-1", by: .client)))),
    Row("drini's offer declined", on: desk, decline("O-1")),
  ]

  static let complaints: [Row] = [
    Row("drini complaint: shade differs from the swatch", on: desk,
        does(.fileComplaint(NewComplaint(client: drini, reason: .shade, text: "shade differs from the swatch")))),
    Row("vlora complaint: shade differs from the swatch on S-4", on: desk,
        does(.fileComplaint(NewComplaint(client: vlora, order: "S-4", reason: .shade, text: "shade differs from the swatch on S-4")))),
    Row("drini claim: colour not as sample", on: desk,
        does(.fileComplaint(NewComplaint(client: drini, reason: .shade, text: "colour not as sample")))),
    Row("nordic complain: polycotton pilling after 3 washes",
        does(.fileComplaint(NewComplaint(client: PhrasingDesk.nordic, reason: .other, text: "polycotton pilling after 3 washes")))),
  ]

  /// A name and a question about their money, as typed between calls.
  static let money: [Row] = [
    Row("is bora late with payment", ask(.balance(client: PhrasingDesk.bora))),
    Row("bora late paying?", ask(.balance(client: PhrasingDesk.bora))),
    Row("celik how many days late", ask(.balance(client: PhrasingDesk.celik))),
    Row("acme overdue?", ask(.balance(client: PhrasingDesk.acme))),
    Row("acme still owes?", ask(.balance(client: PhrasingDesk.acme))),
    Row("boras balance now?", ask(.balance(client: PhrasingDesk.bora))),
    Row("bora unpaid orders", ask(.orders(client: PhrasingDesk.bora, unpaidOnly: true))),
  ]

  /// What is refused: a record and a verb that do not go together, a noun with more after it.
  static let refused: [Row] = [
    Row("drini offer shipped", on: desk, fails("What about Drini Konfeksion?", "e.g. Drini Konfeksion accepts, Drini Konfeksion wants 12%, show Drini Konfeksion. Type help for more.")),
    Row("drini came back", on: desk, fails("What about Drini Konfeksion?", "e.g. Drini Konfeksion accepts, Drini Konfeksion wants 12%, show Drini Konfeksion. Type help for more.")),
    Row("drini balance tweed", on: desk, .anyError),
    Row("drini notes yesterday maybe", on: desk, .anyError),
  ]

  @Test(arguments: nouns) func aNameAndANoun(_ row: Row) { row.check() }
  @Test(arguments: moves) func aNameAndAMove(_ row: Row) { row.check() }
  @Test(arguments: records) func aNameAndTheirRecord(_ row: Row) { row.check() }
  @Test(arguments: complaints) func aNameAndAColon(_ row: Row) { row.check() }
  @Test(arguments: money) func aNameAndTheirMoney(_ row: Row) { row.check() }
  @Test(arguments: refused) func notASubjectLine(_ row: Row) { row.check() }
}
