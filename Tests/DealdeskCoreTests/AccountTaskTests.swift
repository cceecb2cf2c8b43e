import DealdeskCore
import Foundation
import Testing

/// Accounts and the director's tasks of a team desk (issue 19, items 5 and 7): a task is a
/// follow-up in one person's agenda, from a director; only a director gives one, and a refusal
/// changes nothing.
@Suite struct AccountTaskTests {
  private let sofia = TeamFixture.sofia
  private let arben = TeamFixture.arben
  private let dritan = TeamFixture.dritan

  private func run(_ command: Command, on desk: inout Desk, as actor: Acting) throws(DeskError) -> [Event] {
    try TeamFixture.run(command, on: &desk, as: actor)
  }

  private func branch() throws -> Desk {
    var desk = Fixtures.desk()
    desk.apply(.clientAdded(Client(id: "CL-2", name: "Bora Home", addedAt: Fixtures.now)))
    _ = try run(.setPerson(.adding(login: "sofia", name: "Sofia Marku", role: .director)), on: &desk, as: sofia)
    _ = try run(.setPerson(.adding(login: "arben", name: "Arben Hoxha", role: .manager)), on: &desk, as: sofia)
    _ = try run(.setPerson(.adding(login: "dritan", name: "Dritan Leka", role: .manager)), on: &desk, as: sofia)
    _ = try run(.assignAccount(client: "CL-1", to: "arben"), on: &desk, as: sofia)
    _ = try run(.assignAccount(client: "CL-2", to: "dritan"), on: &desk, as: sofia)
    return desk
  }

  private func refused(_ command: Command, on desk: Desk, as actor: Acting, saying words: String, sourceLocation: SourceLocation = #_sourceLocation) {
    TeamFixture.refused(command, on: desk, as: actor, at: Fixtures.now, saying: words, sourceLocation: sourceLocation)
  }

  private var friday: Date { Fixtures.now.addingTimeInterval(6 * 86_400) }

  @Test func aDirectorsTaskIsAFollowUpInTheAssigneesAgendaFromTheDirector() throws {
    var desk = try branch()
    let call = NewFollowUp(client: "CL-2", due: friday, text: "call about the overdue")
    let events = try run(.assignTask(call, to: "Arben"), on: &desk, as: sofia)
    guard case .taskAssigned(let task) = events.first, events.count == 1 else { Issue.record("\(events)"); return }
    #expect(task.assignee == "arben" && task.from == "sofia" && task.isTask && task.client == "CL-2")
    // In Arben's agenda though Bora is Dritan's account; not in Dritan's.
    #expect(desk.openFollowUps(of: "arben").map(\.id) == [task.id])
    #expect(desk.openFollowUps(of: "dritan").isEmpty)
    #expect(desk.openTasks.map(\.id) == [task.id])
    // Done like any follow-up, and no longer open.
    _ = try run(.completeFollowUp(id: task.id), on: &desk, as: arben)
    #expect(desk.openTasks.isEmpty)
  }

  @Test func aManagerCannotGiveATaskAndNothingChanges() throws {
    let desk = try branch()
    let call = NewFollowUp(client: "CL-1", due: friday, text: "call")
    refused(.assignTask(call, to: "dritan"), on: desk, as: arben, saying: "given by a director")
    refused(.assignTask(call, to: "arben"), on: desk, as: arben, saying: "given by a director")
    refused(.assignTask(call, to: "Ilir"), on: desk, as: sofia, saying: "no one person called Ilir")
    refused(.assignTask(NewFollowUp(client: "CL-1", due: Fixtures.now.addingTimeInterval(-3 * 86_400), text: "call"), to: "arben"),
            on: desk, as: sofia, saying: "already past")
    refused(.assignTask(NewFollowUp(client: "CL-1", due: friday, text: " "), to: "arben"), on: desk, as: sofia, saying: "What is")
    // On a one-person desk there is nobody to give a task to.
    refused(.assignTask(call, to: "arben"), on: Fixtures.desk(), as: .deskOwner, saying: "team desk")
    refused(.assignAccount(client: "CL-1", to: nil), on: Fixtures.desk(), as: .deskOwner, saying: "Accounts are a team desk's")
    refused(.assignAccount(client: "CL-1", to: "Arben"), on: Fixtures.desk(), as: .deskOwner, saying: "team desk")
    #expect(desk.followUps.isEmpty)
  }

  @Test func anAgendaHoldsOnesAccountsFollowUpsAndNobodysNotAnothersAccounts() throws {
    var desk = try branch()
    desk.apply(.clientAdded(Client(id: "CL-3", name: "Vlora", addedAt: Fixtures.now)))
    _ = try run(.followUp(NewFollowUp(client: "CL-1", due: friday, text: "swatches")), on: &desk, as: arben)
    _ = try run(.followUp(NewFollowUp(client: "CL-2", due: friday, text: "price list")), on: &desk, as: dritan)
    _ = try run(.followUp(NewFollowUp(client: "CL-3", due: friday, text: "visit")), on: &desk, as: dritan)
    #expect(desk.openFollowUps(of: "arben").map(\.client) == ["CL-1", "CL-3"])
    #expect(desk.openFollowUps(of: "dritan").map(\.client) == ["CL-2", "CL-3"])
    #expect(desk.agendaOwner(of: desk.openFollowUps[0]) == "arben")
    #expect(desk.openTasks.isEmpty)
  }
}
