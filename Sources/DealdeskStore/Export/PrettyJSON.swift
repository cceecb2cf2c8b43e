import DealdeskCore
import Foundation

/// The export's JSON written as it goes: keys in the order given, two-space indents, a
/// field that does not apply written as `null`. It holds at most about one chunk of the
/// document: when a sink is given, full chunks go to it between the elements of an array,
/// so a branch's desk is never held as a tree of values, nor as one string, on its way to
/// a file.
///
/// Its bytes are the old tree's (`JSONValue.text(pretty: true)`, kept in the tests as the
/// reference): its escaping (quote, backslash, `\n \r \t`, other control characters as
/// `\u00xx`), its empty `[]` and `{}`, its dates and decimal strings.
struct PrettyJSON {
  private(set) var out: [UInt8] = []
  /// How deep the open container is (the top level is 0).
  private var depth = 0
  /// Whether the open container has a member yet; the outer ones' below it.
  private var filled = false
  private var outer: [Bool] = []
  private let chunk: Int
  private let sink: ((inout [UInt8]) -> Void)?

  /// `sink` takes each full chunk (and leaves the array empty); without one the whole
  /// document stays in `out`.
  init(chunk: Int = 1 << 18, sink: ((inout [UInt8]) -> Void)? = nil) {
    self.chunk = chunk
    self.sink = sink
    out.reserveCapacity(sink == nil ? 1 << 16 : chunk + (1 << 14))
  }

  /// Hands what is left to the sink.
  mutating func finish() {
    if let sink, !out.isEmpty { sink(&out) }
  }

  // MARK: - Containers

  mutating func object(_ body: (inout PrettyJSON) -> Void) {
    open(UInt8(ascii: "{"))
    body(&self)
    close(UInt8(ascii: "}"))
  }

  mutating func array<S: Sequence>(_ elements: S, _ element: (inout PrettyJSON, S.Element) -> Void) {
    open(UInt8(ascii: "["))
    for value in elements {
      nextMember()
      element(&self, value)
      if out.count >= chunk, let sink { sink(&out) }
    }
    close(UInt8(ascii: "]"))
  }

  /// A member's key; its value is written next. Keys are the export's own names, which
  /// need no escaping.
  mutating func key(_ name: StaticString) {
    nextMember()
    out.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { out.append(contentsOf: $0) }
    out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " ")])
  }

  private mutating func open(_ bracket: UInt8) {
    out.append(bracket)
    outer.append(filled)
    filled = false
    depth += 1
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if filled { newline() }
    out.append(bracket)
    filled = outer.popLast() ?? true
  }

  private mutating func nextMember() {
    if filled { out.append(UInt8(ascii: ",")) }
    filled = true
    newline()
  }

  private mutating func newline() {
    out.append(UInt8(ascii: "\n"))
    let width = 2 * depth
    if width <= Self.spaces.count {
      out.append(contentsOf: Self.spaces[..<width])
    } else {
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
    }
  }

  private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

  // MARK: - Values

  mutating func null() { out.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")]) }

  mutating func bool(_ flag: Bool) { out.append(contentsOf: (flag ? "true" : "false").utf8) }

  mutating func int(_ number: Int?) {
    guard let number else { return null() }
    out.append(contentsOf: String(number).utf8)
  }

  mutating func string(_ text: String?) {
    guard var text else { return null() }
    out.append(UInt8(ascii: "\""))
    text.withUTF8 { bytes in
      var plain = 0
      for (n, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<n]))
        escape(byte)
        plain = n + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  private mutating func escape(_ byte: UInt8) {
    let backslash = UInt8(ascii: "\\")
    switch byte {
    case UInt8(ascii: "\""), backslash: out.append(contentsOf: [backslash, byte])
    case 0x0A: out.append(contentsOf: [backslash, UInt8(ascii: "n")])
    case 0x0D: out.append(contentsOf: [backslash, UInt8(ascii: "r")])
    case 0x09: out.append(contentsOf: [backslash, UInt8(ascii: "t")])
    default:
      let hex = Array("0123456789abcdef".utf8)
      out.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
    }
  }

  /// Money as a string with two decimals ("12.40").
  mutating func amount(_ value: Decimal?) { string(value.map { Money.plain($0) }) }

  /// A quantity or percent as a string without trailing zeros ("500", "12.5").
  mutating func quantity(_ value: Decimal?) { string(value.map(Money.trimmed)) }

  /// `2026-11-28T10:00:00Z`. Whole seconds in four-digit years by arithmetic; anything else
  /// by the formatter the export always used, so that every date reads as it did.
  mutating func date(_ value: Date?) {
    guard let value else { return null() }
    let seconds = value.timeIntervalSince1970
    if seconds == seconds.rounded(.down), seconds >= Self.yearOne {
      out.append(UInt8(ascii: "\""))
      if UTCSeconds.write(value, into: &out) {
        out.append(UInt8(ascii: "\""))
        return
      }
      out.removeLast()
    }
    string(ISO8601DateFormatter.string(from: value, timeZone: TimeZone(identifier: "UTC") ?? .current, formatOptions: [.withInternetDateTime]))
  }

  /// 1000-01-01T00:00:00Z: earlier years the formatter may write otherwise.
  private static let yearOne: Double = -30_610_224_000

  // MARK: - Members

  mutating func string(_ name: StaticString, _ text: String?) { key(name); string(text) }
  mutating func int(_ name: StaticString, _ number: Int?) { key(name); int(number) }
  mutating func bool(_ name: StaticString, _ flag: Bool) { key(name); bool(flag) }
  mutating func amount(_ name: StaticString, _ value: Decimal?) { key(name); amount(value) }
  mutating func quantity(_ name: StaticString, _ value: Decimal?) { key(name); quantity(value) }
  mutating func date(_ name: StaticString, _ value: Date?) { key(name); date(value) }
  mutating func null(_ name: StaticString) { key(name); null() }
}
