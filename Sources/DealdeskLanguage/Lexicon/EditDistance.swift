/// How far a typed name is from a known one, for forgiving typos without matching nonsense.
public enum EditDistance {
  /// Optimal string alignment distance (a swap of two neighbours counts 1), or nil when it
  /// is above `limit`.
  ///
  /// Only cells within `limit` of the diagonal can stay within the limit, so only that band
  /// is computed: comparing a long pasted line with a name costs its length times the
  /// limit, not the product of both lengths. Compares `Character`s as given; callers fold.
  public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
    guard limit >= 0 else { return nil }
    let source = Array(a)
    let target = Array(b)
    let n = source.count
    let m = target.count
    guard abs(n - m) <= limit else { return nil }
    if n == 0 || m == 0 { return max(n, m) }

    // No distance exceeds the longer length, so a larger limit changes nothing; clamping
    // it keeps `limit + 1` from overflowing when a caller passes `Int.max`.
    let band = min(limit, max(n, m))
    let beyond = band + 1
    var twoBack = [Int](repeating: beyond, count: m + 1)
    var previous = Array(0...m).map { $0 <= band ? $0 : beyond }
    var current = [Int](repeating: beyond, count: m + 1)

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

  /// Typos forgiven in a name of `n` characters: none up to 3, one up to 7, two beyond.
  public static func allowance(forLength n: Int) -> Int {
    switch n {
    case ..<4: 0
    case 4...7: 1
    default: 2
    }
  }
}
