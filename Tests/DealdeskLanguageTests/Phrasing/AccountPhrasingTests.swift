import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Accounts and the director's tasks on a team desk (issue 19, items 5 and 7). The colon tells
/// a task (a person before it) from an account (a client, "to", a person); a name that is
/// neither is refused by name, and a one-person desk says these are a team desk's. The clock
/// is Monday 30 Nov 2026 09:00.
@Suite struct AccountPhrasingTests {
  static let acme = PhrasingDesk.acme, bora = PhrasingDesk.bora

  static let team: Desk = {
    var desk = PhrasingDesk.desk
    desk.apply(.personSet(Person(login: "sofia", name: "Sofia Marku", role: .director)))
    desk.apply(.personSet(Person(login: "arben", name: "Arben Hoxha", role: .manager)))
    desk.apply(.personSet(Person(login: "dritan", name: "Dritan Leka", role: .manager)))
    return desk
  }()

  static let people = "The people here: Sofia Marku (sofia), Arben Hoxha (arben), Dritan Leka (dritan)."

  static func account(_ client: String, _ login: String?) -> Expected { .intent(.command(.assignAccount(client: client, to: login))) }

  static func task(_ client: String, _ due: Date, _ text: String, to login: String) -> Expected {
    .intent(.command(.assignTask(NewFollowUp(client: client, due: due, text: text), to: login)))
  }

  static let accounts: [Row] = [
    Row("assign Acme to Arben", on: team, account(acme, "arben")),
    Row("assign acme textiles to arben hoxha", on: team, account(acme, "arben")),
    Row("assign the Acme account to Arben", on: team, account(acme, "arben")),
    Row("reassign Bora to dritan", on: team, account(bora, "dritan")),
    Row("assign Acme to nobody", on: team, account(acme, nil)),
    Row("unassign Acme", on: team, account(acme, nil)),
    Row("assign Acme to Ilir", on: team, fails("There is no one person called Ilir on this desk.", people)),
    Row("assign Acme to Bora", on: team, fails("There is no one person called Bora on this desk.", people)),
    Row("assign Acme", on: team, fails("Assign Acme Textiles to whom?", "e.g. assign Acme Textiles to Arben, or assign Acme Textiles to nobody")),
    Row("assign Arben to Acme", on: team,
        fails("Arben is a person: name the client first, or give Arben a task with a colon.",
              "e.g. assign Acme to Arben, or assign Arben: call Acme about the overdue by fri")),
    Row("assign Acme to Arben and Bora", on: team, .anyError),
    // A one-person desk has no people: the name goes as typed, for the desk to refuse.
    Row("assign Acme to Arben", account(acme, "Arben")),
  ]

  static let tasks: [Row] = [
    Row("assign Arben: call Acme about the overdue by fri", on: team, task(acme, at(2026, 12, 4), "call Acme about the overdue", to: "arben")),
    Row("assign Arben Hoxha: Bora tomorrow: send the price list", on: team, task(bora, at(2026, 12, 1), "send the price list", to: "arben")),
    Row("assign dritan: call Bora friday", on: team, task(bora, at(2026, 12, 4), "call Bora", to: "dritan")),
    Row("assign Acme: call them by fri", on: team,
        fails("Acme Textiles is a client: a task goes to a person.",
              "e.g. assign Arben: call Acme Textiles about the overdue by fri; a client's account: assign Acme Textiles to Arben")),
    Row("assign Ilir: call Acme by fri", on: team, fails("There is no one person called Ilir on this desk.", people)),
    Row("assign Arben: call Acme", on: team, .anyError),
    Row("assign: call Acme by fri", on: team, .anyError),
    Row("assign Arben: call Acme by fri", task(acme, at(2026, 12, 4), "call Acme", to: "Arben")),
  ]

  static let questions: [Row] = [
    Row("tasks", .intent(.question(.tasks))),
    Row("open tasks", .intent(.question(.tasks))),
    Row("my tasks", .intent(.question(.tasks))),
    Row("team agenda", .intent(.question(.teamAgenda))),
    Row("tasks for Acme", .anyError),
  ]

  @Test(arguments: accounts + tasks + questions) func row(_ row: Row) { row.check() }
}
