import DealdeskCore
import DealdeskLanguage
import Foundation

/// Tab completion, from the same command table and name index the parser uses. It knows
/// where it is in the line: after a command's opening words it offers what that command
/// takes next (CommandSpec.completes), never file names.
extension Session {
  /// The candidates of `completions(line:wordStart:)`, each id with what it stands for, so
  /// the list Tab shows tells S-2 from S-3 (the line still gets only the id).
  public func completionCandidates(line: String, wordStart: Int) -> [CompletionCandidate] {
    let found = completions(line: line, wordStart: wordStart)
    // A practice's moves are not the desk's records, whatever they look like.
    guard trainingRoom.practice == nil else { return found.map { CompletionCandidate($0) } }
    let now = self.now
    return found.map { CompletionCandidate($0, note: CompletionNotes.note(for: $0, desk: desk, now: now)) }
  }

  /// Candidates that replace the word starting at character offset `wordStart` (the
  /// cursor is at the end of `line`). Multi-word names complete as wholes: after
  /// "show Acme Te", the candidate for "Te" is "Textiles".
  public func completions(line: String, wordStart: Int) -> [String] {
    // In a practice the line is a move, not a desk command.
    if trainingRoom.practice != nil { return Practice.completions(line: line, wordStart: wordStart) }
    let chars = Array(line)
    let start = max(0, min(wordStart, chars.count))
    let before = String(chars[..<start])
    let word = String(chars[start...])
    let previous = before.split(whereSeparator: \.isWhitespace).map(String.init)
    var found: [String] = []
    if previous.isEmpty {
      found = verbs(completing: word)
      found += names(after: [], completing: word, kinds: [.client])
    } else if let (spec, used) = opening(previous), let slot = spec.completes {
      found = candidates(for: slot, after: Array(previous.dropFirst(used)), completing: word)
      // A longer phrase of the same opening still completes once a letter is typed ("cancel o" → order).
      if !word.isEmpty { found += verbs(after: previous, completing: word) }
    } else {
      found = verbs(after: previous, completing: word)
      found += names(after: previous, completing: word, kinds: [.client, .product, .category])
    }
    var unique: [String] = []
    for candidate in found where !unique.contains(candidate) { unique.append(candidate) }
    return ownAccountsFirst(unique)
  }

  /// On a team desk, the names of one's own accounts come first, other people's last, the
  /// rest (words, fabrics, nobody's clients) between, each group in its order.
  private func ownAccountsFirst(_ candidates: [String]) -> [String] {
    guard let me = author, desk.ordersByAccount(for: me) else { return candidates }
    var rank: [String: Int] = [:]
    for client in desk.clients.values {
      guard let keeper = desk.accountManager(of: client.id) else { continue }
      let words = client.name.split(whereSeparator: \.isWhitespace).map { Fold.fold(String($0)) }
      // A multi-word name completes word by word: each of its words stands for it.
      for word in words { rank[word] = min(rank[word] ?? 2, keeper.login == me ? 0 : 2) }
      rank[Fold.fold(client.name)] = keeper.login == me ? 0 : 2
    }
    return candidates.enumerated()
      .sorted { (rank[Fold.fold($0.element)] ?? 1, $0.offset) < (rank[Fold.fold($1.element)] ?? 1, $1.offset) }
      .map(\.element)
  }

  /// The command the typed words open with, the longest phrase winning ("show order" is invoice).
  private func opening(_ previous: [String]) -> (CommandSpec, Int)? {
    let typed = previous.map { Fold.fold($0) }
    var best: (CommandSpec, Int)?
    for spec in Grammar.commands {
      for verb in spec.verbs {
        let words = verb.split(separator: " ").map(String.init)
        guard words.count <= typed.count, words.count > (best?.1 ?? 0), Array(typed.prefix(words.count)) == words else { continue }
        best = (spec, words.count)
      }
    }
    return best
  }

  private func candidates(for slot: CompletionSlot, after rest: [String], completing word: String) -> [String] {
    switch slot {
    case .client:
      return rest.isEmpty ? names(after: [], completing: word, kinds: [.client]) : continuing(rest, word, kinds: [.client])
    case .clientThenFabrics:
      if rest.isEmpty { return names(after: [], completing: word, kinds: [.client]) }
      let client = word.isEmpty && namesOneClient(rest) ? [] : continuing(rest, word, kinds: [.client])
      return client.isEmpty ? fabrics(after: rest, completing: word) : client
    case .fabricsForClient:
      // "reserve 200m linen 220 for Acme": a client only right after "for".
      if let last = rest.lastIndex(where: { Fold.fold($0) == "for" }) {
        let afterFor = Array(rest[(last + 1)...])
        if afterFor.isEmpty { return names(after: [], completing: word, kinds: [.client]) }
        let client = word.isEmpty && namesOneClient(afterFor) ? [] : continuing(afterFor, word, kinds: [.client])
        if !client.isEmpty { return client }
      }
      return fabrics(after: rest, completing: word)
    case .openOffer:
      guard rest.isEmpty else { return continuing(rest, word, kinds: [.client]) }
      let open = desk.offersInOrder.filter { $0.status.isOpen }
      let clients = Set(open.compactMap { desk.clients[$0.clientId]?.name })
      return ids(open.map(\.id), completing: word)
        + names(after: [], completing: word, kinds: [.client]).filter { clients.contains($0) }
    case .order(let move):
      guard rest.isEmpty else { return [] }
      return ids(desk.ordersInOrder.filter { Self.can(move, $0, desk: desk) }.map(\.id), completing: word)
    case .openFollowUp:
      guard rest.isEmpty else { return [] }
      let open = desk.followUps.values.filter { $0.status == .open }.map(\.id).sorted(by: Ids.order)
      return ids(open, completing: word)
    case .command:
      guard rest.isEmpty else { return [] }
      let folded = Fold.fold(word)
      return Grammar.commands.map(\.name).filter { $0.hasPrefix(folded) }
    }
  }

  /// Orders a command can still move: the desk's own rule for each move (OrderRules), so Tab
  /// never offers a refusal.
  private static func can(_ move: CompletionSlot.OrderMove, _ order: Order, desk: Desk) -> Bool {
    switch move {
    case .ship: desk.can(.ship, order)
    case .deliver: desk.can(.deliver, order)
    case .cancel: desk.can(.cancel, order)
    case .invoice: order.status != .cancelled
    }
  }

  private func ids(_ ids: [String], completing word: String) -> [String] {
    let folded = Fold.fold(word)
    return ids.filter { Fold.fold($0).hasPrefix(folded) }
  }

  /// Products and categories, and the words that mean all of them.
  private func fabrics(after rest: [String], completing word: String) -> [String] {
    let folded = Fold.fold(word)
    return names(after: rest, completing: word, kinds: [.product, .category])
      + ["fabric", "everything"].filter { $0.hasPrefix(folded) }
  }

  /// Whether the typed words already name one client ("Acme"), so what comes next is no
  /// longer the rest of the name ("offer Acme " goes on to the fabrics, not "Textiles").
  private func namesOneClient(_ words: [String]) -> Bool {
    guard let tokens = try? Tokenizer.tokenize(words.joined(separator: " ")), !tokens.isEmpty,
      let found = names.match(tokens, at: 0, kinds: [.client])
    else { return false }
    return found.consumed == tokens.count && found.refs.count == 1
  }

  /// The rest of a name begun in earlier words ("Acme Te" → "Textiles"); empty when the word
  /// starts no name with the word before it.
  private func continuing(_ rest: [String], _ word: String, kinds: Set<EntityRef.Kind>) -> [String] {
    names(after: rest, completing: word, kinds: kinds, atLeast: 1)
  }

  /// Names the word completes, trying the longest run of typed words that still starts a name.
  private func names(after previous: [String], completing word: String, kinds: Set<EntityRef.Kind>, atLeast: Int = 0) -> [String] {
    let longest = min(previous.count, 4)
    guard longest >= atLeast else { return [] }
    for back in stride(from: longest, through: atLeast, by: -1) {
      let typed = (previous.suffix(back) + [word]).joined(separator: " ")
      let matches = names.completions(startingWith: typed, kinds: kinds)
      if matches.isEmpty { continue }
      return matches.compactMap { name -> String? in
        let words = name.split(separator: " ").map(String.init)
        guard words.count > back else { return nil }
        return words.dropFirst(back).joined(separator: " ")
      }
    }
    return []
  }

  private func verbs(completing word: String) -> [String] {
    let folded = Fold.fold(word)
    return Grammar.verbWords.compactMap { $0.split(separator: " ").first.map(String.init) }
      .filter { $0.hasPrefix(folded) }
      .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
  }

  /// The next word of a multi-word verb: "add c" → "client".
  private func verbs(after previous: [String], completing word: String) -> [String] {
    let typed = previous.map { Fold.fold($0) }
    let folded = Fold.fold(word)
    return Grammar.verbWords.compactMap { verb -> String? in
      let words = verb.split(separator: " ").map(String.init)
      guard words.count > typed.count, Array(words.prefix(typed.count)) == typed else { return nil }
      let next = words[typed.count]
      return next.hasPrefix(folded) ? next : nil
    }
  }
}
