import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Issue 16, Part 1: lines that were executed wrongly without a word, each read as its words
/// say or refused. Every row here failed before the fix (see the commit that added it).
/// Read on the trade desk at Monday 30 Nov 2026 09:00.
@Suite struct TypedFormsPart1Tests {
  static func row(_ line: String, _ expected: Expected) -> Row { Row(line, on: TradeDesk.desk, expected) }

  static func reminder(_ client: String, _ due: Date, time: Bool = false, _ text: String) -> Expected {
    .intent(.command(.followUp(NewFollowUp(client: client, due: due, dueHasTime: time, text: text))))
  }

  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora

  /// Dates are read whole or refused.
  static let datesWholeOrRefused: [Row] = [
    // Was set for today 09:15, with "on 4/1" left in its text.
    row("remind me on 4/1 at 9:15 to call drini", reminder(drini, at(2027, 1, 4, 9, 15), time: true, "call drini")),
    // Lost its time: text "call drini 11", due tomorrow with no time.
    row("call drini tomorrow at 11", reminder(drini, at(2026, 12, 1, 11), time: true, "call drini")),
    row("remind me to call drini tomorrow at 11", reminder(drini, at(2026, 12, 1, 11), time: true, "call drini")),
    row("remind me to call drini tomorrow at 11.30", reminder(drini, at(2026, 12, 1, 11, 30), time: true, "call drini")),
    // Was 3 October next year; a validity in the past is asked back.
    row("offer drini 5% on duchess satin until oct 3",
        fails("3 Oct 2026 is past. Did you mean a later date?", "e.g. valid 7 days, valid until 15 dec")),
    row("extend O-1 until oct 3",
        fails("3 Oct 2026 is past. Did you mean a later date?", "e.g. extend O-12 by 7 days, extend O-12 until 20 dec")),
    // Was 3 October 2027: the nearest 3 October is past, and the desk then says so.
    row("follow up drini oct 3", reminder(drini, at(2026, 10, 3), "follow up")),
    // Was the next friday, with "vlora every" as the text.
    row("follow up vlora every friday",
        fails("The desk keeps no repeating follow-ups.", "Give one day, e.g. follow up Acme friday: send swatches; plan the next one when it is done.")),
  ]

  @Test(arguments: datesWholeOrRefused) func datesAreReadWholeOrRefused(_ row: Row) { row.check() }

  /// Free text ends where a recognised clause starts; a term is never dropped.
  static let freeTextEnds: [Row] = [
    // Stored the competitor "Lanificio Bari on delivery time" and no reason.
    row("lost O-1 to Lanificio Bari on delivery time",
        .intent(.command(.lose(offer: "O-1", to: "Lanificio Bari", reason: "delivery time")))),
    // Stored a prospect named "Tessuti from vlore" with no city.
    row("add prospect Tessuti from vlore", .intent(.command(.addClient(NewClient(name: "Tessuti", status: .prospect, city: "vlore"))))),
    // Read "linen 2/10" as a typo of Linen 220 and the terms as plain net 30, the discount dropped.
    row("offer drini 9 percent on linen 2/10 net 30",
        fails("I read net 30 but not the early-payment discount `2/10` (2% off if paid within 10 days): the desk does not keep early-payment discounts.",
              "Offer net 30 alone, or a discount on the price.")),
  ]

  @Test(arguments: freeTextEnds) func freeTextEndsAndTermsAreNeverDropped(_ row: Row) { row.check() }
}
