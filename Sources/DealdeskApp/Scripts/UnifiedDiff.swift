/// Two texts compared line by line, printed as `diff -u` prints them: `---`/`+++` headers,
/// then `@@ -l,n +l,n @@` hunks with `context` unchanged lines around each change, changes
/// closer than twice that sharing a hunk, and `\ No newline at end of file` where one is missing.
///
/// The edit is a shortest one (Myers' O(ND) algorithm: the unchanged lines are a longest
/// common subsequence), so the diff of two transcripts that differ in a line or two costs
/// little more than reading them, however long they are.
public enum UnifiedDiff {
  /// nil when the texts are the same.
  public static func diff(from old: String, to new: String, oldName: String, newName: String, context: Int = 3) -> String? {
    let a = Line.split(old)
    let b = Line.split(new)
    guard a != b else { return nil }
    let edits = Edit.script(a, b)
    var out = ["--- \(oldName)", "+++ \(newName)"]
    for hunk in hunks(edits, context: max(0, context)) {
      out.append(header(hunk, edits))
      for edit in edits[hunk] {
        switch edit {
        case .same(let i, _): out += a[i].printed(" ")
        case .removed(let i): out += a[i].printed("-")
        case .added(let j): out += b[j].printed("+")
        }
      }
    }
    return out.joined(separator: "\n")
  }

  /// A line and whether a newline ends it (only a file's last line may lack one).
  struct Line: Hashable {
    let text: Substring
    let ended: Bool

    static func split(_ text: String) -> [Line] {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(text: $0, ended: true) }
      // "a\nb\n" splits into a, b and an empty rest: the newline ended b. "a\nb" leaves b unended.
      if let last = lines.popLast(), !last.text.isEmpty { lines.append(Line(text: last.text, ended: false)) }
      return lines
    }

    func printed(_ mark: String) -> [String] {
      ended ? [mark + text] : [mark + text, "\\ No newline at end of file"]
    }
  }

  /// One step of turning the old lines into the new: indices into each.
  enum Edit: Equatable {
    case same(Int, Int)
    case removed(Int)
    case added(Int)

    /// A shortest edit from `a` to `b`, removals before additions within each change.
    static func script<Element: Hashable>(_ a: [Element], _ b: [Element]) -> [Edit] {
      // Lines both texts begin or end with need no search.
      let prefix = zip(a, b).prefix { $0 == $1 }.count
      let suffix = zip(a.dropFirst(prefix).reversed(), b.dropFirst(prefix).reversed()).prefix { $0 == $1 }.count
      let middle = myers(Array(a[prefix..<(a.count - suffix)]), Array(b[prefix..<(b.count - suffix)]))
      var edits = (0..<prefix).map { Edit.same($0, $0) }
      edits += grouped(middle).map { $0.shifted(by: prefix) }
      edits += (0..<suffix).map { Edit.same(a.count - suffix + $0, b.count - suffix + $0) }
      return edits
    }

    private func shifted(by offset: Int) -> Edit {
      switch self {
      case .same(let i, let j): return .same(i + offset, j + offset)
      case .removed(let i): return .removed(i + offset)
      case .added(let j): return .added(j + offset)
      }
    }

    /// Within each run of changes, removals first, as diff prints them; the order of each
    /// kind is kept, so it is still the same edit.
    private static func grouped(_ edits: [Edit]) -> [Edit] {
      var out: [Edit] = []
      var removed: [Edit] = []
      var added: [Edit] = []
      for edit in edits {
        switch edit {
        case .removed: removed.append(edit)
        case .added: added.append(edit)
        case .same:
          out += removed + added + [edit]
          removed = []
          added = []
        }
      }
      return out + removed + added
    }

    /// Myers (1986): for d = 0, 1, … find how far each diagonal k = x − y gets with d edits;
    /// the first d to reach the end is the shortest. `furthest[k]` is that x; `trace[d]` keeps
    /// it (for diagonals −d−1…d+1) as it stood before round d, to walk back the path.
    private static func myers<Element: Equatable>(_ a: [Element], _ b: [Element]) -> [Edit] {
      let n = a.count
      let m = b.count
      if n == 0 { return (0..<m).map { .added($0) } }
      if m == 0 { return (0..<n).map { .removed($0) } }
      let offset = n + m + 1
      var furthest = [Int](repeating: 0, count: 2 * offset + 1)
      var trace: [[Int]] = []
      search: for d in 0...(n + m) {
        trace.append(Array(furthest[(offset - d - 1)...(offset + d + 1)]))
        for k in stride(from: -d, through: d, by: 2) {
          // Down (an addition) from diagonal k+1, or right (a removal) from k−1, whichever got further.
          var x = k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1])
            ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1
          var y = x - k
          while x < n, y < m, a[x] == b[y] {
            x += 1
            y += 1
          }
          furthest[offset + k] = x
          if x >= n, y >= m { break search }
        }
      }
      // Walk back from the end, one round at a time.
      var edits: [Edit] = []
      var (x, y) = (n, m)
      for d in stride(from: trace.count - 1, through: 0, by: -1) {
        let before = trace[d]
        func reached(_ k: Int) -> Int { before[k + d + 1] }
        let k = x - y
        let previous = k == -d || (k != d && reached(k - 1) < reached(k + 1)) ? k + 1 : k - 1
        let startX = reached(previous)
        let startY = startX - previous
        while x > startX, y > startY {
          edits.append(.same(x - 1, y - 1))
          x -= 1
          y -= 1
        }
        guard d > 0 else { break }
        if x == startX {
          edits.append(.added(y - 1))
        } else {
          edits.append(.removed(x - 1))
        }
        (x, y) = (startX, startY)
      }
      return edits.reversed()
    }
  }

  /// Ranges of `edits` to print: each change with `context` lines either side, merged where
  /// they would touch or overlap.
  static func hunks(_ edits: [Edit], context: Int) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for (index, edit) in edits.enumerated() {
      if case .same = edit { continue }
      let range = max(0, index - context)..<min(edits.count, index + context + 1)
      if let last = ranges.last, range.lowerBound <= last.upperBound {
        ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
      } else {
        ranges.append(range)
      }
    }
    return ranges
  }

  /// `@@ -start,count +start,count @@`, counting lines from 1; an empty side names the line
  /// before it (0 at the top), and a count of 1 is left out, as diff does.
  private static func header(_ hunk: Range<Int>, _ edits: [Edit]) -> String {
    var (oldBefore, newBefore) = (0, 0)
    for edit in edits[..<hunk.lowerBound] {
      switch edit {
      case .same:
        oldBefore += 1
        newBefore += 1
      case .removed: oldBefore += 1
      case .added: newBefore += 1
      }
    }
    var (oldCount, newCount) = (0, 0)
    for edit in edits[hunk] {
      switch edit {
      case .same:
        oldCount += 1
        newCount += 1
      case .removed: oldCount += 1
      case .added: newCount += 1
      }
    }
    func range(_ before: Int, _ count: Int) -> String {
      let start = count == 0 ? before : before + 1
      return count == 1 ? "\(start)" : "\(start),\(count)"
    }
    return "@@ -\(range(oldBefore, oldCount)) +\(range(newBefore, newCount)) @@"
  }
}
