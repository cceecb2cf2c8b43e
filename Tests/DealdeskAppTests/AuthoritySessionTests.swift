@testable import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Authority as a manager meets it at the desk: the replies name what was recorded, the
/// record survives a restart (journal and snapshot), and undo takes a step back whole.
@Suite struct AuthoritySessionTests {
  @Test func theRecordSurvivesARestartFromTheJournalAndFromTheSnapshot() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let lines = [
      "load sample data", "set my discount limit 15%", "offer Bora 14% on cotton, net 90",
      "ask approval for O-1: they buy every month", "reject O-1: hold at net 60",
      "counter O-1 net 75", "ask approval for O-1: halfway", "approve O-1 by Sofia Marku",
    ]
    let first = try desk.open(running: lines)
    let live = first.desk
    first.journal.close()
    // From the journal: each event read back as written.
    let second = try desk.open()
    #expect(second.desk == live)
    #expect(second.desk.approvalSteps(of: "O-1").map(\.kind) == [.asked, .rejected, .asked, .approved])
    #expect(second.desk.authority.latestChange(of: .discount)?.to == 15)
    // From the snapshot a clean exit writes.
    _ = second.close()
    let third = try desk.open()
    defer { _ = third.close() }
    #expect(third.desk == live)
    #expect(third.handle("show O-1").text.contains("approved by Sofia Marku"))
  }

  @Test func undoTakesBackARequestARejectionAndALimitChange() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: ["load sample data", "offer Bora 14% on cotton"])
    defer { _ = session.close() }
    let before = session.desk
    #expect(session.handle("ask approval for O-1: loyal").isError == false)
    #expect(session.handle("approvals").text.contains("asked by you"))
    #expect(session.handle("undo").isError == false)
    #expect(session.desk == before)
    #expect(session.handle("approvals").text.contains("not asked yet"))
    #expect(session.handle("set my discount limit 40%").isError == false)
    #expect(session.handle("show O-1").text.contains("within your 40% (raised by you from 12% on 30 Nov 2026)"))
    #expect(session.handle("undo").isError == false)
    #expect(session.desk == before)
    #expect(!session.handle("show O-1").text.contains("raised by you"))
  }

  @Test func aRefusedApprovalChangesNothingAndSaysWhy() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: ["load sample data", "set my discount limit 40%", "offer Acme 35.5% on linen"])
    defer { _ = session.close() }
    let before = session.desk
    let bora = session.handle("approve O-1 by Bora")
    #expect(bora.isError)
    #expect(bora.text.contains("Bora is a client on this desk (Bora Fabrics)"))
    let empty = session.handle("approve O-1")
    #expect(empty.isError && empty.text.contains("Who approves O-1?"))
    #expect(session.handle("Acme accepts").isError)
    #expect(session.desk == before)
  }

  @Test func paymentTermsBeyondTheLimitShowOnTheMeterAndWait() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: ["load sample data", "offer Acme 5% on linen"])
    defer { _ = session.close() }
    let counter = session.handle("counter net 365")
    #expect(counter.text.contains("waiting for approval"))
    #expect(counter.text.contains("net 365 over your net 60"))
    #expect(session.handle("Acme accepts").isError)
    let limit = session.handle("set my payment terms limit net 90")
    #expect(limit.text.contains("Payment terms longer than net 90 now need approval."))
    #expect(limit.text.contains("Recorded: payment terms limit raised by you from net 60 to net 90"))
  }
}
