import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Conditional and package asks and counters: the condition is a term of the package (a
/// quantity is the line's metres, a way of paying the payment terms), never dropped. On the
/// trade desk Drini has O-1 open (Duchess Satin 5%); Vlora has nothing open.
@Suite struct ConditionalPhrasingTests {
  static let drini = TradeDesk.drini, vlora = TradeDesk.vlora
  static let tweed = "TWD-HT", satin = "SAT-DCH", linen220 = "LIN-220"

  static func row(_ line: String, client: String? = nil, on desk: Desk = TradeDesk.desk, _ expected: Expected) -> Row {
    Row(line, client: client, on: desk, expected)
  }

  /// The trade desk with O-2 open for Vlora on the whole linen category, 10%.
  static let linenOffer: Desk = {
    var desk = TradeDesk.desk
    let terms = Terms(lines: [OfferLine(scope: .category("linen"), discountPercent: 10)])
    desk.apply(.offerMade(Offer(id: "O-2", number: 2, clientId: TradeDesk.vlora, rounds: [Round(by: .us, terms: terms, at: TradeDesk.now)],
                                validUntil: TradeDesk.now.addingTimeInterval(14 * 86_400))))
    return desk
  }()

  static func theirs(_ percent: Decimal? = nil, meters: Decimal? = nil, terms: PaymentTerms? = nil) -> Expected {
    counter(by: .client, TermsChange(discountPercent: percent, meters: meters, paymentTerms: terms))
  }

  static func ours(_ percent: Decimal? = nil, meters: Decimal? = nil, terms: PaymentTerms? = nil) -> Expected {
    counter(by: .us, TermsChange(discountPercent: percent, meters: meters, paymentTerms: terms))
  }

  static let clientAsks: [Row] = [
    row("drini wants 15% off the satin if they take 500m", theirs(15, meters: 500)),
    row("drini wants 15% if they take 500m", theirs(15, meters: 500)),
    row("drini asks 12% if they order 300m", theirs(12, meters: 300)),
    row("drini wants 10% but net 60", theirs(10, terms: .net(days: 60))),
    row("drini wants 10% if they pay upfront", theirs(10, terms: .prepayment)),
    row("drini wants 12% with prepayment", theirs(12, terms: .prepayment)),
    row("drini asking 11% provided they take 400m", theirs(11, meters: 400)),
    row("drini wants 9% on satin as long as they take 600m", theirs(9, meters: 600)),
    row("they want 15% if they take 500m", client: drini, theirs(15, meters: 500)),
    row("drini wants 14% if they buy 10 rolls", theirs(14, meters: 500)),
    row("drini wants 13% for a minimum of 400m", theirs(13, meters: 400)),
    row("drini would like 12% if they take at least 700m", theirs(12, meters: 700)),
    row("drini wants 10% if they pay in advance", theirs(10, terms: .prepayment)),
    row("drini asks 8% but they pay net 60", theirs(8, terms: .net(days: 60))),
    row("drini counters 12% if they take 500m, net 45", theirs(12, meters: 500, terms: .net(days: 45))),
    row("drini wants 15% if they take 10 rolls", theirs(15, meters: 500)),
    row("drini asking 10%, but net 60", theirs(10, terms: .net(days: 60))),
    row("they ask 13% provided that they pay in advance", client: drini, theirs(13, terms: .prepayment)),
  ]

  static let ourAnswers: [Row] = [
    row("we can do 10% but net 60", client: drini, ours(10, terms: .net(days: 60))),
    row("our answer is 11%, but prepaid", client: drini, ours(11, terms: .prepayment)),
    row("10% if they pay upfront", client: drini, ours(10, terms: .prepayment)),
    row("counter 10% if they pay upfront", client: drini, ours(10, terms: .prepayment)),
    row("counter drini 12% if they take 500m", ours(12, meters: 500)),
    row("we can do 8% if they take 1000m", client: drini, ours(8, meters: 1000)),
    row("12% but net 45", client: drini, ours(12, terms: .net(days: 45))),
    row("11% if prepaid", client: drini, ours(11, terms: .prepayment)),
    row("counter 10% only if they pay in advance", client: drini, ours(10, terms: .prepayment)),
    row("we can do 9% but they pay upfront", client: drini, ours(9, terms: .prepayment)),
    row("i can do 10% but net 60", client: drini, ours(10, terms: .net(days: 60))),
    row("we could do 11%, if they take 400m", client: drini, ours(11, meters: 400)),
    row("counter O-1 12% but net 30", ours(12, terms: .net(days: 30))),
    row("answer is 10% but prepaid", client: drini, ours(10, terms: .prepayment)),
    row("best we can do is 10% if they pay upfront", client: drini, ours(10, terms: .prepayment)),
    row("we go back with 12% but net 60", client: drini, ours(12, terms: .net(days: 60))),
    row("we can do 10% on drini if they take 500m", ours(10, meters: 500)),
    row("8% provided they order 3 rolls", client: drini, ours(8, meters: 150)),
    row("counter 9 percent but net 30", client: drini, ours(9, terms: .net(days: 30))),
    row("counter 11% if they commit to 800m", client: drini, ours(11, meters: 800)),
    row("we can do 10% if they pay up front", client: drini, ours(10, terms: .prepayment)),
  ]

  /// Conditions on a new offer, and on a client's first ask (which opens an offer from their side).
  static let packages: [Row] = [
    row("offer vlora 15% on duchess satin if they take 500m", offer(vlora, line(satin, meters: 500, percent: 15))),
    row("offer vlora 10% on harris tweed if they pay upfront", offer(vlora, pct(10, on: .product(sku: tweed)), terms: .prepayment)),
    row("offer drini 12% on wool flannel but net 60", offer(drini, pct(12, on: .product(sku: "WFL-300")), terms: .net(days: 60))),
    row("offer vlora 8% on linen 220 if they order 2 rolls", offer(vlora, line(linen220, meters: 100, percent: 8))),
    row("vlora wants 15% off duchess satin if they take 500m", tradeAsk(vlora, line(satin, meters: 500, percent: 15))),
    row("vlora asking 10% on harris tweed if they pay upfront", tradeAsk(vlora, pct(10, on: .product(sku: tweed)), terms: .prepayment)),
    row("vlora would like 8% on linen but net 60", tradeAsk(vlora, pct(8, on: .category("linen")), terms: .net(days: 60))),
    row("vlora wants harris tweed at 21 if they take 300m", tradeAsk(vlora, line(tweed, meters: 300, price: 21))),
    row("they want 9% on harris tweed if they take 200m", client: vlora, tradeAsk(vlora, line(tweed, meters: 200, percent: 9))),
  ]

  /// A condition the desk cannot write down is refused, naming it; two of one kind too.
  static let refused: [Row] = [
    row("drini wants 15% if they take more",
        fails("I can't read the condition \"if they take more\" as a term of the deal.",
              "Give it as a quantity or terms, e.g. 15% if they take 500m, 10% if they pay upfront")),
    row("drini wants 15% if they take 500m if they take 600m", fails("Two quantities in one move, 500 m and 600 m.")),
    row("drini wants 10% but net 60 but prepaid", fails("Two payment terms in one move, net 60 and prepayment.")),
    row("vlora wants 7%", fails("Vlora Home has no open offer.", "Make one, e.g. offer Vlora Home 10% on linen")),
    row("vlora asks 12% on everything if they take 1000m",
        fails("I read `vlora asks 12% on everything` but not `if they take 1000m`: a quantity needs one product, not a whole category.",
              "Name the fabric, e.g. 15% on linen 220 if they take 500m")),
    row("vlora wants 15% off the linen if they take 500m", on: linenOffer,
        fails("I can't read \"if they take 500m\" into O-2: it is on category linen 10% off, and a quantity needs the offer's one product line.",
              "Make a new offer for the fabric at that quantity, e.g. offer CLIENT 15% on linen 220 if they take 500m")),
    row("vlora wants 15% off the linen", on: linenOffer, counter("O-2", by: .client, TermsChange(discountPercent: 15))),
    row("vlora wants 15% off the linen but net 60", on: linenOffer,
        counter("O-2", by: .client, TermsChange(discountPercent: 15, paymentTerms: .net(days: 60)))),
    row("drini wants 12% if they like it", .anyError),
    row("10% if they pay upfront", .error("Which client?", suggestion: "Name one, e.g. counter Acme")),
  ]

  @Test(arguments: clientAsks) func aClientAsksWithACondition(_ row: Row) { row.check() }
  @Test(arguments: ourAnswers) func weAnswerWithACondition(_ row: Row) { row.check() }
  @Test(arguments: packages) func aPackageOffered(_ row: Row) { row.check() }
  @Test(arguments: refused) func aConditionNotReadIsRefused(_ row: Row) { row.check() }
}
