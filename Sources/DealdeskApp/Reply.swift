import DealdeskLanguage

/// What the desk answers to one line.
public struct Reply: Sendable, Equatable {
  public var text: String
  public var isError: Bool
  public var quit: Bool
  /// Set when a name fitted several things: a terminal may ask which and run the line again.
  public var ambiguity: ParseError.Ambiguity?
  /// A mistyped line's one clear reading, offered: a terminal may run it on a key ([Enter]);
  /// scripts and pipes never run a guess.
  public var correction: String?

  public init(_ text: String, isError: Bool = false, quit: Bool = false, ambiguity: ParseError.Ambiguity? = nil) {
    self.text = text
    self.isError = isError
    self.quit = quit
    self.ambiguity = ambiguity
  }

  public static func error(_ text: String, ambiguity: ParseError.Ambiguity? = nil) -> Reply {
    Reply(text, isError: true, ambiguity: ambiguity)
  }
}
