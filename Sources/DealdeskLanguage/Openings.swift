/// The command table's phrases split into words once and filed under their first word, so
/// finding what a line opens with is one dictionary lookup rather than a walk over every
/// phrase of every command (which cost more than the rest of a parse put together).
struct Openings: Sendable {
  struct Phrase: Sendable {
    let spec: Int
    let words: [String]
  }

  private let byFirstWord: [String: [Phrase]]

  /// Phrases in the order they should be tried; each bucket keeps that order.
  init(_ phrases: [(spec: Int, phrase: String)]) {
    var table: [String: [Phrase]] = [:]
    for (spec, phrase) in phrases {
      let words = phrase.split(separator: " ").map(String.init)
      guard let first = words.first else { continue }
      table[first, default: []].append(Phrase(spec: spec, words: words))
    }
    byFirstWord = table
  }

  func phrases(startingWith word: String) -> [Phrase] { byFirstWord[word] ?? [] }

  func contains(firstWord word: String) -> Bool { byFirstWord[word] != nil }
}

extension Grammar {
  /// Command phrases, longest first so "counter offer" wins over "counter"; at one length
  /// the table's order decides.
  static let verbOpenings = Openings(
    commands.enumerated()
      .flatMap { index, spec in spec.verbs.map { (spec: index, phrase: $0) } }
      .enumerated()
      .sorted { ($1.element.phrase.split(separator: " ").count, $0.offset) < ($0.element.phrase.split(separator: " ").count, $1.offset) }
      .map(\.element))

  /// Phrases after a subject ("Acme counters", "they accept"): the first command in the
  /// table with a phrase that fits wins, its own phrases tried longest first.
  static let subjectOpenings = Openings(
    commands.enumerated().flatMap { index, spec in
      spec.subjectVerbs.enumerated()
        .sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }
        .map { (spec: index, phrase: $0.element) }
    })

  /// The first words of command phrases, each once with the phrases it opens: what an
  /// unknown first word is measured against for "did you mean".
  static let verbHeads: [(word: [Character], phrases: [(command: String, verb: String)])] = {
    var heads: [(word: [Character], phrases: [(command: String, verb: String)])] = []
    var position: [String: Int] = [:]
    for spec in commands {
      for verb in spec.verbs {
        let head = verb.split(separator: " ").first.map(String.init) ?? verb
        if position[head] == nil {
          position[head] = heads.count
          heads.append((Array(head), []))
        }
        if let at = position[head] { heads[at].phrases.append((spec.name, verb)) }
      }
    }
    return heads
  }()

  /// The first words of the phrases that follow a subject ("accepts", "wants"), each once:
  /// what a mistyped word after a client is measured against.
  static let subjectVerbHeads: [[Character]] = {
    var seen: Set<String> = []
    return commands.flatMap(\.subjectVerbs).compactMap { $0.split(separator: " ").first.map(String.init) }
      .filter { seen.insert($0).inserted }.map(Array.init)
  }()
}
