/// How a table gives way on a screen narrower than its text: first the columns its
/// declaration names as least important go, while even cut down the rest would not fit;
/// then the columns that may be cut (names, wording) shrink, down to the width each keeps
/// at least: in the order the table gives, or else the widest first. Numbers, ids and
/// dates are never cut: a cut figure reads as a different figure.
struct TableFit: Equatable {
  /// The columns shown, in their order.
  var kept: [Int]
  /// Each column's width (every column's, shown or not).
  var widths: [Int]

  /// - Parameters:
  ///   - natural: each column's widest cell, header included.
  ///   - floors: for a column that may be cut, the width it keeps at least.
  ///   - cutOrder: the columns to cut, first to give first; nil cuts the widest first.
  ///   - drops: columns that may go, least important first.
  ///   - available: the columns the whole line may take, indent included.
  static func plan(
    natural: [Int], floors: [Int: Int], cutOrder: [Int]? = nil, drops: [Int], indent: Int, gap: Int = 2, available: Int?
  ) -> TableFit {
    var fit = TableFit(kept: Array(natural.indices), widths: natural)
    guard let available else { return fit }
    func total(_ widths: (Int) -> Int) -> Int {
      indent + fit.kept.map(widths).reduce(0, +) + gap * max(0, fit.kept.count - 1)
    }
    func floor(_ column: Int) -> Int { min(natural[column], floors[column] ?? natural[column]) }
    var pending = drops[...]
    while total(floor) > available, let next = pending.popFirst() {
      fit.kept.removeAll { $0 == next }
    }
    var excess = total { fit.widths[$0] } - available
    for column in cutOrder ?? [] where excess > 0 && fit.kept.contains(column) {
      let give = min(excess, max(0, fit.widths[column] - floor(column)))
      fit.widths[column] -= give
      excess -= give
    }
    while excess > 0 {
      // The widest column that can still give a character gives it: long names and
      // wording meet in the middle instead of one of them vanishing.
      let candidates = fit.kept.filter { floors[$0] != nil && fit.widths[$0] > floor($0) }
      guard let widest = candidates.max(by: { fit.widths[$0] < fit.widths[$1] }) else { break }
      fit.widths[widest] -= 1
      excess -= 1
    }
    return fit
  }

  /// `text` in at most `width` columns: whole when it fits, else its start and an ellipsis
  /// (`…`, or `...` where the locale draws in ASCII), trailing spaces before it dropped.
  static func cut(_ text: String, to width: Int, style: ChartStyle) -> String {
    guard Table.width(text) > width else { return text }
    let ellipsis = style == .ascii ? "..." : "…"
    let room = width - ellipsis.count
    guard room > 0 else { return prefix(text, columns: max(0, width)) }
    var kept = prefix(text, columns: room)
    while kept.last == " " { kept.removeLast() }
    return kept + ellipsis
  }

  /// The longest start of `text` that takes at most `columns` (a wide character that would
  /// straddle the edge is left out whole).
  static func prefix(_ text: String, columns: Int) -> String {
    var kept = ""
    var used = 0
    for character in text {
      let width = TerminalColumns.of(String(character))
      if used + width > columns { break }
      kept.append(character)
      used += width
    }
    return kept
  }
}
