import Foundation

/// An object's members, found by key. Members are listed once, when the container is made;
/// a lookup first tries the member after the last one found, so reading a dictionary (keys
/// in file order) or a struct whose fields are in file order costs one comparison a key.
struct TapeKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: TapeDecoder
  let codingPath: [any CodingKey]
  /// Entry indices of each member's key (its value is the entry after it).
  private let keys: [Int]

  init(decoder: TapeDecoder, object: Int, path: [any CodingKey]) {
    self.decoder = decoder
    codingPath = path
    var keys: [Int] = []
    let count = decoder.entries[object].b
    keys.reserveCapacity(count)
    var index = object + 1
    for _ in 0..<count {
      keys.append(index)
      index = decoder.skip(index + 1)
    }
    self.keys = keys
  }

  var allKeys: [Key] {
    keys.compactMap { index in (try? decoder.string(at: index)).flatMap { Key(stringValue: $0) } }
  }

  /// The value's entry for `key`, or nil when the object has no such member.
  private func find(_ key: Key) -> Int? {
    let wanted = key.stringValue
    let bytes = decoder.tape.bytes
    func matches(_ keyIndex: Int) -> Bool {
      let entry = decoder.entries[keyIndex]
      if entry.kind == .escapedString { return (try? decoder.string(at: keyIndex)) == wanted }
      var wanted = wanted
      return wanted.withUTF8 { utf8 in
        guard utf8.count == entry.b else { return false }
        return bytes.withUnsafeBufferPointer { all in
          var i = 0
          while i < utf8.count {
            guard all[entry.a + i] == utf8[i] else { return false }
            i += 1
          }
          return true
        }
      }
    }
    // `next` is a hint only; a struct's fields may be asked for in any order.
    let hint = hintIndex
    if hint < keys.count, matches(keys[hint]) {
      hintIndex = hint + 1
      return keys[hint] + 1
    }
    for (n, keyIndex) in keys.enumerated() where matches(keyIndex) {
      hintIndex = n + 1
      return keyIndex + 1
    }
    return nil
  }

  /// Kept in the decoder-independent box below, since `find` is called from non-mutating requirements.
  private let hintBox = Hint()
  private var hintIndex: Int {
    get { hintBox.value }
    nonmutating set { hintBox.value = newValue }
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  private func value(_ key: Key) throws -> Int {
    guard let index = find(key) else {
      throw DecodingError.keyNotFound(key, DecodingError.Context(
        codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
    }
    return index
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    decoder.isNull(try value(key))
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    let index = try value(key)
    return try decoder.on(codingPath) { try decoder.decodeValue(type, at: index, key: key) }
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let index = find(key), !decoder.isNull(index) else { return nil }
    return try decoder.on(codingPath) { try decoder.decodeValue(type, at: index, key: key) }
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    let index = try value(key)
    return try withKey(key) { try decoder.bool(at: index) }
  }

  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    let index = try value(key)
    return try decoder.on(codingPath) { try decoder.decodeValue(type, at: index, key: key) }
  }

  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    let index = try value(key)
    return try withKey(key) { try decoder.double(at: index) }
  }

  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    let index = try value(key)
    return try withKey(key) { try decoder.integer(Int.self, at: index) }
  }

  private func withKey<T>(_ key: Key, _ body: () throws -> T) throws -> T {
    try decoder.on(codingPath + [key], body)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
    let index = try value(key)
    return try withKey(key) {
      let saved = decoder.current
      decoder.current = index
      defer { decoder.current = saved }
      return try decoder.container(keyedBy: type)
    }
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    let index = try value(key)
    return try withKey(key) {
      let saved = decoder.current
      decoder.current = index
      defer { decoder.current = saved }
      return try decoder.unkeyedContainer()
    }
  }

  func superDecoder() throws -> any Decoder {
    throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "superDecoder is not used by Dealdesk's types"))
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    try superDecoder()
  }
}

/// A mutable cell for the lookup hint of a container that the protocol passes by value.
final class Hint {
  var value = 0
}

/// An array's elements, in order.
struct TapeUnkeyed: UnkeyedDecodingContainer {
  let decoder: TapeDecoder
  let codingPath: [any CodingKey]
  let count: Int?
  private(set) var currentIndex = 0
  private var entry: Int

  init(decoder: TapeDecoder, array: Int, path: [any CodingKey]) {
    self.decoder = decoder
    codingPath = path
    count = decoder.entries[array].b
    entry = array + 1
  }

  var isAtEnd: Bool { currentIndex >= (count ?? 0) }

  private mutating func take(_ type: Any.Type) throws -> Int {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(type, DecodingError.Context(
        codingPath: codingPath + [TapeIndexKey(currentIndex)], debugDescription: "Unkeyed container is at end."))
    }
    let index = entry
    entry = decoder.skip(entry)
    currentIndex += 1
    return index
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(Any?.self, DecodingError.Context(
        codingPath: codingPath + [TapeIndexKey(currentIndex)], debugDescription: "Unkeyed container is at end."))
    }
    guard decoder.isNull(entry) else { return false }
    entry += 1
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let key = TapeIndexKey(currentIndex)
    let index = try take(type)
    return try decoder.on(codingPath) { try decoder.decodeValue(type, at: index, key: key) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
    let key = TapeIndexKey(currentIndex)
    let index = try take(type)
    return try within(index, key: key) { try decoder.container(keyedBy: type) }
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let key = TapeIndexKey(currentIndex)
    let index = try take([Any].self)
    return try within(index, key: key) { try decoder.unkeyedContainer() }
  }

  /// Runs `body` with the decoder standing on the element at `index`, its coding path one
  /// key deeper, and puts both back after.
  private func within<T>(_ index: Int, key: TapeIndexKey, _ body: () throws -> T) throws -> T {
    let saved = decoder.current
    decoder.current = index
    defer { decoder.current = saved }
    return try decoder.on(codingPath + [key], body)
  }

  mutating func superDecoder() throws -> any Decoder {
    throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "superDecoder is not used by Dealdesk's types"))
  }
}

/// One value: what `Optional`, `RawRepresentable` enums and custom single values read.
struct TapeSingle: SingleValueDecodingContainer {
  let decoder: TapeDecoder
  let index: Int
  let codingPath: [any CodingKey]

  init(decoder: TapeDecoder, index: Int, path: [any CodingKey]) {
    self.decoder = decoder
    self.index = index
    codingPath = path
  }

  func decodeNil() -> Bool { decoder.isNull(index) }

  func decode(_ type: Bool.Type) throws -> Bool { try decoder.on(codingPath) { try decoder.bool(at: index) } }
  func decode(_ type: String.Type) throws -> String { try decoder.on(codingPath) { try decoder.string(at: index) } }
  func decode(_ type: Double.Type) throws -> Double { try decoder.on(codingPath) { try decoder.double(at: index) } }
  func decode(_ type: Int.Type) throws -> Int { try decoder.on(codingPath) { try decoder.integer(Int.self, at: index) } }
  func decode(_ type: Int64.Type) throws -> Int64 { try decoder.on(codingPath) { try decoder.integer(Int64.self, at: index) } }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.on(codingPath) { try decoder.integer(UInt64.self, at: index) } }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try decoder.on(codingPath) { try decoder.decodeValue(type, at: index) }
  }
}
