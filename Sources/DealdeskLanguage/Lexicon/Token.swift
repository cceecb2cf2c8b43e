/// One piece of a typed line, with where it sits so that an error can point at it.
public struct Token: Equatable, Sendable {
  /// What the piece is, which decides how later stages may read it.
  public enum Kind: Equatable, Sendable {
    /// Anything between separators: "Acme", "12.40/m", "LIN-220", "10%".
    case word
    /// Text in quotes, taken literally as a name even when it looks like a number.
    case quoted
    /// One of `,` `:` `;` `?` `!` `(` `)`, or a `.` that ended a word.
    case punctuation
  }

  public let kind: Kind
  /// As typed; for `.quoted` the inside, without the quotes.
  public let text: String
  /// `Fold.fold(text)`: what scanners and name matching compare.
  public let folded: String
  /// Character offset of the token's first character in the line (the quote, if quoted).
  public var offset: Int
  /// Characters the token spans in the line, quotes included.
  public var length: Int

  /// A word the desk skips ("the", "please", ",") or keeps a meaning for ("net", "days"):
  /// decided once here, because grammars ask at every step.
  public let isFiller: Bool
  public let isReserved: Bool

  public init(kind: Kind, text: String, folded: String, offset: Int, length: Int) {
    self.kind = kind
    self.text = text
    self.folded = folded
    self.offset = offset
    self.length = length
    switch kind {
    case .punctuation: (isFiller, isReserved) = (Lexicon.fillerPunctuation.contains(text), false)
    case .word: (isFiller, isReserved) = Lexicon.roles(of: folded)
    case .quoted: (isFiller, isReserved) = (false, false)
    }
  }

  /// A token whose folded form is derived from its text, as the tokenizer makes them.
  public init(kind: Kind, text: String, offset: Int, length: Int) {
    self.init(
      kind: kind, text: text, folded: kind == .punctuation ? text : Fold.fold(text),
      offset: offset, length: length)
  }
}
