import Foundation

/// Decodes any `Decodable` from a `JSONTape`, reading exactly what `DeskJSON.decoder()`
/// reads: the same values (Decimal parsed from the number's text as JSONDecoder does, dates
/// only as `2026-11-28T10:00:00Z`), and the same `DecodingError`s with the same coding
/// paths, so `CodingProblem` words a refusal identically. Tests hold it to JSONDecoder on
/// generated desks and on damaged files.
public enum DeskJSONReader {
  /// Decodes `type` from `bytes`; throws `DecodingError` like JSONDecoder.
  public static func decode<T: Decodable>(
    _ type: T.Type, from bytes: [UInt8], userInfo: [CodingUserInfoKey: any Sendable] = [:]
  ) throws -> T {
    let tape: JSONTape
    do {
      tape = try JSONTape(bytes)
    } catch {
      throw DecodingError.dataCorrupted(DecodingError.Context(
        codingPath: [], debugDescription: "The given data was not valid JSON.", underlyingError: error))
    }
    let decoder = TapeDecoder(tape: tape, userInfo: userInfo)
    return try decoder.decodeValue(type, at: 0)
  }
}

extension JSONTape.SyntaxError: CustomStringConvertible {
  var description: String { "\(reason) at byte \(offset)." }
}

/// One decoder for the whole document: `current` is the entry being decoded, and
/// `codingPath` grows and shrinks as values are entered and left. Containers remember
/// their own entry, so a custom `init(from:)` may ask for a container at any time.
final class TapeDecoder: Decoder {
  let tape: JSONTape
  let entries: [JSONTape.Entry]
  let userInfoStore: [CodingUserInfoKey: any Sendable]
  var current = 0
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] { userInfoStore }

  init(tape: JSONTape, userInfo: [CodingUserInfoKey: any Sendable]) {
    self.tape = tape
    entries = tape.entries
    userInfoStore = userInfo
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    let entry = entries[current]
    guard entry.kind == .object else {
      throw mismatch([String: Any].self, entry, path: codingPath)
    }
    return KeyedDecodingContainer(TapeKeyed<Key>(decoder: self, object: current, path: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let entry = entries[current]
    guard entry.kind == .array else { throw mismatch([Any].self, entry, path: codingPath) }
    return TapeUnkeyed(decoder: self, array: current, path: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    TapeSingle(decoder: self, index: current, path: codingPath)
  }

  /// The entry after the value at `index` (a container's end, or the next entry).
  @inline(__always) func skip(_ index: Int) -> Int {
    let entry = entries[index]
    switch entry.kind {
    case .object, .array: return entry.a
    default: return index + 1
    }
  }

  /// Runs `body` with the coding path set to a container's own: a nested container
  /// outlives the call that made it, after which the decoder's path is shorter than its
  /// own, and a fault inside it must still be named by its whole path.
  func on<T>(_ path: [any CodingKey], _ body: () throws -> T) rethrows -> T {
    let saved = codingPath
    codingPath = path
    defer { codingPath = saved }
    return try body()
  }

  // MARK: Values

  /// Decodes the value at `index`, with `key` added to the path for the while.
  func decodeValue<T: Decodable>(_ type: T.Type, at index: Int, key: (any CodingKey)? = nil) throws -> T {
    if let key { codingPath.append(key) }
    defer { if key != nil { codingPath.removeLast() } }
    // The types JSONDecoder (with DeskJSON's strategies) reads specially.
    if T.self == String.self, let value = try string(at: index) as? T { return value }
    if T.self == Decimal.self, let value = try decimal(at: index) as? T { return value }
    if T.self == Date.self, let value = try date(at: index) as? T { return value }
    if T.self == Int.self, let value = try integer(Int.self, at: index) as? T { return value }
    // The records a branch has tens of thousands of, read without the generic containers
    // when they have the usual shape (TapeReadable.swift).
    if let value = typed(type, at: index) { return value }
    let saved = current
    current = index
    defer { current = saved }
    return try T(from: self)
  }

  func string(at index: Int) throws -> String {
    let entry = entries[index]
    switch entry.kind {
    case .string:
      let range = entry.a..<(entry.a + entry.b)
      let text = tape.bytes.withUnsafeBufferPointer { all -> String? in
        let bytes = UnsafeBufferPointer(rebasing: all[range])
        // Plain ASCII needs no validating, and most keys and values are.
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return String(validating: bytes, as: UTF8.self)
      }
      if let text { return text }
      throw corrupted("The given data was not valid JSON.")
    case .escapedString:
      if let text = JSONText.unescape(tape.bytes[entry.a..<(entry.a + entry.b)]) { return text }
      throw corrupted("The given data was not valid JSON.")
    default:
      throw mismatch(String.self, entry, path: codingPath)
    }
  }

  func numberText(_ type: Any.Type, at index: Int) throws -> String {
    let entry = entries[index]
    guard entry.kind == .number else { throw mismatch(type, entry, path: codingPath) }
    return tape.bytes.withUnsafeBufferPointer { String(decoding: $0[entry.a..<(entry.a + entry.b)], as: UTF8.self) }
  }

  /// As JSONDecoder: the number's own digits, never through a Double.
  func decimal(at index: Int) throws -> Decimal {
    let text = try numberText(Decimal.self, at: index)
    guard let value = Decimal(string: text) else {
      throw unrepresentable(text)
    }
    return value
  }

  /// DeskJSON's date strategy: exactly `2026-11-28T10:00:00Z`, with its message.
  func date(at index: Int) throws -> Date {
    let text = try string(at: index)
    guard let date = UTCSeconds.date(from: text) else {
      throw corrupted("expected a date like 2026-11-28T10:00:00Z, found \"\(text)\"")
    }
    return date
  }

  func integer<I: FixedWidthInteger>(_ type: I.Type, at index: Int) throws -> I {
    let entry = entries[index]
    guard entry.kind == .number else { throw mismatch(type, entry, path: codingPath) }
    // Fast path: plain digits, read straight from the bytes.
    let parsed: I? = tape.bytes.withUnsafeBufferPointer { buffer in
      var i = entry.a
      let end = entry.a + entry.b
      let negative = buffer[i] == UInt8(ascii: "-")
      if negative { i += 1 }
      var value: I = 0
      while i < end {
        let digit = buffer[i] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        let (times, o1) = value.multipliedReportingOverflow(by: 10)
        let (next, o2) = negative ? times.subtractingReportingOverflow(I(digit)) : times.addingReportingOverflow(I(digit))
        guard !o1, !o2 else { return nil }
        value = next
        i += 1
      }
      return value
    }
    if let parsed { return parsed }
    // "34.0" or "1e3" read as an integer when exact, as JSONDecoder's slow path does.
    let text = try numberText(type, at: index)
    if let double = Double(text), let exact = I(exactly: double) { return exact }
    throw unrepresentable(text)
  }

  func double(at index: Int) throws -> Double {
    let text = try numberText(Double.self, at: index)
    guard let value = Double(text), value.isFinite else {
      throw unrepresentable(text)
    }
    return value
  }

  func bool(at index: Int) throws -> Bool {
    let entry = entries[index]
    switch entry.kind {
    case .true: return true
    case .false: return false
    default: throw mismatch(Bool.self, entry, path: codingPath)
    }
  }

  func isNull(_ index: Int) -> Bool { entries[index].kind == .null }

  // MARK: Errors, worded as JSONDecoder words them

  /// A number that does not fit the type asked for: JSONDecoder reports it as a fault of
  /// the document (no coding path), so this does too.
  func unrepresentable(_ text: String) -> DecodingError {
    .dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "Number \(text) is not representable in Swift."))
  }

  func corrupted(_ text: String) -> DecodingError {
    .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: text))
  }

  func mismatch(_ type: Any.Type, _ entry: JSONTape.Entry, path: [any CodingKey]) -> DecodingError {
    if entry.kind == .null {
      return .valueNotFound(type, DecodingError.Context(codingPath: path, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
    }
    return .typeMismatch(type, DecodingError.Context(codingPath: path, debugDescription: "Expected to decode \(type) but found \(Self.describe(entry.kind)) instead."))
  }

  static func describe(_ kind: JSONTape.Kind) -> String {
    switch kind {
    case .object: "a dictionary"
    case .array: "an array"
    case .string, .escapedString: "a string"
    case .number: "number"
    case .true, .false: "bool"
    case .null: "null"
    }
  }
}

/// A position in an array, for coding paths ("[3]").
struct TapeIndexKey: CodingKey {
  var intValue: Int?
  var stringValue: String { "Index \(intValue ?? 0)" }
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.intValue = intValue }
}
