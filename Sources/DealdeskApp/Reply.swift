import DealdeskLanguage

/// What the desk answers to one line.
public struct Reply: Sendable, Equatable {
  public var text: String
  public var isError: Bool
  public var quit: Bool
  /// Set when a name fitted several things: a terminal may ask which and run the line again.
  public var ambiguity: ParseError.Ambiguity?
  /// Set when one mistyped word had one clear correction: the whole corrected line, which a
  /// terminal may offer to run with a single key. Never run by a script or a pipe.
  public var correction: String?

  public init(_ text: String, isError: Bool = false, quit: Bool = false, ambiguity: ParseError.Ambiguity? = nil) {
    self.text = text
    self.isError = isError
    self.quit = quit
    self.ambiguity = ambiguity
  }

  public static func error(_ text: String, ambiguity: ParseError.Ambiguity? = nil, correction: String? = nil) -> Reply {
    var reply = Reply(text, isError: true, ambiguity: ambiguity)
    reply.correction = correction
    return reply
  }
}
