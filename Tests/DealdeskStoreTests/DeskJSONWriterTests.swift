import DealdeskCore
import Foundation
import Testing

@testable import DealdeskStore

/// The store's own writer must write, byte for byte, what JSONEncoder (with DeskJSON's
/// settings) writes: the snapshot format is pinned by it.
@Suite struct DeskJSONWriterTests {
  @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64])
  func writesWhatJSONEncoderWrites(seed: UInt64) throws {
    let desk = DeskJSONReaderTests.desk(seed: seed)
    let ours = try DeskJSONWriter.encode(desk)
    #expect(ours == Array(try DeskJSON.encoder().encode(desk)))
    #expect(ours.count > 1_000)
  }

  @Test func everyKindOfRecordIsWrittenAsJSONEncoderWritesIt() throws {
    let text = try TapeReadableTests.written()
    let desk = try DeskJSONReader.decode(DeskJSONReaderTests.Envelope.self, from: Array(text.utf8)).desk
    #expect(try DeskJSONWriter.encode(desk) == Array(try DeskJSON.encoder().encode(desk)))
  }

  /// Text that needs escaping, every control character among it, and keys that sort
  /// differently as numbers than as text.
  @Test func textAndKeysAreWrittenAsJSONEncoderWritesThem() throws {
    let controls = String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) })
    let texts = ["plain", "q\"uote", "back\\slash", "1/2 roll", controls, "é 控制 🧵 \u{2028} \u{7f}", ""]
    let keyed = Dictionary(uniqueKeysWithValues: texts.enumerated().map { ("O-\($0.offset * 7)", $0.element) })
    #expect(try DeskJSONWriter.encode(keyed) == Array(try DeskJSON.encoder().encode(keyed)))
    let mixed: [String: [Decimal?]] = ["Z": [1, nil, Decimal(string: "-0.5")], "a": [], "_": [Decimal(string: "12345678901234567890.123")]]
    #expect(try DeskJSONWriter.encode(mixed) == Array(try DeskJSON.encoder().encode(mixed)))
  }

  /// What it does not write itself (a Double here) it leaves to JSONEncoder: the same bytes.
  @Test func whatItDoesNotKnowIsLeftToJSONEncoder() throws {
    struct Odd: Codable { var ratio: Double; var name: String }
    let odd = [Odd(ratio: 0.1, name: "a"), Odd(ratio: 2, name: "b")]
    #expect(try DeskJSONWriter.encode(odd) == Array(try DeskJSON.encoder().encode(odd)))
  }

  /// A date JSONEncoder refuses is refused with its words.
  @Test func anUnwritableDateIsRefusedAsBefore() {
    let far = [Date(timeIntervalSince1970: 1e15)]
    #expect(throws: EncodingError.self) { try DeskJSONWriter.encode(far) }
  }
}
