import DealdeskCore
import Foundation

/// Writes exactly what `DeskJSON.encoder()` writes — keys sorted, slashes unescaped, dates
/// as `2026-11-28T10:00:00Z`, decimals as their digits — byte for byte, in a fraction of the
/// time: JSONEncoder took a tenth of each command (its journal line) and most of the 9 s a
/// branch's desk took to save at a clean exit.
///
/// Whatever it does not know (a Double, a super-encoder, a key written twice) it leaves to
/// JSONEncoder, so it is never different, only faster. Tests hold it to JSONEncoder.
public enum DeskJSONWriter {
  public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    do {
      let tree = try WriterEncoder.box(value, path: [])
      var out: [UInt8] = []
      out.reserveCapacity(256)
      try tree.write(into: &out)
      return out
    } catch is WriterEncoder.Unsupported {
      return Array(try DeskJSON.encoder().encode(value))
    }
  }
}

/// A value on its way out: scalars kept as they are, containers as shared nodes that their
/// encoding containers fill in.
enum WriterValue {
  case string(String)
  case int(Int)
  case decimal(Decimal)
  case bool(Bool)
  case null
  case object(WriterObject)
  case array(WriterArray)
  /// A record that wrote itself (JSONBytes.swift).
  case written([UInt8])
  /// A journal record's events, written straight into the output when it is written.
  case events([Event])

  func write(into out: inout [UInt8]) throws {
    switch self {
    case .string(let text): Self.write(string: text, into: &out)
    case .int(let number): out.append(contentsOf: String(number).utf8)
    // Built from its parts (Money.trimmed), the same text as its description, which cost a
    // tenth of a long script's run through Foundation's UTF-16 conversion.
    case .decimal(let number): out.append(contentsOf: Money.trimmed(number).utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    case .object(let object):
      out.append(UInt8(ascii: "{"))
      let members = object.members.sorted { $0.key < $1.key }
      for (n, member) in members.enumerated() {
        if n > 0 {
          // A key written twice: JSONEncoder keeps the last; rare enough to leave to it.
          guard members[n - 1].key != member.key else { throw WriterEncoder.Unsupported() }
          out.append(UInt8(ascii: ","))
        }
        Self.write(string: member.key, into: &out)
        out.append(UInt8(ascii: ":"))
        try member.value.write(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    case .written(let bytes):
      out.append(contentsOf: bytes)
    case .events(let events):
      try JSONBytes.writing(onto: &out) { try $0.array(events) { try $0.event($1) } }
    case .array(let array):
      out.append(UInt8(ascii: "["))
      for (n, element) in array.elements.enumerated() {
        if n > 0 { out.append(UInt8(ascii: ",")) }
        try element.write(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    }
  }

  /// JSONEncoder's escaping: quote, backslash and control characters; `\b \f \n \r \t` in
  /// short; everything else (slashes, non-ASCII) as it is.
  static func write(string: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Most text needs no escape: copied whole rather than byte by byte.
    guard string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
      out.append(contentsOf: string.utf8)
      out.append(UInt8(ascii: "\""))
      return
    }
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: Array("\\u00".utf8))
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0xF)])
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

final class WriterObject {
  var members: [(key: String, value: WriterValue)] = []
}

final class WriterArray {
  var elements: [WriterValue] = []
}

/// The `Encoder` a value writes itself to: it records which container the value asked for.
final class WriterEncoder: Encoder {
  /// Something JSONEncoder is left to write.
  struct Unsupported: Error {}

  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  private(set) var value: WriterValue?

  /// A super-encoder's stand-in: every value set on it is refused.
  private let refusing: Bool

  init(path: [any CodingKey], refusing: Bool = false) {
    codingPath = path
    self.refusing = refusing
  }

  /// `value` as a tree, scalars read directly.
  static func box<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> WriterValue {
    switch value {
    case let text as String: return .string(text)
    case let number as Int: return .int(number)
    case let number as Decimal: return .decimal(number)
    case let flag as Bool: return .bool(flag)
    case let date as Date:
      // DeskJSON's date strategy; a date it cannot write is JSONEncoder's to refuse.
      guard let text = UTCSeconds.string(from: date) else { throw Unsupported() }
      return .string(text)
    default:
      // A script's record holds tens of thousands: written in one go, not one box each.
      if T.self == [Event].self, let events = value as? [Event] { return .events(events) }
      if let written = try written(value) { return .written(written) }
      let encoder = WriterEncoder(path: path)
      try value.encode(to: encoder)
      // A value that asked for no container is written as an empty object, as JSONEncoder does.
      return encoder.value ?? .object(WriterObject())
    }
  }

  /// The records that write themselves, found by comparing types (a protocol lookup
  /// would search the program's conformances the first time for every type).
  private static func written<T>(_ value: T) throws -> [UInt8]? {
    var bytes = JSONBytes()
    if T.self == Offer.self, let offer = value as? Offer {
      try bytes.offer(offer)
    } else if T.self == Round.self, let round = value as? Round {
      try bytes.round(round)
    } else if T.self == Order.self, let order = value as? Order {
      try bytes.order(order)
    } else if T.self == Note.self, let note = value as? Note {
      try bytes.note(note)
    } else if T.self == FollowUp.self, let followUp = value as? FollowUp {
      try bytes.followUp(followUp)
    } else if T.self == Payment.self, let payment = value as? Payment {
      try bytes.payment(payment)
    } else if T.self == Event.self, let event = value as? Event {
      try bytes.event(event)
    } else if T.self == Client.self, let client = value as? Client {
      try bytes.client(client)
    } else {
      return nil
    }
    return bytes.out
  }

  /// The first container asked for decides the value; asking again for the same kind
  /// continues it (as JSONEncoder allows), another kind is left to JSONEncoder.
  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let object: WriterObject
    if case .object(let existing) = value {
      object = existing
    } else {
      object = WriterObject()
      if value == nil { value = .object(object) }
    }
    return KeyedEncodingContainer(WriterKeyed<Key>(object: object, codingPath: codingPath, valid: value.isObject(object)))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let array: WriterArray
    if case .array(let existing) = value {
      array = existing
    } else {
      array = WriterArray()
      if value == nil { value = .array(array) }
    }
    return WriterUnkeyed(array: array, codingPath: codingPath, valid: value.isArray(array))
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    WriterSingle(encoder: self)
  }

  func set(_ single: WriterValue) throws {
    guard value == nil, !refusing else { throw Unsupported() }
    value = single
  }
}

extension Optional where Wrapped == WriterValue {
  func isObject(_ object: WriterObject) -> Bool {
    if case .object(let mine) = self { return mine === object }
    return false
  }

  func isArray(_ array: WriterArray) -> Bool {
    if case .array(let mine) = self { return mine === array }
    return false
  }
}
