/// Why a line was not understood, with where (for a caret) and what to try.
public struct ParseError: Error, Equatable, Sendable {
  public var message: String
  public var suggestion: String?
  /// Character offset in the line the error points at, when one token is to blame.
  public var offset: Int?
  /// When a name matched several things: the candidates, and the span of the line to
  /// replace with the chosen one (so a terminal can ask which and run the line again).
  public var ambiguity: Ambiguity?
  /// A mistyped command word with one clear reading: the whole line as corrected, which
  /// parses ("countr 13%" → "counter 13%"). Only offered: a terminal may run it on one key,
  /// a script or a pipe never does.
  public var correction: String?

  public struct Ambiguity: Equatable, Sendable {
    public var candidates: [String]
    public var offset: Int
    public var length: Int
  }

  public init(_ message: String, suggestion: String? = nil, offset: Int? = nil, ambiguity: Ambiguity? = nil) {
    self.message = message
    self.suggestion = suggestion
    self.offset = offset
    self.ambiguity = ambiguity
  }
}
