/// A line that cannot be cut into tokens, with the place to put a caret under.
public struct LexError: Error, Equatable, Sendable {
  /// What is wrong, in a manager's words: "unclosed quote".
  public var message: String
  /// Character offset in the line where the problem starts.
  public var offset: Int

  public init(message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }
}
