import DealdeskApp
import Foundation
import Testing

/// Forms as managers type them, as the session answers them (issue 16): a reminder's date
/// read whole, a past day asked back, a reason kept with a rating and a lost deal.
@Suite struct TypedFormsSessionTests {
  private func replies(_ lines: [String]) throws -> [(line: String, text: String, isError: Bool)] {
    let desk = TestDesk()
    defer { desk.remove() }
    let session = try desk.open()
    defer { _ = session.close() }
    return lines.map { line in
      let reply = session.handle(line)
      return (line, reply.text, reply.isError)
    }
  }

  @Test func aReminderKeepsItsWholeDateAndTime() throws {
    let answers = try replies(["@now 2026-11-20 10:00", "load sample data", "remind me on 4/1 at 9:15 to call acme", "call bora tomorrow at 11"])
    #expect(answers[2].text == "F-1: follow up Acme Textiles 4 Jan 2027 09:15: call acme")
    #expect(answers[3].text == "F-2: follow up Bora Fabrics 21 Nov 2026 11:00: call bora")
  }

  @Test func aPastDayIsAskedBackNotMovedAYearOn() throws {
    let answers = try replies(["@now 2026-11-20 10:00", "load sample data", "offer acme 10% on linen until oct 3", "follow up acme oct 3"])
    #expect(answers[2].isError)
    #expect(answers[2].text == "3 Oct 2026 is past. Did you mean a later date? e.g. valid 7 days, valid until 15 dec")
    #expect(answers[3].isError)
    #expect(answers[3].text == "3 Oct 2026 is already past. Give a day from today on, e.g. follow up Acme Textiles tomorrow: follow up")
  }

  @Test func aRatingKeepsItsReasonAsANote() throws {
    let answers = try replies(["@now 2026-11-20 10:00", "load sample data", "rate acme B, pays two weeks late", "notes for acme"])
    #expect(answers[2].text == "Acme Textiles is rated B for reliability.\nN-1: noted for Acme Textiles: Rated B: pays two weeks late")
    #expect(answers[3].text == "Notes for Acme Textiles (1)\n  N-1 20 Nov 2026 10:00 · note · Acme Textiles: Rated B: pays two weeks late")
  }

  @Test func aLostDealKeepsItsCompetitorAndReasonApart() throws {
    let answers = try replies(["@now 2026-11-20 10:00", "load sample data", "offer acme 10% on linen", "lost O-1 to Lanificio Bari on delivery time", "lost deals"])
    #expect(answers[3].text == "Lost O-1 (Acme Textiles) to Lanificio Bari: delivery time.")
    #expect(answers[4].text.contains("  Lanificio Bari       1"))
    #expect(answers[4].text.hasSuffix("  delivery time       1"))
  }
}

extension TypedFormsSessionTests {
  @Test func aMeetingIsDatedWhenItHappenedAndNeverAhead() throws {
    let answers = try replies(["@now 2026-11-20 10:00", "load sample data", "met acme yesterday: showed the linen", "met bora 27/11: wants poplin", "notes for acme"])
    #expect(!answers[2].isError)
    #expect(answers[3].isError)
    #expect(answers[3].text == "27 Nov 2026 is still ahead: a meeting is logged once it has happened. Plan it instead: follow up Bora Fabrics 27 nov 2026")
    #expect(answers[4].text == "Notes for Acme Textiles (1)\n  N-1 19 Nov 2026 00:00 · meeting · Acme Textiles: showed the linen")
  }
}
