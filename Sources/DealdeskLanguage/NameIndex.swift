import Foundation
import DealdeskCore

/// Something a name in a line can stand for.
public enum EntityRef: Hashable, Sendable {
  case client(String)
  case product(String)
  case category(String)

  public enum Kind: Sendable {
    case client, product, category

    /// The order kinds are listed in when one name fits several.
    var rank: Int {
      switch self {
      case .client: 0
      case .product: 1
      case .category: 2
      }
    }
  }

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
///
/// Nothing here walks every name: exact names are a dictionary, prefixes a binary search of
/// the names in order, and typos a dictionary of deletion variants (see `typoCandidates`).
/// Adding a client or product updates the index in place, so a desk of ten thousand
/// clients answers as fast as a desk of ten.
public struct NameIndex: Sendable {
  struct Key: Sendable {
    /// The key's position in `keys`.
    var id: Int
    var text: String
    var words: Int
    var ref: EntityRef
    /// `text`'s first one, two, … words: what a typo of that many words is compared with.
    var heads: [String]
    /// Each head's length in characters, to pass over names too long or short to be a typo.
    var headLengths: [Int]
    /// The heads' bytes when the name is plain ASCII, compared without making arrays per typo.
    var headBytes: [[UInt8]]?
  }

  /// Every key, in the order added; a key's position here is its id.
  private var keys: [Key] = []
  private var exact: [String: [EntityRef]] = [:]
  /// Key ids ordered by text, for prefix search by binary search.
  private var sorted: [Int32] = []
  private var displayNames: [EntityRef: String] = [:]
  private var categories: Set<String> = []
  private(set) var maxWords = 1
  /// The most words of any name starting with a word, by that first word. A run of typed
  /// words can match a name of two or more words, exactly or by prefix, only when its first
  /// word is that name's first word in full; so most runs need one lookup here instead of a
  /// string made and looked up for every length up to `maxWords`.
  private var longestByFirstWord: [String: Int] = [:]
  /// Key ids by the deletion variants of their heads' first characters, hashed, so a typo
  /// is looked up instead of compared with every name (see `typoCandidates`).
  private var nearby: [UInt64: [Int32]] = [:]
  /// Products by each later word of their name ("tweed" of Harris Tweed): a fabric is named
  /// by any word that sets it apart. One product under a word is that product; several are
  /// asked back.
  private var productWords: [String: [EntityRef]] = [:]
  /// Products by the later part of their name, two words or more ("crepe de chine" of Silk
  /// Crepe de Chine), and those parts' first words, so most words look up nothing here.
  private var productTails: [String: [EntityRef]] = [:]
  private var productTailHeads: Set<String> = []
  /// The products of each category, folded: a category holding one product names it where a
  /// product is needed.
  private var categoryProducts: [String: [String]] = [:]

  /// How many leading characters of a name the typo lookup keys on.
  static let nearbyPrefix = 6
  /// The largest typo allowance (`EditDistance.allowance`): deletions kept per key.
  static let nearbyDeletions = 2

  public init(desk: Desk) {
    // Clients in any order: ties between names list by what they name (see `before`).
    // Products in the desk's order, so a category is spelt as its first product spells it.
    for client in desk.clients.values { add(client, inOrder: false) }
    for product in desk.productsInOrder { add(product, inOrder: false) }
    sorted = keys.indices.sorted { Self.before(keys[$0], $0, keys[$1], $1) }.map { Int32($0) }
  }

  /// Adds a client's name, as the desk does when a client is added.
  public mutating func add(_ client: Client) { add(client, inOrder: true) }

  /// Adds a product's name and SKU, and its category when it is the first of it.
  public mutating func add(_ product: Product) { add(product, inOrder: true) }

  /// Adds another name a client goes by ("AT" for Acme Textiles).
  public mutating func add(alias: String, of client: String) {
    insert(alias, .client(client), inOrder: true)
  }

  /// `inOrder` false while building from a desk: `sorted` is then made once at the end.
  private mutating func add(_ client: Client, inOrder: Bool) {
    guard client.status != .archived else { return }
    insert(client.name, .client(client.id), inOrder: inOrder)
    for alias in client.aliases { insert(alias, .client(client.id), inOrder: inOrder) }
    displayNames[.client(client.id)] = client.name
  }

  private mutating func add(_ product: Product, inOrder: Bool) {
    insert(product.name, .product(product.sku), inOrder: inOrder)
    insert(product.sku, .product(product.sku), inOrder: inOrder)
    displayNames[.product(product.sku)] = product.name
    categoryProducts[Fold.fold(product.category), default: []].append(product.sku)
    let nameWords = Fold.fold(product.name).split(whereSeparator: \.isWhitespace).map(String.init)
    for from in nameWords.indices.dropFirst() where nameWords.count - from >= 2 {
      let tail = nameWords[from...].joined(separator: " ")
      let ref = EntityRef.product(product.sku)
      if !(productTails[tail]?.contains(ref) ?? false) { productTails[tail, default: []].append(ref) }
      productTailHeads.insert(nameWords[from])
    }
    for word in nameWords.dropFirst()
    where word.count >= 3 && word.contains(where: \.isLetter) {
      let ref = EntityRef.product(product.sku)
      if !(productWords[String(word)]?.contains(ref) ?? false) { productWords[String(word), default: []].append(ref) }
    }
    if categories.insert(product.category.lowercased()).inserted {
      insert(product.category, .category(product.category), inOrder: inOrder)
      displayNames[.category(product.category)] = product.category
    }
  }

  /// Keys order by text, then words, then what they name, so that ties list in one order
  /// however the index was built: all at once, or a name at a time as the desk grew.
  private static func before(_ a: Key, _: Int, _ b: Key, _: Int) -> Bool {
    if a.text != b.text { return a.text < b.text }
    if a.words != b.words { return a.words < b.words }
    return before(a.ref, b.ref)
  }

  /// Clients, then products, then categories; by id within each.
  private static func before(_ a: EntityRef, _ b: EntityRef) -> Bool {
    switch (a, b) {
    case (.client(let x), .client(let y)), (.product(let x), .product(let y)), (.category(let x), .category(let y)):
      return Ids.order(x, y)
    default:
      return a.kind.rank < b.kind.rank
    }
  }

  private mutating func insert(_ name: String, _ ref: EntityRef, inOrder: Bool) {
    let words = Fold.fold(name).split(whereSeparator: \.isWhitespace)
    guard !words.isEmpty else { return }
    let heads = words.indices.map { words[...$0].joined(separator: " ") }
    guard let text = heads.last else { return }
    let id = keys.count
    let ascii = text.utf8.allSatisfy { $0 < 0x80 }
    let key = Key(
      id: id, text: text, words: words.count, ref: ref, heads: heads, headLengths: heads.map(\.count),
      headBytes: ascii ? heads.map { Array($0.utf8) } : nil)
    keys.append(key)
    if !(exact[text]?.contains(ref) ?? false) {
      exact[text, default: []].append(ref)
      exact[text]?.sort(by: Self.before)
    }
    maxWords = max(maxWords, key.words)
    if let first = words.first {
      longestByFirstWord[String(first)] = max(longestByFirstWord[String(first)] ?? 0, key.words)
    }
    if inOrder {
      var low = 0
      var high = sorted.count
      while low < high {
        let mid = (low + high) / 2
        let other = Int(sorted[mid])
        if Self.before(keys[other], other, key, id) { low = mid + 1 } else { high = mid }
      }
      sorted.insert(Int32(id), at: low)
    }
    var hashes: [UInt64] = []
    for head in Self.headPrefixes(text) { Self.deletionHashes(of: Self.codes(head), into: &hashes) }
    hashes.sort()
    var last: UInt64?
    for hash in hashes where hash != last {
      nearby[hash, default: []].append(Int32(id))
      last = hash
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

  /// A number for each character (edit distance counts characters, not scalars).
  private static func codes(_ text: Substring) -> [UInt64] {
    text.map { character in character.unicodeScalars.reduce(0) { $0 &* 0x11_0000 &+ UInt64($1.value) } }
  }

  /// The hash of every string made by deleting at most `nearbyDeletions` characters from
  /// `codes`. Hashes, not strings, because making strings was most of the cost of building
  /// the index; two variants sharing a hash only add a candidate that `nearest` then measures.
  private static func deletionHashes(of codes: [UInt64], upTo deletions: Int = nearbyDeletions, into hashes: inout [UInt64]) {
    let n = codes.count
    func hash(skipping i: Int, _ j: Int) -> UInt64 {
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for k in 0..<n where k != i && k != j {
        h = (h ^ codes[k]) &* 0x100_0000_01b3
      }
      return h
    }
    hashes.append(hash(skipping: -1, -1))
    for i in 0..<n {
      hashes.append(hash(skipping: i, -1))
      guard deletions >= 2 else { continue }
      for j in (i + 1)..<max(i + 1, n) { hashes.append(hash(skipping: i, j)) }
    }
  }

  /// The ids of every key that can be within a typo of `typed`, in the order added (a
  /// superset: `nearest` still measures each). Two strings within k edits (a swap counts
  /// one) both reduce to a common string by at most k deletions each, and so do their first
  /// p characters; so a key whose head is near `typed` shares a deletion variant of its
  /// prefix with `typed`'s.
  ///
  /// Up to five characters typed, no name can be two edits away (a head within two of it is
  /// at most seven long, and those forgive one), so one deletion is enough: short words
  /// would otherwise reach hundreds of names through their two-letter remnants.
  private func typoCandidates(_ typed: Substring, deletions: Int? = nil) -> [Int32] {
    var hashes: [UInt64] = []
    let deletions = deletions ?? (typed.count <= 5 ? 1 : Self.nearbyDeletions)
    Self.deletionHashes(of: Self.codes(typed.prefix(Self.nearbyPrefix)), upTo: deletions, into: &hashes)
    var ids: [Int32] = []
    for hash in hashes {
      if let found = nearby[hash] { ids.append(contentsOf: found) }
    }
    ids.sort()
    var unique: [Int32] = []
    unique.reserveCapacity(ids.count)
    for id in ids where id != unique.last { unique.append(id) }
    return unique
  }

  /// The one product of a category, when it holds exactly one.
  public func soleProduct(ofCategory category: String) -> String? {
    guard let skus = categoryProducts[Fold.fold(category)], skus.count == 1 else { return nil }
    return skus.first
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
  /// With `exactOnly`, only names typed in full count: what a word of the language ("to",
  /// "the", "net") may be the start of.
  public func match(_ tokens: [Token], at index: Int, kinds: Set<EntityRef.Kind>, exactOnly: Bool = false) -> NameMatch? {
    guard tokens.indices.contains(index) else { return nil }
    if tokens[index].kind == .quoted {
      // Quotes force a literal name: no prefixes, no typos.
      let refs = (exact[Fold.fold(tokens[index].text).split(whereSeparator: \.isWhitespace).joined(separator: " ")] ?? [])
        .filter { kinds.contains($0.kind) }
      return refs.isEmpty ? nil : NameMatch(refs: refs, consumed: 1, quality: .exact)
    }
    let words = wordRun(tokens, from: index)
    guard !words.isEmpty else { return nil }
    for count in stride(from: longestPossible(words), through: 1, by: -1) {
      let typed = Self.text(words[0..<count])
      var found = NameMatch(refs: (exact[typed] ?? []).filter { kinds.contains($0.kind) }, consumed: count, quality: .exact)
      if exactOnly {
        if found.refs.isEmpty { continue } else { return found }
      }
      if found.refs.isEmpty, typed.count >= 2 {
        found = NameMatch(refs: withPrefix(typed, kinds: kinds), consumed: count, quality: .prefix)
      }
      // "tweed": a later word of a fabric's name. Beside names that start with it ("satin"
      // for Satin Back Crepe and Duchess Satin), every fabric it fits is a candidate, so the
      // line is asked back rather than read as the one whose name happens to start so.
      // "crepe de chine": the later words of a fabric's name, typed as they end it.
      if found.quality != .exact || found.refs.isEmpty, count == 1, kinds.contains(.product), productTailHeads.contains(typed) {
        for n in stride(from: min(words.count, maxWords), through: 2, by: -1) {
          if let refs = productTails[Self.text(words[0..<n])]?.filter({ kinds.contains($0.kind) }), !refs.isEmpty {
            return NameMatch(refs: refs, consumed: n, quality: .prefix)
          }
        }
      }
      if found.quality != .exact || found.refs.isEmpty, count == 1, kinds.contains(.product), let refs = productWords[typed] {
        let more = refs.filter { !found.refs.contains($0) }
        if !more.isEmpty { found = NameMatch(refs: found.refs + more, consumed: 1, quality: .prefix) }
      }
      guard !found.refs.isEmpty else { continue }
      return longerByTypo(tokens, from: index, words: words, matched: typed, count: count, kinds: kinds) ?? found
    }
    if exactOnly { return nil }
    // Every run of words starting with the same characters has the same candidates.
    var candidates: (prefix: Substring, ids: [Int32])?
    for count in stride(from: words.count, through: 1, by: -1) {
      let typed = words[0..<count].joined(separator: " ")
      let prefix = typed.prefix(Self.nearbyPrefix)
      if candidates?.prefix != prefix { candidates = (prefix, typoCandidates(prefix)) }
      let near = withinTypo(typed, words: count, kinds: kinds, among: candidates?.ids ?? [])
      if !near.isEmpty { return NameMatch(refs: near, consumed: count, quality: .typo) }
    }
    return nil
  }

  /// Whether a name of these kinds starts at `index` exactly as typed (no prefix, no typo).
  public func hasExactName(_ tokens: [Token], at index: Int, kinds: Set<EntityRef.Kind>) -> Bool {
    guard tokens.indices.contains(index) else { return false }
    if tokens[index].kind == .quoted { return match(tokens, at: index, kinds: kinds) != nil }
    guard tokens[index].kind == .word else { return false }
    let words = wordRun(tokens, from: index, limit: longestPossible(startingWith: tokens[index].folded))
    for count in stride(from: words.count, through: 1, by: -1) {
      if exact[Self.text(words[0..<count])]?.contains(where: { kinds.contains($0.kind) }) == true { return true }
    }
    return false
  }

  /// How many of `words` a name can take, exactly or by prefix: more than one only when the
  /// first word is some name's whole first word (see `longestByFirstWord`).
  private func longestPossible(_ words: [String]) -> Int {
    guard let first = words.first else { return 0 }
    return min(words.count, longestPossible(startingWith: first))
  }

  private func longestPossible(startingWith first: String) -> Int {
    max(1, longestByFirstWord[first] ?? 1)
  }

  /// Typed words as a name's text is written, one space between.
  private static func text(_ words: ArraySlice<String>) -> String {
    words.count == 1 ? words[words.startIndex] : words.joined(separator: " ")
  }

  /// Only whole-word tokens can be part of a name, and no more of them than the longest name
  /// (or than `limit`).
  private func wordRun(_ tokens: [Token], from index: Int, limit: Int = .max) -> [String] {
    var words: [String] = []
    var i = index
    while i < tokens.count, tokens[i].kind == .word, words.count < min(maxWords, limit) {
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
    guard count < words.count else { return nil }
    // Only a name longer than what matched can take more words.
    let candidates = sorted[prefixRange(matched)].filter { kinds.contains(keys[Int($0)].ref.kind) && keys[Int($0)].text != matched }
    guard !candidates.isEmpty else { return nil }
    var longest = count
    while longest < words.count, Self.canContinueName(tokens, at: index + longest) { longest += 1 }
    guard longest > count else { return nil }
    for extra in stride(from: longest, to: count, by: -1) {
      let typed = words[0..<extra].joined(separator: " ")
      let near = nearest(typed, words: extra, kinds: kinds, among: candidates, shorterWhole: true)
      if !near.isEmpty { return NameMatch(refs: near, consumed: extra, quality: .typo) }
    }
    return nil
  }

  private static func canContinueName(_ tokens: [Token], at index: Int) -> Bool {
    let token = tokens[index]
    guard !token.isFiller, !token.isReserved else { return false }
    return NumberScanner.scan(tokens, at: index) == nil && QuantityScanner.scan(tokens, at: index) == nil
      && PercentScanner.scan(tokens, at: index) == nil && MoneyScanner.scan(tokens, at: index, requireMarker: true) == nil
      // "linen 2/10 net 30": terms, not a typo of "linen 220".
      && TermsScanner.earlyPaymentDiscount(tokens, at: index) == nil
  }

  /// The keys starting with `typed`: one run of `sorted`, found by binary search.
  private func prefixRange(_ typed: String) -> Range<Int> {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if keys[Int(sorted[mid])].text < typed { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < sorted.count, keys[Int(sorted[end])].text.hasPrefix(typed) { end += 1 }
    return low..<end
  }

  private func withPrefix(_ typed: String, kinds: Set<EntityRef.Kind>) -> [EntityRef] {
    var refs: [EntityRef] = []
    for id in sorted[prefixRange(typed)] {
      let key = keys[Int(id)]
      if kinds.contains(key.ref.kind), !refs.contains(key.ref) { refs.append(key.ref) }
    }
    return refs
  }

  func withinTypo(_ typed: String, words: Int, kinds: Set<EntityRef.Kind>, among ids: [Int32]? = nil) -> [EntityRef] {
    // No name's typo allowance reaches down to two characters.
    guard typed.count >= 3 else { return [] }
    return nearest(typed, words: words, kinds: kinds, among: ids ?? typoCandidates(typed[...]))
  }

  /// The same, by comparing `typed` with every key: what the lookup must always agree with.
  func withinTypoByScan(_ typed: String, words: Int, kinds: Set<EntityRef.Kind>) -> [EntityRef] {
    nearest(typed, words: words, kinds: kinds, among: keys.indices.map { Int32($0) })
  }

  /// The keys `typed` is a typo of, nearest first. A key is compared with as many of its
  /// words as were typed ("acmee" is a typo of "acme (textiles)"); with `shorterWhole`, a key
  /// with fewer words is compared whole ("denim 12 oz" of "denim 12oz"). At one distance a whole name beats the head of a longer
  /// one, as an exact name beats a prefix: "linnen" is the category linen, not "linen 220".
  private func nearest(
    _ typed: String, words: Int, kinds: Set<EntityRef.Kind>, among ids: [Int32], shorterWhole: Bool = false
  ) -> [EntityRef] {
    var best = (distance: Int.max, partial: true)
    var found: [Int] = []
    let length = typed.count
    let typedBytes = typed.utf8.allSatisfy { $0 < 0x80 } ? Array(typed.utf8) : nil
    for id in ids {
      // Read in place: copying a key per candidate cost more than comparing it.
      let id = Int(id)
      guard shorterWhole || keys[id].words >= words else { continue }
      let words = min(words, keys[id].words)
      let partial = keys[id].words > words
      let allowed = EditDistance.allowance(forLength: keys[id].headLengths[words - 1])
      guard allowed > 0, abs(keys[id].headLengths[words - 1] - length) <= allowed, kinds.contains(keys[id].ref.kind) else { continue }
      let distance: Int? =
        if let typedBytes, let head = keys[id].headBytes?[words - 1] {
          EditDistance.distance(typedBytes, head, limit: allowed)
        } else {
          EditDistance.distance(typed, keys[id].heads[words - 1], limit: allowed)
        }
      guard let d = distance else { continue }
      if (d, partial ? 1 : 0) < (best.distance, best.partial ? 1 : 0) {
        best = (d, partial)
        found = [id]
      } else if d == best.distance, partial == best.partial {
        found.append(id)
      }
    }
    // Listed in name order, whatever order the candidates came in.
    var refs: [EntityRef] = []
    let keys = self.keys  // what the comparison holds on to: the keys, not a copy of the index
    for id in found.sorted(by: { Self.before(keys[$0], $0, keys[$1], $1) }) where !refs.contains(keys[id].ref) {
      refs.append(keys[id].ref)
    }
    return refs
  }

  /// Names close to `typed`, for "did you mean": the nearest few by edit distance, among
  /// the names whose first characters are within two edits of what was typed (so a refused
  /// line costs a lookup, not a walk over every name).
  public func closest(to typed: String, kinds: Set<EntityRef.Kind>, limit: Int = 3) -> [String] {
    let folded = Fold.fold(typed)
    // One or two letters say too little to be near anything: "it" is not "Atelier".
    guard folded.count >= 3 else { return [] }
    let allowed = max(2, folded.count / 2)
    var scored: [(Int, String)] = []
    var seen: Set<EntityRef> = []
    for key in typoCandidates(folded[...], deletions: Self.nearbyDeletions).map({ keys[Int($0)] }) where kinds.contains(key.ref.kind) && !seen.contains(key.ref) {
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
