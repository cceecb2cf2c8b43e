import DealdeskApp
import Foundation
import Testing

@Suite struct ExportTests {
  private func export(_ lines: [String]) throws -> [String: Any] {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    for line in lines { #expect(!session.handle(line).isError, "\(line)") }
    let json = session.handle("export json").text
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    return try #require(object as? [String: Any])
  }

  /// Authority's record goes out with the desk: the payment terms limit, every limit change
  /// (who, when, from and to) and each offer's approval steps, exact terms included.
  @Test func theExportKeepsTheRecordOfAuthority() throws {
    let root = try export([
      "@now 2026-12-03 09:00", "load sample data", "set my discount limit 15%", "offer Bora 14% on cotton, net 90",
      "ask approval for O-1: they buy every month", "approve O-1 by Sofia Marku",
    ])
    let settings = try #require(root["settings"] as? [String: Any])
    #expect(settings["paymentTermsLimitDays"] as? Int == 60)
    let changes = try #require(root["limitChanges"] as? [[String: Any]])
    #expect(changes.count == 1)
    #expect(changes.first?["limit"] as? String == "discount")
    #expect(changes.first?["from"] as? String == "12" && changes.first?["to"] as? String == "15")
    #expect(changes.first?["by"] as? String == "you")
    let offers = try #require(root["offers"] as? [[String: Any]])
    let steps = try #require(offers.first?["approvalSteps"] as? [[String: Any]])
    #expect(steps.map { $0["kind"] as? String } == ["asked", "approved"])
    #expect(steps.first?["reason"] as? String == "they buy every month")
    #expect(steps.last?["by"] as? String == "Sofia Marku")
    let terms = try #require(steps.last?["terms"] as? [String: Any])
    #expect(terms["paymentTermsDays"] as? Int == 90)
  }

  @Test func theExportFollowsTheDocumentedFormat() throws {
    let root = try export(["load sample data", "quote Acme 300 yd linen 220 at 11.50 net 45", "Acme wants 11.00"])
    #expect(root["format"] as? String == "dealdesk-export")
    #expect(root["version"] as? Int == 2)
    #expect(root["currency"] as? String == "EUR")
    for key in ["clients", "products", "offers", "orders", "reservations", "payments", "invoices", "creditNotes", "returns", "complaints", "notes", "followUps"] {
      #expect(root[key] is [Any], "\(key) is missing")
    }
    let products = try #require(root["products"] as? [[String: Any]])
    let linen = try #require(products.first { $0["sku"] as? String == "LIN-220" })
    #expect(linen["listPrice"] as? String == "12.40")
    #expect(linen["cost"] as? String == "7.90")
    let lots = try #require(linen["lots"] as? [[String: Any]])
    #expect(lots.first?["meters"] as? String == "800")
    let offer = try #require((root["offers"] as? [[String: Any]])?.first)
    #expect(offer["id"] as? String == "O-1")
    #expect(offer["client"] as? String == "CL-1")
    #expect(offer["status"] as? String == "open")
    let rounds = try #require(offer["rounds"] as? [[String: Any]])
    #expect(rounds.map { $0["by"] as? String } == ["us", "client"])
    #expect(rounds.first?["at"] as? String == "2026-11-30T09:00:00Z")
    let current = try #require(offer["current"] as? [String: Any])
    #expect(current["paymentTermsDays"] as? Int == 45)
    #expect(current["leadTimeDays"] is NSNull, "a field that does not apply is null, not missing")
    let line = try #require((current["lines"] as? [[String: Any]])?.first)
    #expect(line["scope"] as? String == "product")
    #expect(line["target"] as? String == "LIN-220")
    #expect(line["meters"] as? String == "274.32")
    #expect(line["unitPrice"] as? String == "11.00")
    #expect(line["discountPercent"] is NSNull)
  }

  // Day:
  @Test func notesAndFollowUpsAreExported() throws {
    let root = try export([
      "@now 2026-11-30 09:00", "load sample data", "note Acme: prefers calls on Tuesdays",
      "follow up Acme tomorrow 10:00: send swatches", "follow up Bora friday: price list", "done F-2",
    ])
    let notes = try #require(root["notes"] as? [[String: Any]])
    #expect(notes.count == 1)
    #expect(notes.first?["id"] as? String == "N-1")
    #expect(notes.first?["client"] as? String == "CL-1")
    #expect(notes.first?["kind"] as? String == "note")
    #expect(notes.first?["at"] as? String == "2026-11-30T09:00:00Z")
    #expect(notes.first?["durationMinutes"] is NSNull)
    let followUps = try #require(root["followUps"] as? [[String: Any]])
    #expect(followUps.map { $0["id"] as? String } == ["F-1", "F-2"])
    #expect(followUps.first?["due"] as? String == "2026-12-01T10:00:00Z")
    #expect(followUps.first?["dueHasTime"] as? Bool == true)
    #expect(followUps.first?["status"] as? String == "open")
    #expect(followUps.first?["doneAt"] is NSNull)
    #expect(followUps.last?["status"] as? String == "done")
    #expect(followUps.last?["doneAt"] as? String == "2026-11-30T09:00:00Z")
  }

  @Test func anEmptyDeskExportsEmptyLists() throws {
    let root = try export([])
    #expect((root["clients"] as? [Any])?.isEmpty == true)
    #expect((root["offers"] as? [Any])?.isEmpty == true)
  }
}
