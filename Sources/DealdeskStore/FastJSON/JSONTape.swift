/// A whole JSON document checked and indexed in one pass: every value becomes one 8-byte
/// entry, in document order, pointing back into the bytes. Decoding then walks entries
/// instead of re-reading text, and nothing is copied until a value is asked for.
///
/// Why not Foundation's JSONDecoder: on a branch-sized desk (100 MB) it reads 15–20 MB/s
/// and holds about 7× the file; this tape is at most 1× the file beside the bytes.
///
/// RFC 8259 JSON as JSONDecoder reads it: no comments, no control characters inside
/// strings, only the standard escapes, one value per document; like JSONDecoder it lets a
/// comma stand before a closing bracket.
struct JSONTape {
  enum Kind: UInt64 {
    /// `a` is the entry index just past the container, `b` its member (pair) or element count.
    case object = 0, array
    /// `a` is the byte offset after the opening quote, `b` the byte length.
    case string, escapedString
    /// `a` is the byte offset, `b` the byte length.
    case number
    /// `a` is the byte offset.
    case `true`, `false`, null
  }

  /// kind in the top 4 bits, `a` in the next 30, `b` in the low 30.
  struct Entry {
    var bits: UInt64
    init(_ kind: Kind, _ a: Int, _ b: Int) {
      bits = kind.rawValue << 60 | UInt64(a) << 30 | UInt64(b)
    }
    var kind: Kind { Kind(rawValue: bits >> 60) ?? .null }
    var a: Int { Int(truncatingIfNeeded: bits >> 30 & 0x3FFF_FFFF) }
    var b: Int { Int(truncatingIfNeeded: bits & 0x3FFF_FFFF) }
  }

  /// Offsets and counts have 30 bits; a desk ten times a branch's size is still far below.
  static let maxBytes = 1 << 30 - 1

  /// Where and why the text is not JSON, in the words JSONDecoder uses.
  struct SyntaxError: Error {
    var offset: Int
    var reason: String
  }

  let bytes: [UInt8]
  private(set) var entries: [Entry] = []

  init(_ bytes: [UInt8]) throws(SyntaxError) {
    self.bytes = bytes
    guard bytes.count <= Self.maxBytes else {
      throw SyntaxError(offset: 0, reason: "the file is over \(Self.maxBytes) bytes")
    }
    // Never regrown: a value takes two bytes at the least (`0,`), so half the byte count
    // always suffices. A branch's desk has one entry per 7.7 bytes, so reserving for one
    // per 10 bytes, as this did first, regrew a 40 MB array into an 80 MB one at its peak.
    // Only the pages written are resident; the rest of the reservation costs address space.
    entries.reserveCapacity(bytes.count / 2 + 16)
    try bytes.withUnsafeBufferPointer { (buffer) throws(SyntaxError) in
      var scanner = Scanner(bytes: buffer)
      try scanner.document(into: &entries)
    }
  }
}

/// The one-pass reader behind `JSONTape`. Containers are entered and left with an explicit
/// stack, so a deeply nested file cannot overflow the call stack.
private struct Scanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var at = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// An open container: its entry, its count so far, and whether it is an object.
  private struct Open {
    var entry: Int
    var count: Int
    var isObject: Bool
  }

  mutating func document(into entries: inout [JSONTape.Entry]) throws(JSONTape.SyntaxError) {
    var stack: [Open] = []
    skipSpace()
    try value(into: &entries, stack: &stack)
    while let top = stack.last {
      skipSpace()
      guard at < bytes.count else { throw fail("Unexpected end of file") }
      let c = bytes[at]
      if c == (top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
        // An empty container closes here too: the member count stays 0.
        at += 1
        stack.removeLast()
        entries[top.entry] = JSONTape.Entry(top.isObject ? .object : .array, entries.count, top.count)
        continue
      }
      if top.count > 0 {
        guard c == UInt8(ascii: ",") else { throw fail("Unexpected character '\(Self.show(c))'") }
        at += 1
        skipSpace()
        // A comma before the closing bracket, as Foundation's JSONDecoder allows: a desk
        // it opened must open here too.
        if at < bytes.count, bytes[at] == (top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) { continue }
      }
      stack[stack.count - 1].count += 1
      if top.isObject {
        guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else {
          throw fail(at < bytes.count ? "Unexpected character '\(Self.show(bytes[at]))'" : "Unexpected end of file")
        }
        try string(into: &entries)
        skipSpace()
        guard at < bytes.count, bytes[at] == UInt8(ascii: ":") else {
          throw fail(at < bytes.count ? "Unexpected character '\(Self.show(bytes[at]))'" : "Unexpected end of file")
        }
        at += 1
        skipSpace()
      }
      try value(into: &entries, stack: &stack)
    }
    skipSpace()
    guard at == bytes.count else { throw fail("Unexpected character '\(Self.show(bytes[at]))' after the top-level value") }
  }

  /// One value; a container is opened (pushed) and filled by the loop in `document`.
  private mutating func value(into entries: inout [JSONTape.Entry], stack: inout [Open]) throws(JSONTape.SyntaxError) {
    guard at < bytes.count else { throw fail("Unexpected end of file") }
    let c = bytes[at]
    switch c {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      at += 1
      guard stack.count < 10_000 else { throw fail("Too many nested arrays or dictionaries") }
      stack.append(Open(entry: entries.count, count: 0, isObject: c == UInt8(ascii: "{")))
      entries.append(JSONTape.Entry(.null, 0, 0))  // filled in when the container closes
      skipSpace()
    case UInt8(ascii: "\""):
      try string(into: &entries)
    case UInt8(ascii: "t"): try literal("true", .true, into: &entries)
    case UInt8(ascii: "f"): try literal("false", .false, into: &entries)
    case UInt8(ascii: "n"): try literal("null", .null, into: &entries)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try number(into: &entries)
    default:
      throw fail("Unexpected character '\(Self.show(c))'")
    }
  }

  private mutating func literal(_ word: StaticString, _ kind: JSONTape.Kind, into entries: inout [JSONTape.Entry]) throws(JSONTape.SyntaxError) {
    let start = at
    let count = word.utf8CodeUnitCount
    guard bytes.count - at >= count else { throw fail("Unexpected end of file") }
    var i = 0
    while i < count {
      guard bytes[at + i] == word.utf8Start[i] else { throw fail("Invalid literal") }
      i += 1
    }
    at += count
    entries.append(JSONTape.Entry(kind, start, 0))
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
  private mutating func number(into entries: inout [JSONTape.Entry]) throws(JSONTape.SyntaxError) {
    let start = at
    if bytes[at] == UInt8(ascii: "-") { at += 1 }
    guard at < bytes.count, isDigit(bytes[at]) else { throw fail("Invalid number") }
    if bytes[at] == UInt8(ascii: "0") {
      at += 1
      if at < bytes.count, isDigit(bytes[at]) { throw fail("Number with leading zero") }
    } else {
      while at < bytes.count, isDigit(bytes[at]) { at += 1 }
    }
    if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
      at += 1
      guard at < bytes.count, isDigit(bytes[at]) else { throw fail("Invalid number") }
      while at < bytes.count, isDigit(bytes[at]) { at += 1 }
    }
    if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
      at += 1
      if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
      guard at < bytes.count, isDigit(bytes[at]) else { throw fail("Invalid number") }
      while at < bytes.count, isDigit(bytes[at]) { at += 1 }
    }
    entries.append(JSONTape.Entry(.number, start, at - start))
  }

  /// A string from its opening quote; escapes are checked here and decoded only when read.
  private mutating func string(into entries: inout [JSONTape.Entry]) throws(JSONTape.SyntaxError) {
    at += 1
    let start = at
    var escaped = false
    while true {
      guard at < bytes.count else { throw fail("Unexpected end of file during string") }
      let c = bytes[at]
      if c == UInt8(ascii: "\"") { break }
      if c < 0x20 { throw fail("Unescaped control character in string") }
      if c == UInt8(ascii: "\\") {
        escaped = true
        at += 1
        guard at < bytes.count else { throw fail("Unexpected end of file during string") }
        switch bytes[at] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          at += 1
        case UInt8(ascii: "u"):
          guard bytes.count - at > 4 else { throw fail("Unexpected end of file during string") }
          for i in 1...4 where JSONText.hexValue(bytes[at + i]) == nil { throw fail("Invalid unicode escape sequence") }
          at += 5
        default:
          throw fail("Invalid escape sequence")
        }
        continue
      }
      at += 1
    }
    entries.append(JSONTape.Entry(escaped ? .escapedString : .string, start, at - start))
    at += 1
  }

  private mutating func skipSpace() {
    while at < bytes.count {
      switch bytes[at] {
      case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): at += 1
      default: return
      }
    }
  }

  private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

  private func fail(_ reason: String) -> JSONTape.SyntaxError {
    JSONTape.SyntaxError(offset: at, reason: reason)
  }

  private static func show(_ c: UInt8) -> String {
    c >= 0x20 && c < 0x7F ? String(UnicodeScalar(c)) : "\\u{\(String(c, radix: 16))}"
  }
}

/// Reading a string entry's text.
enum JSONText {
  static func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(c - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(c - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// The text of an escaped string (already checked by the scanner, apart from surrogates);
  /// nil when it is not valid UTF-8 or pairs its surrogates wrongly.
  static func unescape(_ bytes: ArraySlice<UInt8>) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = bytes.startIndex
    func hex4(_ at: Int) -> UInt32? {
      guard at + 4 <= bytes.endIndex else { return nil }
      var value: UInt32 = 0
      for j in at..<(at + 4) {
        guard let digit = hexValue(bytes[j]) else { return nil }
        value = value << 4 | digit
      }
      return value
    }
    while i < bytes.endIndex {
      let c = bytes[i]
      guard c == UInt8(ascii: "\\") else {
        out.append(c)
        i += 1
        continue
      }
      let e = bytes[i + 1]
      i += 2
      switch e {
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        guard var scalar = hex4(i) else { return nil }
        i += 4
        if (0xD800..<0xDC00).contains(scalar) {
          // A high surrogate must be followed by an escaped low one.
          guard i + 6 <= bytes.endIndex, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
            let low = hex4(i + 2), (0xDC00..<0xE000).contains(low)
          else { return nil }
          i += 6
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
          return nil
        }
        guard let unicode = Unicode.Scalar(scalar) else { return nil }
        out.append(contentsOf: Array(String(Character(unicode)).utf8))
      default: out.append(e)  // " \ /
      }
    }
    return String(validating: out, as: UTF8.self)
  }
}
