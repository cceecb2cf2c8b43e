import DealdeskCore
import DealdeskStore
import Foundation
import Testing

@testable import DealdeskApp
@testable import DealdeskTeam

/// Accounts and the director's tasks on the team desk (issue 19, items 5 and 7), each from its
/// own session under its own login: a director assigns, a manager cannot; a change to another
/// manager's client is warned about before it is made; a director's task is in the assignee's
/// agenda, marked as from the director, and `tasks` shows what is open and late.
@Suite struct TeamAccountTests {
  typealias Branch = TeamSessionTests.Branch

  /// The branch with its people on record (Dritan is the second manager's login) and the sample.
  private func team() async throws -> (Branch, arben: Session, dritan: Session, sofia: Session) {
    let branch = try await Branch.make()
    let arben = try branch.session(branch.arben)
    let dritan = try branch.session(branch.bora)
    let sofia = try branch.session(branch.sofia)
    try branch.loadSampleData(into: arben, dritan, sofia)
    for (login, name, role) in [(branch.sofia, "Sofia Marku", Acting.Role.director), (branch.arben, "Arben Hoxha", .manager),
                                (branch.bora, "Dritan Leka", .manager)] {
      let added = sofia.handle(.setPerson(.adding(login: login, name: name, role: role)), line: "team add-user")
      #expect(!added.isError, "\(added.text)")
    }
    _ = arben.catchUp()
    _ = dritan.catchUp()
    return (branch, arben, dritan, sofia)
  }

  @Test func aDirectorAssignsAccountsAManagerCannotAndNothingChanges() async throws {
    let (_, arben, dritan, sofia) = try await team()
    defer { _ = arben.close(); _ = dritan.close(); _ = sofia.close() }
    let assigned = sofia.handle("assign Acme to Arben")
    #expect(!assigned.isError, "\(assigned.text)")
    #expect(assigned.text.contains("Acme Textiles is now Arben Hoxha's account"), "\(assigned.text)")
    _ = arben.catchUp()
    let before = arben.desk
    let refused = arben.handle("assign Acme to Dritan")
    #expect(refused.isError)
    #expect(refused.text.hasPrefix("Accounts are given by a director."), "\(refused.text)")
    let unknown = sofia.handle("assign Acme to Ilir")
    #expect(unknown.isError && unknown.text.hasPrefix("There is no one person called Ilir"), "\(unknown.text)")
    _ = arben.catchUp()
    #expect(arben.desk == before, "nothing refused was kept")
    #expect(arben.desk.accountManager(of: "CL-1")?.name == "Arben Hoxha")
  }

  @Test func aChangeToAnotherManagersClientIsWarnedAboutFirstAndReadingIsFree() async throws {
    let (_, arben, dritan, sofia) = try await team()
    defer { _ = arben.close(); _ = dritan.close(); _ = sofia.close() }
    #expect(!sofia.handle("assign Acme to Arben").isError)
    _ = dritan.catchUp()
    // Reading is free and unwarned.
    let card = dritan.handle("show Acme")
    #expect(!card.isError && !card.text.contains("account. Nothing"), "\(card.text)")
    // At a terminal: asked first, nothing changed until yes (the same line once more).
    dritan.asksFirst = true
    let notes = dritan.desk.notes.count
    let asked = dritan.handle("note Acme: wants swatches")
    #expect(asked.text == "Acme Textiles is Arben Hoxha's account. Nothing has changed yet.", "\(asked.text)")
    #expect(asked.question?.text == "Acme Textiles is Arben Hoxha's account. Change it anyway?")
    #expect(dritan.desk.notes.count == notes)
    let done = dritan.handle(asked.question?.line ?? "")
    #expect(!done.isError && done.text.contains("Acme Textiles is Arben Hoxha's account"), "\(done.text)")
    #expect(dritan.desk.notes.count == notes + 1)
    // Asked again for the next change; another line in between takes the yes back.
    #expect(dritan.handle("note Acme: and a price list").question != nil)
    _ = dritan.handle("agenda")
    #expect(dritan.handle("note Acme: and a price list").question != nil)
    // A script or pipe is never asked: done, its reply starting with the warning.
    dritan.asksFirst = false
    let piped = dritan.handle("note Acme: samples sent")
    #expect(piped.text.hasPrefix(Style.mark("Note: Acme Textiles is Arben Hoxha's account.", .alert)), "\(piped.text)")
    #expect(dritan.desk.notes.count == notes + 2)
    // One's own account: no warning.
    let own = arben.handle("note Acme: all good")
    #expect(!own.text.contains("account"), "\(own.text)")
  }

  @Test func aDirectorsTaskIsInTheAssigneesAgendaFromTheDirectorAndTasksShowsOpenAndLate() async throws {
    let (branch, arben, dritan, sofia) = try await team()
    defer { _ = arben.close(); _ = dritan.close(); _ = sofia.close() }
    #expect(!sofia.handle("assign Acme to Arben").isError)
    #expect(!sofia.handle("assign Bora to Dritan").isError)
    let given = sofia.handle("assign Arben: call Acme about the overdue by fri")
    #expect(!given.isError, "\(given.text)")
    #expect(given.text.contains("a task for Arben Hoxha, from Sofia Marku, due 18 Dec 2026: call Acme about the overdue"), "\(given.text)")
    // A manager gives no task, not to another nor to themselves; nothing changes.
    _ = dritan.catchUp()
    let before = dritan.desk
    let refused = dritan.handle("assign Arben: call Bora by fri")
    #expect(refused.isError && refused.text.hasPrefix("Tasks are given by a director"), "\(refused.text)")
    #expect(dritan.handle("assign Dritan: call Bora by fri").isError)
    _ = dritan.catchUp()
    #expect(dritan.desk.followUps == before.followUps)

    // In Arben's agenda, marked from Sofia; not in Dritan's, who is told others' exist.
    let agenda = arben.handle("agenda")
    #expect(agenda.text.contains("call Acme about the overdue · task from Sofia"), "\(agenda.text)")
    let theirs = dritan.handle("agenda")
    #expect(!theirs.text.contains("call Acme about the overdue"), "\(theirs.text)")
    #expect(theirs.text.contains("open in others' agendas: team agenda lists them"), "\(theirs.text)")
    #expect(dritan.handle("team agenda").text.contains("task from Sofia · Arben"))
    #expect(arben.handle("tasks").text.hasPrefix("Your tasks: 1 open, 0 late"))
    #expect(dritan.handle("tasks").text.hasPrefix("Your tasks: none open."))

    // The director sees what is open and late across the team, by person.
    let open = sofia.handle("tasks")
    #expect(open.text.hasPrefix("Tasks across the team: 1 open, 0 late"), "\(open.text)")
    #expect(open.text.contains("Arben Hoxha: 1 open"), "\(open.text)")
    let nextWeek = TeamSessionTests.monday.addingTimeInterval(8 * 86_400)
    let late = Render.answer(.tasks, desk: sofia.desk, now: nextWeek, viewer: branch.sofia)
    #expect(late.hasPrefix("Tasks across the team: 1 open, 1 late"), "\(late)")
    #expect(late.contains("OVERDUE"), "\(late)")
    // A task on another's client is the assignee's to do: done without a question.
    #expect(!sofia.handle("assign Dritan: call Acme tomorrow").isError)
    _ = dritan.catchUp()
    let dritans = try #require(dritan.desk.openTasks.first { $0.assignee == branch.bora })
    dritan.asksFirst = true
    let doneByDritan = dritan.handle("done \(dritans.id)")
    #expect(doneByDritan.question == nil && !doneByDritan.isError, "\(doneByDritan.text)")
    _ = sofia.catchUp()
    // Done by Arben, it is no longer open.
    let id = try #require(sofia.desk.openTasks.first?.id)
    #expect(!arben.handle("done \(id)").isError)
    _ = sofia.catchUp()
    #expect(sofia.handle("tasks").text.hasPrefix("Tasks across the team: none open."))
  }

  @Test func aManagersListsAndCompletionStartFromTheirOwnAccounts() async throws {
    let (_, arben, dritan, sofia) = try await team()
    defer { _ = arben.close(); _ = dritan.close(); _ = sofia.close() }
    #expect(!sofia.handle("assign Acme to Arben").isError)
    #expect(!sofia.handle("assign Bora to Dritan").isError)
    _ = dritan.catchUp()
    let bora = try #require(dritan.desk.clients["CL-2"])
    let acme = try #require(dritan.desk.clients["CL-1"])
    #expect(dritan.desk.accountManager(of: bora.id)?.name == "Dritan Leka")

    // Dritan's clients: his account first, Arben's last, each account named.
    let clients = dritan.handle("clients").text
    #expect(clients.contains("your 1 account first, then nobody's, then others'"), "\(clients)")
    let rows = clients.split(separator: "\n").map(String.init)
    let boraRow = try #require(rows.firstIndex { $0.contains(bora.name) })
    let acmeRow = try #require(rows.firstIndex { $0.contains(acme.name) })
    #expect(boraRow < acmeRow, "\(clients)")
    #expect(rows[boraRow].contains("yours") && rows[acmeRow].contains("Arben"), "\(clients)")
    // A director who keeps no account reads the list as it is.
    #expect(sofia.handle("clients").text.hasPrefix("Clients (5)\n"))

    // Offers: those to his accounts first.
    #expect(!arben.handle("offer Acme 5% on linen").isError)
    #expect(!dritan.handle("offer Bora 5% on linen").isError)
    _ = dritan.catchUp()
    let offers = dritan.handle("offers").text
    #expect(offers.contains("your accounts' 1 first"), "\(offers)")
    let firstOffer = try #require(offers.split(separator: "\n").first { $0.contains("O-") })
    #expect(firstOffer.contains(bora.name.prefix(8)), "\(offers)")

    // Tab completion offers his account's name before Arben's.
    let names = dritan.completions(line: "show ", wordStart: 5)
    let boraAt = try #require(names.firstIndex { bora.name.hasPrefix($0) })
    let acmeAt = try #require(names.firstIndex { acme.name.hasPrefix($0) })
    #expect(boraAt < acmeAt, "\(names)")
    let arbens = arben.completions(line: "show ", wordStart: 5)
    #expect(arbens.first.map { acme.name.hasPrefix($0) } == true, "\(arbens)")
  }
}
