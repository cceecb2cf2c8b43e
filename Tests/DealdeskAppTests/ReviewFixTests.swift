import DealdeskApp
import DealdeskCore
import DealdeskStore
import Foundation
import Testing

/// Rules added after a review of the day, claims and CSV features, each as a manager types it.
@Suite struct ReviewFixTests {
  @Test func aComplaintCreditReducesWhatTheClientOwesAndOnlyNamedFiguresCount() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "Acme orders 100m linen 220", "ship S-1", "complaint Acme: wrong shade on S-1"])
    defer { _ = s.close() }
    #expect(s.handle("resolve C-1 justified: credit 120 for the 20m that were short").isError == false)
    let resolution = try #require(s.desk.complaints["C-1"]?.resolution)
    #expect(resolution.credit == 120)
    #expect(resolution.replacementMeters == nil, "20m in the text is not a replacement")
    #expect(s.desk.owes("CL-1") == 1344)  // 1,488.00 − 144.00, VAT included
  }

  @Test func anUnjustifiedComplaintGetsNoCreditAndACreditNeedsAnAmount() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "Acme orders 100m linen 220", "complaint Acme: wrong shade on S-1"])
    defer { _ = s.close() }
    #expect(s.handle("resolve C-1 unjustified: credit 50").text.hasPrefix("An unjustified complaint gets no credit or discount."))
    #expect(s.handle("resolve C-1 justified: credit -5").isError)
    // Before shipping there is no invoice to credit; after it, no more than the invoice.
    #expect(s.handle("resolve C-1 justified: credit 50").text.hasPrefix("S-1 has not shipped, so there is no invoice to credit."))
    #expect(!s.handle("ship S-1").isError)
    #expect(s.handle("resolve C-1 justified: credit 5000").text.contains("more than the 1,240.00 left to credit on S-1 (invoice INV-1)"))
    #expect(s.desk.complaints["C-1"]?.status == .open)
  }

  @Test func aFollowUpSnoozedAfterItWasLateStaysMissed() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data", "follow up Bora 2 dec: call", "@now 2026-12-05 10:00", "snooze F-1 to 10 dec"])
    defer { _ = s.close() }
    let card = s.desk.scorecard(for: Period.quarter(of: s.now), now: s.now)
    #expect(card.missedFollowUps.map(\.id) == ["F-1"])
  }

  @Test func namesThatWouldConfuseTheDeskAreRefused() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["load sample data"])
    defer { _ = s.close() }
    #expect(s.handle("Acme sells linen 220 at 10").text.hasPrefix("Acme Textiles is one of your clients, not a competitor."))
    #expect(s.handle("add product Silk category cotton price 5").text.hasPrefix("Silk is already the name of a category"))
    #expect(s.handle("set quota 120,000 for Q1").text == "Quota for Q1 2027: 120,000.00.", "Q1 2026 is over on 30 Nov 2026")
  }

  @Test func aFormulaLikeCellIsGuardedInCSV() {
    let table = CSVTable(header: ["text", "amount"], rows: [["=HYPERLINK(\"x\")", "-5.00"]])
    #expect(table.text() == "text,amount\n\"'=HYPERLINK(\"\"x\"\")\",-5.00\n")
  }
}
