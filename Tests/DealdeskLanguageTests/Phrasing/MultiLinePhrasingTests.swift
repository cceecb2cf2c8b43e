import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Several lines in one command, each with its own terms, typed the way the trade desk's
/// managers type them (TradeDesk: Drini has O-1 open on satin, Vlora has no offer).
@Suite struct MultiLinePhrasingTests {
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora
  static let tweed = "TWD-HT", satin = "SAT-DCH", flannel = "WFL-300", linen220 = "LIN-220", linen180 = "LIN-180"
  static let poplin = "POP-WHT", twill = "TWL-280"

  static func row(_ line: String, client: String? = nil, on desk: Desk = TradeDesk.desk, _ expected: Expected) -> Row {
    Row(line, client: client, on: desk, expected)
  }

  /// The trade desk with O-2 open for Vlora: Duchess Satin 5% and Harris Tweed 4%, a line each.
  static let twoLines: Desk = {
    var desk = TradeDesk.desk
    let terms = Terms(lines: [OfferLine(scope: .product(sku: "SAT-DCH"), discountPercent: 5),
                              OfferLine(scope: .product(sku: "TWD-HT"), discountPercent: 4)])
    desk.apply(.offerMade(Offer(id: "O-2", number: 2, clientId: TradeDesk.vlora, rounds: [Round(by: .us, terms: terms, at: TradeDesk.now)],
                                validUntil: TradeDesk.now.addingTimeInterval(14 * 86_400))))
    return desk
  }()

  static let offers: [Row] = [
    row("offer drini 9% on duchess satin and 6% on harris tweed",
        offer(drini, pct(9, on: .product(sku: satin)), pct(6, on: .product(sku: tweed)))),
    row("offer vlora 100m harris tweed at 22.50 and 300m duchess satin 8% off",
        offer(vlora, line(tweed, meters: 100, price: dec("22.50")), line(satin, meters: 300, percent: 8))),
    row("offer drini 500m harris tweed 10% off, 200m duchess satin 5% off",
        offer(drini, line(tweed, meters: 500, percent: 10), line(satin, meters: 200, percent: 5))),
    row("quote vlora 200m linen 220 at 11.20, 150m poplin white at 6.40",
        offer(vlora, line(linen220, meters: 200, price: dec("11.20")), line(poplin, meters: 150, price: dec("6.40")))),
    row("offer vlora 8% on linen, 5% on cotton", offer(vlora, pct(8, on: .category("linen")), pct(5, on: .category("cotton")))),
    row("offer drini 10% off wool flannel + 7% off harris tweed",
        offer(drini, pct(10, on: .product(sku: flannel)), pct(7, on: .product(sku: tweed)))),
    row("offer vlora harris tweed 22.80 and wool flannel 19.90",
        offer(vlora, line(tweed, price: dec("22.80")), line(flannel, price: dec("19.90")))),
    row("offer drini 300m linen 180 at 9.80 + 200m linen 220 at 11.40, net 45",
        offer(drini, line(linen180, meters: 300, price: dec("9.80")), line(linen220, meters: 200, price: dec("11.40")),
              terms: .net(days: 45))),
    row("offer vlora 7% on duchess satin and 5% on harris tweed, valid 10 days",
        offer(vlora, pct(7, on: .product(sku: satin)), pct(5, on: .product(sku: tweed)), days: 10)),
    row("offer vlora 12% on linen 220 and 8% on linen 180 prepayment",
        offer(vlora, pct(12, on: .product(sku: linen220)), pct(8, on: .product(sku: linen180)), terms: .prepayment)),
    row("quote drini 400m cotton twill 280 at 7.10 and 5% on poplin white",
        offer(drini, line(twill, meters: 400, price: dec("7.10")), pct(5, on: .product(sku: poplin)))),
    row("offer vlora 250m wool flannel 6% off and 120m harris tweed 4% off net 60",
        offer(vlora, line(flannel, meters: 250, percent: 6), line(tweed, meters: 120, percent: 4), terms: .net(days: 60))),
    row("offer drini linen 220 10% and poplin white 5%",
        offer(drini, pct(10, on: .product(sku: linen220)), pct(5, on: .product(sku: poplin)))),
    row("offer vlora 10% on linen and cotton", offer(vlora, pct(10, on: .category("linen")), pct(10, on: .category("cotton")))),
    row("offer 9% on duchess satin and 6% on harris tweed", client: drini,
        offer(drini, pct(9, on: .product(sku: satin)), pct(6, on: .product(sku: tweed)))),
    row("offer them 100m harris tweed at 22.50 and 300m duchess satin 8% off", client: vlora,
        offer(vlora, line(tweed, meters: 100, price: dec("22.50")), line(satin, meters: 300, percent: 8))),
    row("quote vlora: 200m linen 220 @ 11.20 + 100m poplin white @ 6.40",
        offer(vlora, line(linen220, meters: 200, price: dec("11.20")), line(poplin, meters: 100, price: dec("6.40")))),
    row("offer vlora 300m duchess satin 8% off and 100m harris tweed at 22.50 lead time 14 days",
        offer(vlora, line(satin, meters: 300, percent: 8), line(tweed, meters: 100, price: dec("22.50")), lead: 14)),
    row("offer drini 2 rolls harris tweed 5% off and 3 rolls duchess satin 7% off",
        offer(drini, line(tweed, meters: 100, percent: 5), line(satin, meters: 150, percent: 7))),
    row("offer vlora 10% on wool and 4% on cotton twill 280",
        offer(vlora, pct(10, on: .category("wool")), pct(4, on: .product(sku: twill)))),
    row("offer drini 6 pct on harris tweed and 9 pct on duchess satin",
        offer(drini, pct(6, on: .product(sku: tweed)), pct(9, on: .product(sku: satin)))),
    row("offer drini: harris tweed 22.50, wool flannel 19.80, duchess satin 8.90",
        offer(drini, line(tweed, price: dec("22.50")), line(flannel, price: dec("19.80")), line(satin, price: dec("8.90")))),
    row("offer vlora 5% on linen 220, 7% on linen 180, 9% on poplin white",
        offer(vlora, pct(5, on: .product(sku: linen220)), pct(7, on: .product(sku: linen180)), pct(9, on: .product(sku: poplin)))),
    // A line left without terms after lines that took theirs is asked about, never given them.
    row("offer vlora 500m linen 220 10% off, 200m poplin white",
        fails("200 m Poplin White has no discount or price of its own, and the discount before it was read for 500 m Linen 220 10% off.",
              "Give it one (200 m Poplin White 0% off, or at a price), or one discount for every line at the end after a comma: …, 8% off")),
    row("offer vlora 100m harris tweed at 22.50 8% off",
        fails("I read 8% but not which line it is for: every line has its own discount or price.",
              "Put it on a line, e.g. offer Acme 500m linen 220 10% off, 200m poplin 5% off")),
    row("offer vlora 9% 6% on harris tweed", .anyError),
  ]

  static let orders: [Row] = [
    row("new order for vlora: 80m duchess satin + 40m harris tweed",
        .intent(.command(.order(client: vlora, offer: nil, items: [OrderItem(sku: satin, meters: 80), OrderItem(sku: tweed, meters: 40)])))),
    row("vlora orders 80m duchess satin and 40m harris tweed",
        .intent(.command(.order(client: vlora, offer: nil, items: [OrderItem(sku: satin, meters: 80), OrderItem(sku: tweed, meters: 40)])))),
    row("order 200m linen 220, 100m poplin white for drini",
        .intent(.command(.order(client: drini, offer: nil, items: [OrderItem(sku: linen220, meters: 200), OrderItem(sku: poplin, meters: 100)])))),
    row("drini orders 3 rolls duchess satin + 2 rolls harris tweed",
        .intent(.command(.order(client: drini, offer: nil, items: [OrderItem(sku: satin, meters: 150), OrderItem(sku: tweed, meters: 100)])))),
    row("order for vlora 120m wool flannel plus 60m harris tweed",
        .intent(.command(.order(client: vlora, offer: nil, items: [OrderItem(sku: flannel, meters: 120), OrderItem(sku: tweed, meters: 60)])))),
    row("book 300m linen 180 and 50m cotton twill 280 for drini",
        .intent(.command(.order(client: drini, offer: nil, items: [OrderItem(sku: linen180, meters: 300), OrderItem(sku: twill, meters: 50)])))),
    row("new order drini 100m harris tweed, 100m wool flannel, 100m duchess satin",
        .intent(.command(.order(client: drini, offer: nil, items: [
          OrderItem(sku: tweed, meters: 100), OrderItem(sku: flannel, meters: 100), OrderItem(sku: satin, meters: 100),
        ])))),
    row("vlora orders 100m linen 220 + 100m linen 180 + 100m cotton twill 280",
        .intent(.command(.order(client: vlora, offer: nil, items: [
          OrderItem(sku: linen220, meters: 100), OrderItem(sku: linen180, meters: 100), OrderItem(sku: twill, meters: 100),
        ])))),
    row("they order 50m harris tweed and 50m wool flannel", client: vlora,
        .intent(.command(.order(client: vlora, offer: nil, items: [OrderItem(sku: tweed, meters: 50), OrderItem(sku: flannel, meters: 50)])))),
    row("vlora orders 2 rolls harris tweed and 100m duchess satin",
        .intent(.command(.order(client: vlora, offer: nil, items: [OrderItem(sku: tweed, meters: 100), OrderItem(sku: satin, meters: 100)])))),
    row("order 80m duchess satin + harris tweed for vlora", fails("How much Harris Tweed?", "e.g. order 300m poplin for Acme")),
  ]

  static let holds: [Row] = [
    row("reserve 100m wool flannel + 80m harris tweed for vlora",
        .intent(.command(.reserveLines(client: vlora, items: [OrderItem(sku: flannel, meters: 100), OrderItem(sku: tweed, meters: 80)])))),
    row("reserve 100m wool flannel and 80m harris tweed for vlora",
        .intent(.command(.reserveLines(client: vlora, items: [OrderItem(sku: flannel, meters: 100), OrderItem(sku: tweed, meters: 80)])))),
    row("hold 50m duchess satin, 40m linen 220 for drini",
        .intent(.command(.reserveLines(client: drini, items: [OrderItem(sku: satin, meters: 50), OrderItem(sku: linen220, meters: 40)])))),
    row("reserve for vlora 2 rolls harris tweed + 1 roll wool flannel",
        .intent(.command(.reserveLines(client: vlora, items: [OrderItem(sku: tweed, meters: 100), OrderItem(sku: flannel, meters: 40)])))),
    row("reserve 60m linen 220 + 60m linen 180 + 60m poplin white for drini",
        .intent(.command(.reserveLines(client: drini, items: [
          OrderItem(sku: linen220, meters: 60), OrderItem(sku: linen180, meters: 60), OrderItem(sku: poplin, meters: 60),
        ])))),
    row("put aside 30m harris tweed and 30m wool flannel", client: vlora,
        .intent(.command(.reserveLines(client: vlora, items: [OrderItem(sku: tweed, meters: 30), OrderItem(sku: flannel, meters: 30)])))),
    row("reserve 3 rolls duchess satin + 1 roll harris tweed for drini",
        .intent(.command(.reserveLines(client: drini, items: [OrderItem(sku: satin, meters: 150), OrderItem(sku: tweed, meters: 50)])))),
    row("reserve 100m wool flannel for vlora", .intent(.command(.reserve(client: vlora, sku: flannel, meters: 100)))),
    row("reserve 100m wool flannel + 80m harris tweed for vlora across lots",
        fails("Across lots or with the rest requested, reserve one fabric per line.", "e.g. reserve 200m linen 220 for Acme across lots")),
    row("reserve 100m wool flannel + harris tweed for vlora", .anyError),
  ]

  /// A client's ask with nothing open opens an offer from their side, each line its own terms.
  static let asks: [Row] = [
    row("vlora wants 7% on duchess satin and 5% on harris tweed",
        tradeAsk(vlora, pct(7, on: .product(sku: satin)), pct(5, on: .product(sku: tweed)))),
    row("vlora asking 10% on linen 220 and 6% on poplin white, net 60",
        tradeAsk(vlora, pct(10, on: .product(sku: linen220)), pct(6, on: .product(sku: poplin)), terms: .net(days: 60))),
    row("vlora wants harris tweed at 21.50 and wool flannel at 18.90",
        tradeAsk(vlora, line(tweed, price: dec("21.50")), line(flannel, price: dec("18.90")))),
    row("vlora asks for 8% on duchess satin + 4% on harris tweed",
        tradeAsk(vlora, pct(8, on: .product(sku: satin)), pct(4, on: .product(sku: tweed)))),
    row("they want 300m linen 220 at 10.90 and 200m linen 180 at 9.50", client: vlora,
        tradeAsk(vlora, line(linen220, meters: 300, price: dec("10.90")), line(linen180, meters: 200, price: dec("9.50")))),
    // A move on an open offer line by line: each fabric named changes its own line.
    row("counter vlora 9% on satin and 6% on harris tweed", on: twoLines,
        counter("O-2", by: .us, TermsChange(lines: [pct(9, on: .category("satin")), pct(6, on: .product(sku: tweed))]))),
    row("vlora wants 8% on duchess satin and 3% on harris tweed", on: twoLines,
        counter("O-2", by: .client, TermsChange(lines: [pct(8, on: .product(sku: satin)), pct(3, on: .product(sku: tweed))]))),
    row("we can do 7% on duchess satin and 4% on harris tweed, net 45", client: vlora, on: twoLines,
        counter("O-2", by: .us, TermsChange(paymentTerms: .net(days: 45),
                                            lines: [pct(7, on: .product(sku: satin)), pct(4, on: .product(sku: tweed))]))),
    row("counter O-2 6% on harris tweed, 8% on duchess satin", on: twoLines,
        counter("O-2", by: .us, TermsChange(lines: [pct(6, on: .product(sku: tweed)), pct(8, on: .product(sku: satin))]))),
    row("they want 10% on duchess satin and harris tweed at 22", client: vlora, on: twoLines,
        counter("O-2", by: .client, TermsChange(discountPercent: 10, unitPrice: 22))),
    row("vlora asks 9% on satin and 5% on harris tweed if they take 300m", on: twoLines,
        counter("O-2", by: .client, TermsChange(lines: [pct(9, on: .category("satin")), line(tweed, meters: 300, percent: 5)]))),
    row("counter drini 9% on satin and 6% on harris tweed",
        counter(by: .us, TermsChange(lines: [pct(9, on: .category("satin")), pct(6, on: .product(sku: tweed))]))),
    row("counter drini 9% 6%",
        fails("Two discounts, 9% and 6%, for the same lines.", "Give each line one discount.")),
    row("drini wants 8% on harris tweed",
        fails("O-1 does not cover Harris Tweed.", "A counter changes the terms of O-1 as they stand; make a new offer for other fabrics.")),
  ]

  @Test(arguments: offers) func anOfferOfSeveralLines(_ row: Row) { row.check() }
  @Test(arguments: orders) func anOrderOfSeveralLines(_ row: Row) { row.check() }
  @Test(arguments: holds) func severalHoldsInOneLine(_ row: Row) { row.check() }
  @Test(arguments: asks) func aClientAsksLineByLine(_ row: Row) { row.check() }
}

/// A client's first ask, an offer opened from their side.
func tradeAsk(_ client: String, _ lines: OfferLine..., terms: PaymentTerms? = nil) -> Expected {
  .intent(.command(.makeOffer(NewOffer(client: client, lines: lines, paymentTerms: terms, by: .client))))
}
