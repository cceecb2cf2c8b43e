import DealdeskApp
import Foundation
import Testing

/// Competitor prices heard on a call, as the manager sees the replies.
@Suite struct CompetitorSessionTests {
  @Test func severalPricesInOneLineAreEachConfirmedAndUndoneTogether() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: ["load sample data", "Tekstil Plus sells poplin white at 6.20"])
    let reply = session.handle("tekstil plus cotton jersey 6.95/m and poly satin 4.80/m, net 60")
    #expect(reply.text == """
      Noted: Tekstil Plus sells Cotton Jersey at 6.95/m (our list 7.40, -6.1%) · net 60.
      Noted: Tekstil Plus sells Poly Satin at 4.80/m (our list 5.20, -7.7%) · net 60.
      """)
    #expect(session.handle("tekstil plus prices?").text.contains("Poly Satin     Tekstil Plus     4.80"))
    _ = session.handle("undo")
    let after = session.handle("competitors").text
    #expect(after.contains("Poplin White"))
    #expect(!after.contains("Cotton Jersey") && !after.contains("Poly Satin"))
  }

  @Test func aQuotePassedOnByAClientSaysWhoPassedItOn() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: ["load sample data"])
    #expect(session.handle("acme got a quote from Rival: canvas 380 8.90, min 500m").text
      == "Noted: Rival sells Canvas 380 at 8.90/m (our list 9.75, -8.7%) · via Acme Textiles; min 500m.")
    #expect(session.handle("competitor prices cotton").text.contains("via Acme Textiles; min 500m"))
    #expect(session.handle("rival?").text.hasPrefix("Competitor prices of Rival"))
  }
}
