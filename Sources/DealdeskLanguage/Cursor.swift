import DealdeskCore
import Foundation

/// Walks the tokens of one line for a grammar: consumes keywords, values and names, and
/// records what `explain` shows (slots filled, words ignored).
struct Cursor {
  /// As typed; token offsets count its `Character`s.
  let line: String
  let tokens: [Token]
  let context: ParseContext
  var index = 0
  var slots: [Understood.Slot] = []
  var ignored: [String] = []
  /// Roles the grammar gave words as it passed them: filler skipped, the command's own words,
  /// free text (see `Understood.roles`).
  var roles: [Int: String] = [:]
  /// Names already looked up, by where and what kinds (see `match`).
  var matches: [(index: Int, kinds: Set<EntityRef.Kind>, exactOnly: Bool, found: NameMatch?)] = []

  init(line: String, tokens: [Token], context: ParseContext) {
    self.line = line
    self.tokens = tokens
    self.context = context
    roles.reserveCapacity(tokens.count)  // one allocation, not one per doubling as words are read
  }

  var isAtEnd: Bool { index >= tokens.count }
  var current: Token? { tokens.indices.contains(index) ? tokens[index] : nil }

  /// The folded word `ahead` tokens on, if that token is a word.
  func word(_ ahead: Int = 0) -> String? {
    let i = index + ahead
    guard tokens.indices.contains(i), tokens[i].kind != .punctuation else { return nil }
    return tokens[i].folded
  }

  func isPunctuation(_ ahead: Int = 0) -> Bool {
    let i = index + ahead
    return tokens.indices.contains(i) && tokens[i].kind == .punctuation
  }

  /// Consumes the words if they come next, in order.
  mutating func take(_ words: String...) -> Bool { take(words) }

  mutating func take(_ words: [String]) -> Bool {
    for (n, w) in words.enumerated() where word(n) != w || tokens[index + n].kind == .quoted { return false }
    index += words.count
    return true
  }

  /// Consumes a command's phrase with filler allowed between its words, never before or after
  /// them: "add a new client", "load the sample data", "make an offer".
  mutating func takePhrase(_ words: [String]) -> Bool {
    let start = index
    for (n, w) in words.enumerated() {
      while n > 0, word() != w, let token = current, token.kind == .word,
        token.isFiller || token.folded == "new" {
        index += 1
      }
      guard current?.kind == .word, word() == w else {
        index = start
        return false
      }
      index += 1
    }
    return true
  }

  /// Consumes any one of the phrases (each space-separated) that comes next.
  /// The longest wins ("asks for" over "asks"); at one length, the first listed. Two phrases
  /// that both come next are one the other's first words, so the longer has more words.
  mutating func takeAny(_ phrases: [String]) -> String? {
    guard let first = word(), current?.kind == .word else { return nil }
    var best: (phrase: String, words: Int)?
    let initial = first.utf8.first
    for phrase in phrases where Self.mayStart(phrase, withInitial: initial) {
      guard let words = wordsComingNext(phrase), words > best?.words ?? 0 else { continue }
      best = (phrase, words)
    }
    guard let best else { return nil }
    index += best.words
    return best.phrase
  }

  /// How many words `phrase` has when all of them come next, in order; nil when they do not.
  /// Compared byte by byte, nothing split or copied: lists of phrases are tried on every line,
  /// and a folded word holds no accents for a byte to differ on where a character would not.
  private func wordsComingNext(_ phrase: String) -> Int? {
    let bytes = phrase.utf8
    var at = bytes.startIndex, n = 0
    while true {
      let end = bytes[at...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex
      guard index + n < tokens.count, tokens[index + n].kind == .word,
        tokens[index + n].folded.utf8.elementsEqual(bytes[at..<end]) else { return nil }
      n += 1
      guard end < bytes.endIndex else { return n }
      at = bytes.index(after: end)
    }
  }

  /// False when `phrase` cannot start with a word whose first byte is `initial`: two
  /// different plain-ASCII first bytes never begin equal characters (an ASCII letter stays
  /// first however the accents after it are written). Most phrases a line is tried against
  /// are passed over this way, without comparing them as strings.
  static func mayStart(_ phrase: String, withInitial initial: UInt8?) -> Bool {
    guard let a = phrase.utf8.first, let b = initial, a < 0x80, b < 0x80 else { return true }
    return a == b
  }

  /// False when the word at the cursor cannot start with any of `initials` (plain ASCII
  /// characters), decided from its first byte as `mayStart` does: a reader of references
  /// ("O-12", "S-7", "F-4") passes over every other word without trying each of its forms.
  func wordMayStart(withAnyOf initials: String) -> Bool {
    guard let first = word()?.utf8.first, first < 0x80 else { return true }
    return initials.utf8.contains(first)
  }

  mutating func skipFiller() {
    while let token = current, isFiller(token) {
      // A filler word ("please", "the", "on") has a role: it is read, not ignored.
      if token.kind != .punctuation { roles[index] = "filler" }
      index += 1
    }
  }

  /// A word the desk skips, at the cursor; unless it is typed in capitals and is a name, as
  /// a client given the alias "AT" is written: "offer AT 10%" is about them, "at 12.40" is not.
  func isFiller(_ token: Token) -> Bool {
    guard Lexicon.isFiller(token) else { return false }
    return !(Self.isCapitalised(token) && context.names.hasExactName(tokens, at: index, kinds: .clients))
  }

  static func isCapitalised(_ token: Token) -> Bool {
    token.kind == .word && token.text.count >= 2 && token.text.allSatisfy(\.isUppercase)
  }

  mutating func skipPunctuation() {
    while isPunctuation() { index += 1 }
  }

  mutating func fill(_ name: String, _ value: String) {
    slots.append(Understood.Slot(name: name, value: value))
  }

  /// The line's own text from token `from` up to (not including) token `to`, as typed.
  func text(from: Int, to: Int) -> String {
    guard from < to, tokens.indices.contains(from) else { return "" }
    let start = tokens[from].offset
    let last = tokens[min(to, tokens.count) - 1]
    let end = last.offset + last.length
    guard start < end else { return "" }
    if tokens[from].kind == .quoted, to - from == 1 { return tokens[from].text.trimmingCharacters(in: .whitespaces) }
    // Walked to only when a grammar wants the words as typed (a note, a name in an error).
    guard let lower = line.index(line.startIndex, offsetBy: start, limitedBy: line.endIndex) else { return "" }
    let upper = line.index(lower, offsetBy: end - start, limitedBy: line.endIndex) ?? line.endIndex
    // Tokens start and end on non-space characters; only what lies between is kept as typed.
    var slice = line[lower..<upper]
    while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
    while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
    return String(slice)
  }

  /// The rest of the line as typed, from the current token.
  mutating func takeRest() -> String {
    let text = text(from: index, to: tokens.count)
    markText(from: index, to: tokens.count)
    index = tokens.count
    return text
  }

  /// Words from..<to have this role (a competitor's name, an approver's), for `explain`, and
  /// so that a name there is not taken for an unknown client (see `unknownClientName`).
  mutating func mark(from: Int, to: Int, as role: String) {
    let (lower, upper) = (max(0, from), min(to, tokens.count))
    guard lower < upper else { return }
    for i in lower..<upper where tokens[i].kind != .punctuation { roles[i] = role }
  }

  /// Words from..<to are free text (a note's body, what a follow-up is for, a reason).
  mutating func markText(from: Int, to: Int) {
    let (lower, upper) = (max(0, from), min(to, tokens.count))
    guard lower < upper else { return }
    for i in lower..<upper where tokens[i].kind != .punctuation && roles[i] == nil { roles[i] = "text" }
  }

  func error(_ message: String, suggestion: String? = nil) -> ParseError {
    ParseError(message, suggestion: suggestion, offset: current?.offset)
  }

  /// An error for a word that fits nowhere, with the nearest names or words as a suggestion.
  func unexpected(kinds: Set<EntityRef.Kind> = .anyName) -> ParseError {
    guard let token = current else { return ParseError("The line ended too soon.") }
    // "K-1", "S-99" where the command found no record of its own: the id, not a guess.
    if let id = idShaped() { return Self.noRecord(id, offset: token.offset) }
    if token.kind == .quoted, token.text.trimmingCharacters(in: .whitespaces).isEmpty {
      return ParseError("Empty quotes name nothing.", suggestion: "Put the name inside them, e.g. \"Acme Home\"", offset: token.offset)
    }
    // A number followed by a word that is no name: most likely a unit the desk does not use.
    if let (_, n) = NumberScanner.scan(tokens, at: index), tokens.indices.contains(index + n), tokens[index + n].kind == .word,
      context.names.match(tokens, at: index + n, kinds: kinds) == nil
    {
      let unit = tokens[index + n]
      return ParseError("I don't know the unit \"\(unit.text)\".", suggestion: "Quantities are in m, yd or rolls; prices are per metre.", offset: unit.offset)
    }
    // Something that starts like a number but is not one the desk reads ("1e40", "-5", "1,000,50").
    if let first = token.text.first, first.isNumber || ((first == "-" || first == "+") && token.text.dropFirst().first?.isNumber == true) {
      return ParseError(
        "I can't read \"\(token.text)\" as an amount here.",
        suggestion: "Write numbers like 5000, 5,000, 5k or 12.40; amounts are positive.", offset: token.offset)
    }
    let near = token.text.contains(where: \.isLetter) ? context.names.closest(to: token.text, kinds: kinds) : []
    // A lower-case word near no name is no name mistyped but words the command does not
    // take: say what was read and what was not, rather than guess which word to blame.
    if near.isEmpty, token.kind == .word, token.text.first?.isLowercase == true, let read = readAndNot() {
      return ParseError("I read `\(read.read)` but not `\(read.rest)`.", suggestion: Self.leaveOut, offset: token.offset)
    }
    let suggestion = near.isEmpty ? Self.whereToLook(kinds) : "Did you mean \(Lexicon.orList(near))?"
    return ParseError("I don't know \"\(token.text)\" here.", suggestion: suggestion, offset: token.offset)
  }

  /// "There is no order S-99.", by the id's prefix; "Nothing on the desk is K-1." for a
  /// prefix the desk does not use.
  static func noRecord(_ id: String, offset: Int?) -> ParseError {
    let kinds: [String: (String, String)] = [
      "O": ("offer", "`offers`"), "S": ("order", "`orders`"), "F": ("follow-up", "`agenda`"), "C": ("complaint", "`complaints`"),
      "R": ("hold", "`holds`"), "N": ("note", "`notes`"), "E": ("expense", "`expenses`"), "RQ": ("stock request", "`requests`"),
      "CL": ("client", "`clients`"), "CT": ("contract", "`contracts`"),
    ]
    let prefix = String(id.prefix { $0 != "-" })
    guard let (kind, listing) = kinds[prefix] else {
      return ParseError("Nothing on the desk is \(id).", suggestion: "Ids are like O-3 (offer), S-7 (order), C-2 (complaint), F-4 (follow-up).", offset: offset)
    }
    return ParseError("There is no \(kind) \(id).", suggestion: "\(listing) lists them.", offset: offset)
  }

  static let leaveOut = "Type it without those words; `help` lists what each command takes."

  /// The line up to the cursor and from it, as typed, when both hold words.
  private func readAndNot() -> (read: String, rest: String)? {
    var end = index
    while end > 0, tokens[end - 1].kind == .punctuation { end -= 1 }
    let read = text(from: 0, to: end)
    let rest = text(from: index, to: tokens.count)
    return read.isEmpty || rest.isEmpty ? nil : (read, rest)
  }

  /// Words left over once a command has read all it can: "I read `offer Acme 10% on linen`
  /// but not `if they take 500m`." Never done with them dropped. A number with a unit the
  /// desk does not use keeps its own, plainer message.
  func readButNot() -> ParseError {
    let plain = unexpected()
    // A capitalised word or a symbol keeps "I don't know "House" here.": one word to blame.
    guard let token = current, token.kind == .word, token.text.first?.isLowercase == true, !plain.message.hasPrefix("I read"),
      !plain.message.hasPrefix("I don't know the unit"), let read = readAndNot()
    else { return plain }
    let near = plain.suggestion?.hasPrefix("Did you mean") == true ? plain.suggestion : Self.leaveOut
    return ParseError("I read `\(read.read)` but not `\(read.rest)`.", suggestion: near, offset: token.offset)
  }

  /// With no name near what was typed, the listing that shows the names that fit.
  private static func whereToLook(_ kinds: Set<EntityRef.Kind>) -> String {
    switch (kinds.contains(.client), !kinds.isDisjoint(with: .fabrics)) {
    case (true, false): "`clients` lists the clients."
    case (false, true): "`catalog` lists the fabrics."
    default: "`clients` and `catalog` list the names the desk knows."
    }
  }
}
