import Foundation
import DealdeskCore

/// Something a name in a line can stand for.
public enum EntityRef: Hashable, Sendable {
  case client(String)
  case product(String)
  case category(String)

  public enum Kind: Sendable { case client, product, category }

  public var kind: Kind {
    switch self {
    case .client: .client
    case .product: .product
    case .category: .category
    }
  }
}

/// How well a name matched what was typed; better matches win.
public enum MatchQuality: Int, Comparable, Sendable {
  case typo, prefix, exact
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

public struct NameMatch: Equatable, Sendable {
  /// One ref when resolved; several when the words fit more than one thing.
  public var refs: [EntityRef]
  public var consumed: Int
  public var quality: MatchQuality
}

/// Every name on the desk, folded, for resolving what a manager typed: full names, SKUs
/// and categories, matched exactly, by prefix, or within a typo allowance.
public struct NameIndex: Sendable {
  struct Key: Sendable {
    var text: String
    var words: Int
    var ref: EntityRef
  }

  private var exact: [String: [EntityRef]] = [:]
  /// Sorted by text, for prefix search by binary search.
  private var sorted: [Key] = []
  private var displayNames: [EntityRef: String] = [:]
  private(set) var maxWords = 1
  /// Positions in `sorted` by the deletion neighbourhood of their heads' first characters,
  /// so a typo is looked up instead of compared with every name (see `typoCandidates`).
  private var nearby: [String: [Int32]] = [:]

  /// How many leading characters of a name the typo lookup keys on.
  static let nearbyPrefix = 6
  /// The largest typo allowance (`EditDistance.allowance`): deletions kept per key.
  static let nearbyDeletions = 2

  public init(desk: Desk) {
    var keys: [Key] = []
    func add(_ name: String, _ ref: EntityRef) {
      let words = Fold.fold(name).split(whereSeparator: \.isWhitespace)
      guard !words.isEmpty else { return }
      let text = words.joined(separator: " ")
      keys.append(Key(text: text, words: words.count, ref: ref))
    }
    // In a fixed order, so candidates for an ambiguous name always list the same way.
    for client in desk.clientsInOrder where client.status != .archived {
      add(client.name, .client(client.id))
      displayNames[.client(client.id)] = client.name
    }
    for product in desk.productsInOrder {
      add(product.name, .product(product.sku))
      add(product.sku, .product(product.sku))
      displayNames[.product(product.sku)] = product.name
    }
    for category in desk.categories {
      add(category, .category(category))
      displayNames[.category(category)] = category
    }
    for key in keys {
      if !(exact[key.text]?.contains(key.ref) ?? false) { exact[key.text, default: []].append(key.ref) }
      maxWords = max(maxWords, key.words)
    }
    // Ties keep the order the keys were added in (sorting is not stable by itself).
    sorted = keys.enumerated().sorted { ($0.element.text, $0.element.words, $0.offset) < ($1.element.text, $1.element.words, $1.offset) }.map(\.element)
    for (position, key) in sorted.enumerated() {
      var variants: Set<String> = []
      for head in Self.headPrefixes(key.text) { Self.deletions(of: head, into: &variants) }
      for variant in variants { nearby[variant, default: []].append(Int32(position)) }
    }
  }

  /// The first `nearbyPrefix` characters of every head a key is compared by (its first
  /// word, first two words, …): they differ only while a head is shorter than the prefix.
  private static func headPrefixes(_ text: String) -> [Substring] {
    var prefixes: [Substring] = []
    var end = text.startIndex
    var length = 0
    while end < text.endIndex {
      if text[end] == " " { prefixes.append(text[..<end]) }
      end = text.index(after: end)
      length += 1
      if length == nearbyPrefix { break }
    }
    prefixes.append(text[..<end])
    return prefixes
  }

  /// Every string made by deleting at most `nearbyDeletions` characters from `text`.
  private static func deletions(of text: Substring, into variants: inout Set<String>) {
    let characters = Array(text)
    variants.insert(String(characters))
    guard !characters.isEmpty else { return }
    for i in characters.indices {
      var one = characters
      one.remove(at: i)
      variants.insert(String(one))
      guard nearbyDeletions >= 2 else { continue }
      for j in i..<one.count {
        var two = one
        two.remove(at: j)
        variants.insert(String(two))
      }
    }
  }

  /// Every key that can be within a typo of `typed`, in key order (a superset: `nearest`
  /// still measures each). Two strings within k edits (a swap counts one) both reduce to a
  /// common string by at most k deletions each, and so do their first p characters; so a
  /// key whose head is near `typed` shares a deletion variant of its prefix with `typed`'s.
  private func typoCandidates(_ typed: String) -> [Key] {
    var variants: Set<String> = []
    Self.deletions(of: typed.prefix(Self.nearbyPrefix), into: &variants)
    var positions: Set<Int32> = []
    for variant in variants {
      if let found = nearby[variant] { positions.formUnion(found) }
    }
    return positions.sorted().map { sorted[Int($0)] }
  }

  public func display(_ ref: EntityRef) -> String {
    displayNames[ref] ?? {
      switch ref {
      case .client(let id), .product(let id), .category(let id): id
      }
    }()
  }

  /// The best name starting at `index`, of the kinds asked for. Longer names win over
  /// shorter ones ("linen 220" over "linen"); at one length an exact name wins over a prefix;
  /// typos are tried only when nothing matched exactly or by prefix.
  public func match(_ tokens: [Token], at index: Int, kinds: Set<EntityRef.Kind>) -> NameMatch? {
    guard tokens.indices.contains(index) else { return nil }
    if tokens[index].kind == .quoted {
      // Quotes force a literal name: no prefixes, no typos.
      let refs = (exact[Fold.fold(tokens[index].text).split(whereSeparator: \.isWhitespace).joined(separator: " ")] ?? [])
        .filter { kinds.contains($0.kind) }
      return refs.isEmpty ? nil : NameMatch(refs: refs, consumed: 1, quality: .exact)
    }
    let words = wordRun(tokens, from: index)
    guard !words.isEmpty else { return nil }
    for count in stride(from: words.count, through: 1, by: -1) {
      let typed = words[0..<count].joined(separator: " ")
      var found = NameMatch(refs: (exact[typed] ?? []).filter { kinds.contains($0.kind) }, consumed: count, quality: .exact)
      if found.refs.isEmpty, typed.count >= 2 {
        found = NameMatch(refs: withPrefix(typed, kinds: kinds), consumed: count, quality: .prefix)
      }
      guard !found.refs.isEmpty else { continue }
      return longerByTypo(tokens, from: index, words: words, matched: typed, count: count, kinds: kinds) ?? found
    }
    for count in stride(from: words.count, through: 1, by: -1) {
      let typed = words[0..<count].joined(separator: " ")
      let near = withinTypo(typed, words: count, kinds: kinds)
      if !near.isEmpty { return NameMatch(refs: near, consumed: count, quality: .typo) }
    }
    return nil
  }

  /// Only whole-word tokens can be part of a name, and no more of them than the longest name.
  private func wordRun(_ tokens: [Token], from index: Int) -> [String] {
    var words: [String] = []
    var i = index
    while i < tokens.count, tokens[i].kind == .word, words.count < maxWords {
      words.append(tokens[i].folded)
      i += 1
    }
    return words
  }

  /// A name typed right except for a slip in a later word ("Bora Fabrcs", "Linen 22O") first
  /// matches its head by prefix; the words after the head then make a closer typo of one of
  /// the names that head starts, which is what was meant. Words that read as a number,
  /// quantity or price, fillers and keywords are never taken as part of a name this way, so
  /// "linen 20 rolls" stays the category and a quantity.
  private func longerByTypo(
    _ tokens: [Token], from index: Int, words: [String], matched: String, count: Int, kinds: Set<EntityRef.Kind>
  ) -> NameMatch? {
    var longest = count
    while longest < words.count, Self.canContinueName(tokens, at: index + longest) { longest += 1 }
    guard longest > count else { return nil }
    let candidates = sorted[prefixRange(matched)].filter { kinds.contains($0.ref.kind) }
    for extra in stride(from: longest, to: count, by: -1) {
      let typed = words[0..<extra].joined(separator: " ")
      let near = nearest(typed, words: extra, among: candidates)
      if !near.isEmpty { return NameMatch(refs: near, consumed: extra, quality: .typo) }
    }
    return nil
  }

  private static func canContinueName(_ tokens: [Token], at index: Int) -> Bool {
    let token = tokens[index]
    guard !Lexicon.fillers.contains(token.folded), !Grammar.reserved.contains(token.folded) else { return false }
    return NumberScanner.scan(tokens, at: index) == nil && QuantityScanner.scan(tokens, at: index) == nil
      && PercentScanner.scan(tokens, at: index) == nil && MoneyScanner.scan(tokens, at: index, requireMarker: true) == nil
  }

  /// The keys starting with `typed`: one run of `sorted`, found by binary search.
  private func prefixRange(_ typed: String) -> Range<Int> {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid].text < typed { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < sorted.count, sorted[end].text.hasPrefix(typed) { end += 1 }
    return low..<end
  }

  private func withPrefix(_ typed: String, kinds: Set<EntityRef.Kind>) -> [EntityRef] {
    var refs: [EntityRef] = []
    for key in sorted[prefixRange(typed)] {
      if kinds.contains(key.ref.kind), !refs.contains(key.ref) { refs.append(key.ref) }
    }
    return refs
  }

  func withinTypo(_ typed: String, words: Int, kinds: Set<EntityRef.Kind>) -> [EntityRef] {
    nearest(typed, words: words, among: typoCandidates(typed).filter { $0.words >= words && kinds.contains($0.ref.kind) })
  }

  /// The same, by comparing `typed` with every key: what the lookup must always agree with.
  func withinTypoByScan(_ typed: String, words: Int, kinds: Set<EntityRef.Kind>) -> [EntityRef] {
    nearest(typed, words: words, among: sorted.filter { $0.words >= words && kinds.contains($0.ref.kind) })
  }

  /// The keys `typed` is a typo of, nearest first. A key is compared with as many of its
  /// words as were typed ("acmee" is a typo of "acme (textiles)"), or whole when it has fewer
  /// ("denim 12 oz" of "denim 12oz"). At one distance a whole name beats the head of a longer
  /// one, as an exact name beats a prefix: "linnen" is the category linen, not "linen 220".
  private func nearest(_ typed: String, words: Int, among keys: [Key]) -> [EntityRef] {
    var best = (distance: Int.max, partial: true)
    var refs: [EntityRef] = []
    for key in keys {
      let partial = key.words > words
      let head = partial ? key.text.split(separator: " ").prefix(words).joined(separator: " ") : key.text
      let allowed = EditDistance.allowance(forLength: head.count)
      guard allowed > 0, let d = EditDistance.distance(typed, head, limit: allowed) else { continue }
      if (d, partial ? 1 : 0) < (best.distance, best.partial ? 1 : 0) {
        best = (d, partial)
        refs = [key.ref]
      } else if d == best.distance, partial == best.partial, !refs.contains(key.ref) {
        refs.append(key.ref)
      }
    }
    return refs
  }

  /// Names close to `typed`, for "did you mean": the nearest few by edit distance.
  public func closest(to typed: String, kinds: Set<EntityRef.Kind>, limit: Int = 3) -> [String] {
    let folded = Fold.fold(typed)
    // One or two letters say too little to be near anything: "it" is not "Atelier".
    guard folded.count >= 3 else { return [] }
    let allowed = max(2, folded.count / 2)
    var scored: [(Int, String)] = []
    var seen: Set<EntityRef> = []
    for key in sorted where kinds.contains(key.ref.kind) && !seen.contains(key.ref) {
      let head = String(key.text.prefix(folded.count + 1))
      let d = min(
        EditDistance.distance(folded, key.text, limit: allowed) ?? Int.max,
        EditDistance.distance(folded, head, limit: allowed) ?? Int.max)
      if d != Int.max {
        scored.append((d, display(key.ref)))
        seen.insert(key.ref)
      }
    }
    return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
  }

  /// Display names whose folded form starts with `typed` (folded), for Tab completion.
  public func completions(startingWith typed: String, kinds: Set<EntityRef.Kind>) -> [String] {
    let folded = Fold.fold(typed).split(whereSeparator: \.isWhitespace).joined(separator: " ")
      + (typed.last?.isWhitespace == true && !typed.trimmingCharacters(in: .whitespaces).isEmpty ? " " : "")
    var names: [String] = []
    for ref in withPrefix(folded, kinds: kinds) {
      let name = display(ref)
      if !names.contains(name) { names.append(name) }
    }
    return names.sorted()
  }
}
