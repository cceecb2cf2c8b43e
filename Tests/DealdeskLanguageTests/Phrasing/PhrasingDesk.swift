import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// The desk every phrasing row is read against: the sample desk's catalog and clients, a
/// client deliberately named like a category ("Linen House"), and one open offer to Acme.
/// Built from DealdeskCore values, so a row depends on nothing but the language.
enum PhrasingDesk {
  /// Monday 30 November 2026, 09:00 UTC: the clock every row is read at.
  static let now = Date(timeIntervalSince1970: 1_796_029_200)

  static let acme = "CL-1", bora = "CL-2", celik = "CL-3", atelier = "CL-4", nordic = "CL-5", linenHouse = "CL-6"
  /// Only on the ambiguous desk: a second client whose name starts "Acme".
  static let acmeHome = "CL-7"

  static let desk: Desk = {
    var desk = Desk(settings: Settings(currency: "EUR", discountLimit: 12, offerValidityDays: 14, defaultPaymentTerms: .net(days: 30)))
    for product in products { desk.apply(.productAdded(product)) }
    let clients: [(String, String, ClientStatus, String)] = [
      (acme, "Acme Textiles", .active, "Durrës"), (bora, "Bora Fabrics", .active, "Tirana"),
      (celik, "Çelik Tekstil", .active, "Istanbul"), (atelier, "Atelier Lumière", .active, "Lyon"),
      (nordic, "Nordic Workwear", .prospect, "Gothenburg"), (linenHouse, "Linen House", .active, "Leeds"),
    ]
    for (id, name, status, city) in clients {
      desk.apply(.clientAdded(Client(id: id, name: name, status: status, city: city, addedAt: now)))
    }
    let o1 = Terms(lines: [OfferLine(scope: .product(sku: "LIN-220"), meters: 500, unitPrice: dec("11.50"))])
    desk.apply(.offerMade(Offer(id: "O-1", number: 1, clientId: acme, rounds: [Round(by: .us, terms: o1, at: now)],
                                validUntil: now.addingTimeInterval(14 * 86_400))))
    // A closed offer: Bora has nothing open to accept or counter.
    let o2 = Terms(lines: [OfferLine(scope: .category("cotton"), discountPercent: 5)])
    desk.apply(.offerMade(Offer(id: "O-2", number: 2, clientId: bora, status: .accepted,
                                rounds: [Round(by: .us, terms: o2, at: now)], validUntil: now, closedAt: now)))
    return desk
  }()

  /// The same desk with "Acme Home" beside "Acme Textiles", so "Acme" alone fits two clients.
  static let ambiguousDesk: Desk = {
    var desk = PhrasingDesk.desk
    desk.apply(.clientAdded(Client(id: acmeHome, name: "Acme Home", city: "Durrës", addedAt: now)))
    return desk
  }()

  static let products: [Product] = [
    Product(sku: "LIN-220", name: "Linen 220", category: "linen", listPrice: dec("12.40"), cost: dec("7.90"), rollLength: 50),
    Product(sku: "LIN-180", name: "Linen 180", category: "linen", listPrice: dec("10.90"), cost: dec("6.80"), rollLength: 50),
    Product(sku: "LCO-5545", name: "Linen Cotton 55/45", category: "linen", listPrice: dec("8.60"), cost: dec("5.20"), rollLength: 60),
    Product(sku: "POP-WHT", name: "Poplin White", category: "cotton", listPrice: dec("6.90"), cost: dec("4.10"), rollLength: 100),
    Product(sku: "TWL-280", name: "Cotton Twill 280", category: "cotton", listPrice: dec("8.20"), cost: dec("5.05"), rollLength: 80),
    Product(sku: "CNV-380", name: "Canvas 380", category: "cotton", listPrice: dec("9.75"), cost: dec("6.10"), rollLength: 50),
    Product(sku: "JRS-180", name: "Cotton Jersey", category: "cotton", listPrice: dec("7.40"), cost: dec("4.60"), rollLength: 25),
    Product(sku: "SLK-H90", name: "Silk Habotai 90", category: "silk", listPrice: dec("18.50"), cost: dec("12.20"), rollLength: 40),
    Product(sku: "SLK-CDC", name: "Silk Crepe de Chine", category: "silk", listPrice: dec("24.90"), cost: dec("16.40"), rollLength: 40),
    Product(sku: "SAT-PLY", name: "Poly Satin", category: "silk", listPrice: dec("5.20"), cost: dec("2.90"), rollLength: 100),
    Product(sku: "WFL-300", name: "Wool Flannel", category: "wool", listPrice: dec("21.00"), cost: dec("14.30"), rollLength: 40),
    Product(sku: "WGB-260", name: "Wool Gabardine", category: "wool", listPrice: dec("19.40"), cost: dec("13.10"), rollLength: 40),
    Product(sku: "DNM-12", name: "Denim 12oz", category: "denim", listPrice: dec("9.30"), cost: dec("5.90"), rollLength: 60),
    Product(sku: "DNM-10S", name: "Stretch Denim 10oz", category: "denim", listPrice: dec("8.80"), cost: dec("5.60"), rollLength: 60),
    Product(sku: "PCT-6535", name: "Polycotton 65/35", category: "workwear", listPrice: dec("4.90"), cost: dec("3.05"), rollLength: 100),
    // No roll length on record: rolls of it cannot be converted.
    Product(sku: "MUS-100", name: "Muslin", category: "cotton", listPrice: dec("3.10")),
  ]

  static func context(_ desk: Desk = desk, client: String? = nil) -> ParseContext {
    ParseContext(desk: desk, names: NameIndex(desk: desk), contextClient: client, now: now)
  }
}

/// An exact decimal from its digits ("12.40"), never through a binary floating point.
func dec(_ text: String) -> Decimal {
  Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}

/// A moment in UTC: `at(2026, 12, 15, 23, 59, 59)`.
func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
  DeskDate.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    ?? .distantPast
}

/// The last second of a day: what "valid until 15 dec" means.
func endOf(_ year: Int, _ month: Int, _ day: Int) -> Date { at(year, month, day, 23, 59, 59) }

/// What a row expects a line to become.
enum Expected: Sendable {
  case intent(Intent)
  /// An error with exactly this message and suggestion.
  case error(String, suggestion: String?)
  /// An error offering exactly these candidates to choose from.
  case ambiguity([String])
  /// An error of any wording: for hostile input, where only "no crash, no guess" matters.
  case anyError
}

/// One line of a phrasing table: what the manager types, with which client in context, on
/// which desk, and what the desk must understand.
struct Row: Sendable, CustomTestStringConvertible {
  var line: String
  var client: String?
  var ambiguous: Bool
  var expected: Expected
  /// A desk of the row's own, for lines that need orders, follow-ups or notes on it.
  var desk: Desk?

  var testDescription: String {
    let shown = line.count > 60 ? String(line.prefix(57)) + "…" : line
    return client.map { "[\($0)] \(shown)" } ?? shown
  }

  init(_ line: String, client: String? = nil, ambiguous: Bool = false, on desk: Desk? = nil, _ expected: Expected) {
    self.line = line
    self.client = client
    self.ambiguous = ambiguous
    self.expected = expected
    self.desk = desk
  }

  /// Parses the line and compares the whole outcome: the full intent, or the error's words.
  func check(sourceLocation: SourceLocation = #_sourceLocation) {
    let context = PhrasingDesk.context(desk ?? (ambiguous ? PhrasingDesk.ambiguousDesk : PhrasingDesk.desk), client: client)
    let outcome = Result { () throws(ParseError) -> Understood in try Parser.parse(line, context: context) }
    switch (expected, outcome) {
    case (.intent(let intent), .success(let understood)):
      #expect(understood.intent == intent, sourceLocation: sourceLocation)
    case (.intent, .failure(let error)):
      Issue.record("expected an intent, got: \(error.message) \(error.suggestion ?? "")", sourceLocation: sourceLocation)
    case (.error(let message, let suggestion), .failure(let error)):
      #expect(error.message == message, sourceLocation: sourceLocation)
      #expect(error.suggestion == suggestion, sourceLocation: sourceLocation)
    case (.ambiguity(let candidates), .failure(let error)):
      #expect(error.ambiguity?.candidates == candidates, "\(error.message)", sourceLocation: sourceLocation)
    case (.anyError, .failure):
      break
    case (_, .success(let understood)):
      Issue.record("expected an error, got \(understood.intent)", sourceLocation: sourceLocation)
    }
  }
}

// Short builders, so a table row reads like the line it checks.

func offer(
  _ client: String, _ lines: OfferLine..., terms: PaymentTerms? = nil, lead: Int? = nil, days: Int? = nil,
  until: Date? = nil
) -> Expected {
  .intent(.command(.makeOffer(NewOffer(client: client, lines: lines, paymentTerms: terms, leadTimeDays: lead,
                                        validityDays: days, validUntil: until))))
}

/// A discount line: `pct(10, on: .category("linen"))`.
func pct(_ percent: Decimal, on scope: OfferScope) -> OfferLine {
  OfferLine(scope: scope, discountPercent: percent)
}

/// A quantity line at a net price, or with a discount.
func line(_ sku: String, meters: Decimal? = nil, price: Decimal? = nil, percent: Decimal? = nil) -> OfferLine {
  OfferLine(scope: .product(sku: sku), meters: meters, discountPercent: percent, unitPrice: price)
}

func counter(_ offer: String = "O-1", by: Party, _ change: TermsChange) -> Expected {
  .intent(.command(.counter(offer: offer, by: by, change: change)))
}

func accept(_ offer: String = "O-1", by: Party?) -> Expected { .intent(.command(.accept(offer: offer, by: by))) }

func decline(_ offer: String = "O-1", reason: String? = nil) -> Expected {
  .intent(.command(.decline(offer: offer, reason: reason)))
}

func ask(_ question: Question) -> Expected { .intent(.question(question)) }

func deskAction(_ action: DeskAction) -> Expected { .intent(.desk(action)) }

func settings(_ change: SettingsChange) -> Expected { .intent(.command(.changeSettings(change))) }

func fails(_ message: String, _ suggestion: String? = nil) -> Expected { .error(message, suggestion: suggestion) }
