import DealdeskCore
import Foundation
import Testing

@testable import DealdeskStore

/// The store's own snapshot reader must read exactly what JSONDecoder (with DeskJSON's
/// settings) reads, and refuse what it refuses with the same words.
@Suite("Snapshot reader")
struct DeskJSONReaderTests {
  /// A desk with awkward text and numbers in every kind of field, from a seed.
  static func desk(seed: UInt64) -> Desk {
    var state = seed
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let texts = [
      "Acme Textiles", "Çelik Tekstil", "\"Quoted\" & Sons", "back\\slash", "tab\there", "new\nline", "emoji 🧵",
      "slash 1/2 roll", "控制", "\u{01}control", "",
    ]
    // Awkward spellings, all within what the desk accepts for any of these fields (a price,
    // a percent): a value beyond is refused as damage (RangeCheckTests), by both readers.
    let amounts = ["12.40", "0.1", "99.99", "99.999", "0", "3", "12.3456789", "0.005", "100", "1e2", "0.50"]
    func amount() -> Decimal { Decimal(string: amounts[next(amounts.count)]) ?? 1 }
    let at = Date(timeIntervalSince1970: 1_795_860_000 + Double(next(1_000_000)))
    var desk = Desk()
    for n in 1...20 {
      var client = Client(id: "CL-\(n)", name: texts[next(texts.count)] + " \(n)", city: n % 3 == 0 ? nil : texts[next(texts.count)], addedAt: at)
      client.creditLimit = n % 2 == 0 ? amount() : nil
      client.tags = n % 4 == 0 ? ["vip", texts[next(texts.count)]] : []
      desk.apply(.clientAdded(client))
    }
    for n in 1...10 {
      let product = Product(
        sku: "P-\(n)", name: texts[next(texts.count)] + " \(n)", category: ["linen", "silk"][n % 2], listPrice: amount(),
        cost: n % 2 == 0 ? amount() : nil, rollLength: 50, lots: [Lot(id: "24-\(n)", meters: amount(), receivedAt: at)])
      desk.apply(.productAdded(product))
    }
    for n in 1...15 {
      let line = OfferLine(
        scope: [OfferScope.all, .category("linen"), .product(sku: "P-\(1 + next(10))")][next(3)], meters: n % 2 == 0 ? amount() : nil,
        discountPercent: amount())
      let terms = Terms(lines: [line], paymentTerms: nil, leadTimeDays: n % 3 == 0 ? nil : next(60))
      var offer = Offer(id: "O-\(n)", number: n, clientId: "CL-\(1 + next(20))", status: .open, rounds: [Round(by: .us, terms: terms, at: at)], validUntil: at)
      if n % 4 == 0 { offer.closeReason = texts[next(texts.count)] }
      desk.apply(.offerMade(offer))
      desk.apply(.offerCountered(offer: "O-\(n)", round: Round(by: .client, terms: terms, at: at), status: .open))
    }
    for n in 1...10 {
      desk.apply(.paymentReceived(Payment(id: "P-\(n)", clientId: "CL-\(1 + next(20))", order: n % 2 == 0 ? "S-\(n)" : nil, amount: amount(), at: at)))
      desk.apply(.noteAdded(Note(id: "N-\(n)", client: "CL-\(1 + next(20))", kind: .call, text: texts[next(texts.count)], at: at)))
    }
    return desk
  }

  struct Envelope: Codable, Equatable {
    var seq: Int
    var desk: Desk
  }

  @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64])
  func readsWhatJSONDecoderReads(seed: UInt64) throws {
    let bytes = try SnapshotFile.encode(desk: Self.desk(seed: seed), seq: 7, version: 1)
    let foundation = try DeskJSON.decoder().decode(Envelope.self, from: Data(bytes))
    let ours = try DeskJSONReader.decode(Envelope.self, from: bytes)
    #expect(ours == foundation)
    // The same values down to their representation: written again, byte for byte the same.
    #expect(try DeskJSON.encoder().encode(ours.desk) == DeskJSON.encoder().encode(foundation.desk))
  }

  static func reasons(_ text: String) -> (foundation: String?, ours: String?) {
    let bytes = Array(text.utf8)
    var foundation: String?
    var ours: String?
    do { _ = try DeskJSON.decoder().decode(Envelope.self, from: Data(bytes)) } catch { foundation = CodingProblem.describe(error) }
    do { _ = try DeskJSONReader.decode(Envelope.self, from: bytes) } catch { ours = CodingProblem.describe(error) }
    return (foundation, ours)
  }

  /// Damaged snapshots: both readers refuse, and `CodingProblem` words both refusals alike.
  @Test(arguments: [
    "", "{", "{\"seq\":01}", "{\"seq\":1 \"desk\":{}}", "nul", "{\"seq\":\"x\"}", "[1,]",
    "{\"seq\":1.5,\"desk\":{}}", "{\"seq\":1}", "{\"seq\":1,}", "{\"seq\":null,\"desk\":{}}", "{\"seq\":1,\"desk\":[]}",
    "{\"seq\":1,\"desk\":{\"clients\":{}}}", "{\"seq\":1,\"desk\":{\"clients\":{},}}", "1 2",
  ])
  func refusesAsJSONDecoderRefuses(text: String) throws {
    let (foundation, ours) = Self.reasons(text)
    #expect(foundation != nil)
    #expect(ours == foundation)
  }

  /// JSONDecoder checks a string only when it is read, so behind another fault it may
  /// name that one first; this reader checks the whole file before reading any of it.
  @Test(arguments: ["\"\\x\"", "\"\u{01}\""])
  func badTextIsRefusedAsNotJSON(text: String) throws {
    let (foundation, ours) = Self.reasons(text)
    #expect(foundation != nil)
    #expect(ours == "it is not valid JSON")
  }

  /// A lone surrogate is well-formed JSON but no text: refused when read, by both.
  @Test func aLoneSurrogateIsRefusedWhenRead() {
    let bytes = Array(#""\ud800""#.utf8)
    #expect(throws: DecodingError.self) { try DeskJSON.decoder().decode(String.self, from: Data(bytes)) }
    #expect(throws: DecodingError.self) { try DeskJSONReader.decode(String.self, from: bytes) }
  }

  @Test func badDatesAreRefusedWithTheSameMessage() throws {
    var bytes = try SnapshotFile.encode(desk: Self.desk(seed: 5), seq: 1, version: 1)
    let text = String(decoding: bytes, as: UTF8.self)
    guard let range = text.range(of: #"Z""#) else { return }
    // One date loses its seconds' "Z": neither reader may accept it.
    bytes = Array(text.replacingCharacters(in: range, with: #"""#).utf8)
    var foundationReason: String?
    var ourReason: String?
    do { _ = try DeskJSON.decoder().decode(Envelope.self, from: Data(bytes)) } catch { foundationReason = CodingProblem.describe(error) }
    do { _ = try DeskJSONReader.decode(Envelope.self, from: bytes) } catch { ourReason = CodingProblem.describe(error) }
    #expect(foundationReason != nil)
    #expect(ourReason == foundationReason)
  }
}
