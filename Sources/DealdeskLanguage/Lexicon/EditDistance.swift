/// How far a typed name is from a known one, for forgiving typos without matching nonsense.
public enum EditDistance {
  /// Optimal string alignment distance (a swap of two neighbours counts 1), or nil when it
  /// is above `limit`.
  ///
  /// Only cells within `limit` of the diagonal can stay within the limit, so only that band
  /// is computed: comparing a long pasted line with a name costs its length times the
  /// limit, not the product of both lengths. Compares `Character`s as given; callers fold.
  public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
    // Names are mostly ASCII, where bytes are characters and compare far faster.
    if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) {
      return distance(Array(a.utf8), Array(b.utf8), limit: limit)
    }
    return distance(Array(a), Array(b), limit: limit)
  }

  static func distance<Element: Equatable>(_ source: [Element], _ target: [Element], limit: Int) -> Int? {
    guard limit >= 0 else { return nil }
    let n = source.count
    let m = target.count
    guard abs(n - m) <= limit else { return nil }
    if n == 0 || m == 0 { return max(n, m) }

    // No distance exceeds the longer length, so a larger limit changes nothing; clamping
    // it keeps `limit + 1` from overflowing when a caller passes `Int.max`.
    let band = min(limit, max(n, m))
    let beyond = band + 1
    // Three rows on the stack: names are compared by the hundred per line typed.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
      guard let base = rows.baseAddress else { return nil }
      var twoBack = base
      var previous = twoBack + (m + 1)
      var current = previous + (m + 1)
      for j in 0...m {
        twoBack[j] = beyond
        previous[j] = j <= band ? j : beyond
        current[j] = beyond
      }
      for i in 1...n {
        let low = max(1, i - band)
        let high = min(m, i + band)
        current[low - 1] = low == 1 ? i : beyond
        if high < m { current[high + 1] = beyond }
        var rowBest = current[low - 1]
        for j in low...high {
          let substitution = source[i - 1] == target[j - 1] ? 0 : 1
          var cost = min(previous[j - 1] + substitution, previous[j] + 1, current[j - 1] + 1)
          if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
            cost = min(cost, twoBack[j - 2] + 1)
          }
          current[j] = min(cost, beyond)
          rowBest = min(rowBest, current[j])
        }
        if rowBest > band { return nil }
        (twoBack, previous, current) = (previous, current, twoBack)
      }
      return previous[m] <= band ? previous[m] : nil
    }
  }

  /// Typos forgiven in a name of `n` characters: none up to 3, one up to 7, two beyond.
  public static func allowance(forLength n: Int) -> Int {
    switch n {
    case ..<4: 0
    case 4...7: 1
    default: 2
    }
  }
}
