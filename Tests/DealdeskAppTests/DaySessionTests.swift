import DealdeskApp
import Foundation
import Testing

/// A call is session state: it sets the context, and `end call` logs it and ends the context.
/// The banner names overdue follow-ups in one line.
@Suite struct DaySessionTests {
  @Test func aCallSetsTheContextAndEndCallLogsItAndClearsIt() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    for line in ["@now 2026-11-30 09:00", "load sample data", "call Acme"] { #expect(!session.handle(line).isError, "\(line)") }
    #expect(session.prompt == "dealdesk Acme Textiles> ")
    #expect(session.handle("call Bora").isError)
    #expect(!session.handle("follow up friday: send swatches").isError)
    #expect(!session.handle("@now 2026-11-30 09:05").isError)
    let reply = session.handle("end call: they'll think about it")
    #expect(reply.text == "N-1: logged a 5-minute call with Acme Textiles: follow-up F-1. they'll think about it")
    #expect(session.prompt == "dealdesk> ")
    #expect(session.handle("end call").isError)
  }

  @Test func theBannerNamesOverdueFollowUpsInOneLine() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    for line in ["@now 2026-11-27 09:00", "load sample data", "follow up Acme today: a", "follow up Bora tomorrow: b", "@now 2026-11-30 09:00"] {
      #expect(!session.handle(line).isError, "\(line)")
    }
    let lines = session.banner.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.last == "2 follow-ups are overdue (oldest: F-1 Acme Textiles, 3 days). Type agenda.")
  }
}
