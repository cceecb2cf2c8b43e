import Foundation

// The encoding containers of DeskJSONWriter. Every overload goes through `box`, which
// keeps the few scalar kinds a desk has and leaves the rest to JSONEncoder.

struct WriterKeyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let object: WriterObject
  let codingPath: [any CodingKey]
  /// False when the value had already asked for another kind of container.
  let valid: Bool

  private func put(_ value: WriterValue, _ key: Key) throws {
    guard valid else { throw WriterEncoder.Unsupported() }
    object.members.append((key.stringValue, value))
  }

  mutating func encodeNil(forKey key: Key) throws { try put(.null, key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try put(WriterEncoder.box(value, path: codingPath + [key]), key)
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws { try put(.bool(value), key) }
  mutating func encode(_ value: String, forKey key: Key) throws { try put(.string(value), key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { try put(.int(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { throw WriterEncoder.Unsupported() }
  mutating func encode(_ value: Float, forKey key: Key) throws { throw WriterEncoder.Unsupported() }
  mutating func encode(_ value: Int8, forKey key: Key) throws { try put(.int(Int(value)), key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { try put(.int(Int(value)), key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { try put(.int(Int(value)), key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { try put(.int(Int(value)), key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { try put(Self.int(value), key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(.int(Int(value)), key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(.int(Int(value)), key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(.int(Int(value)), key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { try put(Self.int(value), key) }

  static func int<U: UnsignedInteger & FixedWidthInteger>(_ value: U) throws -> WriterValue {
    guard let fits = Int(exactly: value) else { throw WriterEncoder.Unsupported() }
    return .int(fits)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
    let nested = WriterObject()
    let ok = (try? put(.object(nested), key)) != nil
    return KeyedEncodingContainer(WriterKeyed<NestedKey>(object: nested, codingPath: codingPath + [key], valid: ok))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = WriterArray()
    let ok = (try? put(.array(nested), key)) != nil
    return WriterUnkeyed(array: nested, codingPath: codingPath + [key], valid: ok)
  }

  mutating func superEncoder() -> any Encoder { RefusingEncoder(codingPath: codingPath) }
  mutating func superEncoder(forKey key: Key) -> any Encoder { RefusingEncoder(codingPath: codingPath) }
}

struct WriterUnkeyed: UnkeyedEncodingContainer {
  let array: WriterArray
  let codingPath: [any CodingKey]
  let valid: Bool
  var count: Int { array.elements.count }

  private func put(_ value: WriterValue) throws {
    guard valid else { throw WriterEncoder.Unsupported() }
    array.elements.append(value)
  }

  mutating func encodeNil() throws { try put(.null) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    try put(WriterEncoder.box(value, path: codingPath + [WriterIndexKey(count)]))
  }
  mutating func encode(_ value: Bool) throws { try put(.bool(value)) }
  mutating func encode(_ value: String) throws { try put(.string(value)) }
  mutating func encode(_ value: Int) throws { try put(.int(value)) }
  mutating func encode(_ value: Double) throws { throw WriterEncoder.Unsupported() }
  mutating func encode(_ value: Float) throws { throw WriterEncoder.Unsupported() }
  mutating func encode(_ value: Int8) throws { try put(.int(Int(value))) }
  mutating func encode(_ value: Int16) throws { try put(.int(Int(value))) }
  mutating func encode(_ value: Int32) throws { try put(.int(Int(value))) }
  mutating func encode(_ value: Int64) throws { try put(.int(Int(value))) }
  mutating func encode(_ value: UInt) throws { try put(WriterKeyed<WriterIndexKey>.int(value)) }
  mutating func encode(_ value: UInt8) throws { try put(.int(Int(value))) }
  mutating func encode(_ value: UInt16) throws { try put(.int(Int(value))) }
  mutating func encode(_ value: UInt32) throws { try put(.int(Int(value))) }
  mutating func encode(_ value: UInt64) throws { try put(WriterKeyed<WriterIndexKey>.int(value)) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    let nested = WriterObject()
    let ok = (try? put(.object(nested))) != nil
    return KeyedEncodingContainer(WriterKeyed<NestedKey>(object: nested, codingPath: codingPath + [WriterIndexKey(count)], valid: ok))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = WriterArray()
    let ok = (try? put(.array(nested))) != nil
    return WriterUnkeyed(array: nested, codingPath: codingPath + [WriterIndexKey(count)], valid: ok)
  }

  mutating func superEncoder() -> any Encoder { RefusingEncoder(codingPath: codingPath) }
}

struct WriterSingle: SingleValueEncodingContainer {
  let encoder: WriterEncoder
  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil() throws { try encoder.set(.null) }
  mutating func encode<T: Encodable>(_ value: T) throws { try encoder.set(WriterEncoder.box(value, path: codingPath)) }
  mutating func encode(_ value: Bool) throws { try encoder.set(.bool(value)) }
  mutating func encode(_ value: String) throws { try encoder.set(.string(value)) }
  mutating func encode(_ value: Int) throws { try encoder.set(.int(value)) }
  mutating func encode(_ value: Double) throws { throw WriterEncoder.Unsupported() }
  mutating func encode(_ value: Float) throws { throw WriterEncoder.Unsupported() }
  mutating func encode(_ value: Int8) throws { try encoder.set(.int(Int(value))) }
  mutating func encode(_ value: Int16) throws { try encoder.set(.int(Int(value))) }
  mutating func encode(_ value: Int32) throws { try encoder.set(.int(Int(value))) }
  mutating func encode(_ value: Int64) throws { try encoder.set(.int(Int(value))) }
  mutating func encode(_ value: UInt) throws { try encoder.set(WriterKeyed<WriterIndexKey>.int(value)) }
  mutating func encode(_ value: UInt8) throws { try encoder.set(.int(Int(value))) }
  mutating func encode(_ value: UInt16) throws { try encoder.set(.int(Int(value))) }
  mutating func encode(_ value: UInt32) throws { try encoder.set(.int(Int(value))) }
  mutating func encode(_ value: UInt64) throws { try encoder.set(WriterKeyed<WriterIndexKey>.int(value)) }
}

/// Handed out where a super-encoder is asked for (no desk type does): whatever is written
/// to it makes the writer leave the value to JSONEncoder.
struct RefusingEncoder: Encoder {
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(WriterKeyed<Key>(object: WriterObject(), codingPath: codingPath, valid: false))
  }
  func unkeyedContainer() -> any UnkeyedEncodingContainer { WriterUnkeyed(array: WriterArray(), codingPath: codingPath, valid: false) }
  func singleValueContainer() -> any SingleValueEncodingContainer {
    WriterSingle(encoder: WriterEncoder(path: codingPath, refusing: true))
  }
}

/// A position in an array, for coding paths.
struct WriterIndexKey: CodingKey {
  var intValue: Int?
  var stringValue: String { "Index \(intValue ?? 0)" }
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.intValue = intValue }
}
