/// A plain text table: columns padded to their widest cell, numbers right-aligned. On a
/// screen with a width it fits it (TableFit): a table says which columns may be cut and
/// which go first; one that says nothing lets its text columns after the first be cut.
struct Table {
  enum Align { case left, right }

  var headers: [String]
  var align: [Align]
  var rows: [[String]] = []
  /// Per row, the cells a screen with colour marks (by column).
  private var marks: [Int: [Int: Mark]] = [:]
  /// Columns (by header) whose text may be cut with an ellipsis, the first to give first,
  /// and the width each keeps at least.
  var cuttable: KeyValuePairs<String, Int>?
  /// Columns (by header) that go when the table cannot fit, least important first.
  var dropsFirst: [String] = []

  init(_ headers: [String], align: [Align]) {
    self.headers = headers
    self.align = align
  }

  /// A row; `marks` name the cells (by header) whose words carry a meaning colour can show.
  mutating func add(_ row: [String], marks: [String: Mark] = [:]) {
    let byColumn = marks.reduce(into: [Int: Mark]()) { out, mark in
      if let column = headers.firstIndex(of: mark.key) { out[column] = mark.value }
    }
    if !byColumn.isEmpty { self.marks[rows.count] = byColumn }
    rows.append(row)
  }

  func render(indent: String = "  ") -> String {
    render(indent: indent, on: Screen.current)
  }

  func render(indent: String, on screen: Screen) -> String {
    let columns = screen.columns
    // Measured as drawn, so that `…` turned into `...` still fits.
    let drawn = columns != nil && screen.style == .ascii
    let head = drawn ? headers.map { screen.style.draw($0) } : headers
    let body = drawn ? rows.map { $0.map { screen.style.draw($0) } } : rows
    let all = [head] + body
    let natural = headers.indices.map { col in all.map { $0.indices.contains(col) ? Self.width($0[col]) : 0 }.max() ?? 0 }
    let fit = TableFit.plan(
      natural: natural, floors: floors(), cutOrder: cuttable.map { $0.compactMap { headers.firstIndex(of: $0.key) } },
      drops: dropsFirst.compactMap { headers.firstIndex(of: $0) },
      indent: Self.width(indent), available: columns)
    let widths = fit.widths
    func line(_ cells: [String], marks: [Int: Mark]) -> String {
      let shown = fit.kept.filter { cells.indices.contains($0) }
      let padded = shown.map { col -> String in
        let cell = TableFit.cut(cells[col], to: widths[col], style: screen.style)
        let pad = String(repeating: " ", count: max(0, widths[col] - Self.width(cell)))
        let text = marks[col].map { Style.mark(cell, $0, color: screen.color) } ?? cell
        let right = align.indices.contains(col) && align[col] == .right
        return right ? pad + text : (col == shown.last ? text : text + pad)
      }
      // An empty last column must not leave spaces at the end of the line.
      let text = Self.trailingSpacesDropped(indent + padded.joined(separator: "  "))
      return columns.map { LineFit.cut(text, to: $0, style: screen.style) } ?? text
    }
    let ruled = indent + fit.kept.map { String(repeating: "─", count: widths[$0]) }.joined(separator: "  ")
    let rule = Self.trailingSpacesDropped(columns.map { String(ruled.prefix($0)) } ?? ruled)
    return ([line(head, marks: [:]), rule] + body.enumerated().map { line($1, marks: marks[$0] ?? [:]) }).joined(separator: "\n")
  }

  /// The width each cuttable column keeps at least: its header's (a column must still say
  /// what it is), or more where the table asks for it.
  private func floors() -> [Int: Int] {
    var floors: [Int: Int] = [:]
    for (col, header) in headers.enumerated() {
      let asked: Int?
      if let cuttable {
        asked = cuttable.first { $0.key == header }?.value
      } else {
        asked = col > 0 && align.indices.contains(col) && align[col] == .left ? Self.defaultFloor : nil
      }
      if let asked { floors[col] = max(asked, Self.width(header)) }
    }
    return floors
  }

  /// Enough of a name or a phrase to tell it from its neighbours.
  static let defaultFloor = 8

  /// The columns a cell takes on a terminal (TerminalColumns); plain ASCII (but "\r\n",
  /// one character) is counted by its bytes, without finding character boundaries.
  static func width(_ cell: String) -> Int {
    if cell.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D && $0 != 0x1B }) { return cell.utf8.count }
    return TerminalColumns.of(cell)
  }

  /// Trimmed byte by byte from the end: a space is one byte and never part of a longer character.
  static func trailingSpacesDropped(_ text: String) -> String {
    let bytes = text.utf8
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
    return String(text[..<end])
  }
}
