/// A plain text table: columns padded to their widest cell, numbers right-aligned.
struct Table {
  enum Align { case left, right }

  var headers: [String]
  var align: [Align]
  var rows: [[String]] = []

  init(_ headers: [String], align: [Align]) {
    self.headers = headers
    self.align = align
  }

  mutating func add(_ row: [String]) { rows.append(row) }

  func render(indent: String = "  ") -> String {
    let all = [headers] + rows
    let widths = headers.indices.map { col in all.map { $0.indices.contains(col) ? Self.width($0[col]) : 0 }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      let padded = cells.enumerated().map { col, cell -> String in
        let pad = String(repeating: " ", count: max(0, widths[col] - Self.width(cell)))
        let right = align.indices.contains(col) && align[col] == .right
        return right ? pad + cell : (col == cells.count - 1 ? cell : cell + pad)
      }
      // An empty last column must not leave spaces at the end of the line.
      return Self.trailingSpacesDropped(indent + padded.joined(separator: "  "))
    }
    let rule = Self.trailingSpacesDropped(indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
    return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
  }

  /// Columns are as wide as their characters; plain ASCII (but "\r\n", one character) is
  /// counted by its bytes, without finding character boundaries.
  static func width(_ cell: String) -> Int {
    cell.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? cell.utf8.count : cell.count
  }

  /// Trimmed byte by byte from the end: a space is one byte and never part of a longer character.
  static func trailingSpacesDropped(_ text: String) -> String {
    let bytes = text.utf8
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
    return String(text[..<end])
  }
}
