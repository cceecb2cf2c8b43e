import DealdeskCore
import Foundation
import Testing

@testable import DealdeskStore

/// The records a desk has tens of thousands of are written and read by hand, field by field
/// (FastJSON). Their tests compare against JSONEncoder and JSONDecoder, which leave a nil
/// optional out just as a writer that never heard of it would: a field added later, nil
/// in the fixture, would pass them and be lost on every save. This guard walks the fixture
/// as the hand-written reader read it, and fails until every stored property of every
/// hand-written record is set there at least once, so the byte-for-byte tests cover it.
@Suite struct WriterFieldGuardTests {
  /// The record types FastJSON writes (Writers/RecordWriters.swift) and reads (Readers/).
  static let handWritten: Set<String> = [
    "Offer", "Round", "Approval", "Terms", "OfferLine", "Order", "OrderLine", "AppliedDiscount",
    "CreditApproval", "Note", "FollowUp", "Payment", "Client", "Contact",
  ]

  @Test func everyFieldOfEveryHandWrittenRecordIsSetInTheFixtureAndKeptBothWays() throws {
    let text = try TapeReadableTests.written()
    let read = try DeskJSONReader.decode(DeskJSONReaderTests.Envelope.self, from: Array(text.utf8)).desk
    var fields = Fields()
    fields.walk(read)
    for type in Self.handWritten.sorted() {
      let all = try #require(fields.all[type], "no \(type) in TapeReadableTests.written(): add one")
      let unset = all.subtracting(fields.set[type] ?? [])
      #expect(
        unset.isEmpty,
        "\(type).\(unset.sorted().joined(separator: ", ")) is never set in TapeReadableTests.written() as read back: set it there, and make the hand-written writer and reader keep it")
    }
    // Written back by hand, the desk read is the text it was read from.
    let envelope = try DeskJSONReader.decode(DeskJSONReaderTests.Envelope.self, from: Array(text.utf8))
    #expect(try SnapshotFile.encode(desk: envelope.desk, seq: envelope.seq, version: 1) == Array(text.utf8))
  }

  /// The guard itself: a record with a nil optional is caught.
  @Test func aFieldLeftNilIsCaught() {
    var fields = Fields()
    fields.walk(Payment(id: "P-1", clientId: "CL-1", order: nil, amount: 5, at: Date(timeIntervalSince1970: 0)))
    #expect(fields.all["Payment"]?.contains("order") == true)
    #expect(fields.set["Payment"]?.contains("order") == false)
  }

  /// Every stored property seen per record type, and those seen holding a value.
  struct Fields {
    var all: [String: Set<String>] = [:]
    var set: [String: Set<String>] = [:]

    mutating func walk(_ value: Any) {
      let mirror = Mirror(reflecting: value)
      switch mirror.displayStyle {
      case .optional:
        if let wrapped = mirror.children.first?.value { walk(wrapped) }
      case .struct:
        let type = String(describing: Swift.type(of: value))
        // Foundation's values are leaves: their insides are not the desk's fields.
        guard !["Decimal", "Date", "String", "Data", "URL"].contains(type) else { return }
        for child in mirror.children {
          guard let label = child.label else { continue }
          all[type, default: []].insert(label)
          if !Self.isNil(child.value) { set[type, default: []].insert(label) }
          walk(child.value)
        }
      case .collection, .set, .dictionary, .tuple, .enum:
        for child in mirror.children { walk(child.value) }
      default:
        break
      }
    }

    static func isNil(_ value: Any) -> Bool {
      let mirror = Mirror(reflecting: value)
      return mirror.displayStyle == .optional && mirror.children.isEmpty
    }
  }
}
