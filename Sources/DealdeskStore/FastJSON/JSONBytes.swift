import DealdeskCore
import Foundation

/// JSON written straight to bytes by a record that knows its own fields, in the order
/// sorted keys put them, as JSONEncoder (with DeskJSON's settings) would write them.
struct JSONBytes {
  private(set) var out: [UInt8] = []
  /// Whether the object being written has a member yet, innermost last.
  private var filled: [Bool] = []

  init() { out.reserveCapacity(256) }

  /// Writes onto the end of `out` in place, rather than into bytes of its own to be copied
  /// there: a script's record is tens of megabytes.
  static func writing(onto out: inout [UInt8], _ body: (inout JSONBytes) throws -> Void) rethrows {
    var bytes = JSONBytes()
    swap(&bytes.out, &out)
    defer { swap(&bytes.out, &out) }
    try body(&bytes)
  }

  mutating func object(_ body: (inout JSONBytes) throws -> Void) rethrows {
    out.append(UInt8(ascii: "{"))
    filled.append(false)
    try body(&self)
    filled.removeLast()
    out.append(UInt8(ascii: "}"))
  }

  mutating func array<T>(_ elements: [T], _ element: (inout JSONBytes, T) throws -> Void) rethrows {
    out.append(UInt8(ascii: "["))
    for (n, value) in elements.enumerated() {
      if n > 0 { out.append(UInt8(ascii: ",")) }
      try element(&self, value)
    }
    out.append(UInt8(ascii: "]"))
  }

  /// A member's key; its value is written next.
  mutating func key(_ name: StaticString) {
    if filled[filled.count - 1] { out.append(UInt8(ascii: ",")) }
    filled[filled.count - 1] = true
    out.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { out.append(contentsOf: $0) }
    out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
  }

  mutating func string(_ text: String) { WriterValue.write(string: text, into: &out) }
  mutating func int(_ number: Int) { out.append(contentsOf: String(number).utf8) }
  mutating func decimal(_ number: Decimal) { out.append(contentsOf: Money.trimmed(number).utf8) }
  mutating func bool(_ flag: Bool) { out.append(contentsOf: (flag ? "true" : "false").utf8) }

  /// DeskJSON's date strategy; a date it cannot write is left to JSONEncoder to refuse.
  mutating func date(_ moment: Date) throws {
    out.append(UInt8(ascii: "\""))
    guard UTCSeconds.write(moment, into: &out) else { throw WriterEncoder.Unsupported() }
    out.append(UInt8(ascii: "\""))
  }

  /// A value with no hand-written form, through the generic writer: the same bytes, and a
  /// field added to it later is written without anyone remembering to.
  mutating func encodable<T: Encodable>(_ value: T) throws {
    try WriterEncoder.box(value, path: []).write(into: &out)
  }

  // Members left out when nil, as `encodeIfPresent` leaves them.
  mutating func string(_ name: StaticString, _ text: String?) {
    if let text { key(name); string(text) }
  }
  mutating func date(_ name: StaticString, _ moment: Date?) throws {
    if let moment { key(name); try date(moment) }
  }
  mutating func decimal(_ name: StaticString, _ number: Decimal?) {
    if let number { key(name); decimal(number) }
  }
  mutating func int(_ name: StaticString, _ number: Int?) {
    if let number { key(name); int(number) }
  }
}
