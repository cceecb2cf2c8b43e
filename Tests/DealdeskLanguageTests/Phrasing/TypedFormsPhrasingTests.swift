import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Forms as managers type them (issue 16): dates, numbers and units, trailing asides, and
/// free text that ends where a clause the desk reads begins. Read on the trade desk, whose
/// clock is Monday 30 Nov 2026 09:00: tomorrow is Tue 1 Dec, thu 3 Dec, next wed 2 Dec,
/// friday 4 Dec; "4/1" is 4 January 2027 and "oct 3" is 3 October 2026, already past.
@Suite struct TypedFormsPhrasingTests {
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora

  static func row(_ line: String, client: String? = nil, _ expected: Expected) -> Row {
    Row(line, client: client, on: TradeDesk.desk, expected)
  }

  static func follow(_ client: String, _ due: Date, time: Bool = false, _ text: String) -> Expected {
    .intent(.command(.followUp(NewFollowUp(client: client, due: due, dueHasTime: time, text: text))))
  }

  static func snooze(_ to: Date, time: Bool = false) -> Expected {
    .intent(.command(.snoozeFollowUp(id: "F-1", to: to, hasTime: time)))
  }

  static func extend(until: Date) -> Expected { .intent(.command(.extend(offer: "O-1", days: nil, until: until))) }

  static func lend(_ sku: String, _ client: String, days: Int?) -> Expected {
    .intent(.command(.lendSample(sku: sku, client: client, days: days)))
  }

  static func pay(_ client: String, _ amount: Decimal) -> Expected {
    .intent(.command(.pay(client: client, order: nil, amount: amount)))
  }

  static func rate(_ client: String, _ grade: String, _ note: String? = nil) -> Expected {
    .intent(.command(.rateReliability(client: client, grade: grade, note: note)))
  }

  static func lost(to competitor: String?, _ reason: String?) -> Expected {
    .intent(.command(.lose(offer: "O-1", to: competitor, reason: reason)))
  }

  static func prospect(_ name: String, city: String?, status: ClientStatus = .prospect) -> Expected {
    .intent(.command(.addClient(NewClient(name: name, status: status, city: city))))
  }

  static let satin = OfferScope.product(sku: "SAT-DCH")
  static let pastValidity = "e.g. valid 7 days, valid until 15 dec"
  static let earlyPayment = "Offer net 30 alone, or a discount on the price."

  static func earlyRefused(_ typed: String, _ percent: String = "2", within: Int = 10, net: Int = 30) -> Expected {
    fails("I read net \(net) but not the early-payment discount `\(typed)` (\(percent)% off if paid within \(within) days): the desk does not keep early-payment discounts.",
          "Offer net \(net) alone, or a discount on the price.")
  }
}

// MARK: Dates as typed

extension TypedFormsPhrasingTests {
  /// Reminders and follow-ups: every date form, with a time or without; the date is read
  /// whole and never left in the text.
  static let followUpDates: [Row] = [
    // Part 1: "on 4/1" was left in the text and the reminder set for today 09:15.
    row("remind me on 4/1 at 9:15 to call drini", follow(drini, at(2027, 1, 4, 9, 15), time: true, "call drini")),
    // Part 1: "at 11" was lost and left in the text as "11".
    row("call drini tomorrow at 11", follow(drini, at(2026, 12, 1, 11), time: true, "call drini")),
    row("remind me to call drini tomorrow at 11", follow(drini, at(2026, 12, 1, 11), time: true, "call drini")),
    row("call vlora thu at 16:45", follow(vlora, at(2026, 12, 3, 16, 45), time: true, "call vlora")),
    row("remind me to call vlora 20/1", follow(vlora, at(2027, 1, 20), "call vlora")),
    row("follow up drini 7/2: send the tweed price", follow(drini, at(2027, 2, 7), "send the tweed price")),
    row("follow up drini jan 20: new collection", follow(drini, at(2027, 1, 20), "new collection")),
    row("follow up drini 20 jan: new collection", follow(drini, at(2027, 1, 20), "new collection")),
    row("remind me next wed to send vlora swatches", follow(vlora, at(2026, 12, 2), "send vlora swatches")),
    row("follow up vlora till thursday", follow(vlora, at(2026, 12, 3), "follow up")),
    row("follow up drini by end of month", follow(drini, at(2026, 11, 30), "follow up")),
    row("follow up drini in 3 weeks", follow(drini, at(2026, 12, 21), "follow up")),
    row("remind me to call drini 9am tomorrow", follow(drini, at(2026, 12, 1, 9), time: true, "call drini")),
    row("call drini friday 9am", follow(drini, at(2026, 12, 4, 9), time: true, "call drini")),
    row("remind me tomorrow 16:45 to chase vlora payment", follow(vlora, at(2026, 12, 1, 16, 45), time: true, "chase vlora payment")),
    row("follow up vlora end of week: confirm the lot", follow(vlora, at(2026, 12, 4), "confirm the lot")),
    row("follow up drini 4/1 at 9", follow(drini, at(2027, 1, 4, 9), time: true, "follow up")),
    row("call vlora at 11", follow(vlora, at(2026, 11, 30, 11), time: true, "call vlora")),
    row("remind me at 16:45 to call drini", follow(drini, at(2026, 11, 30, 16, 45), time: true, "call drini")),
    row("follow up drini 20/1/2027: samples", follow(drini, at(2027, 1, 20), "samples")),
    row("follow up drini 20/01/27: samples", follow(drini, at(2027, 1, 20), "samples")),
    row("remind me to send drini the price list on 4/1", follow(drini, at(2027, 1, 4), "send drini the price list")),
    row("remind me 4/1 send drini the price list", follow(drini, at(2027, 1, 4), "send drini the price list")),
    row("ring vlora next wed at 10", follow(vlora, at(2026, 12, 2, 10), time: true, "call vlora")),
    row("call drini at 11 on friday", follow(drini, at(2026, 12, 4, 11), time: true, "call drini")),
    row("follow up vlora thu 9am: satin lot", follow(vlora, at(2026, 12, 3, 9), time: true, "satin lot")),
    row("follow up drini by 20/1: offer for spring", follow(drini, at(2027, 1, 20), "offer for spring")),
    row("follow up vlora in 2 weeks: check payment", follow(vlora, at(2026, 12, 14), "check payment")),
    row("remind me in a week to call vlora", follow(vlora, at(2026, 12, 7), "call vlora")),
    row("follow up drini dec 12 at 14:30", follow(drini, at(2026, 12, 12, 14, 30), time: true, "follow up")),
    row("follow up: call back", client: drini, fails("When should it be done?", "Give a day, e.g. follow up Acme friday: send swatches, or remind me to call Acme tomorrow 10:00")),
    row("remind me at 16:45 on 7/2 to call drini", follow(drini, at(2027, 2, 7, 16, 45), time: true, "call drini")),
    // A day and month without a year is the nearest one: 3 October is past (the desk then
    // says so), never 3 October next year.
    row("follow up drini oct 3", follow(drini, at(2026, 10, 3), "follow up")),
    row("follow up drini 3/10", follow(drini, at(2026, 10, 3), "follow up")),
    // Dates that name no day are refused, naming what is wrong.
    row("remind me to call drini on 4/13", fails("There is no month 13: dates are day/month, e.g. 13/4.", nil)),
    row("follow up vlora 31/2", fails("There is no 31 February.", nil)),
    row("call drini tomorrow at 25", fails("There is no 25:00.", nil)),
    row("follow up drini 30 feb: samples", fails("There is no 30 February.", nil)),
  ]

  @Test(arguments: followUpDates) func followUpsWithTypedDates(_ row: Row) { row.check() }

  /// Snooze, validity, extend, swatches due back, holds and stock needed by a day.
  static let otherDates: [Row] = [
    row("snooze F-1 to tomorrow at 11", snooze(at(2026, 12, 1, 11), time: true)),
    row("snooze F-1 till 20/1", snooze(at(2027, 1, 20))),
    row("push F-1 to next wed", snooze(at(2026, 12, 2))),
    row("move F-1 to 7/2 9am", snooze(at(2027, 2, 7, 9), time: true)),
    row("snooze F-1 in 3 weeks", snooze(at(2026, 12, 21))),
    row("snooze F-1 at 16:45", snooze(at(2026, 11, 30, 16, 45), time: true)),
    row("postpone F-1 until jan 20", snooze(at(2027, 1, 20))),
    row("snooze F-1 to 4/13", fails("There is no month 13: dates are day/month, e.g. 13/4.", nil)),
    // Part 1: a validity "until oct 3" typed in November became 3 October next year.
    row("offer drini 5% on duchess satin until oct 3", fails("3 Oct 2026 is past. Did you mean a later date?", pastValidity)),
    row("offer drini 5% on duchess satin valid until 3/10", fails("3 Oct 2026 is past. Did you mean a later date?", pastValidity)),
    row("offer vlora 4% on harris tweed valid till nov 2", fails("2 Nov 2026 is past. Did you mean a later date?", pastValidity)),
    row("offer drini 5% on duchess satin valid till thursday", offer(drini, pct(5, on: satin), until: endOf(2026, 12, 3))),
    row("offer drini 5% on duchess satin till thursday", offer(drini, pct(5, on: satin), until: endOf(2026, 12, 3))),
    row("offer drini 5% on duchess satin valid until 20/1", offer(drini, pct(5, on: satin), until: endOf(2027, 1, 20))),
    row("offer drini 5% on duchess satin good till end of month", offer(drini, pct(5, on: satin), until: endOf(2026, 11, 30))),
    row("offer vlora 4% on harris tweed valid till 7/2", offer(vlora, pct(4, on: .product(sku: "TWD-HT")), until: endOf(2027, 2, 7))),
    row("offer drini 5% on duchess satin valid till friday at 16:45", offer(drini, pct(5, on: satin), until: at(2026, 12, 4, 16, 45))),
    row("offer drini 5% on duchess satin valid until jan 20", offer(drini, pct(5, on: satin), until: endOf(2027, 1, 20))),
    row("offer drini 5% on duchess satin valid until 31/2", fails("There is no 31 February.", pastValidity)),
    row("extend O-1 until 20/1", extend(until: endOf(2027, 1, 20))),
    row("extend O-1 till friday", extend(until: endOf(2026, 12, 4))),
    row("extend O-1 to end of month", extend(until: endOf(2026, 11, 30))),
    row("extend O-1 until jan 20", extend(until: endOf(2027, 1, 20))),
    row("extend O-1 until oct 3", fails("3 Oct 2026 is past. Did you mean a later date?", "e.g. extend O-12 by 7 days, extend O-12 until 20 dec")),
    row("lend harris tweed swatch to drini till thursday", lend("TWD-HT", drini, days: 3)),
    row("lend sample linen 220 to vlora until 7/2", lend("LIN-220", vlora, days: 69)),
    row("lend sample linen 220 to vlora back by friday", lend("LIN-220", vlora, days: 4)),
    row("lend sample linen 220 to vlora till oct 3",
        fails("3 Oct 2026 is past. Did you mean a later date?", "e.g. lend sample linen 220 to Acme till friday")),
    row("extend hold R-1 until 20/12", .intent(.command(.extendHold(reservation: "R-1", days: 13)))),
    row("extend hold R-1 till friday", fails("R-1 already holds until 7 Dec 2026.", "e.g. extend hold R-1 by 3 days")),
    row("request 300m linen 220 from warehouse by end of month",
        .intent(.command(.requestStock(sku: "LIN-220", meters: 300, source: .warehouse, neededBy: at(2026, 11, 30))))),
    row("request 2 rolls harris tweed from the mill by 20/1",
        .intent(.command(.requestStock(sku: "TWD-HT", meters: 100, source: .production, neededBy: at(2027, 1, 20))))),
  ]

  @Test(arguments: otherDates) func otherCommandsWithTypedDates(_ row: Row) { row.check() }
}
