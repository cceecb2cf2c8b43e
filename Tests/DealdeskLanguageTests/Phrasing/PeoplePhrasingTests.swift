import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// A director setting one person's own limits or quota on a team desk, and `people`. On a
/// desk with no people (one's own), a possessive naming nobody is refused, never read as one's
/// own limit.
@Suite struct PeoplePhrasingTests {
  /// The phrasing desk with a team: Arben and Sofia.
  static let team: Desk = {
    var desk = PhrasingDesk.desk
    desk.apply(.personSet(Person(login: "arben", name: "Arben Hoxha", role: .manager, discountLimit: 12)))
    desk.apply(.personSet(Person(login: "sofia", name: "Sofia Marku", role: .director)))
    desk.apply(.personSet(Person(login: "bora", name: "Bora Leka", role: .manager)))
    return desk
  }()

  static func set(_ change: PersonChange) -> Expected { .intent(.command(.setPerson(change))) }

  static let lines: [Row] = [
    Row("set Arben's discount limit to 12%", on: team, set(PersonChange(person: "arben", discountLimit: .some(12)))),
    Row("set arben's discount limit 14", on: team, set(PersonChange(person: "arben", discountLimit: .some(14)))),
    Row("change Arben Hoxha's limit to 9.5%", on: team, set(PersonChange(person: "arben", discountLimit: .some(Decimal(string: "9.5")!)))),
    Row("set Arben's payment terms limit net 90", on: team, set(PersonChange(person: "arben", paymentTermsLimitDays: .some(90)))),
    Row("set Arben's terms limit 45", on: team, set(PersonChange(person: "arben", paymentTermsLimitDays: .some(45)))),
    Row("set Arben's discount limit back to the branch's", on: team, set(PersonChange(person: "arben", discountLimit: .some(nil)))),
    Row("set Arben's payment terms limit to default", on: team, set(PersonChange(person: "arben", paymentTermsLimitDays: .some(nil)))),
    Row("set Arben's quota 30,000 a month", on: team, set(PersonChange(person: "arben", quota: .some(PersonQuota(amount: 30_000, per: .month))))),
    Row("set Sofia's quota 90000 per quarter", on: team, set(PersonChange(person: "sofia", quota: .some(PersonQuota(amount: 90_000, per: .quarter))))),
    Row("set Arben's quota none", on: team, set(PersonChange(person: "arben", quota: .some(nil)))),
    Row("set Arben's quota 30,000", on: team, fails("A quota of 30,000.00 a month, a quarter or a year?", "e.g. set Arben's quota 30,000 a month")),
    Row("set Arben's discount limit", on: team, fails("What limit?", "e.g. set Arben's discount limit to 12%")),
    Row("set Arben's mood to happy", on: team, fails("Set what of Arben Hoxha's?", "their discount limit, payment terms limit or quota, e.g. set Arben's discount limit to 12%")),
    Row("set Ilir's discount limit to 12%", on: team, fails("There is no one called Ilir on this desk.", "The people here: Sofia Marku (sofia), Arben Hoxha (arben), Bora Leka (bora)")),
    // One's own desk has no people: the line is refused, never read as one's own limit.
    Row("set Arben's discount limit to 12%", fails(
      "There is nobody called Arben on this desk: people and their own limits are a team desk's.",
      "On your own desk your limits are yours: set my discount limit 12%")),
    // Bora is Bora Leka and the client Bora Fabrics: what follows says whose, else it is refused.
    Row("set Bora's discount limit to 13%", on: team, set(PersonChange(person: "bora", discountLimit: .some(13)))),
    Row("set bora's quota 20,000 a quarter", on: team, set(PersonChange(person: "bora", quota: .some(PersonQuota(amount: 20_000, per: .quarter))))),
    Row("set Bora's credit limit 20,000", on: team, .intent(.command(.setCreditLimit(client: PhrasingDesk.bora, limit: 20_000)))),
    Row("set Bora's limit 20,000", on: team, fails(
      "Bora is both Bora Leka, on the team, and the client Bora Fabrics.",
      "Name them whole: set Bora Leka's discount limit to 12%, or set Bora Fabrics's credit limit 20,000")),
    Row("people", .intent(.question(.people))),
    Row("team users", .intent(.question(.people))),
    Row("who is on the team", .intent(.question(.people))),
  ]

  @Test(arguments: lines) func peopleLines(_ row: Row) { row.check() }
}
