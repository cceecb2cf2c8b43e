import DealdeskCore
import Foundation

/// A record read straight from the tape, without the `Decoder` protocol's generic
/// containers: on a branch's snapshot, looking up generic metadata and boxing containers
/// for 50,000 offers of three rounds each was over half of start-up.
///
/// A reader answers nil for anything but the usual shape (an unknown key, a missing field,
/// a wrong kind, a value out of range); the record is then read the general way, which
/// gives the same value or the error with its proper words. So a reader may only ever be
/// slower than `Decodable`, never different: `TapeReadableTests` holds them to it.
protocol TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> Self?
}

extension TapeDecoder {
  /// The record at `index` read by type, when `T` is one read so; nil otherwise. The types
  /// are compared directly: asking whether `T` conforms to `TapeReadable` searched the
  /// program's conformances the first time for every type a desk has.
  func typed<T>(_ type: T.Type, at index: Int) -> T? {
    let fields = TapeFields(decoder: self)
    if T.self == Offer.self { return Offer.read(fields, at: index) as? T }
    if T.self == Order.self { return Order.read(fields, at: index) as? T }
    if T.self == Note.self { return Note.read(fields, at: index) as? T }
    if T.self == FollowUp.self { return FollowUp.read(fields, at: index) as? T }
    if T.self == Payment.self { return Payment.read(fields, at: index) as? T }
    return nil
  }
}

/// Typed reads of one tape's values, each nil when the value is not of that kind.
struct TapeFields {
  let decoder: TapeDecoder

  /// Each member of the object at `index` as (key, value index); false when it is not an
  /// object, a key is escaped or repeated (the general reader settles those), or `body`
  /// refuses a member.
  func members(of index: Int, _ body: (String, Int) -> Bool) -> Bool {
    let entries = decoder.entries
    guard entries[index].kind == .object else { return false }
    var at = index + 1
    var keys: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    let count = entries[index].b
    guard count <= 12 else { return false }
    for n in 0..<count {
      guard entries[at].kind == .string, let key = string(at) else { return false }
      let repeated = withUnsafeMutableBytes(of: &keys) { raw in
        let earlier = raw.bindMemory(to: Int.self)
        earlier[n] = at
        return (0..<n).contains { sameKey(earlier[$0], at) }
      }
      guard !repeated, body(key, at + 1) else { return false }
      at = decoder.skip(at + 1)
    }
    return true
  }

  private func sameKey(_ a: Int, _ b: Int) -> Bool {
    let (x, y) = (decoder.entries[a], decoder.entries[b])
    guard x.b == y.b else { return false }
    return decoder.tape.bytes.withUnsafeBufferPointer { bytes in (0..<x.b).allSatisfy { bytes[x.a + $0] == bytes[y.a + $0] } }
  }

  /// The elements of the array at `index`, each read by `element`; nil if any is refused.
  func array<T>(_ index: Int, _ element: (Int) -> T?) -> [T]? {
    let entries = decoder.entries
    guard entries[index].kind == .array else { return nil }
    var values: [T] = []
    values.reserveCapacity(entries[index].b)
    var at = index + 1
    for _ in 0..<entries[index].b {
      guard let value = element(at) else { return nil }
      values.append(value)
      at = decoder.skip(at)
    }
    return values
  }

  /// The only member of a one-member object: how an enum case with values is written.
  func onlyMember(of index: Int) -> (key: String, value: Int)? {
    var found: (String, Int)?
    guard members(of: index, { key, value in
      found = (key, value)
      return true
    }), decoder.entries[index].b == 1 else { return nil }
    return found
  }

  func string(_ index: Int) -> String? {
    decoder.entries[index].kind == .string || decoder.entries[index].kind == .escapedString
      ? try? decoder.string(at: index) : nil
  }

  func date(_ index: Int) -> Date? { try? decoder.date(at: index) }
  func decimal(_ index: Int) -> Decimal? { try? decoder.decimal(at: index) }
  func int(_ index: Int) -> Int? { try? decoder.integer(Int.self, at: index) }
  func bool(_ index: Int) -> Bool? { try? decoder.bool(at: index) }
  func isNull(_ index: Int) -> Bool { decoder.isNull(index) }

  /// An optional field as `decodeIfPresent` reads it: null is nil; a value of the wrong
  /// kind refuses the record (`.refused`).
  func optional<T>(_ index: Int, _ read: (Int) -> T?) -> Optional<T?> {
    if isNull(index) { return .some(nil) }
    guard let value = read(index) else { return .none }
    return .some(value)
  }
}
