import DealdeskCore
import Foundation
import Testing

@testable import DealdeskStore

/// The typed readers (offers, orders, payments, notes, follow-ups) must read exactly what JSONDecoder reads, or step aside: on
/// odd shapes, the desk read (or the refusal and its words) is the same as JSONDecoder's.
@Suite struct TapeReadableTests {
  typealias Envelope = DeskJSONReaderTests.Envelope

  /// One record of each kind read by type, with every field, as the store writes it.
  static func written() throws -> String {
    var desk = Desk()
    let at = Date(timeIntervalSince1970: 1_795_860_000)
    desk.apply(.clientAdded(Client(
      id: "CL-1", name: "Acme \"Textiles\"", status: .active, city: "Lyon", tags: ["linen"], creditLimit: 5000,
      paymentTerms: .net(days: 45), reliability: "B", contacts: [Contact(name: "Ana", phone: "+33 1", email: "ana@acme.example")],
      aliases: ["AT"], addedAt: at)))
    desk.apply(.clientTaxSet(client: "CL-1", tax: ClientTax(taxNumber: "K91234567B", address: "Rruga e Kavajës 5, Tiranë", vat: .export)))
    let terms = Terms(
      lines: [
        OfferLine(scope: .category("linen"), discountPercent: Decimal(string: "7.5")),
        OfferLine(scope: .product(sku: "P-1"), meters: 200, unitPrice: Decimal(string: "11.40")),
        OfferLine(scope: .all, discountPercent: 2),
      ], paymentTerms: .net(days: 60), leadTimeDays: 14)
    var offer = Offer(id: "O-1", number: 1, clientId: "CL-1", status: .lost, rounds: [Round(by: .us, terms: terms, at: at)], validUntil: at)
    offer.closedAt = at
    offer.closeReason = "price"
    offer.lostTo = "Rival \"Mills\""
    offer.approval = Approval(terms: Terms(lines: [], paymentTerms: .prepayment), by: "Mira", at: at)
    desk.apply(.offerMade(offer))
    desk.apply(.offerCountered(offer: "O-1", round: Round(by: .client, terms: Terms(lines: [], paymentTerms: .cashOnDelivery), at: at), status: nil))
    var line = OrderLine(
      sku: "P-1", meters: 200, listPrice: 12, discounts: [AppliedDiscount(source: .offer, percent: 5, reason: "offer O-1")],
      unitPrice: Decimal(string: "11.40") ?? 0, lot: "24-117")
    line.lineTotal = 2279  // as fixed when taken, even if it differs from a product worked out now
    var order = Order(id: "S-1", number: 1, clientId: "CL-1", offer: "O-1", status: .shipped, lines: [line], paymentTerms: .net(days: 30), createdAt: at)
    order.shippedAt = at
    // Never both on one order; here so every field is read and written (WriterFieldGuardTests).
    order.deliveredAt = at
    order.cancelledAt = at
    order.creditApproval = CreditApproval(by: "Mira", at: at, exposure: 5000, limit: 4000)
    desk.apply(.orderPlaced(order))
    desk.apply(.paymentReceived(Payment(id: "P-1", clientId: "CL-1", order: "S-1", amount: Decimal(string: "100.50") ?? 0, at: at)))
    desk.apply(.noteAdded(Note(id: "N-1", client: "CL-1", kind: .call, text: "wants swatches", at: at, durationMinutes: 12, followUps: ["F-1"])))
    var followUp = FollowUp(id: "F-1", client: "CL-1", due: at, dueHasTime: true, text: "send swatches", status: .done, createdAt: at, doneAt: at, snoozedFrom: at)
    followUp.missedDeadline = at
    followUp.assignee = "arben"
    followUp.from = "sofia"
    desk.apply(.followUpAdded(followUp))
    let bytes = try SnapshotFile.encode(desk: desk, seq: 3, version: 1)
    return String(decoding: bytes, as: UTF8.self)
  }

  func expectSameReading(_ text: String, _ comment: Comment) throws {
    let bytes = Array(text.utf8)
    let foundation = Result { try DeskJSON.decoder().decode(Envelope.self, from: Data(bytes)) }
    let ours = Result { try DeskJSONReader.decode(Envelope.self, from: bytes) }
    switch (foundation, ours) {
    case (.success(let a), .success(let b)):
      #expect(a == b, comment)
      #expect(try DeskJSON.encoder().encode(a.desk) == DeskJSON.encoder().encode(b.desk), comment)
    case (.failure(let a), .failure(let b)):
      #expect(CodingProblem.describe(a) == CodingProblem.describe(b), comment)
    default:
      Issue.record("one reader read it and the other refused it: \(comment)")
    }
  }

  @Test func theUsualShapeReadsAsJSONDecoderReadsIt() throws {
    let text = try Self.written()
    for field in ["\"approval\":{", "\"creditApproval\":{", "\"missedDeadline\"", "\"durationMinutes\":12", "\"lineTotal\":2279"] {
      #expect(text.contains(field), "\(field)")
    }
    try expectSameReading(text, "as written")
  }

  @Test(arguments: [
    // (what is replaced, by what)
    ("\"closeReason\":\"price\"", "\"closeReason\":null"),
    ("\"closeReason\":\"price\"", "\"closeReason\":7"),
    ("\"closeReason\":\"price\",", ""),
    ("\"clientId\":\"CL-1\"", "\"clientId\":\"CL-1\",\"extra\":[1,{\"a\":2}]"),
    ("\"clientId\":\"CL-1\"", "\"clientId\":\"CL-1\",\"clientId\":\"CL-2\""),
    ("\"clientId\":\"CL-1\"", "\"client\\u0049d\":\"CL-1\""),
    ("\"clientId\":\"CL-1\",", ""),
    ("\"number\":1", "\"number\":\"1\""),
    ("\"number\":1", "\"number\":1.0"),
    ("\"status\":\"lost\"", "\"status\":\"gone\""),
    ("\"by\":\"us\"", "\"by\":\"them\""),
    ("{\"category\":{\"_0\":\"linen\"}}", "{\"category\":{\"_0\":\"linen\"},\"all\":{}}"),
    ("{\"category\":{\"_0\":\"linen\"}}", "{\"category\":{\"_0\":\"linen\",\"x\":1}}"),
    ("{\"category\":{\"_0\":\"linen\"}}", "{\"category\":{}}"),
    ("{\"all\":{}}", "{\"all\":[]}"),
    ("{\"all\":{}}", "{\"all\":{\"x\":1}}"),
    ("{\"net\":{\"days\":60}}", "{\"net\":{\"days\":60,\"weeks\":2}}"),
    ("{\"net\":{\"days\":60}}", "{\"net\":{\"days\":\"60\"}}"),
    ("{\"net\":{\"days\":60}}", "null"),
    ("{\"prepayment\":{}}", "{\"prepayment\":{\"x\":1}}"),
    ("\"leadTimeDays\":14", "\"leadTimeDays\":14.5"),
    ("\"discountPercent\":7.5", "\"discountPercent\":7.50000000000000000001"),
    ("\"discountPercent\":7.5", "\"discountPercent\":\"7.5\""),
    ("\"validUntil\":\"2026-11-28T10:00:00Z\"", "\"validUntil\":\"2026-11-28 10:00\""),
    ("\"lineTotal\":2279", "\"lineTotal\":null"),
    ("\"lot\":\"24-117\"", "\"lot\":null"),
    ("\"source\":\"offer\"", "\"source\":\"gift\""),
    ("\"durationMinutes\":12", "\"durationMinutes\":12.5"),
    ("\"followUps\":[\"F-1\"]", "\"followUps\":[\"F-1\",2]"),
    ("\"followUps\":[\"F-1\"]", "\"followUps\":null"),
    ("\"dueHasTime\":true", "\"dueHasTime\":1"),
    ("\"amount\":100.5", "\"amount\":\"100.5\""),
    ("\"status\":\"shipped\"", "\"status\":\"lost\""),
    ("\"text\":\"wants swatches\"", "\"text\":\"wants \\u00e9 swatches\""),
    ("\"text\":\"wants swatches\"", "\"text\":\"wants é swatches\""),
  ] as [(String, String)])
  func oddShapesReadAsJSONDecoderReadsThem(change: (String, String)) throws {
    let text = try Self.written()
    #expect(text.contains(change.0), "the change must apply: \(change.0)")
    try expectSameReading(text.replacingOccurrences(of: change.0, with: change.1), "\(change.0) → \(change.1)")
  }
}
