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
    row("follow up drini 3/10", follow(drini, at(2026, 10, 3), "follow up")),
    // Dates that name no day are refused, naming what is wrong.
    row("remind me to call drini on 4/13", fails("There is no month 13: dates are day/month, e.g. 13/4.", nil)),
    row("follow up vlora 31/2", fails("There is no 31 February.", nil)),
    row("call drini tomorrow at 25", fails("There is no 25.", nil)),
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

// MARK: Numbers and units as typed

extension TypedFormsPhrasingTests {
  static let tweed = OfferScope.product(sku: "TWD-HT")

  static let numbersAndUnits: [Row] = [
    row("offer drini 7pct on duchess satin", offer(drini, pct(7, on: satin))),
    row("offer drini 9 percent on duchess satin", offer(drini, pct(9, on: satin))),
    row("offer drini 9percent on linen", offer(drini, pct(9, on: .category("linen")))),
    row("offer vlora 6 pct off linen 220", offer(vlora, pct(6, on: .product(sku: "LIN-220")))),
    row("offer vlora 7pct off harris tweed", offer(vlora, pct(7, on: tweed))),
    row("offer drini 12.5pct on harris tweed", offer(drini, pct(dec("12.5"), on: tweed))),
    row("offer drini 9 per cent on duchess satin", offer(drini, pct(9, on: satin))),
    // Rolls are the product's roll length (50 m of Harris Tweed); yards convert exactly,
    // 1 yd = 0.9144 m, with no rounding: 150 yd is 137.16 m.
    row("offer drini 3 rolls harris tweed at 22", offer(drini, line("TWD-HT", meters: 150, price: 22))),
    row("offer drini 150 yards harris tweed at 22", offer(drini, line("TWD-HT", meters: dec("137.16"), price: 22))),
    row("offer drini 150 yds harris tweed at 22", offer(drini, line("TWD-HT", meters: dec("137.16"), price: 22))),
    row("offer drini 80 yd harris tweed 5% off", offer(drini, line("TWD-HT", meters: dec("73.152"), percent: 5))),
    row("offer drini 2.5k m linen 220 at 11.50", offer(drini, line("LIN-220", meters: 2500, price: dec("11.50")))),
    row("offer vlora 1.5k metres poplin white at 6.20", offer(vlora, line("POP-WHT", meters: 1500, price: dec("6.20")))),
    row("offer drini 10 rolls linen 220 7pct", offer(drini, line("LIN-220", meters: 500, percent: 7))),
    row("offer vlora 2 rolls cotton twill 280 at 7.90", offer(vlora, line("TWL-280", meters: 160, price: dec("7.90")))),
    row("offer drini 1 roll duchess satin at 9.10", offer(drini, line("SAT-DCH", meters: 50, price: dec("9.10")))),
    row("offer drini duchess satin at €9.10", offer(drini, line("SAT-DCH", price: dec("9.10")))),
    row("offer drini duchess satin at 9.10 eur", offer(drini, line("SAT-DCH", price: dec("9.10")))),
    row("offer drini duchess satin at 9.10 euros", offer(drini, line("SAT-DCH", price: dec("9.10")))),
    row("offer drini 200m duchess satin at 9.10 euro", offer(drini, line("SAT-DCH", meters: 200, price: dec("9.10")))),
    row("offer drini 7% on duchess satin net45", offer(drini, pct(7, on: satin), terms: .net(days: 45))),
    row("offer drini 7% on duchess satin net 45 days", offer(drini, pct(7, on: satin), terms: .net(days: 45))),
    row("offer vlora 5pct on linen 220 net60", offer(vlora, pct(5, on: .product(sku: "LIN-220")), terms: .net(days: 60))),
    // An early-payment discount is a real term: refused whole, never read as its net part.
    row("offer drini 7% on duchess satin 2/10 net 30", earlyRefused("2/10")),
    row("offer vlora 5% on linen, 2/10 net30", earlyRefused("2/10")),
    row("offer vlora 5% on harris tweed 3/15 net 60", earlyRefused("3/15", "3", within: 15, net: 60)),
    row("change drini terms to 2/10 net 30", earlyRefused("2/10")),
    row("change drini terms to net45", .intent(.command(.setClientTerms(client: drini, terms: .net(days: 45))))),
    row("drini paid €750", pay(drini, 750)),
    row("drini paid 750 eur", pay(drini, 750)),
    row("drini paid 750 euros", pay(drini, 750)),
    row("drini paid 2.5k", pay(drini, 2500)),
    row("vlora paid 1.2k euros", pay(vlora, 1200)),
    row("vlora paid 80k", pay(vlora, 80_000)),
    row("vlora paid EUR 750", pay(vlora, 750)),
    row("set drini credit limit to 80k", .intent(.command(.setCreditLimit(client: drini, limit: 80_000)))),
    row("drini credit limit 12.5k", .intent(.command(.setCreditLimit(client: drini, limit: 12_500)))),
    row("set vlora credit limit 12k eur", .intent(.command(.setCreditLimit(client: vlora, limit: 12_000)))),
    row("offer drini 2 bolts linen 220", fails("I don't know the unit \"bolts\".", "Quantities are in m, yd or rolls; prices are per metre.")),
    row("offer drini duchess satin at 9.10/yd", fails("Prices are per metre.", "9.10 per yard is 9.95 per metre (1 yd = 0.9144 m).")),
  ]

  @Test(arguments: numbersAndUnits) func numbersAndUnitsAsTyped(_ row: Row) { row.check() }

  /// Rolls of a fabric with no roll length cannot be converted: refused, not guessed.
  static let rollsWithoutALength: [Row] = [
    Row("offer acme 3 rolls muslin at 3", fails("Muslin has no roll length on record.", "Give the quantity in metres.")),
    Row("offer acme 3 rolls muslin", fails("Muslin has no roll length on record.", "Give the quantity in metres.")),
  ]

  @Test(arguments: rollsWithoutALength) func rollsNeedARollLength(_ row: Row) { row.check() }
}

// MARK: Trailing reasons and asides

extension TypedFormsPhrasingTests {
  static let asides: [Row] = [
    row("rate drini B, pays two weeks late", rate(drini, "B", "pays two weeks late")),
    row("rate drini b - pays two weeks late", rate(drini, "B", "pays two weeks late")),
    row("rate vlora A - never missed a payment", rate(vlora, "A", "never missed a payment")),
    row("rate drini C because they always pay late", rate(drini, "C", "they always pay late")),
    row("rate drini reliability B: slow but pays", rate(drini, "B", "slow but pays")),
    row("rate drini B", rate(drini, "B")),
    row("vlora reliable - never missed a payment", rate(vlora, "A", "never missed a payment")),
    row("vlora is reliable, never missed a payment", rate(vlora, "A", "never missed a payment")),
    row("drini unreliable, pays late every time", rate(drini, "D", "pays late every time")),
    row("drini is not reliable - 3 invoices late", rate(drini, "D", "3 invoices late")),
    row("decline O-1, too expensive", decline("O-1", reason: "too expensive")),
    row("decline O-1 - too expensive", decline("O-1", reason: "too expensive")),
    row("decline O-1 because too expensive", decline("O-1", reason: "too expensive")),
    row("decline O-1: budget cut", decline("O-1", reason: "budget cut")),
    row("lost O-1 to Lanificio Bari, delivery time", lost(to: "Lanificio Bari", "delivery time")),
    row("lost O-1 to Lanificio Bari - delivery time", lost(to: "Lanificio Bari", "delivery time")),
    row("lost O-1 to Lanificio Bari because of delivery time", lost(to: "Lanificio Bari", "delivery time")),
    row("lost O-1 to Lanificio Bari over price", lost(to: "Lanificio Bari", "price")),
    row("O-1 lost to Tekstil Plus, cheaper", lost(to: "Tekstil Plus", "cheaper")),
    row("drini went with Tekstil Plus: cheaper", lost(to: "Tekstil Plus", "cheaper")),
    row("close C-1, replaced 20m", .intent(.command(.resolveComplaint(
      complaint: "C-1", verdict: nil, resolution: ComplaintResolution(replacementMeters: 20, text: "replaced 20m"))))),
    row("close C-1, credit agreed", fails("How much is the credit?", "e.g. resolve C-1 justified: credit 120.00")),
    // A command that keeps no note refuses the aside, naming it; the words are never dropped.
    row("ship S-1, finally", fails("I read `ship S-1` but not `finally`.", "Type it without those words; `help` lists what each command takes.")),
  ]

  @Test(arguments: asides) func trailingAsides(_ row: Row) { row.check() }
}

// MARK: Free text ends where a clause begins

extension TypedFormsPhrasingTests {
  static let freeTextEnds: [Row] = [
    row("lost O-1 to lanificio bari on price", lost(to: "lanificio bari", "price")),
    row("lost O-1 to Tekstil Plus for price", lost(to: "Tekstil Plus", "price")),
    row("lost O-1 to Tekstil Plus", lost(to: "Tekstil Plus", nil)),
    row("lost O-1 on delivery time", lost(to: nil, "delivery time")),
    row("add prospect Tessuti Bari from Bari", prospect("Tessuti Bari", city: "Bari")),
    row("new prospect tekstil plus from istanbul", prospect("tekstil plus", city: "istanbul")),
    row("add client Tessuti from vlore", prospect("Tessuti", city: "vlore", status: .active)),
    row("add prospect \"Fabrics from Italy\" from Milano", prospect("Fabrics from Italy", city: "Milano")),
    row("add prospect Tessuti, from vlore", prospect("Tessuti", city: "vlore")),
    // Dates and times end a reminder's text, wherever they are typed.
    row("remind me to call drini about the tweed lot on 4/1", follow(drini, at(2027, 1, 4), "call drini about the tweed lot")),
    row("remind me to send vlora the satin price till thursday", follow(vlora, at(2026, 12, 3), "send vlora the satin price")),
    row("remind me to chase drini for S-1 by end of month", follow(drini, at(2026, 11, 30), "chase drini for S-1")),
    // A note's body is all free text: a date in it is the manager's words, kept as typed.
    row("note drini: call back on 4/1", .intent(.command(.addNote(NewNote(client: drini, text: "call back on 4/1"))))),
  ]

  @Test(arguments: freeTextEnds) func freeTextEndsWhereAClauseBegins(_ row: Row) { row.check() }
}

// MARK: More dates, asides and free text

extension TypedFormsPhrasingTests {
  static let repeating = "Give one day, e.g. follow up Acme friday: send swatches; plan the next one when it is done."

  static let moreDates: [Row] = [
    // A time written as a price would be is a time in a reminder: never left in its text.
    row("call drini tomorrow 11", follow(drini, at(2026, 12, 1, 11), time: true, "call drini")),
    row("call vlora friday 9.15", follow(vlora, at(2026, 12, 4, 9, 15), time: true, "call vlora")),
    row("remind me to call drini tomorrow 11h", follow(drini, at(2026, 12, 1, 11), time: true, "call drini")),
    row("call drini thu 9h30", follow(drini, at(2026, 12, 3, 9, 30), time: true, "call drini")),
    row("remind me tomorrow 3 rolls satin for vlora", follow(vlora, at(2026, 12, 1), "3 rolls satin for vlora")),
    row("snooze F-1 by end of week", snooze(at(2026, 12, 4))),
    row("snooze F-1 to tomorrow 11.30", snooze(at(2026, 12, 1, 11, 30), time: true)),
    row("snooze F-1 to 20/1 at 10", snooze(at(2027, 1, 20, 10), time: true)),
    row("remind me every monday to call drini", fails("The desk keeps no repeating follow-ups.", repeating)),
    row("follow up drini each week: stock update", fails("The desk keeps no repeating follow-ups.", repeating)),
    // In an offer "at 11" after a day may be a price: the day is the validity, 11 the price.
    row("offer drini duchess satin valid till friday at 9.10", offer(drini, line("SAT-DCH", price: dec("9.10")), until: endOf(2026, 12, 4))),
  ]

  @Test(arguments: moreDates) func moreTypedDates(_ row: Row) { row.check() }

  static let moreAsides: [Row] = [
    row("O-1 declined, too expensive", decline("O-1", reason: "too expensive")),
    row("decline, too expensive", client: drini, decline("O-1", reason: "too expensive")),
    row("decline O-1 as they found it cheaper", decline("O-1", reason: "they found it cheaper")),
    row("rate drini B as they pay late", rate(drini, "B", "they pay late")),
    row("rate vlora a, pays on time", rate(vlora, "A", "pays on time")),
    row("vlora unreliable - bounced two cheques", rate(vlora, "D", "bounced two cheques")),
    row("rate drini d since they bounced a cheque", rate(drini, "D", "they bounced a cheque")),
    row("lost O-1 to Tekstil Plus as they were cheaper", lost(to: "Tekstil Plus", "they were cheaper")),
    row("end call, they will think about it", deskAction(.endCall(text: "they will think about it"))),
    row("end call - wants samples first", deskAction(.endCall(text: "wants samples first"))),
    row("resolve C-1 justified, credit 120", .intent(.command(.resolveComplaint(
      complaint: "C-1", verdict: .justified, resolution: ComplaintResolution(credit: 120, text: "credit 120"))))),
    // Commands that keep no note refuse the aside, naming its first word.
    row("done F-1, sent them", fails("I read `done F-1` but not `sent them`.", "Type it without those words; `help` lists what each command takes.")),
    row("withdraw O-1, wrong price", fails("I read `withdraw O-1` but not `wrong price`.", "Type it without those words; `help` lists what each command takes.")),
    row("accept O-1, finally", fails("I read `accept O-1` but not `finally`.", "Type it without those words; `help` lists what each command takes.")),
  ]

  @Test(arguments: moreAsides) func moreTrailingAsides(_ row: Row) { row.check() }

  static let moreFreeText: [Row] = [
    row("add prospect Tessuti from vlore phone 069 555 0101",
        .intent(.command(.addClient(NewClient(name: "Tessuti", status: .prospect, city: "vlore", phone: "069 555 0101"))))),
    row("add prospect Tessuti based in vlore", prospect("Tessuti", city: "vlore")),
    row("add prospect Tessuti in vlore", prospect("Tessuti", city: "vlore")),
    row("remind me to offer drini 5% on satin friday", follow(drini, at(2026, 12, 4), "offer drini 5% on satin")),
    row("follow up drini 20/1: send 3 rolls satin at 9.10", follow(drini, at(2027, 1, 20), "send 3 rolls satin at 9.10")),
    row("log call with drini: wants 2/10 net 30", .intent(.command(.addNote(NewNote(client: drini, kind: .call, text: "wants 2/10 net 30"))))),
    row("note vlora: wants delivery by 20/1", .intent(.command(.addNote(NewNote(client: vlora, text: "wants delivery by 20/1"))))),
    row("Tekstil Plus sells harris tweed at 20, since last week",
        .intent(.command(.noteCompetitorPrice(competitor: "Tekstil Plus", sku: "TWD-HT", price: 20, note: "since last week")))),
    row("lost O-1 to Lanificio Bari on delivery time and price", lost(to: "Lanificio Bari", "delivery time and price")),
    row("lost O-1 to Lanificio Bari: delivery time", lost(to: "Lanificio Bari", "delivery time")),
  ]

  @Test(arguments: moreFreeText) func moreFreeTextEnds(_ row: Row) { row.check() }
}

// MARK: Still more forms, as typed

extension TypedFormsPhrasingTests {
  static let stillMoreAsides: [Row] = [
    row("rate drini c, slow payer", rate(drini, "C", "slow payer")),
    row("rate vlora A: always on time", rate(vlora, "A", "always on time")),
    row("rate drini reliability C - late twice this year", rate(drini, "C", "late twice this year")),
    row("vlora is unreliable, 3 cheques bounced", rate(vlora, "D", "3 cheques bounced")),
    row("vlora reliable", rate(vlora, "A")),
    row("decline O-1, they went quiet", decline("O-1", reason: "they went quiet")),
    row("decline O-1 since budget is frozen", decline("O-1", reason: "budget is frozen")),
    row("decline O-1 - price", decline("O-1", reason: "price")),
    row("lost O-1 to Tekstil Plus - they had stock", lost(to: "Tekstil Plus", "they had stock")),
    row("O-1 lost to Tekstil Plus: delivery", lost(to: "Tekstil Plus", "delivery")),
    row("end call, call back friday", deskAction(.endCall(text: "call back friday"))),
  ]

  @Test(arguments: stillMoreAsides) func stillMoreTrailingAsides(_ row: Row) { row.check() }

  static let stillMoreFreeText: [Row] = [
    row("add prospect Tessuti Bari based in Bari", prospect("Tessuti Bari", city: "Bari")),
    row("add client Vlora Tekstil from Vlorë", prospect("Vlora Tekstil", city: "Vlorë", status: .active)),
    row("add prospect Tessuti from vlore email info@tessuti.al",
        .intent(.command(.addClient(NewClient(name: "Tessuti", status: .prospect, city: "vlore", email: "info@tessuti.al"))))),
    row("remind me to ask vlora about 3 rolls satin 20/1", follow(vlora, at(2027, 1, 20), "ask vlora about 3 rolls satin")),
    row("follow up drini 4/1: send offer 7% net45", follow(drini, at(2027, 1, 4), "send offer 7% net45")),
    row("remind me to call drini re S-1 next wed", follow(drini, at(2026, 12, 2), "call drini re S-1")),
    row("remind me to send drini the €750 invoice friday", follow(drini, at(2026, 12, 4), "send drini the €750 invoice")),
    row("remind me friday at 10 to call drini", follow(drini, at(2026, 12, 4, 10), time: true, "call drini")),
    row("note drini: lost to Lanificio Bari on delivery", .intent(.command(.addNote(NewNote(client: drini, text: "lost to Lanificio Bari on delivery"))))),
    row("lost O-1 to Lanificio Bari for delivery time", lost(to: "Lanificio Bari", "delivery time")),
    row("lost O-1 to Tekstil Plus because cheaper by 1 euro", lost(to: "Tekstil Plus", "cheaper by 1 euro")),
    row("met drini: showed tweed, wants 20/1 delivery", .intent(.command(.addNote(NewNote(client: drini, kind: .meeting, text: "showed tweed, wants 20/1 delivery"))))),
    row("log call with vlora: they want 7pct", .intent(.command(.addNote(NewNote(client: vlora, kind: .call, text: "they want 7pct"))))),
  ]

  @Test(arguments: stillMoreFreeText) func stillMoreFreeTextEnds(_ row: Row) { row.check() }

  static let stillMoreNumbers: [Row] = [
    row("drini paid 1,200 eur", pay(drini, 1200)),
    row("drini paid eur 1200", pay(drini, 1200)),
    row("vlora paid 750€", pay(vlora, 750)),
    row("drini paid 2.5k eur", pay(drini, 2500)),
    row("offer drini 300 m harris tweed at 23 euros net 60", offer(drini, line("TWD-HT", meters: 300, price: 23), terms: .net(days: 60))),
    row("offer vlora 40 yards duchess satin at 9.10", offer(vlora, line("SAT-DCH", meters: dec("36.576"), price: dec("9.10")))),
    row("offer drini 0.5 rolls harris tweed at 22", offer(drini, line("TWD-HT", meters: 25, price: 22))),
  ]

  @Test(arguments: stillMoreNumbers) func stillMoreNumbersAndUnits(_ row: Row) { row.check() }
}

// MARK: Counters and settings, with numbers and terms as typed

extension TypedFormsPhrasingTests {
  static let countersAsTyped: [Row] = [
    row("counter O-1 7pct", counter(by: .us, TermsChange(discountPercent: 7))),
    row("drini wants 7pct", counter(by: .client, TermsChange(discountPercent: 7))),
    row("drini wants 9 percent", counter(by: .client, TermsChange(discountPercent: 9))),
    row("counter O-1 6pct net45", counter(by: .us, TermsChange(discountPercent: 6, paymentTerms: .net(days: 45)))),
    row("counter O-1 2/10 net 30", earlyRefused("2/10")),
    row("set default terms 2/10 net 30", earlyRefused("2/10")),
  ]

  @Test(arguments: countersAsTyped) func countersWithTypedNumbers(_ row: Row) { row.check() }
}

// MARK: A day named twice, or by its week

extension TypedFormsPhrasingTests {
  static let daysNamedTwice: [Row] = [
    row("follow up drini thu 3/12: samples", follow(drini, at(2026, 12, 3), "samples")),
    row("remind me friday, 4 dec to call vlora", follow(vlora, at(2026, 12, 4), "call vlora")),
    row("follow up drini wed next week", follow(drini, at(2026, 12, 9), "follow up")),
    row("call vlora next week on friday at 10", follow(vlora, at(2026, 12, 11, 10), time: true, "call vlora")),
    row("snooze F-1 to mon next week", snooze(at(2026, 12, 7))),
    row("offer drini 5% on duchess satin valid till fri next week", offer(drini, pct(5, on: satin), until: endOf(2026, 12, 11))),
    row("follow up drini thu 20/1: samples", fails("Thu and 20/1 are different days.", nil)),
    row("snooze F-1 to friday 3/12", fails("Friday and 3/12 are different days.", nil)),
  ]

  @Test(arguments: daysNamedTwice) func daysNamedTwiceOrByTheirWeek(_ row: Row) { row.check() }
}

// MARK: Notes, calls and meetings dated when they happened

extension TypedFormsPhrasingTests {
  static func logged(_ client: String, _ text: String, kind: NoteKind = .meeting, on day: Date?) -> Expected {
    .intent(.command(.addNote(NewNote(client: client, kind: kind, text: text, at: day))))
  }

  static let notesDated: [Row] = [
    row("met drini yesterday: showed the tweed", logged(drini, "showed the tweed", on: at(2026, 11, 29))),
    row("log meeting with vlora on 27/11: new collection", logged(vlora, "new collection", on: at(2026, 11, 27))),
    // Typed on Monday 30 Nov, "friday" in a note is last Friday, 27 Nov.
    row("met vlora friday: wants satin", logged(vlora, "wants satin", on: at(2026, 11, 27))),
    row("met vlora last friday: wants satin", logged(vlora, "wants satin", on: at(2026, 11, 27))),
    row("log call with drini last thu: will pay", logged(drini, "will pay", kind: .call, on: at(2026, 11, 26))),
    // A day still ahead is read, for the desk to say it has not happened yet.
    row("met vlora 4/12: wants satin", logged(vlora, "wants satin", on: at(2026, 12, 4))),
    row("log call with drini yesterday at 16:45: will pay friday", logged(drini, "will pay friday", kind: .call, on: at(2026, 11, 29, 16, 45))),
    row("met drini yesterday showed the tweed", logged(drini, "showed the tweed", on: at(2026, 11, 29))),
    row("note drini today: prefers whatsapp", logged(drini, "prefers whatsapp", kind: .note, on: at(2026, 11, 30))),
    row("met drini: showed the tweed yesterday", logged(drini, "showed the tweed yesterday", on: nil)),
    row("met drini 31/11: showed the tweed", fails("There is no 31 November.", nil)),
  ]

  @Test(arguments: notesDated) func notesDatedWhenTheyHappened(_ row: Row) { row.check() }
}

// MARK: Holds and swatches to a day

extension TypedFormsPhrasingTests {
  /// A client whose name is a weekday stays a client after "to".
  static let sundayDesk: Desk = {
    var desk = TradeDesk.desk
    desk.apply(.clientAdded(Client(id: "CL-3", name: "Sunday Textiles", city: "Durrës", addedAt: TradeDesk.now)))
    return desk
  }()

  static let holdsAndSwatches: [Row] = [
    row("extend hold R-1 to 20/12", .intent(.command(.extendHold(reservation: "R-1", days: 13)))),
    row("extend hold R-1 until 9/12", .intent(.command(.extendHold(reservation: "R-1", days: 2)))),
    Row("lend sample linen 220 to sunday textiles till friday", on: sundayDesk, lend("LIN-220", "CL-3", days: 4)),
    Row("lend sample linen 220 to sunday textiles", on: sundayDesk, lend("LIN-220", "CL-3", days: nil)),
  ]

  @Test(arguments: holdsAndSwatches) func holdsAndSwatchesToADay(_ row: Row) { row.check() }
}

extension TypedFormsPhrasingTests {
  static let holdsToABareDay: [Row] = [
    row("extend hold R-1 20/12", .intent(.command(.extendHold(reservation: "R-1", days: 13)))),
    row("extend hold R-1 by 3 days", .intent(.command(.extendHold(reservation: "R-1", days: 3)))),
    row("extend hold R-1 till oct 3", fails("3 Oct 2026 is past. Did you mean a later date?", "e.g. extend hold R-1 till friday")),
  ]

  @Test(arguments: holdsToABareDay) func holdsToABareDay(_ row: Row) { row.check() }
}
