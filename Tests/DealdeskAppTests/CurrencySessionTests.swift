import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Issue 15, item 12: `set currency` never relabels amounts already on the desk.
@Suite struct CurrencySessionTests {
  @Test func theCurrencyChangesOnlyOnADeskWithoutAmounts() throws {
    let empty = TestDesk()
    defer { empty.remove() }
    let fresh = try empty.open(running: [])
    defer { _ = fresh.close() }
    #expect(fresh.handle("set currency USD").text == "The desk's currency is now USD.")

    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "Bora orders 300m denim 12oz"])
    defer { _ = s.close() }
    let reply = s.handle("set currency USD")
    #expect(reply.isError)
    #expect(reply.text.contains("would relabel them as USD without converting them"), "\(reply.text)")
    #expect(reply.text.contains("Keep EUR on this desk."), "\(reply.text)")
    #expect(s.desk.settings.currency == "EUR")
    #expect(s.handle("invoice S-1").text.contains("EUR"))
  }
}
