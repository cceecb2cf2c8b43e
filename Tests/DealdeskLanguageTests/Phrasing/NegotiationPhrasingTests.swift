import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// The moves after the first offer, with the client named, in context, or a pronoun. O-1 is
/// Acme's open offer: 500 m of Linen 220 (50 m rolls) at 11.50.
@Suite struct NegotiationPhrasingTests {
  static let acme = PhrasingDesk.acme

  static let clientAsks: [Row] = [
    Row("Acme wants 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme counters 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("acme counters 15 percent", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("ACME WANTS 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme Textiles wants 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acmee wants 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme wants fifteen percent", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme wants 15% off", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme wants 15 pct", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme wants a 15% discount", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme wants a discount of 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme is asking for 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme asks 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme would like 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme requests 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme demands 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme proposes 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme counters with 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme countered 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme countered with 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme came back with 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme comes back with 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme wanted 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme also wants 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme now wants 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme wants 15% on O-1", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme asks for net 60", counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("Acme asked for net 60", counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("Acme wants 60 days", counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("Acme wants net 60 days", counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("Acme wants cash on delivery", counter(by: .client, TermsChange(paymentTerms: .cashOnDelivery))),
    Row("Acme wants net 60 and 15%", counter(by: .client, TermsChange(discountPercent: 15, paymentTerms: .net(days: 60)))),
    Row("Acme wants 15%, net 60", counter(by: .client, TermsChange(discountPercent: 15, paymentTerms: .net(days: 60)))),
    Row("Acme wants delivery in 2 weeks", counter(by: .client, TermsChange(leadTimeDays: 14))),
    Row("Acme wants lead time 10 days", counter(by: .client, TermsChange(leadTimeDays: 10))),
    Row("Acme wants 11.20", counter(by: .client, TermsChange(unitPrice: dec("11.20")))),
    Row("Acme wants 11,20", counter(by: .client, TermsChange(unitPrice: dec("11.20")))),
    Row("Acme wants 11.20/m", counter(by: .client, TermsChange(unitPrice: dec("11.20")))),
    Row("Acme wants €11", counter(by: .client, TermsChange(unitPrice: 11))),
    Row("Acme wants 11.20 eur", counter(by: .client, TermsChange(unitPrice: dec("11.20")))),
    Row("Acme wants 11.20 per metre", counter(by: .client, TermsChange(unitPrice: dec("11.20")))),
    Row("Acme wants 1000m", counter(by: .client, TermsChange(meters: 1000))),
    Row("Acme wants 1,000 metres", counter(by: .client, TermsChange(meters: 1000))),
    Row("Acme wants 1k m", counter(by: .client, TermsChange(meters: 1000))),
    Row("Acme wants 20 rolls", counter(by: .client, TermsChange(meters: 1000))),
    Row("Acme wants twenty rolls", counter(by: .client, TermsChange(meters: 1000))),
    Row("Acme wants 300 yd", counter(by: .client, TermsChange(meters: dec("274.32")))),
    Row("Acme wants 300 yards at 11.20", counter(by: .client, TermsChange(unitPrice: dec("11.20"), meters: dec("274.32")))),
    Row("Acme wants 15% on linen", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme wants 15% on linen 220", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme wants 15% on LIN-220", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme wants 15% on everything", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme asking for 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row(
      "Acme wants 15% on silk",
      fails("O-1 does not cover silk.", "A counter changes the terms of O-1 as they stand; make a new offer for other fabrics.")),
    Row(
      "Acme wants 15% on poplin",
      fails("O-1 does not cover Poplin White.", "A counter changes the terms of O-1 as they stand; make a new offer for other fabrics.")),
    Row("Acme wants 11.20 usd", fails("This desk works in EUR, not USD.", "Give the amount in EUR.")),
    Row("Acme wants 15", fails("15 what? A percent (15%), a price per metre (15.00) or a quantity (15m)?")),
    Row("Bora wants 15%", fails("Bora Fabrics has no open offer.", "Their offers: O-2 accepted. Make a new one, e.g. offer Bora Fabrics 10% on linen")),
    Row("Nordic wants 15%", fails("Nordic Workwear has no open offer.", "Make one, e.g. offer Nordic Workwear 10% on linen")),
  ]

  static let ourCounters: [Row] = [
    Row("counter 12%", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("Counter 12 %", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter twelve percent", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter with 12%", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter at 12%", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter 12% off", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter 12%, please", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter net 45", client: acme, counter(by: .us, TermsChange(paymentTerms: .net(days: 45)))),
    Row("counter 12% net 45", client: acme, counter(by: .us, TermsChange(discountPercent: 12, paymentTerms: .net(days: 45)))),
    Row("counter 11.80", client: acme, counter(by: .us, TermsChange(unitPrice: dec("11.80")))),
    Row("counter at 11.80", client: acme, counter(by: .us, TermsChange(unitPrice: dec("11.80")))),
    Row("counter 20 rolls", client: acme, counter(by: .us, TermsChange(meters: 1000))),
    Row("counter 800m at 11.80", client: acme, counter(by: .us, TermsChange(unitPrice: dec("11.80"), meters: 800))),
    Row("counter 12% with prepayment", client: acme, counter(by: .us, TermsChange(discountPercent: 12, paymentTerms: .prepayment))),
    Row("counter 12% on linen", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter 12% on linen 220", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter Linen House 12%", fails("Linen House has no open offer.", "Make one, e.g. offer Linen House 10% on linen")),
    Row("counter Acme 12%", counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter Acme 12% with prepayment", counter(by: .us, TermsChange(discountPercent: 12, paymentTerms: .prepayment))),
    Row("counter 12% to Acme", counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter O-1 11.20", counter(by: .us, TermsChange(unitPrice: dec("11.20")))),
    Row("counter o-1 12%", counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter #1 12%", counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter O-1 at 11.20", counter(by: .us, TermsChange(unitPrice: dec("11.20")))),
    Row("counter offer O-1 12%", counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counteroffer Acme 12%", counter(by: .us, TermsChange(discountPercent: 12))),
    Row("revise O-1 12%", counter(by: .us, TermsChange(discountPercent: 12))),
    Row("improve the offer to Acme to 12%", counter(by: .us, TermsChange(discountPercent: 12))),
    Row("counter 12%", client: PhrasingDesk.bora, fails("Bora Fabrics has no open offer.", "Their offers: O-2 accepted. Make a new one, e.g. offer Bora Fabrics 10% on linen")),
    Row("counter 12%", fails("Which client?", "Name one, e.g. counter Acme")),
    Row("counter O-9 12%", fails("There is no offer O-9.", "`offers` lists them.")),
    Row("counter 12", client: acme, fails("12 what? A percent (12%), a price per metre (12.00) or a quantity (12m)?")),
    Row("counter 5,000", client: acme, fails("5000 what? A percent (5000%), a price per metre (5000.00) or a quantity (5000m)?")),
  ]

  /// Pronouns and the client in context.
  static let pronouns: [Row] = [
    Row("they want 14%", client: acme, counter(by: .client, TermsChange(discountPercent: 14))),
    Row("They want 14%", client: acme, counter(by: .client, TermsChange(discountPercent: 14))),
    Row("they counter 14%", client: acme, counter(by: .client, TermsChange(discountPercent: 14))),
    Row("they ask for net 60", client: acme, counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("they came back with 14%", client: acme, counter(by: .client, TermsChange(discountPercent: 14))),
    Row("the client wants 14%", client: acme, counter(by: .client, TermsChange(discountPercent: 14))),
    Row("client wants 14%", client: acme, counter(by: .client, TermsChange(discountPercent: 14))),
    Row("he wants 14%", client: acme, counter(by: .client, TermsChange(discountPercent: 14))),
    Row("she asks for 14%", client: acme, counter(by: .client, TermsChange(discountPercent: 14))),
    Row("the customer wants 14%", client: acme, counter(by: .client, TermsChange(discountPercent: 14))),
    Row("they accept", client: acme, accept(by: .client)),
    Row("They accepted.", client: acme, accept(by: .client)),
    Row("they agree", client: acme, accept(by: .client)),
    Row("they said yes", client: acme, accept(by: .client)),
    Row("they say yes", client: acme, accept(by: .client)),
    Row("they take it", client: acme, accept(by: .client)),
    Row("they signed", client: acme, accept(by: .client)),
    Row("the client accepts", client: acme, accept(by: .client)),
    Row("they decline", client: acme, decline()),
    Row("they said no", client: acme, decline()),
    Row("they pass", client: acme, decline()),
    Row("they decline: too expensive", client: acme, decline(reason: "too expensive")),
    Row("they're asking for 15%", client: acme, counter(by: .client, TermsChange(discountPercent: 15))),
    Row("they’re asking for 15%", client: acme, counter(by: .client, TermsChange(discountPercent: 15))),
    Row("they turned it down", client: acme, decline()),
    Row("they accept", client: PhrasingDesk.bora, fails("Bora Fabrics has no open offer.", "Their offers: O-2 accepted. Make a new one, e.g. offer Bora Fabrics 10% on linen")),
    Row("they want 14%", fails("Who are \"they\"? No client is in context.", "Name the client, e.g. Acme accepts")),
    Row("they accept", fails("Who are \"they\"? No client is in context.", "Name the client, e.g. Acme accepts")),
    Row("Acme accepts", client: PhrasingDesk.bora, accept(by: .client)),
  ]

  static let accepting: [Row] = [
    Row("Acme accepts", accept(by: .client)),
    Row("acme accepts.", accept(by: .client)),
    Row("Acme accepted", accept(by: .client)),
    Row("Acme agrees", accept(by: .client)),
    Row("Acme agreed", accept(by: .client)),
    Row("Acme says yes", accept(by: .client)),
    Row("Acme said yes", accept(by: .client)),
    Row("Acme takes it", accept(by: .client)),
    Row("Acme signed", accept(by: .client)),
    Row("Acme accepts the offer", accept(by: .client)),
    Row("Acme accepts O-1", accept(by: .client)),
    Row("Acme Textiles accepts!", accept(by: .client)),
    Row("accept O-1", accept(by: nil)),
    Row("accept o-1", accept(by: nil)),
    Row("accept #1", accept(by: nil)),
    Row("accept offer 1", accept(by: nil)),
    Row("accept the offer for Acme", accept(by: nil)),
    Row("accept Acme", accept(by: nil)),
    Row("accept", client: acme, accept(by: nil)),
    Row("accept it", client: acme, accept(by: nil)),
    Row("Acme accepts our offer", accept(by: .client)),
    Row("deal", client: acme, accept(by: nil)),
    Row("agreed", client: acme, accept(by: nil)),
    Row("accept O-2", accept("O-2", by: nil)),
    Row("accept", fails("Which client?", "Name one, e.g. accept Acme")),
    Row("accept O-9", fails("There is no offer O-9.", "`offers` lists them.")),
    Row("Bora accepts", fails("Bora Fabrics has no open offer.", "Their offers: O-2 accepted. Make a new one, e.g. offer Bora Fabrics 10% on linen")),
  ]

  static let declining: [Row] = [
    Row("Acme declines: price too high", decline(reason: "price too high")),
    Row("Acme declines because price too high", decline(reason: "price too high")),
    Row("Acme declines, price too high", decline(reason: "price too high")),
    Row("Acme declines - price too high", decline(reason: "price too high")),
    Row("Acme declined the offer because the price is too high", decline(reason: "the price is too high")),
    Row("Acme rejects the offer: too expensive", decline(reason: "too expensive")),
    Row("Acme declines: went with Tekstil Plus", decline(reason: "went with Tekstil Plus")),
    Row("Acme declines: Çelik was cheaper", decline(reason: "Çelik was cheaper")),
    Row("Acme declines", decline()),
    Row("Acme says no", decline()),
    Row("Acme passes", decline()),
    Row("Acme turned it down", decline()),
    Row("Acme turned down the offer: too expensive", decline(reason: "too expensive")),
    Row("decline it", client: acme, decline()),
    Row("decline O-1", decline()),
    Row("decline O-1 price too high", decline(reason: "price too high")),
    Row("decline O-1: price too high", decline(reason: "price too high")),
    Row("decline", client: acme, decline()),
    Row("decline: no", client: acme, decline(reason: "no")),
    Row("Acme declines: no budget", decline(reason: "no budget")),
    Row("decline: no budget this season", client: acme, decline(reason: "no budget this season")),
    Row("decline", fails("Which client?", "Name one, e.g. decline Acme")),
  ]

  static let withdrawing: [Row] = [
    Row("withdraw O-1", .intent(.command(.withdraw(offer: "O-1")))),
    Row("withdraw o-1", .intent(.command(.withdraw(offer: "O-1")))),
    Row("withdraw #1", .intent(.command(.withdraw(offer: "O-1")))),
    Row("withdraw offer 1", .intent(.command(.withdraw(offer: "O-1")))),
    Row("withdraw the offer to Acme", .intent(.command(.withdraw(offer: "O-1")))),
    Row("withdraw Acme", .intent(.command(.withdraw(offer: "O-1")))),
    Row("withdraw", client: acme, .intent(.command(.withdraw(offer: "O-1")))),
    Row("withdraw it", client: acme, .intent(.command(.withdraw(offer: "O-1")))),
    Row("withdraw our offer to Acme", .intent(.command(.withdraw(offer: "O-1")))),
    Row("withdraw the offer", client: acme, .intent(.command(.withdraw(offer: "O-1")))),
    Row("retract O-1", .intent(.command(.withdraw(offer: "O-1")))),
    Row("pull the offer", client: acme, .intent(.command(.withdraw(offer: "O-1")))),
    Row("cancel offer O-1", .intent(.command(.withdraw(offer: "O-1")))),
    Row("cancel the offer to Acme", .intent(.command(.withdraw(offer: "O-1")))),
    Row("withdraw O-9", fails("There is no offer O-9.", "`offers` lists them.")),
    Row("withdraw", fails("Which client?", "Name one, e.g. withdraw Acme")),
  ]

  /// How a call actually sounds: contractions, "we" and "let's", the deal closed or walked away from.
  static let spoken: [Row] = [
    Row("they'd like 15%", client: acme, counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme came back asking for 15%", counter(by: .client, TermsChange(discountPercent: 15))),
    Row("Acme insists on net 60", counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("Acme wants it at 11.00", counter(by: .client, TermsChange(unitPrice: 11))),
    Row("Acme wants to pay in 60 days", counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("they want to pay net 60", client: acme, counter(by: .client, TermsChange(paymentTerms: .net(days: 60)))),
    Row("they'd like to pay in 45 days", client: acme, counter(by: .client, TermsChange(paymentTerms: .net(days: 45)))),
    Row("we counter with 12%", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("let's counter 12%", client: acme, counter(by: .us, TermsChange(discountPercent: 12))),
    Row("we can counter at 11.20", client: acme, counter(by: .us, TermsChange(unitPrice: dec("11.20")))),
    Row("let's offer Bora 10% on linen", offer(PhrasingDesk.bora, pct(10, on: .category("linen")))),
    // Vague assent is not read as acceptance (BadInputPhrasingTests keeps "Acme is fine with it").
    Row("they're happy with it", client: acme, fails("I don't know \"they're\".", "Type help to see what the desk understands.")),
    Row("O-1 won", accept(by: .client)),
    Row("it's a deal", client: acme, accept(by: nil)),
    Row("we have a deal", client: acme, accept(by: nil)),
    Row("we accept", client: acme, accept(by: nil)),
    Row("they're not interested", client: acme, decline()),
    Row("Acme walked away: too expensive", decline(reason: "too expensive")),
    Row("they pulled out", client: acme, decline()),
    // Nothing the desk can write down: asked, not sent to the negotiation as an empty round.
    Row("they like it", client: acme, fails("What do they want?", "e.g. Acme wants 15%, Acme asks for net 60; or, if they agree, Acme accepts")),
    Row("Acme wants", fails("What do they want?", "e.g. Acme wants 15%, Acme asks for net 60; or, if they agree, Acme accepts")),
    Row("we", client: acme, fails("I don't know the command \"we\".", "Did you mean we came back with or we have a deal?")),
    Row("we think so", client: acme, fails("I don't know the command \"we\".", "Did you mean we came back with or we have a deal?")),
  ]

  /// The controls around a negotiation, in the words managers use for them.
  static let controls: [Row] = [
    Row("approve the offer for Acme", .intent(.command(.approve(offer: "O-1", by: nil)))),
    Row("O-1 approved", .intent(.command(.approve(offer: "O-1", by: nil)))),
    Row("O-1 is approved by Maria", .intent(.command(.approve(offer: "O-1", by: "Maria")))),
    Row("offer 1 signed off by Maria", .intent(.command(.approve(offer: "O-1", by: "Maria")))),
    Row("extend O-1 a week", .intent(.command(.extend(offer: "O-1", days: 7, until: nil)))),
    Row("extend the offer for Acme by a week", .intent(.command(.extend(offer: "O-1", days: 7, until: nil)))),
    Row("extend by a week", client: acme, .intent(.command(.extend(offer: "O-1", days: 7, until: nil)))),
    Row("what's changed", client: acme, ask(.diff(offer: "O-1", from: nil, to: nil))),
    Row("what has changed on O-1", ask(.diff(offer: "O-1", from: nil, to: nil))),
  ]

  @Test(arguments: spoken) func howACallSounds(_ row: Row) { row.check() }
  @Test(arguments: controls) func theControlsInWords(_ row: Row) { row.check() }
  @Test(arguments: clientAsks) func theClientAsks(_ row: Row) { row.check() }
  @Test(arguments: ourCounters) func weCounter(_ row: Row) { row.check() }
  @Test(arguments: pronouns) func pronounsMeanTheClientInContext(_ row: Row) { row.check() }
  @Test(arguments: accepting) func anOfferIsAccepted(_ row: Row) { row.check() }
  @Test(arguments: declining) func anOfferIsDeclined(_ row: Row) { row.check() }
  @Test(arguments: withdrawing) func anOfferIsWithdrawn(_ row: Row) { row.check() }

  /// A move on an offer puts the offer's client in context, whoever was there before.
  @Test func aMoveOnAnOfferPutsItsClientInContext() throws {
    let understood = try Parser.parse("accept O-1", context: PhrasingDesk.context(client: PhrasingDesk.bora))
    #expect(understood.client == PhrasingDesk.acme)
    let pronoun = try Parser.parse("they want 14%", context: PhrasingDesk.context(client: PhrasingDesk.acme))
    #expect(pronoun.client == PhrasingDesk.acme)
  }
}
