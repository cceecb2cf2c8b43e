extension OutcomeSpace {
  /// The outcomes no other outcome dominates, in the (seller utility, client utility)
  /// plane, ordered along the frontier: seller utility descending, so client utility
  /// ascending; outcomes with identical utility pairs are all kept, in outcome order.
  ///
  /// One sweep, O(n log n): sort by seller utility descending, then client utility
  /// descending, then outcome order (a total order, so the sort's stability is irrelevant).
  /// Within a run of equal seller utility, an outcome is dominated by one of the same run
  /// with higher client utility, or by any earlier run with client utility at least its own;
  /// so it is on the frontier exactly when it has its run's best client utility and that
  /// beats everything seen before.
  static func frontier(seller: [Int], client: [Int]) -> [Outcome] {
    let order = Outcome.all.sorted { a, b in
      let (i, j) = (a.index, b.index)
      if seller[i] != seller[j] { return seller[i] > seller[j] }
      if client[i] != client[j] { return client[i] > client[j] }
      return i < j
    }
    var frontier: [Outcome] = []
    var bestBefore = Int.min
    var start = 0
    while start < order.count {
      let runSeller = seller[order[start].index]
      let runBest = client[order[start].index]  // the run is sorted by client, best first
      var next = start
      while next < order.count, seller[order[next].index] == runSeller {
        let outcome = order[next]
        if client[outcome.index] == runBest, runBest > bestBefore { frontier.append(outcome) }
        next += 1
      }
      bestBefore = max(bestBefore, runBest)
      start = next
    }
    return frontier
  }
}
