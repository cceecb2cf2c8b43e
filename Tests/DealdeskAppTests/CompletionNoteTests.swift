import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Tab on an id lists what each id stands for (issue 22): `cancel ` shows S-1 and S-2 with
/// their client, total and status, so they can be told apart; the text typed stays the id.
@Suite struct CompletionNoteTests {
  static let setUp = [
    "load sample data", "Acme orders 300m poplin", "Bora orders 100m linen 220",
    "offer Atelier 8% on satin", "follow up Acme tomorrow: send swatches",
  ]

  @Test func ordersAfterCancelShowTheirClientTotalAndStatus() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: Self.setUp)
    defer { _ = session.close() }
    let candidates = session.completionCandidates(line: "cancel ", wordStart: 7)
    #expect(candidates.map(\.text) == ["S-1", "S-2"])
    let acme = try #require(session.desk.orders["S-1"])
    let bora = try #require(session.desk.orders["S-2"])
    #expect(candidates[0].note == "Acme Textiles · \(money(acme.total)) EUR · open · Poplin White")
    #expect(candidates[1].note?.hasPrefix("Bora Fabrics · \(money(bora.total)) EUR · open · Linen") == true, "\(candidates)")
  }

  @Test func openOffersAndFollowUpsShowWhoseTheyAre() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: Self.setUp)
    defer { _ = session.close() }
    let offer = try #require(session.completionCandidates(line: "accept ", wordStart: 7).first)
    #expect(offer.text == "O-1")
    #expect(offer.note?.hasPrefix("Atelier Lumière") == true, "\(offer)")
    #expect(offer.note?.contains("8% on") == true, "\(offer)")
    let followUp = try #require(session.completionCandidates(line: "done ", wordStart: 5).first)
    #expect(followUp.text == "F-1")
    #expect(followUp.note == "Acme Textiles · due 1 Dec 2026 · send swatches", "\(followUp)")
  }

  @Test func namesAndWordsCarryNoNote() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open(running: Self.setUp)
    defer { _ = session.close() }
    let candidates = session.completionCandidates(line: "show Ac", wordStart: 5)
    #expect(candidates == [CompletionCandidate("Acme Textiles")])
    #expect(session.completionCandidates(line: "can", wordStart: 0).allSatisfy { $0.note == nil })
  }

  private func money(_ value: Decimal) -> String { Money.display(value) }
}
